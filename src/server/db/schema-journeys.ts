/**
 * A participant's personal journey plans (issue 6): Plan A and optionally Plan B, built by the counsellor with the
 * participant from map offers placed in time. Steps have the same shape as the note's plan steps
 * (src/domain/guidance-note-model.ts PlanStep), so a plan can become the note's Plan A/B without translation.
 */
import { date, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './columns.ts';
import { organisations, participants, users } from './schema.ts';

export const journeyPlans = pgTable('journey_plans', {
  id: id(),
  participantId: uuid('participant_id').notNull().references(() => participants.id),
  municipalityId: uuid('municipality_id').notNull().references(() => organisations.id),
  plan: text('plan', { enum: ['A', 'B'] }).notNull(),
  goal: text('goal').notNull().default(''),
  // Month 0 of the timeline.
  startDate: date('start_date', { mode: 'string' }).notNull(),
  steps: jsonb('steps').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  updatedBy: uuid('updated_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('journey_plans_participant_plan_idx').on(t.participantId, t.plan),
  index('journey_plans_municipality_idx').on(t.municipalityId),
]);
