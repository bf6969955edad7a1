/**
 * The data subject's rights (issue 15): corrections of a participant's data made by the municipality lead (GDPR
 * art. 16), each with the field, the value before and after, and the reason given.
 *
 * The old and new values are personal data, so they live here and not in the audit trail: the trail is
 * insert-only and kept for ever, and must never become a second copy that an erasure cannot reach. The audit event
 * (`participant.corrected`) names the field and this row's id; retention and erasure delete these rows.
 */
import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.ts';
import { participants, users } from './schema.ts';

export const participantCorrections = pgTable('participant_corrections', {
  id: id(),
  participantId: uuid('participant_id').notNull().references(() => participants.id),
  field: text('field').notNull(),
  // As text, the way the field is written in the API (dates YYYY-MM-DD, codes as codes); null = empty.
  oldValue: text('old_value'),
  newValue: text('new_value'),
  reason: text('reason').notNull(),
  correctedBy: uuid('corrected_by').notNull().references(() => users.id),
  createdAt: createdAt(),
}, (t) => [index('participant_corrections_participant_idx').on(t.participantId, t.createdAt)]);
