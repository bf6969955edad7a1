/**
 * The shape of the counsellor's note (integreringsloven § 11 fourth paragraph; DOMAIN.md § 5, seed 002).
 *
 * This file holds only the vocabulary shared by server, web and statistics: statuses, recommendation kinds,
 * plan steps, feedback values and policies. The rules over them (what may be sent, who may review, how a
 * correction is numbered) live in guidance-note.ts.
 */

/** Plan limits (checked in guidance-note.ts and by the journey builder). */
export const MAX_PLAN_STEPS = 20;
/** A plan step may start at most ten years from the plan's start and last at most ten years. */
export const MAX_PLAN_MONTHS = 120;

/** draft → (in-review → approved | back to draft) → sent. A sent note is frozen; corrections are new snapshots. */
export const noteStatuses = ['draft', 'in-review', 'approved', 'sent'] as const;
export type NoteStatus = (typeof noteStatuses)[number];

/** § 11: the note "skal inneholde en anbefaling" on work or education; seed 002 adds the combination. */
export const recommendationKinds = ['work', 'education', 'combination'] as const;
export type RecommendationKind = (typeof recommendationKinds)[number];

/** How the municipality used the recommendation (feedback the seeds ask for, never implemented before). */
export const recommendationUses = ['followed', 'partly', 'not-followed'] as const;
export type RecommendationUse = (typeof recommendationUses)[number];

/** The chosen end goal of the introduction programme (integreringsloven § 13 sluttmål). */
export const endGoals = ['work', 'upper-secondary', 'higher-education', 'primary-school', 'other-education', 'other'] as const;
export type EndGoal = (typeof endGoals)[number];

/** A centre's policy on a copy for the participant (disputed in the seeds, so it is a policy, DOMAIN.md § 5). */
export const participantCopyPolicies = ['none', 'on-request', 'always'] as const;
export type ParticipantCopyPolicy = (typeof participantCopyPolicies)[number];

/** Revision kinds of a note: autosaved drafts, the first sent snapshot, and corrections after sending. */
export const noteRevisionKinds = ['draft', 'sent', 'correction'] as const;
export type NoteRevisionKind = (typeof noteRevisionKinds)[number];

/** What a reviewer does with a note in review. */
export const reviewDecisions = ['comment', 'approve', 'request-changes'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/** Wording library entries are either general wordings or recommendations; both may cite the law. */
export const wordingKinds = ['wording', 'recommendation'] as const;
export type WordingKind = (typeof wordingKinds)[number];

/**
 * One step of Plan A or Plan B. Either a map offer (offerId from src/content) or free text, never both empty.
 * startMonth/durationMonths place the step on a journey timeline (months from the plan's start, issue 6);
 * both optional so a note can list steps without timing.
 */
export interface PlanStep {
  id: string;
  offerId: string | null;
  text: string | null;
  startMonth: number | null;
  durationMonths: number | null;
}

/** The editable content of a note (the draft), and of every frozen snapshot. */
export interface NoteContent {
  wishes: string;
  background: string;
  careerCompetenceThemes: string;
  educationAndWorkPaths: string;
  recognitions: string;
  rightsAndOpportunities: string;
  planA: PlanStep[];
  planB: PlanStep[];
  recommendation: {
    kind: RecommendationKind | null;
    justification: string;
    reachWithinProgramme: string;
  };
  languageUsed: string;
  interpreterTookPart: boolean | null;
  /** The participant's version: plain language, in the participant's language (policy decides if it is given). */
  participantVersion: { language: string; text: string };
}

export function emptyNoteContent(): NoteContent {
  return {
    wishes: '', background: '', careerCompetenceThemes: '', educationAndWorkPaths: '', recognitions: '',
    rightsAndOpportunities: '', planA: [], planB: [],
    recommendation: { kind: null, justification: '', reachWithinProgramme: '' },
    languageUsed: '', interpreterTookPart: null, participantVersion: { language: 'nb', text: '' },
  };
}

/** Defaults a centre or municipality can change. */
export const DEFAULT_UNREAD_AFTER_DAYS = 5;
export const DEFAULT_PLAN_TASK_DUE_DAYS = 14;
