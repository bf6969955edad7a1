/**
 * The counsellor's note and its loop back to the municipality (issue 5): the note with its draft content,
 * every revision (autosaved drafts and frozen sent snapshots), review, read receipts, feedback, the
 * integration-plan follow-up task, in-app notifications, the wording library, and the policies.
 */
import { bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  endGoals, noteRevisionKinds, noteStatuses, participantCopyPolicies, recommendationKinds, recommendationUses,
  reviewDecisions, wordingKinds,
} from '../../domain/guidance-note-model.ts';
import { createdAt, id, updatedAt, version } from './columns.ts';
import { cooperationDocuments, guidanceOrders, organisations, participants, users } from './schema.ts';

/** One note per order. `content` is the working draft; sent snapshots are in guidance_note_revisions. */
export const guidanceNotes = pgTable('guidance_notes', {
  id: id(),
  orderId: uuid('order_id').notNull().references(() => guidanceOrders.id),
  participantId: uuid('participant_id').notNull().references(() => participants.id),
  municipalityId: uuid('municipality_id').notNull().references(() => organisations.id),
  careerCentreId: uuid('career_centre_id').notNull().references(() => organisations.id),
  authorId: uuid('author_id').notNull().references(() => users.id),
  status: text('status', { enum: noteStatuses }).notNull().default('draft'),
  content: jsonb('content').notNull(),
  // Denormalised from content for statistics and queues.
  recommendationKind: text('recommendation_kind', { enum: recommendationKinds }),
  reviewerId: uuid('reviewer_id').references(() => users.id),
  reviewRequestedAt: timestamp('review_requested_at', { withTimezone: true }),
  approvedBy: uuid('approved_by').references(() => users.id),
  approvedAt: timestamp('approved_at', { withTimezone: true }),
  // The first sending, and the number of the newest sent snapshot (1 = original, 2.. = corrections).
  firstSentAt: timestamp('first_sent_at', { withTimezone: true }),
  lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
  sentNumber: integer('sent_number'),
  // First time a municipality user opened the newest snapshot (null = unread); drives the unread queues.
  firstReadAt: timestamp('first_read_at', { withTimezone: true }),
  // The participant asked for a copy (matters under the centre's "on-request" policy); who recorded it and when.
  participantCopyRequested: boolean('participant_copy_requested').notNull().default(false),
  participantCopyRequestedBy: uuid('participant_copy_requested_by').references(() => users.id),
  participantCopyRequestedAt: timestamp('participant_copy_requested_at', { withTimezone: true }),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('guidance_notes_order_idx').on(t.orderId),
  index('guidance_notes_participant_idx').on(t.participantId),
  index('guidance_notes_municipality_idx').on(t.municipalityId, t.status, t.lastSentAt),
  index('guidance_notes_centre_idx').on(t.careerCentreId, t.status),
  index('guidance_notes_reviewer_idx').on(t.reviewerId, t.status),
]);

/** Never updated: autosaved drafts (kind draft) and frozen snapshots (sent, correction with a reason). */
export const guidanceNoteRevisions = pgTable('guidance_note_revisions', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  noteId: uuid('note_id').notNull().references(() => guidanceNotes.id),
  kind: text('kind', { enum: noteRevisionKinds }).notNull(),
  // Drafts count 1, 2, … per note; sent snapshots carry sentNumber 1, 2, … (null for drafts).
  number: integer('number').notNull(),
  sentNumber: integer('sent_number'),
  content: jsonb('content').notNull(),
  correctionReason: text('correction_reason'),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex('guidance_note_revisions_number_idx').on(t.noteId, t.number),
  uniqueIndex('guidance_note_revisions_sent_idx').on(t.noteId, t.sentNumber),
]);

export const guidanceNoteReviews = pgTable('guidance_note_reviews', {
  id: id(),
  noteId: uuid('note_id').notNull().references(() => guidanceNotes.id),
  reviewerId: uuid('reviewer_id').notNull().references(() => users.id),
  decision: text('decision', { enum: reviewDecisions }).notNull(),
  comment: text('comment').notNull().default(''),
  createdAt: createdAt(),
}, (t) => [index('guidance_note_reviews_note_idx').on(t.noteId)]);

/** Read receipts: who in the municipality first opened which sent snapshot, and when. */
export const guidanceNoteReads = pgTable('guidance_note_reads', {
  noteId: uuid('note_id').notNull().references(() => guidanceNotes.id),
  sentNumber: integer('sent_number').notNull(),
  userId: uuid('user_id').notNull().references(() => users.id),
  readAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.noteId, t.sentNumber, t.userId] })]);

/** The municipality's feedback on a note: how the recommendation was used. One per note, editable with version. */
export const guidanceNoteFeedback = pgTable('guidance_note_feedback', {
  noteId: uuid('note_id').primaryKey().references(() => guidanceNotes.id),
  recommendationUse: text('recommendation_use', { enum: recommendationUses }).notNull(),
  reason: text('reason').notNull().default(''),
  integrationPlanChanged: boolean('integration_plan_changed').notNull(),
  endGoal: text('end_goal', { enum: endGoals }).notNull(),
  endGoalText: text('end_goal_text').notNull().default(''),
  givenBy: uuid('given_by').notNull().references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** The adviser's task to re-evaluate the integration plan after a note arrives; closed with the feedback. */
export const integrationPlanTasks = pgTable('integration_plan_tasks', {
  id: id(),
  noteId: uuid('note_id').notNull().references(() => guidanceNotes.id),
  participantId: uuid('participant_id').notNull().references(() => participants.id),
  municipalityId: uuid('municipality_id').notNull().references(() => organisations.id),
  assigneeId: uuid('assignee_id').references(() => users.id),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
  closedBy: uuid('closed_by').references(() => users.id),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('integration_plan_tasks_note_idx').on(t.noteId),
  index('integration_plan_tasks_municipality_idx').on(t.municipalityId, t.status, t.dueOn),
]);

/**
 * In-app notifications. They name the kind and ids only; the text is built when shown, so no personal data
 * is copied here (and nothing but a link ever goes into an e-mail).
 */
export const notifications = pgTable('notifications', {
  id: id(),
  userId: uuid('user_id').notNull().references(() => users.id),
  kind: text('kind').notNull(),
  participantId: uuid('participant_id').references(() => participants.id),
  noteId: uuid('note_id').references(() => guidanceNotes.id),
  // A shared agreement or routine the notification is about (its review reminder, issue 13).
  documentId: uuid('document_id').references(() => cooperationDocuments.id),
  createdAt: createdAt(),
  readAt: timestamp('read_at', { withTimezone: true }),
}, (t) => [index('notifications_user_idx').on(t.userId, t.readAt, t.createdAt)]);

/** A career centre's library of reusable wordings and recommendations, curated by its lead. */
export const noteWordings = pgTable('note_wordings', {
  id: id(),
  careerCentreId: uuid('career_centre_id').notNull().references(() => organisations.id),
  kind: text('kind', { enum: wordingKinds }).notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  lawReference: text('law_reference').notNull().default(''),
  archived: boolean('archived').notNull().default(false),
  createdBy: uuid('created_by').references(() => users.id),
  updatedBy: uuid('updated_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('note_wordings_centre_idx').on(t.careerCentreId, t.archived)]);

/** Per-organisation note policies. A career centre sets review and participant copy; a municipality unread days. */
export const noteSettings = pgTable('note_settings', {
  organisationId: uuid('organisation_id').primaryKey().references(() => organisations.id),
  reviewRequired: boolean('review_required').notNull().default(false),
  participantCopy: text('participant_copy', { enum: participantCopyPolicies }).notNull().default('on-request'),
  unreadAfterDays: integer('unread_after_days').notNull().default(5),
  planTaskDueDays: integer('plan_task_due_days').notNull().default(14),
  // A municipality's: days after its feedback on a note that the career centre keeps access (src/domain/centre-access.ts).
  centreAccessDays: integer('centre_access_days').notNull().default(90),
  // A municipality's: years after the last activity on a closed case before retention anonymises it (src/domain/retention.ts).
  retentionYears: integer('retention_years').notNull().default(3),
  updatedBy: uuid('updated_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
