/**
 * How long free text may be, in characters: one source for the server's zod schemas (src/server/http/fields.ts and
 * the feature schemas that use these) and the web app's character counters (src/web/components/LimitedTextfield.tsx),
 * so the counter a user sees while typing is the limit the server enforces (issue 16, item 8). Not a legal rule:
 * generous room for what a person writes, small enough that one field cannot fill a page or a database row.
 *
 * Limits that belong to one feature's vocabulary are defined beside it and re-exported at the end of this file, so
 * that every limit a form shows is found from here: the handover brief's fields carry their own `max` in
 * src/domain/handover-checklist.ts (also read by both sides).
 *
 * The web app counts `value.length` (UTF-16 code units), which is what zod's `.max()` counts.
 */
export const textLimits = {
  /** A given or family name. */
  personName: 100,
  /** The reason for rejecting, cancelling, breaking off or correcting. */
  reason: 2000,
  /** The adviser's message to the career centre with an order. */
  orderMessage: 4000,
  /** A follow-up order's purpose in the adviser's own words (purpose "other"). */
  orderPurposeText: 500,
  /** A postponement's reason when the reason is "other" (the justification is a `reason`). */
  postponementReasonText: 500,
  /** Why a registered value was wrong (a correction under GDPR art. 16). */
  correctionReason: 500,
  /** An organisation's name (administrator). */
  organisationName: 200,
  /** A staff member's name (administrator). */
  staffName: 200,
  /** The second reader's comment on a note. */
  reviewComment: 4000,
  /** The adviser's feedback on how the recommendation was used. */
  feedbackReason: 4000,
  /** The end goal in the adviser's words (feedback, end goal "other"). */
  endGoalText: 500,
  /** A wording in the centre's library: its title, its text and the law it quotes. */
  wordingTitle: 200,
  wordingBody: 4000,
  lawReference: 200,
  /** A term in the centre's interpreter glossary, and its explanation (in Norwegian and in each translation). */
  glossaryTerm: 100,
  glossaryExplanation: 2000,
  /** A resource on the participant's page: a link's title and the counsellor's note. */
  resourceTitle: 200,
  resourceNote: 1000,
  /** A centre's own translation of an information-package section, and who reviewed it. */
  translationHeading: 300,
  translationParagraph: 3000,
  reviewedBy: 200,
  /** An opportunity-map text the content editor changes (each language), and the editor's note on the change. */
  offerText: 5000,
  offerEditNote: 2000,
  /** A group session's title. */
  groupSessionTitle: 200,
  /** Where a session or group session is held (in person). */
  place: 500,
  /** The interpreter booking: dialect, interpreting service, the service's reference and the briefing. */
  interpreterDialect: 100,
  interpreterService: 200,
  interpreterReference: 100,
  interpreterBriefing: 4000,
  /** A problem with the interpreting, recorded with a session's outcome or a group session's attendance. */
  interpreterQualityProblem: 2000,
  /** A personal journey plan's goal and a free-text step. */
  journeyGoal: 500,
  journeyStepText: 500,
} as const;

// Feature limits defined with their vocabulary (one place each), gathered here for the forms.
export { documentLimits } from './cooperation-documents.ts';
export { meetingTextLimits } from './cooperation-meetings.ts';
export { gatheringLimits } from './gathering.ts';
export { NOTE_SHORT_TEXT_MAX, NOTE_TEXT_MAX, PLAN_STEP_TEXT_MAX } from './guidance-note.ts';
export { TALK_TEXT_MAX } from './order-talks.ts';
export { SURVEY_COMMENT_MAX } from './participant-survey.ts';
export { EVALUATION_TEXT_MAX } from './quality-framework.ts';
export { localOfferLimits } from './local-offers.ts';
