/**
 * County gatherings (issue 14; seed 000 is the evaluation of them): the plan, the invited municipalities, the
 * staff they register, the anonymous survey answers (the follow-up points are cooperation actions). No table here references a
 * participant: municipalities register their own staff, never the refugees they serve.
 */
import { bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { registrationStatuses, type ProgrammeItem } from '../../domain/gathering.ts';
import { createdAt, id, updatedAt, version } from './columns.ts';
import { organisations, users } from './schema.ts';

/** A gathering hosted by a career centre; its lead is the county's coordinator (issue 14: "or the centre lead"). */
export const gatherings = pgTable('gatherings', {
  id: id(),
  careerCentreId: uuid('career_centre_id').notNull().references(() => organisations.id),
  title: text('title').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  place: text('place'),
  meetingUrl: text('meeting_url'),
  registrationClosesOn: date('registration_closes_on', { mode: 'string' }).notNull(),
  capacityPerMunicipality: integer('capacity_per_municipality').notNull(),
  /** The programme items with their speakers (see domain/gathering.ts ProgrammeItem): read and written as a whole. */
  programme: jsonb('programme').$type<ProgrammeItem[]>().notNull().default([]),
  /** The follow-up letter to everyone registered, once sent (it is not changed afterwards). */
  letter: text('letter'),
  letterSentAt: timestamp('letter_sent_at', { withTimezone: true }),
  surveySentAt: timestamp('survey_sent_at', { withTimezone: true }),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('gatherings_centre_idx').on(t.careerCentreId, t.startsOn)]);

/** A municipality on the invitation list, and whether it is in the planning group (seed 000: "Å involvere et utvalg kommuner i planleggingen"). */
export const gatheringMunicipalities = pgTable('gathering_municipalities', {
  id: id(),
  gatheringId: uuid('gathering_id').notNull().references(() => gatherings.id),
  municipalityId: uuid('municipality_id').notNull().references(() => organisations.id),
  planningGroup: boolean('planning_group').notNull().default(false),
  /** Set when the invitation went out; until then the municipality does not see the gathering. */
  invitedAt: timestamp('invited_at', { withTimezone: true }),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('gathering_municipalities_idx').on(t.gatheringId, t.municipalityId)]);

/** A named member of a municipality's staff registered for a gathering, with a seat or on the waiting list. */
export const gatheringRegistrations = pgTable('gathering_registrations', {
  id: id(),
  gatheringId: uuid('gathering_id').notNull().references(() => gatherings.id),
  municipalityId: uuid('municipality_id').notNull().references(() => organisations.id),
  userId: uuid('user_id').notNull().references(() => users.id),
  status: text('status', { enum: registrationStatuses }).notNull(),
  /** When the entry joined the queue (or rejoined it after a cancellation); with seq, the waiting-list order. */
  queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
  seq: bigserial('seq', { mode: 'number' }).notNull(),
  registeredBy: uuid('registered_by').notNull().references(() => users.id),
  /**
   * Whether this person has answered the survey. A flag, not a time: the answer row carries no time either, so
   * the two cannot be matched up to tell who answered what.
   */
  surveyAnswered: boolean('survey_answered').notNull().default(false),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('gathering_registrations_user_idx').on(t.gatheringId, t.userId),
  index('gathering_registrations_municipality_idx').on(t.gatheringId, t.municipalityId, t.status),
]);

/** One survey answer: no user, no registration, no time, so the coordinator cannot tell whose it is. */
export const gatheringSurveyAnswers = pgTable('gathering_survey_answers', {
  id: id(),
  gatheringId: uuid('gathering_id').notNull().references(() => gatherings.id),
  usefulness: integer('usefulness').notNull(),
  strengthenedCooperation: integer('strengthened_cooperation').notNull(),
  helpfulItemIds: jsonb('helpful_item_ids').$type<string[]>().notNull().default([]),
  improve: text('improve').notNull().default(''),
  followUp: text('follow_up').notNull().default(''),
}, (t) => [index('gathering_survey_answers_gathering_idx').on(t.gatheringId)]);

// The follow-up points are cooperation actions (schema-meetings.ts: source_kind 'gathering', source_id the gathering).
