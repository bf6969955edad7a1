/**
 * Agreements and routine descriptions shared by a career centre and its municipalities (issue 13, item 3):
 * which version is current, and when the owner is reminded to review the document.
 *
 * Not law: a way of working the seeds describe. The rules here are our modelling of it (see the review note).
 */
import { addDays, type IsoDate } from './dates.ts';
import type { RuleSource } from './rule-source.ts';

export const cooperationDocumentSource: RuleSource = {
  law: 'none (a way of working, not a legal rule)',
  seed:
    '004_7de5c590806d3e6a.txt: "samarbeider fylkeskommunene og karrieresentrene med kommunene om flyktninger som skal motta ' +
    'karriereveiledning, og her blir det ofte skrevet samarbeidsavtaler mellom fylkeskommunen og den enkelte kommune"; ' +
    '000_4d34fa87f84c09e3.txt: "Justering av rutinebeskrivelse som samarbeid mellom karrieresenteret og kommunene, basert på ' +
    'innspill fra samlingen"; "slipper å selv utarbeide for eksempel rutiner for informasjonsutveksling om brukere, maler for ' +
    'karriereveileders notat samt informasjonsmateriell"',
  effectiveFrom: '2021-01-01',
  reviewNote:
    'The seeds name agreements and routine descriptions that are adjusted over time, but no review interval. The reminder ' +
    '30 days before the review date, once per review date, and "current = the latest version in force" are our choices.',
};

/**
 * The kinds of shared document the seeds name: the cooperation agreement (004), the routine for information
 * exchange about users and the note template explained (000 summary), the interpreter routine (000/002: the
 * county books and pays interpreters, so who briefs them is agreed), and any other routine description.
 */
export const cooperationDocumentKinds = [
  'cooperation-agreement', 'information-exchange-routine', 'interpreter-routine', 'note-template-guide', 'other-routine',
] as const;
export type CooperationDocumentKind = (typeof cooperationDocumentKinds)[number];

/** Length limits, shared by the server's validation and the web app's character counters. */
export const documentLimits = { title: 200, body: 20_000, changeNote: 1_000 } as const;

/** How many days before the review date the owner gets the reminder. */
export const REVIEW_REMINDER_DAYS_BEFORE = 30;

export interface DocumentVersionFacts { number: number; effectiveFrom: IsoDate }

/**
 * The version in force on a day: the highest-numbered version whose effective date has come. A version published
 * with a later effective date is "upcoming" until then, so the parties can read a change before it applies.
 */
export function currentVersion<V extends DocumentVersionFacts>(versions: readonly V[], day: IsoDate): V | null {
  let best: V | null = null;
  for (const v of versions) if (v.effectiveFrom <= day && (!best || v.number > best.number)) best = v;
  return best;
}

/** Versions published to take effect later than the day, in number order. */
export function upcomingVersions<V extends DocumentVersionFacts>(versions: readonly V[], day: IsoDate): V[] {
  const current = currentVersion(versions, day);
  return versions.filter((v) => v.effectiveFrom > day && (!current || v.number > current.number)).sort((a, b) => a.number - b.number);
}

export type ReviewStatus = 'none' | 'ok' | 'due-soon' | 'overdue';

/** Where a document stands against its review date: shown to the owner and the lead. */
export function reviewStatus(nextReviewOn: IsoDate | null, day: IsoDate): ReviewStatus {
  if (!nextReviewOn) return 'none';
  if (nextReviewOn < day) return 'overdue';
  return addDays(nextReviewOn, -REVIEW_REMINDER_DAYS_BEFORE) <= day ? 'due-soon' : 'ok';
}

/**
 * Whether the daily job reminds the owner today: from 30 days before the review date (or later, if the job did
 * not run or the date was set closer), once per review date. `remindedFor` is the review date the last reminder
 * was about; setting a new review date makes a new reminder possible.
 */
export function reviewReminderDue(d: { nextReviewOn: IsoDate | null; remindedFor: IsoDate | null }, day: IsoDate): boolean {
  if (!d.nextReviewOn || d.remindedFor === d.nextReviewOn) return false;
  return addDays(d.nextReviewOn, -REVIEW_REMINDER_DAYS_BEFORE) <= day;
}
