/**
 * Summary tables behind the statistics dashboards (issue 19), kept current by triggers in the same transaction as
 * every write to the tables they summarise (src/server/db/statistics-summary.ts installs the triggers and fills the
 * tables). Counts only; the per-participant row holds no name or number, only the figures the participant adds.
 *
 * - statistics_participant_facts: one row per participant: the municipality and settlement date (the dashboard's
 *   cohort key) and `items`, a JSON array of [figure, key, count] the participant contributes. Dates that the
 *   figures are measured against (the decision deadline, the days to guidance, the minutes) are keys, so that the
 *   part that depends on "today" (due by the deadline, over the hours estimate in force) is computed at read time.
 *   No foreign key to participants: the trigger removes the row when the participant goes (retention, erasure).
 * - statistics_rollup: the items summed per unit and settlement month. A unit is 'n' (the country), 'c:<county>',
 *   's:<career centre serving the municipality>' or 'm:<municipality>'. Rows that reach 0 are deleted.
 * - statistics_summary_state: the version of the installed trigger SQL; a new version refills both tables.
 */
import { date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

export const statisticsParticipantFacts = pgTable('statistics_participant_facts', {
  participantId: uuid('participant_id').primaryKey(),
  municipalityId: uuid('municipality_id').notNull(),
  settlementDate: date('settlement_date', { mode: 'string' }).notNull(),
  items: jsonb('items').$type<[string, string, number][]>().notNull(),
}, (t) => [
  index('statistics_participant_facts_settled_idx').on(t.settlementDate),
  index('statistics_participant_facts_municipality_idx').on(t.municipalityId, t.settlementDate),
]);

export const statisticsRollup = pgTable('statistics_rollup', {
  unit: text('unit').notNull(),
  month: date('month', { mode: 'string' }).notNull(),
  fig: text('fig').notNull(),
  key: text('key').notNull(),
  n: doublePrecision('n').notNull(),
}, (t) => [primaryKey({ columns: [t.unit, t.month, t.fig, t.key] })]);

export const statisticsSummaryState = pgTable('statistics_summary_state', {
  id: integer('id').primaryKey(),
  version: text('version').notNull(),
});

/**
 * The county fact sheet's summary (a calendar year of the centres' work, Europe/Oslo), kept current by the same
 * triggers. An owner is a participant (a user of the centres, their held sessions) or a group session; `items`
 * holds [unit, year, figure, key, count] with unit 'n' or 'c:<county of the centre>'. The key of a user is
 * 'age band|gender|schooling|country|since': since is empty, or the start (epoch seconds) of the group session
 * that makes them a user when it had not started at the time of writing (only groups that have started count).
 */
export const statisticsYearlyFacts = pgTable('statistics_yearly_facts', {
  ownerId: uuid('owner_id').primaryKey(),
  items: jsonb('items').$type<[string, number, string, string, number][]>().notNull(),
});

export const statisticsYearlyRollup = pgTable('statistics_yearly_rollup', {
  unit: text('unit').notNull(),
  year: integer('year').notNull(),
  fig: text('fig').notNull(),
  key: text('key').notNull(),
  n: doublePrecision('n').notNull(),
}, (t) => [primaryKey({ columns: [t.unit, t.year, t.fig, t.key] })]);
