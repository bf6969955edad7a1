import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import {
  adviserRoles, briefSources, groupSessionModes, interpreterModes, interpreterStatuses, sessionKinds, sessionModes,
  sessionOutcomes, threePartyWith, postponementDecidedWith, postponementReasonCodes, type GuidanceRightChange,
} from '../../domain/index.ts';
import { createdAt, id, updatedAt, version } from './columns.ts';

export const counties = pgTable('counties', {
  id: id(),
  name: text('name').notNull().unique(),
  createdAt: createdAt(),
});

/** A municipality's refugee service, a county's career centre, or the national level. */
export const organisations = pgTable('organisations', {
  id: id(),
  kind: text('kind', { enum: ['municipality', 'career-centre', 'national', 'county', 'nav-office'] }).notNull(),
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
    enum: ['programme-adviser', 'municipality-lead', 'career-counsellor', 'career-centre-lead', 'administrator', 'statistics-reader', 'content-editor', 'local-offer-editor'],
  }).notNull(),
  organisationId: uuid('organisation_id').references(() => organisations.id),
  // Shown to the municipality next to a fixed contact at the career centre (issue 13); a work number only.
  workPhone: text('work_phone'),
  passwordHash: text('password_hash'),
  active: boolean('active').notNull().default(true),
  /** The identity provider's subject (Entra ID: object id) the administrator linked; sign-in matches it before the e-mail. */
  oidcSubject: text('oidc_subject').unique(),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Failed sign-ins, per account and per client address, in the database so that every app instance sees the same
 * counts. An account is keyed by the SHA-256 of its e-mail whether or not the account exists (unknown accounts
 * are paused the same way, and typed e-mails are not stored); an address by the client's IP.
 */
export const signInFailures = pgTable('sign_in_failures', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  pausedUntil: timestamp('paused_until', { withTimezone: true }),
});

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  /** The identity provider this session was signed in with (for its sign-out); null for a password. */
  oidcProvider: text('oidc_provider'),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

/** One-time links to set a password; only the hash is stored. */
export const passwordTokens = pgTable('password_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/**
 * Small facts about the installation itself, e.g. the fingerprint of the § 11 rule table the stored answers were
 * computed with, so that a release with changed rules recomputes them once (src/server/features/rules).
 */
export const appState = pgTable('app_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: updatedAt(),
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
  // Date the residence permit was granted: decides the law that governs the person and the age that counts
  // (src/domain/guidance-right.ts). Optional; without it the settlement date stands in and the answer is provisional.
  permitDate: date('permit_date', { mode: 'string' }),
  programmeRequestDate: date('programme_request_date', { mode: 'string' }),
  // The planned end of the introduction programme (optional): the app proposes a follow-up conversation when it is
  // near (issue 13 item 5; src/domain/order-talks.ts). Never a deadline.
  programmeEndDate: date('programme_end_date', { mode: 'string' }),
  // Derived by src/domain on every write and stored so that queues sort and page on an index. For a person not
  // covered by § 11 it is only a sort key: they have no § 12 deadline (the API gives null, the status 'no-deadline').
  decisionDeadline: date('decision_deadline', { mode: 'string' }).notNull(),
  guidanceHeldOn: date('guidance_held_on', { mode: 'string' }),
  guidancePostponed: boolean('guidance_postponed').notNull().default(false),
  // Derived by guidanceRight() (src/domain/guidance-right.ts) on every write, like decision_deadline, so that
  // statistics count right-and-duty vs right only in SQL without a second copy of the rule.
  guidanceRight: text('guidance_right', { enum: ['right-and-duty', 'right', 'none'] }),
  // The last time the stored answer changed, by a rule change or an edit of the dates that decide: shown on the
  // participant's page until the next change. Holds codes and dates only.
  guidanceRightChange: jsonb('guidance_right_change').$type<GuidanceRightChange>(),
  // The version of the rule set (src/domain/rule-set.ts) that computed decision_deadline and guidance_right: rows
  // written by another version are recomputed at start-up and daily (src/server/features/rules/sync.ts). 0: unknown.
  rulesVersion: integer('rules_version').notNull().default(0),
  // For the county fact sheet (issue 8); optional. Highest education is NOT stored here: it is read from the
  // handover brief's schooling item (completedLevels), which the municipality already fills, so it is not asked twice.
  gender: text('gender', { enum: ['female', 'male', 'other'] }),
  countryBackground: text('country_background'),
  createdBy: uuid('created_by').references(() => users.id),
  // Set when retention or an erasure request anonymised the row (src/domain/retention.ts): out of every scope from then.
  anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('participants_queue_idx').on(t.municipalityId, t.decisionDeadline, t.id),
  // One national id, one participant per municipality (a person who moves is registered anew by the new one).
  uniqueIndex('participants_municipality_national_id_idx').on(t.municipalityId, t.nationalId).where(sql`${t.nationalId} is not null`),
  index('participants_national_id_idx').on(t.nationalId),
]);

/** The participant's columns that `guidanceRight()` reads (src/domain/guidance-right.ts): one selection for every caller. */
export const guidanceRightColumns = {
  residenceBasis: participants.residenceBasis, birthDate: participants.birthDate, settlementDate: participants.settlementDate,
  permitDate: participants.permitDate, programmeRequestDate: participants.programmeRequestDate,
};

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
  // 'first' is the § 11 guidance; 'follow-up' a later conversation with a purpose and no legal deadline (issue 13
  // item 5; src/domain/order-talks.ts). Its decision_deadline below is only the queue's sort key.
  kind: text('kind', { enum: ['first', 'follow-up'] }).notNull().default('first'),
  purpose: text('purpose', { enum: ['end-of-programme', 'change-of-plan', 'other'] }),
  purposeText: text('purpose_text').notNull().default(''),
  assignedCounsellorId: uuid('assigned_counsellor_id').references(() => users.id),
  rejectionReason: text('rejection_reason'),
  cancellationReason: text('cancellation_reason'),
  // Copied from the participant so the centre's queue sorts by deadline on an index.
  decisionDeadline: date('decision_deadline', { mode: 'string' }).notNull(),
  // The rule-set version of the copied deadline (src/domain/rule-set.ts), recomputed like the participant's. 0: unknown.
  rulesVersion: integer('rules_version').notNull().default(0),
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

/**
 * Append-only (a trigger in the migration refuses UPDATE and DELETE; on PostgreSQL the serving role may only
 * INSERT and SELECT). Each event carries the hash of the one before it, set by a trigger (audit_chain migration),
 * so a changed or removed event is detectable: `npm run audit:verify`.
 */
export const auditEvents = pgTable('audit_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: createdAt(),
  type: text('type').notNull(),
  actorUserId: uuid('actor_user_id').references(() => users.id),
  actorOrganisationId: uuid('actor_organisation_id'),
  participantId: uuid('participant_id'),
  orderId: uuid('order_id'),
  data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
  /** The hash of the event before this one (null for the first), and this event's own hash over it and its fields. */
  prevHash: text('prev_hash'),
  hash: text('hash'),
}, (t) => [
  index('audit_participant_idx').on(t.participantId, t.id),
  // List events name many participants in data.participantIds: audit_event_participants (schema-audit.ts) finds
  // them for a participant's trail, in id order (it replaced a GIN index on data, migration 0031).
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

/**
 * The handover brief: one row per participant and checklist item (src/domain/handover-checklist.ts). The value
 * is null when the item is explicitly unknown. Who verified it and on which day drive the stale marking.
 */
export const handoverBriefItems = pgTable('handover_brief_items', {
  participantId: uuid('participant_id').notNull().references(() => participants.id),
  itemKey: text('item_key').notNull(),
  value: jsonb('value'),
  unknown: boolean('unknown').notNull().default(false),
  source: text('source', { enum: briefSources }).notNull(),
  verifiedBy: uuid('verified_by').notNull().references(() => users.id),
  verifiedOn: date('verified_on', { mode: 'string' }).notNull(),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [primaryKey({ columns: [t.participantId, t.itemKey] })]);

/** A career centre's checklist: how it uses each item, and when an item goes stale. No row = the defaults. */
export const briefChecklistConfigs = pgTable('brief_checklist_configs', {
  careerCentreId: uuid('career_centre_id').primaryKey().references(() => organisations.id),
  uses: jsonb('uses').notNull().default(sql`'{}'::jsonb`),
  staleAfterDays: integer('stale_after_days').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

// The interpreter booking, the same on an order's session and on a group session.
const interpreterColumns = () => ({
  interpreterLanguage: text('interpreter_language'),
  interpreterDialect: text('interpreter_dialect'),
  interpreterMode: text('interpreter_mode', { enum: interpreterModes }),
  interpreterStatus: text('interpreter_status', { enum: interpreterStatuses }),
  interpreterService: text('interpreter_service'),
  // The interpreting service's reference for the interpreter: double bookings are checked on it.
  interpreterReference: text('interpreter_reference'),
  interpreterBriefing: text('interpreter_briefing'),
  briefingTermIds: jsonb('briefing_term_ids').notNull().default(sql`'[]'::jsonb`),
  interpreterTookPart: boolean('interpreter_took_part'),
  interpreterQualityProblem: text('interpreter_quality_problem'),
});

/** A guidance session of one order, booked by the career centre. `reference` names it where names may not go. */
export const guidanceSessions = pgTable('guidance_sessions', {
  id: id(),
  reference: text('reference').notNull().unique(),
  orderId: uuid('order_id').notNull().references(() => guidanceOrders.id),
  participantId: uuid('participant_id').notNull().references(() => participants.id),
  municipalityId: uuid('municipality_id').notNull().references(() => organisations.id),
  careerCentreId: uuid('career_centre_id').notNull().references(() => organisations.id),
  kind: text('kind', { enum: sessionKinds }).notNull(),
  threePartyWith: text('three_party_with', { enum: threePartyWith }),
  mode: text('mode', { enum: sessionModes }).notNull(),
  place: text('place'),
  meetingUrl: text('meeting_url'),
  phone: text('phone'),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  leadCounsellorId: uuid('lead_counsellor_id').notNull().references(() => users.id),
  secondCounsellorId: uuid('second_counsellor_id').references(() => users.id),
  adviserRole: text('adviser_role', { enum: adviserRoles }).notNull(),
  plannedIntervalDays: integer('planned_interval_days'),
  ...interpreterColumns(),
  outcome: text('outcome', { enum: sessionOutcomes }),
  outcomeReason: text('outcome_reason'),
  minutesUsed: integer('minutes_used'),
  outcomeRecordedBy: uuid('outcome_recorded_by').references(() => users.id),
  outcomeRecordedAt: timestamp('outcome_recorded_at', { withTimezone: true }),
  createdBy: uuid('created_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('sessions_order_idx').on(t.orderId),
  index('sessions_participant_idx').on(t.participantId),
  index('sessions_centre_time_idx').on(t.careerCentreId, t.startsAt),
  index('sessions_lead_time_idx').on(t.leadCounsellorId, t.startsAt),
  index('sessions_second_time_idx').on(t.secondCounsellorId, t.startsAt),
  index('sessions_interpreter_time_idx').on(t.interpreterReference, t.startsAt),
]);

/** A group session or webinar of a career centre; municipalities register participants for it. */
export const groupSessions = pgTable('group_sessions', {
  id: id(),
  reference: text('reference').notNull().unique(),
  careerCentreId: uuid('career_centre_id').notNull().references(() => organisations.id),
  title: text('title').notNull(),
  language: text('language').notNull(),
  mode: text('mode', { enum: groupSessionModes }).notNull(),
  place: text('place'),
  meetingUrl: text('meeting_url'),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  capacity: integer('capacity').notNull(),
  leadCounsellorId: uuid('lead_counsellor_id').notNull().references(() => users.id),
  ...interpreterColumns(),
  cancellationReason: text('cancellation_reason'),
  createdBy: uuid('created_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('group_sessions_centre_time_idx').on(t.careerCentreId, t.startsAt),
  index('group_sessions_lead_time_idx').on(t.leadCounsellorId, t.startsAt),
  index('group_sessions_interpreter_time_idx').on(t.interpreterReference, t.startsAt),
]);

export const groupRegistrations = pgTable('group_registrations', {
  id: id(),
  groupSessionId: uuid('group_session_id').notNull().references(() => groupSessions.id),
  participantId: uuid('participant_id').notNull().references(() => participants.id),
  municipalityId: uuid('municipality_id').notNull().references(() => organisations.id),
  status: text('status', { enum: ['registered', 'withdrawn'] }).notNull().default('registered'),
  attendance: text('attendance', { enum: ['attended', 'absent'] }),
  registeredBy: uuid('registered_by').notNull().references(() => users.id),
  attendanceRecordedBy: uuid('attendance_recorded_by').references(() => users.id),
  attendanceRecordedAt: timestamp('attendance_recorded_at', { withTimezone: true }),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('group_registrations_once_idx').on(t.groupSessionId, t.participantId),
  index('group_registrations_participant_idx').on(t.participantId),
]);

/** A career centre's glossary of guidance terms, for briefing interpreters. */
export const glossaryTerms = pgTable('glossary_terms', {
  id: id(),
  careerCentreId: uuid('career_centre_id').notNull().references(() => organisations.id),
  term: text('term').notNull(),
  explanation: text('explanation').notNull(),
  // { en?: {term, explanation}, uk?: …, ar?: … }
  translations: jsonb('translations').notNull().default(sql`'{}'::jsonb`),
  archived: boolean('archived').notNull().default(false),
  createdBy: uuid('created_by').references(() => users.id),
  updatedBy: uuid('updated_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('glossary_terms_centre_term_idx').on(t.careerCentreId, sql`lower(${t.term})`)]);

/** A counsellor's iCalendar feed: the URL holds a random token, the table only its SHA-256. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id').primaryKey().references(() => users.id),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: createdAt(),
});

export const schemaTables = { counties, organisations, users, sessions, passwordTokens, participants, guidanceOrders, orderTransitions, auditEvents };

/**
 * A postponement of the mandatory guidance (src/domain/postponement.ts). One open row (endedAt null) at most per
 * participant; participants.guidancePostponed mirrors "has an open row" and is set in the same transaction, because
 * it drives the deadline status and its SQL filter.
 */
export const postponements = pgTable('postponements', {
  id: id(),
  participantId: uuid('participant_id').notNull().references(() => participants.id),
  municipalityId: uuid('municipality_id').notNull().references(() => organisations.id),
  reason: text('reason', { enum: postponementReasonCodes }).notNull(),
  reasonText: text('reason_text'),
  justification: text('justification').notNull(),
  expectedDate: date('expected_date', { mode: 'string' }).notNull(),
  decidedWith: text('decided_with', { enum: postponementDecidedWith }).notNull(),
  decidedOn: date('decided_on', { mode: 'string' }).notNull(),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  endedAt: timestamp('ended_at', { withTimezone: true }),
  endedBy: uuid('ended_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('postponements_participant_idx').on(t.participantId),
  index('postponements_municipality_idx').on(t.municipalityId, t.decidedOn),
  uniqueIndex('postponements_one_open_idx').on(t.participantId).where(sql`${t.endedAt} is null`),
]);

export * from './schema-notes.ts';
export * from './schema-journeys.ts';
export * from './schema-participant-page.ts';
export * from './schema-operations.ts';
export * from './schema-oidc.ts';
export * from './schema-cooperation.ts';
export * from './schema-gatherings.ts';
export * from './schema-meetings.ts';
export * from './schema-cooperation-documents.ts';
export * from './schema-privacy.ts';
export * from './schema-talks.ts';
export * from './schema-survey.ts';
export * from './schema-local-offers.ts';
export * from './schema-statistics-summary.ts';
export * from './schema-audit.ts';
