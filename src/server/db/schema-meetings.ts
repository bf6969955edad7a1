import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { actionSourceKinds, actionStatuses, meetingIntervalKeys } from '../../domain/cooperation-meetings.ts';
import { followUpSources } from '../../domain/gathering.ts';
import { createdAt, id, updatedAt, version } from './columns.ts';
import { organisations, users } from './schema.ts';

/**
 * A series of cooperation meetings between a career centre and one municipality, or all the municipalities it serves
 * (municipalityId null), e.g. a breakfast meeting every half year (issue 13 item 2; seed 000: "et digitalt
 * frokostmøte hvert halvår der kommunene og karriereveilederne deltar").
 */
export const meetingSeries = pgTable('cooperation_meeting_series', {
  id: id(),
  careerCentreId: uuid('career_centre_id').notNull().references(() => organisations.id),
  // Null: every municipality the centre serves takes part.
  municipalityId: uuid('municipality_id').references(() => organisations.id),
  title: text('title').notNull(),
  interval: text('interval', { enum: meetingIntervalKeys }).notNull(),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('cooperation_meeting_series_parties_idx').on(t.careerCentreId, t.municipalityId)]);

/** Who is invited to a series' meetings, from both sides. Only invitees and the two parties' leads see the meetings. */
export const meetingSeriesInvitees = pgTable('cooperation_meeting_series_invitees', {
  seriesId: uuid('series_id').notNull().references(() => meetingSeries.id),
  userId: uuid('user_id').notNull().references(() => users.id),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.seriesId, t.userId] }), index('cooperation_meeting_series_invitees_user_idx').on(t.userId)]);

/**
 * One meeting of a series: when, the agenda and the minutes. The texts are shared between two organisations and
 * must not name participants: the server refuses national identity numbers in them. Deleting is soft (removedAt),
 * and the audit trail names who did it.
 */
export const meetings = pgTable('cooperation_meetings', {
  id: id(),
  seriesId: uuid('series_id').notNull().references(() => meetingSeries.id),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  agenda: text('agenda').notNull().default(''),
  minutes: text('minutes').notNull().default(''),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  removedAt: timestamp('removed_at', { withTimezone: true }),
  removedBy: uuid('removed_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('cooperation_meetings_series_idx').on(t.seriesId, t.startsAt)]);

/**
 * An action agreed somewhere (a meeting, or a county gathering's follow-up point), with an owner, a due date and
 * a status, followed up until done. The source is a kind and an id so that other sources can reuse the table; the
 * parties are copied so that lists are scoped without knowing the source (a gathering's: its centre, and no
 * municipality, since it concerns every municipality invited).
 */
export const cooperationActions = pgTable('cooperation_actions', {
  id: id(),
  sourceKind: text('source_kind', { enum: actionSourceKinds }).notNull(),
  sourceId: uuid('source_id').notNull(),
  careerCentreId: uuid('career_centre_id').notNull().references(() => organisations.id),
  municipalityId: uuid('municipality_id').references(() => organisations.id),
  title: text('title').notNull(),
  /** For a gathering's action (source_kind 'gathering', source_id the gathering): a question asked, input given, or the survey. */
  gatheringSource: text('gathering_source', { enum: followUpSources }),
  ownerId: uuid('owner_id').notNull().references(() => users.id),
  dueDate: date('due_date', { mode: 'string' }).notNull(),
  status: text('status', { enum: actionStatuses }).notNull().default('open'),
  doneAt: timestamp('done_at', { withTimezone: true }),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  removedAt: timestamp('removed_at', { withTimezone: true }),
  removedBy: uuid('removed_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('cooperation_actions_source_idx').on(t.sourceKind, t.sourceId),
  index('cooperation_actions_owner_idx').on(t.ownerId, t.status, t.dueDate),
  index('cooperation_actions_parties_idx').on(t.careerCentreId, t.municipalityId, t.status),
]);
