/**
 * The rules of the counsellor's note (karriereveileders notat; integreringsloven § 11 fourth paragraph,
 * DOMAIN.md § 5, seed 001 grep 6, seed 002). The vocabulary is in guidance-note-model.ts.
 *
 * - The state machine: draft → in-review → approved (or back to draft) → sent. A sent note is frozen; it is
 *   only corrected, and a correction is a new dated snapshot with a reason (IMDi: the note is a snapshot, not a
 *   living document).
 * - What must be in a note before review, approval and sending: Plan A and B and the recommendation (kind and
 *   justification), § 11; one rule, noteReadiness.
 * - Internal review (seed 001: "at mer enn én karriereveileder leser gjennom notatet før det sendes"): a centre
 *   may require it; the reviewer is another counsellor of the same centre.
 * - Read receipts and the unread rule; the adviser's follow-up task on the integration plan and its due date.
 */
import { z } from 'zod';
import { offerIds } from '../content/model.ts';
import { localOfferIdOf } from './local-offers.ts';
import { addDays, daysBetween, type IsoDate } from './dates.ts';
import type { RuleSource } from './rule-source.ts';
import {
  DEFAULT_PLAN_TASK_DUE_DAYS, DEFAULT_UNREAD_AFTER_DAYS, MAX_PLAN_MONTHS, MAX_PLAN_STEPS, recommendationKinds, type NoteContent, type NoteStatus, type ParticipantCopyPolicy,
} from './guidance-note-model.ts';

// ─── Legal and seed sources ─────────────────────────────────────────────────────────────────────────────────────

/** A note may not be sent without a recommendation on work or education and its justification. */
export const noteRecommendationSource: RuleSource = {
  law: 'integreringsloven § 11 fjerde ledd',
  seed:
    '001_ddaf841434328989.txt: "Ifølge integreringsloven skal det, jf. § 11 fjerde ledd, gis en anbefaling om arbeid eller utdanning for den enkelte deltager. ' +
    'Anbefalingen formidles i karriereveileders notat"; ' +
    '002_56eb07db012f66ce.txt: "Karriereveiledningen bør resultere i en anbefaling om arbeid eller utdanning, og om hvordan deltakeren kan komme så langt som mulig på ' +
    'veien mot dette målet innenfor introduksjonsprogrammet."',
  effectiveFrom: '2021-01-01',
  // Under chapter 6A the county is "ikke pålagt … å utforme karriereveilederes notat med anbefalinger" (seed 001): a note
  // for a person whose § 11 answer rests on chapter 6A may be sent without one (recommendationRequired in
  // guidance-right.ts decides); IMDi's guide says a recommendation "bør" be given, so the editor still offers it.
};

/** Internal quality assurance before sending; a centre's choice, so it is a setting, not a legal rule. */
export const noteReviewSource: RuleSource = {
  law: 'ingen lovkrav (kvalitetssikring etter seed 001, grep 6)',
  seed:
    '001_ddaf841434328989.txt: "Gjennomføre intern kvalitetssikring av notatet. Altså at mer enn én karriereveileder leser gjennom notatet før det sendes."',
  effectiveFrom: '2021-01-01',
};

/** Read receipts and feedback: proposed in the seeds, never implemented before. */
export const noteFeedbackSource: RuleSource = {
  law: 'ingen lovkrav (tilbakemelding etter seed 001, grep 6)',
  seed:
    '001_ddaf841434328989.txt: "Det kan være fordelaktig med systematiske tilbakemeldinger fra kommunene om hvordan de vurderer kvaliteten på karriereveileders notat og hvordan notatene blir brukt."',
  effectiveFrom: '2021-01-01',
};

/** The re-evaluation of the integration plan after the note (Bergen model, after postponed guidance). */
export const planTaskSource: RuleSource = {
  law: 'integreringsloven § 15 (integreringsplan)',
  seed:
    '001_ddaf841434328989.txt: "Når den utsatte karriereveiledningen er gjennomført bør programrådgiver gjøre en ny evaluering av integreringsplanen på grunnlag av karriereveileders notat, og endre planen dersom det er behov for det."',
  effectiveFrom: '2021-01-01',
  reviewNote:
    'The seed describes the re-evaluation after postponed guidance; Veivalg creates the task after every note. ' +
    `The default of ${DEFAULT_PLAN_TASK_DUE_DAYS} days is a product choice, set per municipality.`,
};

// ─── The content schema ─────────────────────────────────────────────────────────────────────────────────────────

/** Limits: generous for real notes, small enough that one note stays a few hundred kB at most. */
export const NOTE_TEXT_MAX = 8000;
export const NOTE_SHORT_TEXT_MAX = 200;
export const PLAN_STEP_TEXT_MAX = 1000;
// The plan's limits live with the vocabulary (no zod there), so that the journey pages can use them cheaply.
export { MAX_PLAN_MONTHS, MAX_PLAN_STEPS } from './guidance-note-model.ts';

const offerIdSet = new Set<string>(offerIds);
const longText = z.string().max(NOTE_TEXT_MAX);
const months = z.number().int().min(0).max(MAX_PLAN_MONTHS).nullable();

export const planStepSchema = z.strictObject({
  // Chosen by the client (a uuid or any short key) so the web editor can keep a stable key while steps move.
  id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: 'invalid_format' }),
  // A national offer id, or a local offer as `local:<uuid>` (issue 18; src/domain/local-offers.ts).
  offerId: z.string().max(100).refine((id) => offerIdSet.has(id) || localOfferIdOf(id) !== null, { error: 'note.offer-unknown' }).nullable(),
  text: z.string().max(PLAN_STEP_TEXT_MAX).nullable(),
  startMonth: months,
  durationMonths: months,
}).refine((s) => (s.offerId !== null) !== (s.text !== null && s.text.trim() !== ''), { error: 'note.step-offer-xor-text', path: ['text'] });

const planSchema = z.array(planStepSchema).max(MAX_PLAN_STEPS)
  .refine((steps) => new Set(steps.map((s) => s.id)).size === steps.length, { error: 'note.step-id-twice' });

/** The editable content of a note, as the API accepts it. Empty strings are allowed: drafts are incomplete. */
export const noteContentSchema = z.strictObject({
  wishes: longText,
  background: longText,
  careerCompetenceThemes: longText,
  educationAndWorkPaths: longText,
  recognitions: longText,
  rightsAndOpportunities: longText,
  planA: planSchema,
  planB: planSchema,
  recommendation: z.strictObject({
    kind: z.enum(recommendationKinds).nullable(),
    justification: longText,
    reachWithinProgramme: longText,
  }),
  languageUsed: z.string().max(NOTE_SHORT_TEXT_MAX),
  interpreterTookPart: z.boolean().nullable(),
  participantVersion: z.strictObject({
    language: z.string().max(20).regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'language.invalid' }),
    text: longText,
  }),
}) satisfies z.ZodType<NoteContent>;

// ─── Readiness (request review, approve, send) ───────────────────────────────────────────────────────────────────

/** Plan A and Plan B: seed 002 lists "Alternative veier til målet? Plan A og B" as what the note says. */
export const notePlansSource: RuleSource = {
  law: 'ingen lovkrav (innholdet i notatet etter seed 002)',
  seed: '002_56eb07db012f66ce.txt: "Karriereveileders notat sier noe om veien videre: … Alternative veier til målet? Plan A og B"',
  effectiveFrom: '2021-01-01',
  reviewNote: 'The seed lists Plan A and B as content of the note; requiring both before review and sending is a product choice.',
};

/** What can be missing from a note before it may go to review, be approved or be sent (the editor translates the codes). */
export const noteReadinessItems = ['plan-a', 'plan-b', 'recommendation-kind', 'recommendation-justification'] as const;
export type NoteReadinessItem = (typeof noteReadinessItems)[number];

/** The API path of the content field each readiness item points at (for field errors and focus in the editor). */
export const noteReadinessPath: Record<NoteReadinessItem, string> = {
  'plan-a': 'content.planA',
  'plan-b': 'content.planB',
  'recommendation-kind': 'content.recommendation.kind',
  'recommendation-justification': 'content.recommendation.justification',
};

/**
 * The one readiness rule for request-review, approve and send: Plan A and Plan B with at least one step each
 * (notePlansSource) and the recommendation's kind and justification (§ 11 fourth paragraph, noteRecommendationSource).
 * Without `recommendationRequired` (chapter 6A, the caller decides) the recommendation may be left out, but one
 * that is started must be whole.
 */
export function noteReadiness(content: NoteContent, opts: { recommendationRequired: boolean }): { ready: boolean; missing: NoteReadinessItem[] } {
  const missing: NoteReadinessItem[] = [];
  if (content.planA.length === 0) missing.push('plan-a');
  if (content.planB.length === 0) missing.push('plan-b');
  const started = content.recommendation.kind !== null || content.recommendation.justification.trim() !== '';
  if (opts.recommendationRequired || started) {
    if (!content.recommendation.kind) missing.push('recommendation-kind');
    if (!content.recommendation.justification.trim()) missing.push('recommendation-justification');
  }
  return { ready: missing.length === 0, missing };
}

// ─── The state machine ──────────────────────────────────────────────────────────────────────────────────────────

export const noteActions = ['edit', 'request-review', 'comment', 'approve', 'request-changes', 'reopen', 'send', 'correct'] as const;
export type NoteAction = (typeof noteActions)[number];

export type NoteActionRefusal = 'note-sent' | 'note-not-draft' | 'note-not-in-review' | 'note-not-sent' | 'review-required' | 'note-in-review';
export type NoteActionResult = { ok: true; to: NoteStatus } | { ok: false; error: NoteActionRefusal };

/**
 * What an action does to a note's status, or why it is refused.
 *
 * - edit: only a draft. An approved note is not edited in place (the reviewer approved that text): the author
 *   reopens it to draft first, which drops the approval. A sent note is never edited: 'note-sent'.
 * - request-review: draft → in-review. comment keeps in-review; approve → approved; request-changes → draft.
 * - reopen: in-review or approved → draft (the author withdraws the review request or the approval).
 * - send: from approved, or from draft when the centre does not require review ('review-required' otherwise).
 * - correct: only a sent note; it stays sent with a new snapshot.
 */
export function checkNoteAction(p: { status: NoteStatus; action: NoteAction; reviewRequired: boolean }): NoteActionResult {
  const { status, action } = p;
  const refuse = (error: NoteActionRefusal): NoteActionResult => ({ ok: false, error });
  if (status === 'sent' && action !== 'correct') return refuse('note-sent');
  switch (action) {
    case 'edit':
    case 'request-review':
      return status === 'draft' ? { ok: true, to: action === 'edit' ? 'draft' : 'in-review' } : refuse('note-not-draft');
    case 'comment':
      return status === 'in-review' ? { ok: true, to: 'in-review' } : refuse('note-not-in-review');
    case 'approve':
      return status === 'in-review' ? { ok: true, to: 'approved' } : refuse('note-not-in-review');
    case 'request-changes':
      return status === 'in-review' ? { ok: true, to: 'draft' } : refuse('note-not-in-review');
    case 'reopen':
      return status === 'in-review' || status === 'approved' ? { ok: true, to: 'draft' } : refuse('note-not-in-review');
    case 'send':
      if (status === 'approved') return { ok: true, to: 'sent' };
      if (status === 'in-review') return refuse('note-in-review');
      return p.reviewRequired ? refuse('review-required') : { ok: true, to: 'sent' };
    case 'correct':
      return status === 'sent' ? { ok: true, to: 'sent' } : refuse('note-not-sent');
  }
}

/** The snapshot number a correction gets: the newest sent snapshot's number plus one. */
export function nextSentNumber(sentNumber: number | null): number {
  return (sentNumber ?? 0) + 1;
}

/** A correction needs a reason (why the frozen note had to change), shown with the new version. */
export function correctionReasonMissing(reason: string): boolean {
  return reason.trim().length === 0;
}

// ─── Review ─────────────────────────────────────────────────────────────────────────────────────────────────────

export type ReviewerRefusal = 'reviewer-is-author' | 'reviewer-other-centre' | 'reviewer-not-counsellor';

/** Whether a user may review a note: another counsellor (role career-counsellor) of the note's career centre. */
export function checkReviewer(p: {
  authorId: string; careerCentreId: string; reviewer: { id: string; role: string; organisationId: string | null };
}): ReviewerRefusal | null {
  if (p.reviewer.organisationId !== p.careerCentreId) return 'reviewer-other-centre';
  if (p.reviewer.role !== 'career-counsellor') return 'reviewer-not-counsellor';
  if (p.reviewer.id === p.authorId) return 'reviewer-is-author';
  return null;
}

// ─── Reading and the follow-up task ─────────────────────────────────────────────────────────────────────────────

/**
 * Whether a sent note shows as unread on the adviser's and the lead's queues: nobody in the municipality has
 * opened the newest snapshot, and it was sent `unreadAfterDays` or more days ago (Norwegian calendar days).
 */
export function noteUnread(p: { sentOn: IsoDate; read: boolean; today: IsoDate; unreadAfterDays?: number }): boolean {
  return !p.read && daysBetween(p.sentOn, p.today) >= (p.unreadAfterDays ?? DEFAULT_UNREAD_AFTER_DAYS);
}

/** The day the adviser's re-evaluation of the integration plan is due: the sending day plus the municipality's days. */
export function planTaskDueOn(sentOn: IsoDate, dueDays: number = DEFAULT_PLAN_TASK_DUE_DAYS): IsoDate {
  return addDays(sentOn, dueDays);
}

/** An open task is overdue from the day after its due date. */
export function planTaskOverdue(p: { dueOn: IsoDate; status: 'open' | 'closed'; today: IsoDate }): boolean {
  return p.status === 'open' && p.today > p.dueOn;
}

/** Feedback other than "followed" must say why the recommendation was not (fully) used. */
export function feedbackReasonRequired(use: string): boolean {
  return use !== 'followed';
}

// ─── The participant's copy ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Whether the participant gets the plain-language copy of a sent note: the centre's policy (DOMAIN.md § 5) and,
 * for "on-request", whether the participant has asked (recorded on the note by the adviser or the counsellor).
 * always → yes; on-request → only when requested; none → never, asked or not. The one rule for the notes API's
 * participant version and the participant's own page.
 */
export function participantCopyAvailable(policy: ParticipantCopyPolicy, requested: boolean): boolean {
  switch (policy) {
    case 'always': return true;
    case 'on-request': return requested;
    case 'none': return false;
  }
}
