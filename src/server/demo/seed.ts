import { count } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  briefChecklistConfigs, counties, glossaryTerms, groupRegistrations, groupSessions, guidanceOrders, guidanceSessions, handoverBriefItems,
  orderTransitions, organisations, participants, postponements, users,
} from '../db/schema.ts';
import { hashPassword } from '../auth/passwords.ts';
import { addDays, residenceBases, storedRuleResults, todayInOslo, type OrderStatus, type SessionOutcome } from '../../domain/index.ts';
import type { Role } from '../auth/actor.ts';
import { defaultGlossary } from '../features/glossary/default-terms.ts';
import { seedNotes } from './seed-notes.ts';
import { seedJourneys } from './seed-journeys.ts';
import { seedLocalOffers } from './seed-local-offers.ts';
import { seedSurvey } from './seed-survey.ts';

export const DEMO_PASSWORD = 'veivalg-demo';

/** True when the database has no users yet: the only time demo data may be loaded. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return row!.n === 0;
}

const givenNames = ['Amina', 'Yonas', 'Olena', 'Mohammed', 'Hawa', 'Dawit', 'Iryna', 'Ahmad', 'Fatima', 'Samir', 'Leyla', 'Tesfay', 'Oksana', 'Abdi', 'Nour', 'Mariam', 'Bohdan', 'Zahra', 'Filmon', 'Halima'];
const familyNames = ['Hassan', 'Tesfamariam', 'Kovalenko', 'Al-Sayed', 'Warsame', 'Gebremedhin', 'Shevchenko', 'Rahimi', 'Yusuf', 'Haddad', 'Mahmoud', 'Bondarenko', 'Osman', 'Haile', 'Karimi'];
const languages = ['ar', 'ti', 'uk', 'so', 'prs', 'ku', 'fa', 'ps'];
const demoCountries = ['SY', 'ER', 'UA', 'SO', 'AF', 'IQ', 'IR', 'AF'];

// Statuses cycled through so that every order state appears in the demo, with some participants without an order.
const orderPlan: (OrderStatus | null)[] = [null, 'draft', 'sent', 'accepted', 'scheduled', 'completed', 'rejected', 'cancelled', 'sent', null];
const orderPath: Record<OrderStatus, OrderStatus[]> = {
  draft: [], sent: ['sent'], accepted: ['sent', 'accepted'], rejected: ['sent', 'rejected'],
  scheduled: ['sent', 'accepted', 'scheduled'], completed: ['sent', 'accepted', 'scheduled', 'completed'],
  cancelled: ['sent', 'cancelled'],
};

/** Loads demo data into an empty database, never in production. Returns whether it did. */
export async function loadDemoIfEmpty(db: Db, opts: { production: boolean }): Promise<boolean> {
  if (opts.production || !(await isEmpty(db))) return false;
  await seedDemo(db);
  return true;
}

/** Fictional organisations, accounts and participants for trying the app. Never called in production. */
export async function seedDemo(db: Db, opts: { participantsPerMunicipality?: number } = {}): Promise<void> {
  const perMunicipality = opts.participantsPerMunicipality ?? 30;
  const today = todayInOslo();
  const [vestland, buskerud] = await db.insert(counties).values([{ name: 'Vestland fylkeskommune' }, { name: 'Buskerud fylkeskommune' }]).returning();
  const [kv, kb] = await db.insert(organisations).values([
    { kind: 'career-centre', name: 'Karriere Vestland', countyId: vestland!.id },
    { kind: 'career-centre', name: 'Karriere Buskerud', countyId: buskerud!.id },
  ]).returning();
  const [bergen, drammen, voss] = await db.insert(organisations).values([
    { kind: 'municipality', name: 'Bergen kommune', countyId: vestland!.id, servedByCareerCentreId: kv!.id },
    { kind: 'municipality', name: 'Drammen kommune', countyId: buskerud!.id, servedByCareerCentreId: kb!.id },
    { kind: 'municipality', name: 'Voss herad', countyId: vestland!.id, servedByCareerCentreId: kv!.id },
  ]).returning();
  // Organisations that only publish local offers on the map (issue 18): the county itself and a NAV office.
  const [vestlandCounty, navBergen] = await db.insert(organisations).values([
    { kind: 'county', name: 'Vestland fylkeskommune', countyId: vestland!.id },
    { kind: 'nav-office', name: 'NAV Bergenhus', countyId: vestland!.id },
  ]).returning();

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people: { email: string; name: string; role: Role; organisationId: string | null }[] = [
    { email: 'radgiver@bergen.demo', name: 'Ragnhild Rådgiver', role: 'programme-adviser', organisationId: bergen!.id },
    { email: 'leder@bergen.demo', name: 'Lars Leder', role: 'municipality-lead', organisationId: bergen!.id },
    { email: 'radgiver@drammen.demo', name: 'Dina Rådgiver', role: 'programme-adviser', organisationId: drammen!.id },
    { email: 'radgiver@voss.demo', name: 'Vegard Rådgiver', role: 'programme-adviser', organisationId: voss!.id },
    { email: 'veileder@vestland.demo', name: 'Vilde Veileder', role: 'career-counsellor', organisationId: kv!.id },
    { email: 'veileder2@vestland.demo', name: 'Viktor Veileder', role: 'career-counsellor', organisationId: kv!.id },
    { email: 'leder@vestland.demo', name: 'Liv Leder', role: 'career-centre-lead', organisationId: kv!.id },
    { email: 'veileder@buskerud.demo', name: 'Berit Veileder', role: 'career-counsellor', organisationId: kb!.id },
    { email: 'admin@veivalg.demo', name: 'Ada Administrator', role: 'administrator', organisationId: null },
    { email: 'statistikk@veivalg.demo', name: 'Stian Statistikk', role: 'statistics-reader', organisationId: null },
    { email: 'redaktor@veivalg.demo', name: 'Randi Redaktør', role: 'content-editor', organisationId: null },
    { email: 'lokal@bergen.demo', name: 'Linn Lokal', role: 'local-offer-editor', organisationId: bergen!.id },
    { email: 'lokal@vestland.demo', name: 'Frida Fylke', role: 'local-offer-editor', organisationId: vestlandCounty!.id },
    { email: 'lokal@nav-bergenhus.demo', name: 'Nils Nav', role: 'local-offer-editor', organisationId: navBergen!.id },
  ];
  const created = await db.insert(users).values(people.map((p) => ({ ...p, passwordHash }))).returning();
  const byEmail = (e: string) => created.find((u) => u.email === e)!;

  const municipalities = [
    { org: bergen!, centre: kv!, adviser: byEmail('radgiver@bergen.demo'), counsellor: byEmail('veileder@vestland.demo') },
    { org: drammen!, centre: kb!, adviser: byEmail('radgiver@drammen.demo'), counsellor: byEmail('veileder@buskerud.demo') },
    { org: voss!, centre: kv!, adviser: byEmail('radgiver@voss.demo'), counsellor: byEmail('veileder2@vestland.demo') },
  ];
  const withOrders: SeededOrder[] = [];
  let n = 0;
  for (const m of municipalities) {
    const count = m.org.id === voss!.id ? Math.ceil(perMunicipality / 3) : perMunicipality;
    for (let i = 0; i < count; i++, n++) {
      // Settled between about four months ago and last week, so deadlines fall on every side of today.
      const settlementDate = addDays(today, -((n * 37) % 125) - 5);
      const programmeRequestDate = n % 11 === 0 ? addDays(settlementDate, 20) : null;
      // Most have the permit date; every third is left without it, as in real registrations, and shows as provisional.
      const permitDate = n % 3 === 2 ? null : addDays(settlementDate, -30 - ((n * 17) % 60));
      const residenceBasis = residenceBases[n % 7 === 0 ? 2 : n % 13 === 0 ? 3 : n % 2]!;
      const birthYear = Number(today.slice(0, 4)) - 19 - ((n * 7) % 40);
      const status = orderPlan[n % orderPlan.length]!;
      const birthDate = `${birthYear}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
      const [p] = await db.insert(participants).values({
        municipalityId: m.org.id,
        givenName: givenNames[n % givenNames.length]!,
        familyName: familyNames[(n * 3) % familyNames.length]!,
        birthDate,
        preferredLanguage: languages[n % languages.length]!,
        interpreterLanguage: n % 4 === 0 ? null : languages[n % languages.length]!,
        residenceBasis,
        settlementDate,
        permitDate,
        programmeRequestDate,
        ...storedRuleResults({ residenceBasis, birthDate, settlementDate, permitDate, programmeRequestDate }),
        // Fact-sheet fields (statistics): some left unknown, as in real registrations.
        gender: n % 5 === 4 ? null : n % 2 ? 'female' : 'male',
        countryBackground: n % 6 === 5 ? null : demoCountries[n % demoCountries.length]!,
        guidanceHeldOn: status === 'completed' ? addDays(today, -3) : null,
        guidancePostponed: status === null && n % 20 === 0,
        createdBy: m.adviser.id,
      }).returning();
      // A postponed participant has its reasoned postponement (participants.guidancePostponed mirrors the open row).
      if (p!.guidancePostponed) {
        await db.insert(postponements).values({
          participantId: p!.id, municipalityId: m.org.id, reason: 'settling-in-little-schooling-long-programme',
          justification: 'Uten grunnskole og med lang programtid; veiledningen gir mer etter livsmestringskurset.',
          expectedDate: addDays(today, 120 + (n % 30)), decidedWith: 'adviser-alone', decidedOn: addDays(today, -2),
          createdBy: m.adviser.id,
        });
      }
      if (!status) continue;
      const [o] = await db.insert(guidanceOrders).values({
        participantId: p!.id, municipalityId: m.org.id, careerCentreId: m.centre.id, status,
        format: residenceBasis === 'collective-protection' ? 'group' : 'individual',
        language: p!.preferredLanguage, interpreterLanguage: p!.interpreterLanguage,
        mode: n % 3 === 0 ? 'digital' : 'in-person',
        message: n % 2 ? 'Deltakeren ønsker veiledning om utdanning. Kartleggingen er oppdatert.' : '',
        assignedCounsellorId: ['accepted', 'scheduled', 'completed'].includes(status) ? m.counsellor.id : null,
        rejectionReason: status === 'rejected' ? 'Deltakeren er allerede veiledet ved et annet karrieresenter.' : null,
        cancellationReason: status === 'cancelled' ? 'Deltakeren har flyttet til en annen kommune.' : null,
        decisionDeadline: p!.decisionDeadline, rulesVersion: p!.rulesVersion,
        version: orderPath[status].length + 1,
        createdBy: m.adviser.id,
      }).returning();
      let from: OrderStatus = 'draft';
      for (const to of orderPath[status]) {
        const by = to === 'sent' || to === 'cancelled' ? m.adviser.id : m.counsellor.id;
        await db.insert(orderTransitions).values({
          orderId: o!.id, fromStatus: from, toStatus: to, byUserId: by,
          reason: to === 'rejected' ? o!.rejectionReason : to === 'cancelled' ? o!.cancellationReason : null,
        });
        from = to;
      }
      withOrders.push({ p: p!, o: o!, n, adviserId: m.adviser.id, counsellorId: m.counsellor.id });
    }
  }
  await seedCaseWork(db, withOrders, {
    vestland: kv!.id, buskerud: kb!.id, bergen: bergen!.id, voss: voss!.id, drammen: drammen!.id,
    vilde: byEmail('veileder@vestland.demo').id, viktor: byEmail('veileder2@vestland.demo').id, berit: byEmail('veileder@buskerud.demo').id,
  });
  await seedNotes(db, withOrders, {
    vestland: kv!.id, bergen: bergen!.id, vilde: byEmail('veileder@vestland.demo').id, viktor: byEmail('veileder2@vestland.demo').id,
    liv: byEmail('leder@vestland.demo').id, ragnhild: byEmail('radgiver@bergen.demo').id,
  });
  await seedLocalOffers(db, today, {
    bergen: bergen!.id, voss: voss!.id, county: vestlandCounty!.id, nav: navBergen!.id, countyId: vestland!.id,
    bergenEditor: byEmail('lokal@bergen.demo').id, countyEditor: byEmail('lokal@vestland.demo').id, navEditor: byEmail('lokal@nav-bergenhus.demo').id,
  });
  await seedJourneys(db, withOrders, { bergen: bergen!.id, vilde: byEmail('veileder@vestland.demo').id, ragnhild: byEmail('radgiver@bergen.demo').id });
  await seedSurvey(db, { vestland: kv!.id, buskerud: kb!.id, lead: byEmail('leder@vestland.demo').id });
}

interface SeededOrder {
  p: typeof participants.$inferSelect;
  o: typeof guidanceOrders.$inferSelect;
  n: number;
  adviserId: string;
  counsellorId: string;
}

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** A reference code that looks random but is unique per k (k · a prime, modulo 31⁴, in base 31). */
function seedReference(prefix: 'VV' | 'VG', k: number): string {
  let x = ((k + 1) * 7919) % ALPHABET.length ** 4;
  let code = '';
  for (let i = 0; i < 4; i++) { code = ALPHABET[x % ALPHABET.length]! + code; x = Math.floor(x / ALPHABET.length); }
  return `${prefix}-${code}`;
}

/** 10:00 (plus `hourOffset`) in Norway on a day: summer time from April to October is close enough for demo data. */
function osloTime(date: string, hour: number): Date {
  const month = Number(date.slice(5, 7));
  const offset = month >= 4 && month <= 10 ? 2 : 1;
  return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+0${offset}:00`);
}

/**
 * Handover briefs, sessions in every outcome, a nearly full group session, a held group session and the
 * default glossaries. Inserted in a few batches so the demo (and every test database) stays quick to load.
 * Drafts alternate between a brief that carries the language and none at all, so both completeness states show.
 */
async function seedCaseWork(db: Db, orders: SeededOrder[], ids: Record<'vestland' | 'buskerud' | 'bergen' | 'voss' | 'drammen' | 'vilde' | 'viktor' | 'berit', string>) {
  const today = todayInOslo();
  // Glossaries.
  const terms = await db.insert(glossaryTerms).values([ids.vestland, ids.buskerud].flatMap((centre) => defaultGlossary.map((t) => ({
    careerCentreId: centre, term: t.term, explanation: t.explanation, translations: { en: t.en },
  })))).returning({ id: glossaryTerms.id, centre: glossaryTerms.careerCentreId, term: glossaryTerms.term });
  const termIds = (centre: string, names: string[]) => terms.filter((t) => t.centre === centre && names.includes(t.term)).map((t) => t.id);
  // Karriere Buskerud has looked at its checklist: dialect is not needed, and items go stale after four months.
  await db.insert(briefChecklistConfigs).values({ careerCentreId: ids.buskerud, uses: { dialect: 'not-needed' }, staleAfterDays: 120 });

  // Briefs.
  const schoolingYears = [0, 4, 9, 12, 16];
  const items: (typeof handoverBriefItems.$inferInsert)[] = [];
  let healthGiven = false;
  for (const { p, o, n, adviserId } of orders) {
    if (o.status === 'draft' && n % 2 === 1) continue;
    const registered = addDays(p.settlementDate, 7) < today ? addDays(p.settlementDate, 7) : today;
    items.push({
      participantId: p.id, itemKey: 'language', source: 'adviser', verifiedBy: adviserId, verifiedOn: registered,
      value: p.interpreterLanguage ? { preferred: p.preferredLanguage, interpreter: p.interpreterLanguage } : { preferred: p.preferredLanguage },
    });
    if (o.status === 'draft') continue;
    // The mapping export: some taken long ago (before settlement, in the reception centre), so stale by now.
    const mappedOn = n % 4 === 0 ? addDays(today, -220) : p.settlementDate;
    const years = schoolingYears[n % schoolingYears.length]!;
    items.push(
      {
        participantId: p.id, itemKey: 'schooling', source: 'mapping-import', verifiedBy: adviserId, verifiedOn: mappedOn,
        value: { years, country: ['Syria', 'Eritrea', 'Ukraina', 'Somalia', 'Afghanistan'][n % 5], completedLevels: years >= 12 ? ['primary', 'upper-secondary'] : years >= 9 ? ['primary'] : [] },
      },
      // Education and recognition: required by default since issue 16, so every sent order has an answer.
      n % 3 === 1
        ? { participantId: p.id, itemKey: 'education', source: 'adviser', verifiedBy: adviserId, verifiedOn: registered, unknown: true, value: null }
        : { participantId: p.id, itemKey: 'education', source: 'mapping-import', verifiedBy: adviserId, verifiedOn: mappedOn, value: years >= 12 ? { description: 'Videregående skole', recognitionSought: 'no' } : { description: 'Ingen utdanning utover grunnskole', recognitionSought: 'not-relevant' } },
      { participantId: p.id, itemKey: 'norwegian', source: 'mapping-import', verifiedBy: adviserId, verifiedOn: mappedOn, value: { level: ['none', 'A1', 'A2', 'B1'][n % 4], training: 'Norskopplæring i kommunen' } },
      n % 3 === 0
        ? { participantId: p.id, itemKey: 'work', source: 'adviser', verifiedBy: adviserId, verifiedOn: registered, unknown: true, value: null }
        : { participantId: p.id, itemKey: 'work', source: 'participant', verifiedBy: adviserId, verifiedOn: registered, value: { occupation: ['Snekker', 'Frisør', 'Lærer', 'Sjåfør', 'Butikkmedarbeider'][n % 5], years: 2 + (n % 8) } },
      { participantId: p.id, itemKey: 'wishes', source: 'participant', verifiedBy: adviserId, verifiedOn: registered, value: { wishes: ['Vil bli helsefagarbeider', 'Ønsker å studere ingeniørfag', 'Vil starte egen bedrift', 'Vil jobbe som sjåfør'][n % 4] } },
    );
    if (!healthGiven && ['accepted', 'scheduled'].includes(o.status) && o.careerCentreId === ids.vestland) {
      healthGiven = true;
      items.push({
        participantId: p.id, itemKey: 'health-family', source: 'adviser', verifiedBy: adviserId, verifiedOn: registered,
        value: { note: 'Alene med to små barn; timen bør ligge mellom 09 og 14.' },
      });
    }
  }
  if (items.length) await db.insert(handoverBriefItems).values(items);

  // Sessions: a planned one for each scheduled order (some after a cancelled one), a held one for each completed
  // order (some after a no-show or a break-off), so every outcome appears.
  const sessionRows: (typeof guidanceSessions.$inferInsert)[] = [];
  const perCounsellorDay = new Map<string, number>();
  const slot = (counsellorId: string, date: string) => {
    const key = `${counsellorId}|${date}`;
    const i = perCounsellorDay.get(key) ?? 0;
    perCounsellorDay.set(key, i + 1);
    return osloTime(date, 8 + 2 * (i % 5));
  };
  let k = 0;
  const session = (so: SeededOrder, date: string, outcome: SessionOutcome | null, extra: Partial<typeof guidanceSessions.$inferInsert> = {}) => {
    const { p, o, n, counsellorId } = so;
    const centreName = o.careerCentreId === ids.vestland ? 'Vest' : 'Buskerud';
    const interpreter = p.interpreterLanguage ? {
      interpreterLanguage: p.interpreterLanguage, interpreterMode: (n % 2 ? 'on-site' : 'video') as 'on-site' | 'video',
      interpreterStatus: (outcome ? 'confirmed' : n % 3 === 0 ? 'requested' : 'booked') as 'confirmed' | 'requested' | 'booked',
      interpreterService: `Tolketjenesten ${centreName}`, interpreterReference: `T-${1000 + k}`,
      interpreterBriefing: 'Samtale om utdanning og arbeid. Bruk begrepene under.',
      briefingTermIds: termIds(o.careerCentreId, ['fagbrev', 'realkompetansevurdering', 'introduksjonsprogram']),
    } : {};
    const mode = o.mode === 'digital' ? 'digital' as const : 'in-person' as const;
    sessionRows.push({
      reference: seedReference('VV', k++), orderId: o.id, participantId: p.id, municipalityId: o.municipalityId, careerCentreId: o.careerCentreId,
      kind: n % 5 === 0 ? 'three-party' : 'individual', threePartyWith: n % 5 === 0 ? 'adviser' : null, mode,
      place: mode === 'in-person' ? (o.careerCentreId === ids.vestland ? 'Karriere Vestland, Kaigaten 4, Bergen' : 'Karriere Buskerud, Drammen') : null,
      meetingUrl: mode === 'digital' ? 'https://teams.microsoft.com/l/meetup-join/demo' : null,
      startsAt: slot(counsellorId, date), durationMinutes: 90, leadCounsellorId: counsellorId,
      adviserRole: n % 5 === 0 ? 'participant' : n % 2 ? 'observer' : 'absent', plannedIntervalDays: n % 7 === 0 ? 7 : null,
      ...interpreter,
      outcome, createdBy: counsellorId,
      ...(outcome ? { outcomeRecordedBy: counsellorId, outcomeRecordedAt: new Date() } : {}),
      ...extra,
    });
  };
  for (const so of orders) {
    const { o, n } = so;
    if (o.status === 'scheduled') {
      if (n % 2 === 0) session(so, addDays(today, -5), 'cancelled', { outcomeReason: 'Tolken meldte avbud.' });
      session(so, addDays(today, 2 + (n % 12)), null);
    }
    if (o.status === 'completed') {
      if (n % 3 === 0) session(so, addDays(today, -10), 'broken-off', { outcomeReason: 'Deltakeren ble dårlig og måtte gå.', minutesUsed: 25, interpreterTookPart: true });
      if (n % 3 === 1) session(so, addDays(today, -10), 'no-show');
      session(so, addDays(today, -3), 'held', {
        minutesUsed: 85, interpreterTookPart: so.p.interpreterLanguage ? true : false,
        interpreterQualityProblem: n % 4 === 1 && so.p.interpreterLanguage ? 'Tolken manglet ord for fagbrev og realkompetanse.' : null,
      });
    }
  }
  if (sessionRows.length) await db.insert(guidanceSessions).values(sessionRows);

  // A webinar at Karriere Vestland with one seat left, and a held group session at Karriere Buskerud.
  const open = (centre: string) => orders.filter((so) => so.o.careerCentreId === centre && ['sent', 'accepted', 'scheduled'].includes(so.o.status));
  const vestlandOpen = open(ids.vestland).slice(0, 14);
  const [webinar, held] = await db.insert(groupSessions).values([
    {
      reference: seedReference('VG', 1), careerCentreId: ids.vestland, title: 'Gruppeveiledning: arbeid og utdanning i Norge', language: 'ar',
      mode: 'in-person', place: 'Karriere Vestland, Kaigaten 4, Bergen', startsAt: osloTime(addDays(today, 9), 18), durationMinutes: 90,
      capacity: vestlandOpen.length + 1, leadCounsellorId: ids.viktor,
      interpreterLanguage: 'ar', interpreterMode: 'on-site', interpreterStatus: 'confirmed', interpreterService: 'Tolketjenesten Vest', interpreterReference: 'T-GR-1',
      interpreterBriefing: 'Gruppe om veier til arbeid og utdanning.', briefingTermIds: termIds(ids.vestland, ['fagbrev', 'videregående opplæring', 'praksis']),
      createdBy: ids.viktor,
    },
    {
      reference: seedReference('VG', 2), careerCentreId: ids.buskerud, title: 'Webinar på ukrainsk: slik fungerer utdanning i Norge', language: 'uk',
      mode: 'digital', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/webinar-demo', startsAt: osloTime(addDays(today, -3), 18), durationMinutes: 90,
      capacity: 15, leadCounsellorId: ids.berit, interpreterLanguage: 'uk', interpreterMode: 'video', interpreterStatus: 'confirmed',
      interpreterService: 'Tolketjenesten Buskerud', interpreterReference: 'T-GR-2', interpreterTookPart: true, createdBy: ids.berit,
    },
  ]).returning();
  const registrations: (typeof groupRegistrations.$inferInsert)[] = vestlandOpen.map((so) => ({
    groupSessionId: webinar!.id, participantId: so.p.id, municipalityId: so.o.municipalityId, registeredBy: so.adviserId,
  }));
  // The held webinar, on the day their individual sessions were held: participants of completed orders attended.
  for (const [i, so] of orders.filter((x) => x.o.careerCentreId === ids.buskerud && x.o.status === 'completed').entries()) {
    registrations.push({
      groupSessionId: held!.id, participantId: so.p.id, municipalityId: so.o.municipalityId, registeredBy: so.adviserId,
      attendance: i % 3 === 2 ? 'absent' : 'attended', attendanceRecordedBy: ids.berit, attendanceRecordedAt: new Date(),
    });
  }
  if (registrations.length) await db.insert(groupRegistrations).values(registrations);
}
