/**
 * The participants' anonymous survey and the centres' quality self-evaluation (issue 14, items 4 and 5).
 *
 * Anonymity is in the shape of the tables, not in a promise: an answer row holds the centre, the language, a
 * quarter, the channel and the answers — no participant, no link, no token, no IP address and no timestamp (not
 * even created_at: a time could be matched to the page view the audit trail records). "Once per link" is kept by
 * a separate table of used-link markers that has no reference to any answer, and no time either.
 */
import { check, index, integer, jsonb, pgTable, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, updatedAt, version } from './columns.ts';
import { organisations, users } from './schema.ts';

/**
 * One anonymous answer. `id` is random (uuid v4), so its order tells nothing either. Reading order is by period and
 * language, never by insertion. Not a table that references participants: retention has nothing to delete here.
 */
export const surveyAnswers = pgTable('survey_answers', {
  id: id(),
  careerCentreId: uuid('career_centre_id').notNull().references(() => organisations.id),
  language: text('language').notNull(),
  // The quarter in Norway, "2026-Q4" (domain/participant-survey.ts surveyPeriod).
  period: text('period').notNull(),
  channel: text('channel', { enum: ['web', 'paper'] }).notNull(),
  useful: smallint('useful').notNull(),
  // Null: the participant had no interpreter.
  interpreter: smallint('interpreter'),
  nextStep: smallint('next_step').notNull(),
  comment: text('comment'),
}, (t) => [
  index('survey_answers_centre_period_idx').on(t.careerCentreId, t.period),
  check('survey_answers_scale', sql`${t.useful} between 1 and 5 and ${t.nextStep} between 1 and 5 and (${t.interpreter} is null or ${t.interpreter} between 1 and 5)`),
]);

/**
 * A survey link that has been answered: SHA-256 of "survey:" and the page link's token hash. No answer id, no
 * time. Someone with the database can tell that a link was used (the marker can be recomputed from the link), but
 * not which answer it gave. When retention deletes the link, the marker can no longer be traced to anyone.
 */
export const surveyLinkUses = pgTable('survey_link_uses', {
  marker: text('marker').primaryKey(),
});

/** A career centre's self-evaluation against the national quality framework for one year. */
export const qualityEvaluations = pgTable('quality_evaluations', {
  id: id(),
  careerCentreId: uuid('career_centre_id').notNull().references(() => organisations.id),
  year: integer('year').notNull(),
  // One entry per framework area (domain/quality-framework.ts AreaEntry), in the framework's order.
  areas: jsonb('areas').notNull().$type<{ area: string; score: number | null; evidence: string; improvement: string }[]>(),
  updatedBy: uuid('updated_by').notNull().references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('quality_evaluations_centre_year_idx').on(t.careerCentreId, t.year)]);
