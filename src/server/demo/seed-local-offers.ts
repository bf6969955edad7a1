import type { Db } from '../db/client.ts';
import { localOffers, localOfferVersions } from '../db/schema.ts';
import { addDays, lastStartDate, localOfferInputSchema, type LocalOfferInput } from '../../domain/index.ts';

/**
 * Fictional local offers for the demo (issue 18): one from Bergen kommune for Bergen, one from the county for the whole
 * of Vestland, one from a NAV office for Bergen and Voss. Dates are relative to today so the demo never expires.
 * The providers and addresses are made up; the links go to the public organisations' front pages.
 */
export async function seedLocalOffers(db: Db, today: string, ids: {
  bergen: string; voss: string; county: string; nav: string; countyId: string; bergenEditor: string; countyEditor: string; navEditor: string;
}) {
  const offers: { org: string; editor: string; input: LocalOfferInput }[] = [
    {
      org: ids.bergen, editor: ids.bergenEditor,
      input: {
        lane: 'language', nationalOfferId: 'sprakpraksis', textLanguage: 'nb',
        title: 'Norsk med språkpraksis i barnehage (demo)', provider: 'Bergen voksenopplæring (demo)',
        summary: 'Norskopplæring tre dager i uka og språkpraksis i en barnehage to dager i uka.',
        forWhom: 'Deltakere i introduksjonsprogrammet i Bergen med norsk på minst A2-nivå.',
        area: { kind: 'municipalities', municipalityIds: [ids.bergen] }, address: 'Demoveien 1, 5003 Bergen', digital: false,
        startDates: [addDays(today, 45), addDays(today, 150)], applicationDeadline: addDays(today, 30), length: '20 uker',
        instructionLanguages: ['nb'], cost: 'Gratis for deltakere i introduksjonsprogrammet', contact: 'Sentralbordet, Bergen kommune',
        link: 'https://www.bergen.kommune.no', source: 'Demodata', reviewDue: addDays(today, 120),
      },
    },
    {
      org: ids.county, editor: ids.countyEditor,
      input: {
        lane: 'work-and-education', nationalOfferId: 'fagbrev-pa-jobb', textLanguage: 'nb',
        title: 'Fagbrev på jobb – opptak i helsearbeiderfaget (demo)', provider: 'Vestland fylkeskommune (demo)',
        summary: 'Ta fagbrev som helsearbeider mens du er fast ansatt. Opplæringen skjer på jobben og på en skole én dag i uka.',
        forWhom: 'Voksne som er fast ansatt i minst 50 prosent stilling i helse- og omsorgssektoren.',
        area: { kind: 'county' }, address: '', digital: true,
        startDates: [addDays(today, 90)], applicationDeadline: addDays(today, 40), length: 'Om lag to år',
        instructionLanguages: ['nb'], cost: 'Gratis', contact: 'Fagopplæringskontoret, Vestland fylkeskommune',
        link: 'https://www.vestlandfylke.no', source: 'Demodata', reviewDue: addDays(today, 10),
      },
    },
    {
      org: ids.nav, editor: ids.navEditor,
      input: {
        lane: 'work-and-education', nationalOfferId: 'amo-kurs', textLanguage: 'en',
        title: 'Warehouse and logistics course with forklift licence (demo)', provider: 'NAV Bergenhus (demo)',
        summary: 'Eight weeks of classroom teaching and practice in a warehouse, with the forklift licence at the end.',
        forWhom: 'Job seekers registered with NAV who want work in logistics.',
        area: { kind: 'municipalities', municipalityIds: [ids.bergen, ids.voss] }, address: 'Demogaten 2, 5015 Bergen', digital: false,
        startDates: [addDays(today, 21)], applicationDeadline: addDays(today, 7), length: '8 weeks',
        instructionLanguages: ['nb', 'en'], cost: 'Free', contact: 'Your NAV counsellor',
        link: 'https://www.nav.no', source: 'Demodata', reviewDue: addDays(today, 60),
      },
    },
  ];
  for (const o of offers) {
    const input = localOfferInputSchema.parse(o.input);
    const [row] = await db.insert(localOffers).values({
      organisationId: o.org, countyId: ids.countyId, lane: input.lane, nationalOfferId: input.nationalOfferId, content: input,
      municipalityIds: input.area.kind === 'municipalities' ? input.area.municipalityIds : null,
      lastStartDate: lastStartDate(input.startDates), reviewDue: input.reviewDue, createdBy: o.editor, updatedBy: o.editor,
    }).returning();
    await db.insert(localOfferVersions).values({ localOfferId: row!.id, version: 1, content: input, change: 'saved', editedBy: o.editor });
  }
}
