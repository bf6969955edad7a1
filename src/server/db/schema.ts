import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
// Optimistic concurrency: every mutable record carries a version; a stale write gets 409 (see Primero #508).
const version = () => integer('version').notNull().default(1);

export const counties = pgTable('counties', {
  id: id(),
  name: text('name').notNull().unique(),
  createdAt: createdAt(),
});

/** A municipality's refugee service, a county's career centre, or the national level. */
export const organisations = pgTable('organisations', {
  id: id(),
  kind: text('kind', { enum: ['municipality', 'career-centre', 'national'] }).notNull(),
  name: text('name').notNull().unique(),
  countyId: uuid('county_id').references(() => counties.id),
  // Which career centre a municipality orders guidance from (editable by an administrator).
  servedByCareerCentreId: uuid('served_by_career_centre_id'),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const users = pgTable('users', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', {
    enum: ['programme-adviser', 'municipality-lead', 'career-counsellor', 'career-centre-lead', 'administrator', 'statistics-reader', 'content-editor'],
  }).notNull(),
  organisationId: uuid('organisation_id').references(() => organisations.id),
  passwordHash: text('password_hash'),
  active: boolean('active').notNull().default(true),
  failedSignIns: integer('failed_sign_ins').notNull().default(0),
  signInPausedUntil: timestamp('sign_in_paused_until', { withTimezone: true }),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

/** One-time links to set a password; only the hash is stored. */
export const passwordTokens = pgTable('password_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

export const participants = pgTable('participants', {
  id: id(),
  municipalityId: uuid('municipality_id').notNull().references(() => organisations.id),
  givenName: text('given_name').notNull(),
  familyName: text('family_name').notNull(),
  birthDate: date('birth_date', { mode: 'string' }).notNull(),
  nationalId: text('national_id'),
  preferredLanguage: text('preferred_language').notNull(),
  interpreterLanguage: text('interpreter_language'),
  residenceBasis: text('residence_basis', {
    enum: ['refugee', 'refugee-family-reunification', 'collective-protection', 'other-family-reunification', 'other'],
  }).notNull(),
  settlementDate: date('settlement_date', { mode: 'string' }).notNull(),
  programmeRequestDate: date('programme_request_date', { mode: 'string' }),
  // Derived by src/domain on every write and stored so that queues sort and page on an index.
  decisionDeadline: date('decision_deadline', { mode: 'string' }).notNull(),
  guidanceHeldOn: date('guidance_held_on', { mode: 'string' }),
  guidancePostponed: boolean('guidance_postponed').notNull().default(false),
  createdBy: uuid('created_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('participants_queue_idx').on(t.municipalityId, t.decisionDeadline, t.id),
]);

export const guidanceOrders = pgTable('guidance_orders', {
  id: id(),
  participantId: uuid('participant_id').notNull().references(() => participants.id),
  municipalityId: uuid('municipality_id').notNull().references(() => organisations.id),
  careerCentreId: uuid('career_centre_id').notNull().references(() => organisations.id),
  status: text('status', {
    enum: ['draft', 'sent', 'accepted', 'rejected', 'scheduled', 'completed', 'cancelled'],
  }).notNull().default('draft'),
  format: text('format', { enum: ['individual', 'group'] }).notNull(),
  preferredFrom: date('preferred_from', { mode: 'string' }),
  preferredTo: date('preferred_to', { mode: 'string' }),
  language: text('language').notNull(),
  interpreterLanguage: text('interpreter_language'),
  mode: text('mode', { enum: ['in-person', 'digital'] }).notNull(),
  message: text('message').notNull().default(''),
  assignedCounsellorId: uuid('assigned_counsellor_id').references(() => users.id),
  rejectionReason: text('rejection_reason'),
  cancellationReason: text('cancellation_reason'),
  // Copied from the participant so the centre's queue sorts by deadline on an index.
  decisionDeadline: date('decision_deadline', { mode: 'string' }).notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('orders_participant_idx').on(t.participantId),
  index('orders_centre_queue_idx').on(t.careerCentreId, t.decisionDeadline, t.id),
  index('orders_municipality_queue_idx').on(t.municipalityId, t.decisionDeadline, t.id),
]);

export const orderTransitions = pgTable('order_transitions', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  orderId: uuid('order_id').notNull().references(() => guidanceOrders.id),
  fromStatus: text('from_status').notNull(),
  toStatus: text('to_status').notNull(),
  reason: text('reason'),
  byUserId: uuid('by_user_id').notNull().references(() => users.id),
  at: createdAt(),
}, (t) => [index('order_transitions_order_idx').on(t.orderId)]);

/** Append-only (a trigger in the migration refuses UPDATE and DELETE). */
export const auditEvents = pgTable('audit_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: createdAt(),
  type: text('type').notNull(),
  actorUserId: uuid('actor_user_id').references(() => users.id),
  actorOrganisationId: uuid('actor_organisation_id'),
  participantId: uuid('participant_id'),
  orderId: uuid('order_id'),
  data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
}, (t) => [
  index('audit_participant_idx').on(t.participantId, t.id),
  // List events name many participants in data.participantIds; this finds them for a participant's trail.
  index('audit_data_idx').using('gin', t.data.op('jsonb_path_ops')),
]);

/**
 * Edits of an offer's texts on the opportunity map. The checked-in content in src/content is version 0;
 * each edit is a new row (never updated), so every earlier wording stays readable with who and when.
 */
export const offerRevisions = pgTable('offer_revisions', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  offerId: text('offer_id').notNull(),
  version: integer('version').notNull(),
  texts: jsonb('texts').notNull(),
  reviewDue: date('review_due', { mode: 'string' }).notNull(),
  note: text('note').notNull().default(''),
  editedBy: uuid('edited_by').notNull().references(() => users.id),
  editedAt: createdAt(),
}, (t) => [uniqueIndex('offer_revisions_version_idx').on(t.offerId, t.version)]);

export const schemaTables = { counties, organisations, users, sessions, passwordTokens, participants, guidanceOrders, orderTransitions, auditEvents };

