/**
 * What the journey timeline needs per offer beyond the map's own fields (issue 6): a default duration for
 * planning, and whether taking the offer means paid work (so the wage covers living costs).
 *
 * Never invented: most offers' `duration` text says the sources give no figure. For those the default is a
 * PLANNING PLACEHOLDER (basis 'placeholder'): a starting value for the builder that the counsellor adjusts with the
 * participant, shown as such in the UI, and marked for review. Only where a source gives a figure is the basis
 * 'source', with that source.
 */
import { z } from 'zod';
import { offerIdSchema, offerIds, sourceRefSchema, type OfferId, type SourceRef } from './model.ts';
import { SEED_MULIGHETSKART_2021, seed } from './sources.ts';

export const planningFactsSchema = z.discriminatedUnion('basis', [
  z.strictObject({
    offerId: offerIdSchema,
    basis: z.literal('source'),
    defaultMonths: z.number().int().min(1).max(60),
    providesIncome: z.boolean(),
    sources: z.array(sourceRefSchema).min(1),
  }),
  z.strictObject({
    offerId: offerIdSchema,
    basis: z.literal('placeholder'),
    defaultMonths: z.number().int().min(1).max(60),
    providesIncome: z.boolean(),
    /** Only for `providesIncome`: the placeholder duration itself has no source by definition. */
    sources: z.array(sourceRefSchema),
  }),
]);
export type PlanningFacts = z.infer<typeof planningFactsSchema>;

/** Income: the same seed passages the offer itself cites for "you are paid by your job". */
const FORMAL = 'kap. 3.3 Formell opplæring, Fag- og yrkesopplæring';

const placeholder = (offerId: OfferId, defaultMonths: number, income?: SourceRef): PlanningFacts =>
  ({ offerId, basis: 'placeholder', defaultMonths, providesIncome: income !== undefined, sources: income ? [income] : [] });

const list: PlanningFacts[] = [
  placeholder('norsk-og-samfunnskunnskap', 24),
  placeholder('norskopplaering-uten-rett', 12),
  placeholder('sprakpraksis', 6),
  placeholder('norsktrening-frivillig', 12),
  // "En prøve på en fastsatt dato, ikke et kurs": one month is the timeline's smallest unit.
  placeholder('norskprove', 1),
  {
    offerId: 'introduksjonsprogram', basis: 'source', defaultMonths: 24, providesIncome: false,
    sources: [seed(SEED_MULIGHETSKART_2021, 'kap. 3, fotnote 9',
      'Fram til 2021 var kommunene pliktig å tilby et helårig fulltidsprogram på inntil to år til målgruppa')],
  },
  placeholder('karriereveiledning-integreringsloven', 1),
  placeholder('karriereveiledning-karrieresenter', 1),
  placeholder('grunnskole-for-voksne', 24),
  placeholder('forberedende-voksenopplaering', 12),
  placeholder('videregaende-for-voksne', 24),
  placeholder('fagbrev-larling', 24),
  placeholder('fagbrev-pa-jobb', 12, seed(SEED_MULIGHETSKART_2021, FORMAL, 'gir personer som er i lønnet arbeid en mulighet til å ta fagbrev uten opplæring i skole')),
  placeholder('praksiskandidat', 12, seed(SEED_MULIGHETSKART_2021, FORMAL, 'mange har lave stillingsbrøker og at det er vanskelig å dokumentere praksis fra utlandet')),
  placeholder('realkompetansevurdering', 2),
  placeholder('godkjenning-utdanning', 4),
  placeholder('kompletterende-utdanning', 12),
  placeholder('autorisasjon-helse', 6),
  placeholder('hoyere-utdanning', 36),
  placeholder('fagskole', 24),
  placeholder('kvalifiseringsprogram', 12),
  placeholder('jobbsjansen', 12),
  placeholder('amo-kurs', 6),
  placeholder('arbeidsforberedende-trening', 12),
  placeholder('arbeidstrening', 6),
  placeholder('lonnstilskudd', 12, seed(SEED_MULIGHETSKART_2021, 'kap. 3.2, Tilskuddsordninger gjennom NAV', 'Fordi målet er at deltakeren skal fortsette å jobbe for samme arbeidsgiver også etter at tiltaksperioden er over')),
  placeholder('mentor', 6),
  placeholder('inkluderingstilskudd', 6),
  placeholder('supported-employment', 12),
  placeholder('hurtigspor', 6),
  placeholder('mentor-og-traineeordning', 12),
  placeholder('livsmestring-i-nytt-land', 1),
  placeholder('frivillige-organisasjoner', 12),
  placeholder('flyktningguide', 12),
  placeholder('leksehjelp', 12),
  placeholder('arbeidsplassen-jobbsok', 6),
  placeholder('introduksjonsstonad', 24),
  placeholder('kvalifiseringsstonad', 12),
  placeholder('flyktningstipend', 24),
  placeholder('lanekassen', 36),
  placeholder('okonomisk-sosialhjelp', 6),
  placeholder('tiltakspenger', 6),
  placeholder('bostotte', 12),
];

/** One entry per offer, validated at import like the rest of the content. */
export const planningFacts: readonly PlanningFacts[] = z
  .array(planningFactsSchema)
  .superRefine((entries, ctx) => {
    const ids = entries.map((e) => e.offerId);
    for (const id of offerIds) if (!ids.includes(id)) ctx.addIssue({ code: 'custom', message: `no planning facts for ${id}` });
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'an offer has planning facts twice' });
    for (const e of entries) {
      if (e.providesIncome && e.sources.length === 0) ctx.addIssue({ code: 'custom', message: `${e.offerId}: income needs a source` });
    }
  })
  .parse(list);

const byId = new Map(planningFacts.map((f) => [f.offerId, f]));
export function planningFactsFor(offerId: string): PlanningFacts | undefined {
  return byId.get(offerId as OfferId);
}
