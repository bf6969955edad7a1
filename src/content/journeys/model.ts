/**
 * Example journeys ("eksempelreiser", seed 003 ch. 8): fictional personas travelling through the opportunity map.
 *
 * A journey is never a "fasit": every journey has caveats (conditions, local variation, what may change), and the
 * phases are map offers placed on months so the same rules as a participant's own plan (src/domain/journey.ts)
 * compute time to goal, living-cost gaps and transitions. Sources: seed quotes for the persona kinds and facts the
 * journey relies on; the persona itself is made up.
 */
import { z } from 'zod';
import { KEBAB_CASE, localizedSchema, offerIdSchema, reviewSchema, sourceRefSchema } from '../model.ts';

/** The kinds of persona the issue and the seed's user panel ask for. Each must be covered by at least one journey. */
export const personaKinds = [
  'low-education',
  'high-education',
  'weak-norwegian-after-programme',
  'health-problems',
  'many-children',
  'quick-income-family-reunification',
  'collective-protection',
  'family-of-norwegian-citizen',
  'labour-migrant',
  'seed-case-anya',
] as const;
export const personaKindSchema = z.enum(personaKinds);
export type PersonaKind = z.infer<typeof personaKindSchema>;

export const journeyPhaseSchema = z.strictObject({
  offerId: offerIdSchema,
  startMonth: z.number().int().min(0).max(120),
  durationMonths: z.number().int().min(1).max(120),
  /** What this phase means for this persona (optional: the offer's own text says the rest). */
  note: localizedSchema.optional(),
});
export type JourneyPhase = z.infer<typeof journeyPhaseSchema>;

export const journeySchema = z.strictObject({
  id: z.string().regex(KEBAB_CASE),
  persona: z.strictObject({
    /** A made-up first name; `fictional` is always true so nobody mistakes a persona for a real case. */
    name: z.string().trim().min(1),
    fictional: z.literal(true),
    age: z.number().int().min(16).max(80),
    kinds: z.array(personaKindSchema).min(1),
    summary: localizedSchema,
  }),
  title: localizedSchema,
  goal: localizedSchema,
  phases: z.array(journeyPhaseSchema).min(2),
  /** Conditions and what may change the journey. At least two: a journey is one possibility among many. */
  caveats: z.array(localizedSchema).min(2),
  sources: z.array(sourceRefSchema).min(1),
  review: reviewSchema.optional(),
});
export type Journey = z.infer<typeof journeySchema>;
