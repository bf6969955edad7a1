import { z } from 'zod';
import { textLimits } from '../../../domain/text-limits.ts';
import { localizedSchema } from '../../../content/index.ts';
import { personaKindSchema, personaKinds } from '../../../content/journeys/model.ts';
import { MAX_PLAN_MONTHS, MAX_PLAN_STEPS } from '../../../domain/index.ts';
import { isoDate } from '../../http/fields.ts';
import { profileInput } from '../map/schemas.ts';

// ─── Shared ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** The note's PlanStep (src/domain/guidance-note-model.ts), as JSON. */
export const planStepJson = z.object({
  id: z.string(), offerId: z.string().nullable(), text: z.string().nullable(),
  startMonth: z.number().int().nullable(), durationMonths: z.number().int().nullable(),
});

const monthRange = z.object({ from: z.number().int(), to: z.number().int() });
export const journeySummaryJson = z.object({
  totalMonths: z.number().int().describe('Months from the start to the end of the last step (time to goal)'),
  gapMonths: z.number().int().describe('Months with no living-cost source'),
  gaps: z.array(monthRange),
  parallelMonths: z.number().int(),
  transitions: z.array(z.object({
    month: z.number().int(), lane: z.string(), fromStepId: z.string(), toStepId: z.string(),
    fromActor: z.string(), toActor: z.string(), gapMonths: z.number().int(),
  })),
});

// ─── Public example journeys ────────────────────────────────────────────────────────────────────────────────────

export const journeyJson = z.object({
  id: z.string(),
  persona: z.object({ name: z.string(), fictional: z.literal(true), age: z.number().int(), kinds: z.array(personaKindSchema), summary: localizedSchema }),
  title: localizedSchema,
  goal: localizedSchema,
  phases: z.array(z.object({ offerId: z.string(), startMonth: z.number().int(), durationMonths: z.number().int(), note: localizedSchema.optional() })),
  caveats: z.array(localizedSchema),
  sources: z.array(z.unknown()).describe('Seed quotes, laws and web pages the journey relies on (the content model\'s SourceRef)'),
  review: z.object({ needed: z.literal(true), note: localizedSchema }).optional(),
  steps: z.array(planStepJson).describe('The phases as plan steps, the same shape as a personal plan'),
  summary: journeySummaryJson,
});

export const planningFactJson = z.object({
  offerId: z.string(),
  defaultMonths: z.number().int(),
  basis: z.enum(['source', 'placeholder']).describe("'placeholder': no source gives a duration; a starting value to adjust"),
  providesIncome: z.boolean(),
});

export const journeyList = z.object({
  items: z.array(journeyJson),
  personaKinds: z.array(z.enum(personaKinds)),
  planning: z.array(planningFactJson).describe('Per offer: default duration and whether it means paid work'),
});
export const journeyIdParam = z.object({ id: z.string().max(80) });

// ─── Personal plans ─────────────────────────────────────────────────────────────────────────────────────────────

export const planIds = ['A', 'B'] as const;
export const planParams = z.object({ id: z.uuid(), plan: z.enum(planIds) });

const noNul = (s: string) => !s.includes('\u0000');
export const planStepInput = z.object({
  id: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
  offerId: z.string().max(80).nullable(),
  text: z.string().trim().max(textLimits.journeyStepText).refine(noNul).nullable(),
  startMonth: z.number().int().min(0).max(MAX_PLAN_MONTHS).nullable(),
  durationMonths: z.number().int().min(1).max(MAX_PLAN_MONTHS).nullable(),
}).strict();

export const planInput = z.object({
  version: z.number().int().min(0).max(2_147_483_647).describe('The version you read (0 when the plan does not exist yet)'),
  goal: z.string().trim().max(textLimits.journeyGoal),
  startDate: isoDate.describe('Month 0 of the timeline'),
  // The note's limit, so a plan can always become the note's Plan A/B.
  steps: z.array(planStepInput).max(MAX_PLAN_STEPS),
}).strict();
export type PlanInput = z.infer<typeof planInput>;

export const planJson = z.object({
  id: z.uuid().nullable().describe('null until the plan is saved the first time'),
  participantId: z.uuid(),
  plan: z.enum(planIds),
  goal: z.string(),
  startDate: z.string(),
  steps: z.array(planStepJson),
  summary: journeySummaryJson,
  version: z.number().int().describe('0 until saved'),
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type PlanJson = z.infer<typeof planJson>;

export const planOverview = z.object({
  participantId: z.uuid(),
  /** What the eligibility rules get: from the participant (age, residence basis) and the handover brief. */
  profile: profileInput,
  mayEdit: z.boolean(),
  plans: z.array(planJson),
});
