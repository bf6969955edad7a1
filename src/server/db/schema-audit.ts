/**
 * The participants an audit event names in `data.participantIds` (list pages, group sessions, exports: up to
 * 100 per event), one row each, so that a participant's trail is a backward range scan of this primary key
 * stopped by LIMIT, however many events name the participant (issue 19: 4.1 s through the GIN index on `data`,
 * which cannot return events in id order, for a participant named by 20,594 list events).
 *
 * Written only by the insert trigger on audit_events (migration 0031_audit_event_participants), in the same
 * statement as the event, so there is no event without its rows. Append-only like the events (a trigger refuses
 * UPDATE and DELETE; the serving role may only INSERT and SELECT). It is an index of the events, not evidence: the
 * hash chain covers the events, and the rows can be rebuilt from them. No foreign key (each would cost a lookup
 * of the event that the same statement has just written). The event's own `participant_id` is not copied here:
 * `audit_participant_idx (participant_id, id)` already serves it.
 */
import { bigint, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';

export const auditEventParticipants = pgTable('audit_event_participants', {
  participantId: uuid('participant_id').notNull(),
  eventId: bigint('event_id', { mode: 'number' }).notNull(),
}, (t) => [primaryKey({ columns: [t.participantId, t.eventId] })]);
