/**
 * Local offers (issue 18, item 1): this autumn's Norwegian class with work practice in Bergen, the county's
 * fagbrev-på-jobb intake, NAV's AMO course, the library's language café. Seed 003 (workshops and survey) asks for
 * local and regional offers "som finnes i området"; the national map (src/content) cannot hold them, so editors at
 * a municipality, county, career centre or NAV office enter them in the database.
 *
 * One place for the rules: the shape and limits of what an editor sends (the same rules as the national content
 * where they apply: https links, length limits from text-limits.ts, ISO dates), when an offer leaves the map
 * (its last start date has passed, in Europe/Oslo), which new start dates are refused (in the past), and when the
 * editor is reminded of the review date. Pure, table-tested in local-offers.test.ts.
 */
import { z } from 'zod';
import { addDays, isValidIsoDate, type IsoDate } from './dates.ts';

/**
 * Local offers (issue 18, item 1): what an editor at a municipality, county, career centre or NAV office writes about
 * one local offer. Short fields fit a card on the map at 360 px; the longer ones a few sentences, like a national summary.
 */
export const localOfferLimits = {
  title: 150,
  provider: 150,
  summary: 1500,
  forWhom: 1000,
  address: 300,
  length: 200,
  cost: 300,
  contact: 300,
  link: 500,
  source: 500,
  startDates: 24,
  municipalities: 60,
  instructionLanguages: 10,
} as const;
const L = localOfferLimits;

/** The eight languages of the map (issue 18, item 3); a local offer's texts are in one of them, as entered. */
export const mapLanguages = ['nb', 'en', 'uk', 'ru', 'ar', 'ti', 'so', 'prs'] as const;
export type MapLanguage = (typeof mapLanguages)[number];

/** The lanes of the map (the same ids as src/content/model.ts laneIds; domain code does not import content). */
export const localOfferLanes = ['language', 'work-and-education', 'supplementary', 'financing'] as const;

/**
 * How a plan step (journey plan or note) points to a local offer: `local:<uuid>`, in the same `offerId` field as a
 * national offer id, so the step shapes, the stored JSON and the note's "offer or text" rule stay as they are.
 * A national id is kebab-case and never contains a colon, so the two cannot be confused.
 */
export const LOCAL_OFFER_PREFIX = 'local:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const localOfferStepId = (id: string) => `${LOCAL_OFFER_PREFIX}${id}`;
/** The local offer's uuid if `offerId` names a local offer, otherwise null. */
export function localOfferIdOf(offerId: string | null | undefined): string | null {
  if (!offerId?.startsWith(LOCAL_OFFER_PREFIX)) return null;
  const id = offerId.slice(LOCAL_OFFER_PREFIX.length);
  return UUID.test(id) ? id : null;
}

/** Days before the review date on which the editor is reminded (like the cooperation documents' reminder). */
export const LOCAL_OFFER_REVIEW_REMINDER_DAYS = 14;
/** The review date is at most this far ahead: a local offer is looked at again at least once a year. */
export const LOCAL_OFFER_MAX_REVIEW_DAYS = 366;

function isHttps(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max);
const isoDate = z.string({ error: 'date.invalid' }).max(10, { error: 'date.invalid' }).refine(isValidIsoDate, { error: 'date.invalid' });
const languageCode = z.string().max(20).regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'language.invalid' });

export const localOfferAreaSchema = z.discriminatedUnion('kind', [
  /** Named municipalities (organisations of kind municipality, in the editor's county). */
  z.object({ kind: z.literal('municipalities'), municipalityIds: z.array(z.uuid()).min(1).max(L.municipalities) }).strict(),
  /** Every municipality of the editor's county. */
  z.object({ kind: z.literal('county') }).strict(),
]);
export type LocalOfferArea = z.infer<typeof localOfferAreaSchema>;

/** What an editor sends. Every text has a limit; the link is https; dates are real ISO dates. */
export const localOfferInputObject = z.object({
  lane: z.enum(localOfferLanes),
  /** The national offer this is a local instance of (e.g. 'amo-kurs'); null for an offer that only fits a lane. */
  nationalOfferId: z.string().max(80).nullable(),
  /** The language the texts are written in, as entered; the map says when it is only in Norwegian. */
  textLanguage: z.enum(mapLanguages),
  title: text(L.title),
  provider: text(L.provider),
  summary: text(L.summary),
  forWhom: text(L.forWhom),
  area: localOfferAreaSchema,
  /** Street address; empty when the offer is only digital. */
  address: optionalText(L.address),
  digital: z.boolean(),
  /** Empty: continuous admission (e.g. a language café), which never expires by date and relies on the review date. */
  startDates: z.array(isoDate).max(L.startDates),
  applicationDeadline: isoDate.nullable(),
  length: optionalText(L.length),
  /** Languages of instruction, as language codes ('nb', 'en', 'uk', …). */
  instructionLanguages: z.array(languageCode).min(1).max(L.instructionLanguages),
  cost: optionalText(L.cost),
  /** The provider's contact (a service address or switchboard), never a participant. */
  contact: optionalText(L.contact),
  link: z.string().trim().max(L.link).refine(isHttps, { error: 'url.invalid' }).nullable(),
  /** Where the information comes from (the provider's page, a decision, a phone call on a date). */
  source: text(L.source),
  reviewDue: isoDate,
}).strict();

/** Checks across fields: where it takes place, start dates listed once, the deadline not after the last start. */
export function checkLocalOffer(o: z.infer<typeof localOfferInputObject>, ctx: z.RefinementCtx): void {
  if (!o.digital && o.address.trim() === '') ctx.addIssue({ code: 'custom', path: ['address'], message: 'local-offer.where-missing' });
  if (new Set(o.startDates).size !== o.startDates.length) ctx.addIssue({ code: 'custom', path: ['startDates'], message: 'local-offer.start-duplicate' });
  const last = lastStartDate(o.startDates);
  if (o.applicationDeadline && last && o.applicationDeadline > last) {
    ctx.addIssue({ code: 'custom', path: ['applicationDeadline'], message: 'local-offer.deadline-after-start' });
  }
}
export const localOfferInputSchema = localOfferInputObject.superRefine(checkLocalOffer);
export type LocalOfferInput = z.infer<typeof localOfferInputSchema>;

/** The latest start date, or null for continuous admission. ISO dates compare correctly as strings. */
export function lastStartDate(startDates: readonly IsoDate[]): IsoDate | null {
  return startDates.length ? [...startDates].sort().at(-1)! : null;
}

/**
 * On the map on `today` (Europe/Oslo): not removed, and either continuous admission or a start date today or later.
 * Computed on read, so an offer leaves the map by itself the day after its last start, with no job to run.
 */
export function isLocalOfferCurrent(o: { startDates: readonly IsoDate[]; removed: boolean }, today: IsoDate): boolean {
  if (o.removed) return false;
  const last = lastStartDate(o.startDates);
  return last === null || last >= today;
}

/** The start dates a reader can still use. */
export const upcomingStartDates = (startDates: readonly IsoDate[], today: IsoDate) => [...startDates].sort().filter((d) => d >= today);

/**
 * Start dates that are refused: a date in the past that was not already stored. A new start cannot lie in the past
 * (issue 18, "Bad input"); an edit may keep the dates it already had, so a running offer can still be corrected.
 */
export function refusedStartDates(startDates: readonly IsoDate[], previous: readonly IsoDate[], today: IsoDate): IsoDate[] {
  const kept = new Set(previous);
  return startDates.filter((d) => d < today && !kept.has(d));
}

/** The review date must lie from today up to a year ahead. */
export function reviewDueProblem(reviewDue: IsoDate, today: IsoDate): 'past' | 'too-far' | null {
  if (reviewDue < today) return 'past';
  if (reviewDue > addDays(today, LOCAL_OFFER_MAX_REVIEW_DAYS)) return 'too-far';
  return null;
}

/** The editor is reminded once per review date, from 14 days before it (or at once, when the date is nearer). */
export function localOfferReminderDue(o: { reviewDue: IsoDate; remindedFor: IsoDate | null; removed: boolean }, today: IsoDate): boolean {
  return !o.removed && o.remindedFor !== o.reviewDue && o.reviewDue <= addDays(today, LOCAL_OFFER_REVIEW_REMINDER_DAYS);
}
