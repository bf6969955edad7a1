import { z } from 'zod';
import { textLimits } from '../../../domain/text-limits.ts';
import {
  MAX_CENTRE_ACCESS_DAYS_AFTER_FEEDBACK, MAX_RETENTION_YEARS, MIN_RETENTION_YEARS, endGoals, noteContentSchema, noteRevisionKinds, noteStatuses, participantCopyPolicies, recommendationKinds, recommendationUses,
  reviewDecisions, wordingKinds,
} from '../../../domain/index.ts';
import { version } from '../../http/fields.ts';

const person = z.object({ id: z.uuid(), name: z.string() });
const participantRef = z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() });

// ─── Bodies ─────────────────────────────────────────────────────────────────────────────────────────────────────

export const createNoteInput = z.object({}).strict();
export const draftInput = z.object({ version, content: noteContentSchema }).strict();
export const versionInput = z.object({ version }).strict();
export const reviewRequestInput = z.object({ version, reviewerId: z.uuid() }).strict();
export const reviewInput = z.object({ version, decision: z.enum(reviewDecisions), comment: z.string().trim().max(textLimits.reviewComment) }).strict();
export const correctionInput = z.object({ version, reason: z.string().trim().max(textLimits.reason), content: noteContentSchema }).strict();
export const feedbackInput = z.object({
  version: version.optional().describe("The feedback's version you read; required once feedback exists (409 if stale)"),
  recommendationUse: z.enum(recommendationUses),
  reason: z.string().trim().max(textLimits.feedbackReason),
  integrationPlanChanged: z.boolean(),
  endGoal: z.enum(endGoals),
  endGoalText: z.string().trim().max(textLimits.endGoalText),
}).strict();
export const revisionParams = z.object({ id: z.uuid(), number: z.coerce.number().int().min(1).max(1_000_000) });
export const noteListQuery = z.object({
  unread: z.enum(['true', 'false']).optional(),
  reviewing: z.enum(['me']).optional().describe("'me': the reviewer's queue: notes in review you were asked to read (the centre lead: all in review at the centre)"),
}).strict();
export const copyRequestInput = z.object({
  version: version.describe("The note's version you read (409 if stale)"),
  requested: z.boolean().describe('true: the participant has asked for a copy; false: withdraw the request'),
}).strict();
export const planTaskQuery = z.object({ status: z.enum(['open', 'closed', 'all']).optional() }).strict();

export const wordingInput = z.object({
  kind: z.enum(wordingKinds),
  title: z.string().trim().min(1).max(textLimits.wordingTitle),
  body: z.string().trim().min(1).max(textLimits.wordingBody),
  lawReference: z.string().trim().max(textLimits.lawReference).optional(),
}).strict();
export const wordingPatch = z.object({
  version,
  kind: z.enum(wordingKinds).optional(),
  title: z.string().trim().min(1).max(textLimits.wordingTitle).optional(),
  body: z.string().trim().min(1).max(textLimits.wordingBody).optional(),
  lawReference: z.string().trim().max(textLimits.lawReference).optional(),
  archived: z.boolean().optional(),
}).strict();
export const wordingQuery = z.object({ archived: z.enum(['true', 'false']).optional() }).strict();

export const settingsInput = z.object({
  version: z.number().int().min(0).max(2_147_483_647).describe('The settings version you read (0 when never saved)'),
  reviewRequired: z.boolean().optional(),
  participantCopy: z.enum(participantCopyPolicies).optional(),
  unreadAfterDays: z.number().int().min(1).max(60).optional(),
  planTaskDueDays: z.number().int().min(1).max(180).optional(),
  centreAccessDays: z.number().int().min(0).max(MAX_CENTRE_ACCESS_DAYS_AFTER_FEEDBACK).optional()
    .describe('Days after the feedback on a note that the career centre keeps access to the participant'),
  retentionYears: z.number().int().min(MIN_RETENTION_YEARS).max(MAX_RETENTION_YEARS).optional()
    .describe('Years after the last activity on a closed case before its personal data is anonymised'),
}).strict();

// ─── Answers ────────────────────────────────────────────────────────────────────────────────────────────────────

const planStepJson = z.object({
  id: z.string(), offerId: z.string().nullable(), text: z.string().nullable(),
  startMonth: z.number().int().nullable(), durationMonths: z.number().int().nullable(),
});
export const noteContentJson = z.object({
  wishes: z.string(), background: z.string(), careerCompetenceThemes: z.string(), educationAndWorkPaths: z.string(),
  recognitions: z.string(), rightsAndOpportunities: z.string(), planA: z.array(planStepJson), planB: z.array(planStepJson),
  recommendation: z.object({ kind: z.enum(recommendationKinds).nullable(), justification: z.string(), reachWithinProgramme: z.string() }),
  languageUsed: z.string(), interpreterTookPart: z.boolean().nullable(),
  participantVersion: z.object({ language: z.string(), text: z.string() }),
});

export const feedbackJson = z.object({
  version: z.number().int(), recommendationUse: z.enum(recommendationUses), reason: z.string(), integrationPlanChanged: z.boolean(),
  endGoal: z.enum(endGoals), endGoalText: z.string(), givenBy: person, updatedAt: z.string(),
});

export const noteJson = z.object({
  id: z.uuid(), version: z.number().int(), orderId: z.uuid(), participantId: z.uuid(),
  status: z.enum(noteStatuses),
  /** Centre: the working draft. Municipality: the newest sent snapshot. */
  content: noteContentJson,
  author: person,
  reviewer: person.nullable(),
  reviews: z.array(z.object({ id: z.uuid(), reviewer: person, decision: z.enum(reviewDecisions), comment: z.string(), createdAt: z.string() })),
  approvedAt: z.string().nullable(),
  firstSentAt: z.string().nullable(),
  lastSentAt: z.string().nullable(),
  sentNumber: z.number().int().nullable(),
  /** The newest snapshot's correction reason (null for the original). */
  correctionReason: z.string().nullable(),
  reads: z.array(z.object({ user: person, sentNumber: z.number().int(), readAt: z.string() })),
  feedback: feedbackJson.nullable(),
  planTask: z.object({ id: z.uuid(), dueOn: z.string(), status: z.enum(['open', 'closed']), overdue: z.boolean() }).nullable(),
  settings: z.object({ reviewRequired: z.boolean(), participantCopy: z.enum(participantCopyPolicies) }),
  recommendationRequired: z.boolean().describe('False under integreringsloven chapter 6A: the county need not give a recommendation'),
  /** The participant's request for a copy (who recorded it, when) and whether the copy is given (policy + request). */
  participantCopy: z.object({
    requested: z.boolean(), requestedBy: person.nullable(), requestedAt: z.string().nullable(), available: z.boolean(),
  }),
  createdAt: z.string(), updatedAt: z.string(),
});

export const revisionListJson = z.object({
  items: z.array(z.object({
    number: z.number().int(), kind: z.enum(noteRevisionKinds), sentNumber: z.number().int().nullable(), createdAt: z.string(),
    createdBy: person, correctionReason: z.string().nullable(),
  })),
});
export const revisionJson = z.object({
  number: z.number().int(), kind: z.enum(noteRevisionKinds), sentNumber: z.number().int().nullable(), content: noteContentJson,
  correctionReason: z.string().nullable(), createdAt: z.string(), createdBy: person,
});

const exportStep = planStepJson.extend({
  offerTitle: z.object({ nb: z.string(), en: z.string() }).nullable(),
  url: z.string().nullable(),
});
export const exportJson = z.object({
  format: z.literal('veivalg-note/1'),
  noteId: z.uuid(), orderId: z.uuid(),
  participant: participantRef.extend({ birthDate: z.string() }),
  municipality: z.string(), careerCentre: z.string(), author: z.string(),
  sentNumber: z.number().int(), sentAt: z.string(), correctionReason: z.string().nullable(),
  content: noteContentJson.extend({ planA: z.array(exportStep), planB: z.array(exportStep) }),
});
export const imdinettJson = z.object({ blocks: z.array(z.object({ key: z.string(), label: z.string(), text: z.string() })) });
export const participantVersionJson = z.object({
  language: z.string(), text: z.string(), planA: z.array(exportStep), planB: z.array(exportStep),
  recommendationKind: z.enum(recommendationKinds).nullable(),
});

export const noteListJson = z.object({
  items: z.array(z.object({
    noteId: z.uuid(), orderId: z.uuid(), participant: participantRef, status: z.enum(noteStatuses),
    author: person,
    /** Centre roles only (null for the municipality): who was asked to review, and when. */
    reviewer: person.nullable(), reviewRequestedAt: z.string().nullable(),
    sentAt: z.string().nullable(), readAt: z.string().nullable(),
    /** Days since the newest snapshot was sent while nobody in the municipality has opened it; null once read or unsent. */
    daysUnread: z.number().int().nullable(),
  })),
});
export const planTaskListJson = z.object({
  items: z.array(z.object({
    id: z.uuid(), version: z.number().int(), noteId: z.uuid(), orderId: z.uuid(), participant: participantRef,
    dueOn: z.string(), overdue: z.boolean(), status: z.enum(['open', 'closed']),
  })),
});
export const notificationListJson = z.object({
  items: z.array(z.object({
    id: z.uuid(), kind: z.string(), participantId: z.uuid().nullable(), noteId: z.uuid().nullable(), orderId: z.uuid().nullable(),
    // A shared agreement or routine (its review reminder, issue 13).
    documentId: z.uuid().nullable(),
    participant: participantRef.nullable().describe('Whom it is about: only while you may see the participant, otherwise null'),
    createdAt: z.string(), readAt: z.string().nullable(),
  })),
  unread: z.number().int(),
});
export const wordingJson = z.object({
  id: z.uuid(), version: z.number().int(), kind: z.enum(wordingKinds), title: z.string(), body: z.string(), lawReference: z.string(),
  archived: z.boolean(), updatedAt: z.string(),
});
export const wordingListJson = z.object({ items: z.array(wordingJson) });
export const settingsJson = z.object({
  organisationId: z.uuid(), version: z.number().int(),
  reviewRequired: z.boolean(), participantCopy: z.enum(participantCopyPolicies), unreadAfterDays: z.number().int(), planTaskDueDays: z.number().int(),
  centreAccessDays: z.number().int(), retentionYears: z.number().int(),
});

export type NoteJson = z.infer<typeof noteJson>;
export type FeedbackInput = z.infer<typeof feedbackInput>;
export type CopyRequestInput = z.infer<typeof copyRequestInput>;
export type NoteListQuery = z.infer<typeof noteListQuery>;
export type SettingsInput = z.infer<typeof settingsInput>;
