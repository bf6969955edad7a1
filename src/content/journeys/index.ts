/**
 * The example journeys, validated at import (like the offers): schema, unique ids, every persona kind covered.
 * Also the bridge from content to the journey rules: `journeyFacts` gives src/domain/journey.ts what it needs per offer.
 */
import { z } from 'zod';
import type { JourneyOfferFacts, PlanStep } from '../../domain/index.ts';
import { offerById } from '../index.ts';
import { planningFactsFor } from '../journey-planning.ts';
import { journeySchema, personaKinds, type Journey } from './model.ts';
import { journeyList } from './journeys.ts';

export * from './model.ts';

export const journeys: readonly Journey[] = z
  .array(journeySchema)
  .superRefine((list, ctx) => {
    const ids = list.map((j) => j.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'journey ids must be unique' });
    for (const kind of personaKinds) {
      if (!list.some((j) => j.persona.kinds.includes(kind))) ctx.addIssue({ code: 'custom', message: `no journey for persona kind ${kind}` });
    }
  })
  .parse(journeyList);

export function journeyById(id: string): Journey | undefined {
  return journeys.find((j) => j.id === id);
}

/** What the journey rules need about an offer, from the map and the planning facts; undefined for an unknown id. */
export function journeyFacts(offerId: string): JourneyOfferFacts | undefined {
  const offer = offerById(offerId);
  const planning = planningFactsFor(offerId);
  if (!offer || !planning) return undefined;
  return {
    lane: offer.lane, responsible: offer.responsible, defaultMonths: planning.defaultMonths, providesIncome: planning.providesIncome,
  };
}

/** A journey's phases as plan steps, so example journeys and personal plans share one timeline and one set of rules. */
export function journeySteps(journey: Journey): PlanStep[] {
  return journey.phases.map((p, i) => ({
    id: `${journey.id}-${i + 1}`, offerId: p.offerId, text: null, startMonth: p.startMonth, durationMonths: p.durationMonths,
  }));
}
