/**
 * The content model of the opportunity map ("mulighetskart").
 *
 * The zod schemas in this file are the single source of truth: the TypeScript types are inferred
 * from them, and `index.ts` parses every offer with them when the module is imported, so a broken
 * entry stops the build, the tests and the server at start-up instead of reaching a participant.
 *
 * Conventions for authors (read before adding or editing an offer):
 * - Plain language, short sentences, bokmål (`nb`) and a faithful English translation (`en`).
 *   Show every option as one possibility among several, never as "the right answer"; do not
 *   promise that an offer exists everywhere; say the conditions.
 * - Every fact needs a source: a seed report and section (with a verbatim quote where possible),
 *   a law and paragraph, or a public web page. Where the seeds may be outdated, or where we had to
 *   go beyond the seeds, set `review` with a note saying what must be checked.
 * - Never invent figures. `typicalMonths` is only filled in where a seed or the law gives a figure.
 * - `effectiveFrom` is the first day on which everything the entry says is known to hold: the day
 *   the legal basis came into force where that is known precisely, otherwise the date of the seed
 *   report that describes the offer (seed 003 is dated April 2021, so '2021-04-01').
 */
import { z } from 'zod';
import { isValidIsoDate } from '../domain/dates.ts';

// ---------------------------------------------------------------------------------------------
// Identifiers
// ---------------------------------------------------------------------------------------------

/** The four lanes of the map, in display order. Norwegian training and supplementary offers run in parallel with the work-and-education lane. */
export const laneIds = ['language', 'work-and-education', 'supplementary', 'financing'] as const;
export const laneSchema = z.enum(laneIds);
export type Lane = z.infer<typeof laneSchema>;

export const actorIds = ['municipality', 'county', 'nav', 'state-agency', 'employer', 'voluntary-sector'] as const;
export const actorSchema = z.enum(actorIds);
export type Actor = z.infer<typeof actorSchema>;

export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1'] as const;
export const cefrLevelSchema = z.enum(cefrLevels);
export type CefrLevel = z.infer<typeof cefrLevelSchema>;

/**
 * Every offer id. An id is stable: other parts of the product (notes, journeys, links in e-mails)
 * store it. Add new ids at the end of their lane; never rename or reuse one.
 */
export const offerIds = [
  // language
  'norsk-og-samfunnskunnskap',
  'norskopplaering-uten-rett',
  'sprakpraksis',
  'norsktrening-frivillig',
  'norskprove',
  // work-and-education
  'introduksjonsprogram',
  'karriereveiledning-integreringsloven',
  'karriereveiledning-karrieresenter',
  'grunnskole-for-voksne',
  'forberedende-voksenopplaering',
  'videregaende-for-voksne',
  'fagbrev-larling',
  'fagbrev-pa-jobb',
  'praksiskandidat',
  'realkompetansevurdering',
  'godkjenning-utdanning',
  'kompletterende-utdanning',
  'autorisasjon-helse',
  'hoyere-utdanning',
  'fagskole',
  'kvalifiseringsprogram',
  'jobbsjansen',
  'amo-kurs',
  'arbeidsforberedende-trening',
  'arbeidstrening',
  'lonnstilskudd',
  'mentor',
  'inkluderingstilskudd',
  'supported-employment',
  'hurtigspor',
  'mentor-og-traineeordning',
  // supplementary
  'livsmestring-i-nytt-land',
  'frivillige-organisasjoner',
  'flyktningguide',
  'leksehjelp',
  'arbeidsplassen-jobbsok',
  // financing (living costs)
  'introduksjonsstonad',
  'kvalifiseringsstonad',
  'flyktningstipend',
  'lanekassen',
  'okonomisk-sosialhjelp',
  'tiltakspenger',
  'bostotte',
] as const;

export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const offerIdSchema = z.enum(offerIds);
export type OfferId = z.infer<typeof offerIdSchema>;

/** The seed reports in /work/shared/seeds that content may cite. */
export const seedFiles = [
  '000_4d34fa87f84c09e3.txt',
  '001_ddaf841434328989.txt',
  '002_56eb07db012f66ce.txt',
  '003_621298d49563d429.txt',
  '004_7de5c590806d3e6a.txt',
] as const;
export type SeedFile = (typeof seedFiles)[number];

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

const nonEmpty = z.string().trim().min(1);

/** A text in Norwegian bokmål and English. Both are required and must say the same thing. */
export const localizedSchema = z.strictObject({ nb: nonEmpty, en: nonEmpty });
export type Localized = z.infer<typeof localizedSchema>;

export const isoDateSchema = z.string().refine(isValidIsoDate, { message: 'must be a valid date written YYYY-MM-DD' });

/** True for a well-formed absolute https URL with a host and no credentials or whitespace. */
export function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname.includes('.') && url.username === '' && url.password === '';
}

export const httpsUrlSchema = z.string().refine(isHttpsUrl, { message: 'must be a well-formed https URL' });

export const sourceRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('seed'),
    seed: z.enum(seedFiles),
    /** Chapter/section and, where useful, footnote, e.g. 'kap. 3.3 Formell opplæring, fotnote 41'. */
    section: nonEmpty,
    /** Verbatim from the seed (whitespace may differ). The tests check that it really is there. */
    quote: nonEmpty.optional(),
  }),
  z.strictObject({ kind: z.literal('law'), law: nonEmpty, paragraph: nonEmpty }),
  z.strictObject({ kind: z.literal('web'), title: nonEmpty, url: httpsUrlSchema }),
]);
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const legalBasisSchema = z.strictObject({
  /** The act or regulation, e.g. 'integreringsloven' or 'forskrift om arbeidsmarkedstiltak'. */
  law: nonEmpty,
  /** As a lawyer would cite it, e.g. '§ 11'. Where we could not verify the paragraph, say so in the text and set `review`. */
  paragraph: nonEmpty,
  url: httpsUrlSchema.optional(),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** Present only where a person with legal or subject knowledge must check the entry before it is relied on. */
export const reviewSchema = z.strictObject({ needed: z.literal(true), note: localizedSchema });
export type Review = z.infer<typeof reviewSchema>;

export const linkSchema = z.strictObject({
  title: localizedSchema,
  url: httpsUrlSchema,
  /** The organisation that owns the page and keeps the detail right, e.g. 'NAV'. */
  owner: nonEmpty,
});
export type Link = z.infer<typeof linkSchema>;

/** `null` means: the sources do not say, or it varies from place to place. */
export const flexibilitySchema = z.strictObject({
  partTime: z.boolean().nullable(),
  evening: z.boolean().nullable(),
  /** Can be taken at the same time as other offers (e.g. Norwegian training alongside work practice). */
  parallel: z.boolean().nullable(),
  note: localizedSchema.optional(),
});
export type Flexibility = z.infer<typeof flexibilitySchema>;

export const typicalMonthsSchema = z
  .strictObject({ min: z.number().int().min(0), max: z.number().int().min(0) })
  .refine((m) => m.min <= m.max, { message: 'typicalMonths.min must not exceed typicalMonths.max' });

export const requirementsSchema = z.strictObject({
  text: localizedSchema,
  /**
   * The Norwegian level (CEFR) needed to start.
   * - a level: the level that is required, or commonly required (the text says which);
   * - `null`: the sources say no Norwegian level is required (or may be required);
   * - absent: the sources do not settle it, or it varies.
   */
  norwegianLevel: cefrLevelSchema.nullable().optional(),
});

// ---------------------------------------------------------------------------------------------
// The offer
// ---------------------------------------------------------------------------------------------

export const offerObjectSchema = z.strictObject({
  id: offerIdSchema,
  lane: laneSchema,
  title: localizedSchema,
  /** Plain language, one to three short sentences. */
  summary: localizedSchema,
  /** Target group, and whether it is a right or a discretionary offer. */
  forWhom: localizedSchema,
  requirements: requirementsSchema,
  responsible: z.array(actorSchema).min(1),
  legalBasis: z.array(legalBasisSchema),
  /** Required exactly when `legalBasis` is empty (e.g. voluntary offers, grant schemes). */
  noLegalBasisReason: localizedSchema.optional(),
  /** Content and organisation. */
  content: localizedSchema,
  duration: localizedSchema,
  /** Only where a seed or the law gives a figure. The journey builder uses it for time-to-goal. */
  typicalMonths: typicalMonthsSchema.optional(),
  flexibility: flexibilitySchema,
  /** Who pays for the offer itself (not the participant's living costs). */
  fundedBy: localizedSchema,
  /** Ids of `financing`-lane offers that can cover living costs while taking this offer. */
  livingCosts: z.array(offerIdSchema),
  /** Offers that can be taken at the same time. */
  combinesWith: z.array(offerIdSchema),
  /** Typical transitions after this offer. */
  nextSteps: z.array(offerIdSchema),
  /** Pages of the organisations that own the detail. Prefer stable top-level pages. */
  links: z.array(linkSchema),
  /** False until a person has opened every link and confirmed it is the right, live page. */
  linksReviewed: z.boolean(),
  sources: z.array(sourceRefSchema).min(1),
  effectiveFrom: isoDateSchema,
  lastReviewed: isoDateSchema,
  review: reviewSchema.optional(),
});

/** Checks on one offer that need more than one field. Cross-offer checks are in {@link offerCollectionSchema}. */
export const offerSchema = offerObjectSchema.superRefine((offer, ctx) => {
  if (offer.legalBasis.length === 0 && !offer.noLegalBasisReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['noLegalBasisReason'],
      message: `${offer.id}: an offer without a legal basis must say why (noLegalBasisReason)`,
    });
  }
  if (offer.legalBasis.length > 0 && offer.noLegalBasisReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['noLegalBasisReason'],
      message: `${offer.id}: noLegalBasisReason is only for offers without a legal basis`,
    });
  }
  // IsoDate strings compare correctly as strings.
  if (offer.lastReviewed < offer.effectiveFrom) {
    ctx.addIssue({
      code: 'custom',
      path: ['lastReviewed'],
      message: `${offer.id}: lastReviewed (${offer.lastReviewed}) is before effectiveFrom (${offer.effectiveFrom})`,
    });
  }
  const urls = [...offer.links.map((l) => l.url), ...offer.legalBasis.flatMap((b) => (b.url ? [b.url] : []))];
  const seen = new Set<string>();
  for (const url of urls) {
    const key = normaliseUrl(url);
    if (seen.has(key)) {
      ctx.addIssue({ code: 'custom', path: ['links'], message: `${offer.id}: duplicate URL ${url}` });
    }
    seen.add(key);
  }
  for (const field of ['livingCosts', 'combinesWith', 'nextSteps'] as const) {
    const list = offer[field];
    if (list.includes(offer.id)) {
      ctx.addIssue({ code: 'custom', path: [field], message: `${offer.id}: ${field} must not point to the offer itself` });
    }
    if (new Set(list).size !== list.length) {
      ctx.addIssue({ code: 'custom', path: [field], message: `${offer.id}: ${field} lists an id twice` });
    }
  }
});
export type Offer = z.infer<typeof offerSchema>;

/** Two URLs that differ only in a trailing slash, fragment or host case are the same page. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    const s = u.toString();
    return s.endsWith('/') ? s.slice(0, -1) : s;
  } catch {
    return url;
  }
}

/** The whole map: ids unique, every reference points to an existing offer, living costs only to financing offers. */
export const offerCollectionSchema = z.array(offerSchema).superRefine((offers, ctx) => {
  const byId = new Map<string, Offer>();
  offers.forEach((offer, i) => {
    if (byId.has(offer.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate offer id ${offer.id}` });
    byId.set(offer.id, offer);
  });
  offers.forEach((offer, i) => {
    for (const field of ['livingCosts', 'combinesWith', 'nextSteps'] as const) {
      offer[field].forEach((ref, j) => {
        const target = byId.get(ref);
        if (!target) {
          ctx.addIssue({ code: 'custom', path: [i, field, j], message: `${offer.id}: ${field} points to unknown offer ${ref}` });
        } else if (field === 'livingCosts' && target.lane !== 'financing') {
          ctx.addIssue({
            code: 'custom',
            path: [i, field, j],
            message: `${offer.id}: livingCosts must point to a financing offer, ${ref} is in lane ${target.lane}`,
          });
        }
      });
    }
    if (offer.lane === 'financing' && offer.livingCosts.length > 0) {
      ctx.addIssue({ code: 'custom', path: [i, 'livingCosts'], message: `${offer.id}: a financing offer does not itself have living-cost options` });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Lanes
// ---------------------------------------------------------------------------------------------

export const laneInfoSchema = z.strictObject({ id: laneSchema, title: localizedSchema, description: localizedSchema });
export type LaneInfo = z.infer<typeof laneInfoSchema>;

// ---------------------------------------------------------------------------------------------
// Norwegian levels
// ---------------------------------------------------------------------------------------------

export const norwegianLevelSchema = z.strictObject({
  level: cefrLevelSchema,
  title: localizedSchema,
  /** What a person at this level can do, in plain language. */
  description: localizedSchema,
  sources: z.array(sourceRefSchema).min(1),
});
export type NorwegianLevel = z.infer<typeof norwegianLevelSchema>;

/** Goals outside the map that have a Norwegian requirement. */
export const goalIds = ['permanent-residence', 'citizenship', 'many-nav-courses'] as const;
export const goalIdSchema = z.enum(goalIds);
export type GoalId = z.infer<typeof goalIdSchema>;

export const goalSchema = z.strictObject({ id: goalIdSchema, title: localizedSchema });
export type Goal = z.infer<typeof goalSchema>;

export const levelRequirementSchema = z
  .strictObject({
    appliesTo: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('offer'), offerId: offerIdSchema }),
      z.strictObject({ kind: z.literal('goal'), goalId: goalIdSchema }),
    ]),
    level: cefrLevelSchema,
    /**
     * - required: a formal condition (admission, permit);
     * - often-required: a common condition set by the provider, not by law;
     * - recommended: advice from practitioners, not a condition.
     */
    strength: z.enum(['required', 'often-required', 'recommended']),
    /** Which skill is measured: the oral part only, or the level overall. */
    skill: z.enum(['oral', 'overall']),
    note: localizedSchema,
    sources: z.array(sourceRefSchema).min(1),
    effectiveFrom: isoDateSchema,
    /** First day the requirement no longer applies (a later entry replaces it). */
    effectiveUntil: isoDateSchema.optional(),
    review: reviewSchema.optional(),
  })
  .refine((r) => !r.effectiveUntil || r.effectiveUntil > r.effectiveFrom, {
    message: 'effectiveUntil must be after effectiveFrom',
  });
export type LevelRequirement = z.infer<typeof levelRequirementSchema>;
