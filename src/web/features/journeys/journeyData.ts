// Shapes of the journeys API, inferred from src/server/features/journeys/schemas.ts, and the bridge to the journey
// rules. Types only from the server and content: zod and the content files stay out of the browser bundle.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SourceRef } from '../../../content/model.ts';
import type { JourneyOfferFacts, OfferFactsLookup } from '../../../domain/index.ts';
import type {
  journeyJson, journeyList, journeySummaryJson, planJson, planOverview, planningFactJson,
} from '../../../server/features/journeys/schemas.ts';
import { api } from '../../api.ts';
import type { PublishedOffer } from '../map/mapData.ts';

export type PlanningFact = z.output<typeof planningFactJson>;
export type JourneySummaryJson = z.output<typeof journeySummaryJson>;
/** The server documents `sources` as the content model's SourceRef without spelling it out in the schema. */
export type ExampleJourney = Omit<z.output<typeof journeyJson>, 'sources'> & { sources: SourceRef[] };
export type JourneyList = Omit<z.output<typeof journeyList>, 'items'> & { items: ExampleJourney[] };

export const journeysQuery = () =>
  queryOptions({ queryKey: ['map', 'journeys'] as const, queryFn: () => api.get<JourneyList>('/map/journeys'), staleTime: 5 * 60_000 });

export type JourneyPlan = z.output<typeof planJson>;
export type PlanId = JourneyPlan['plan'];
export type PlanOverview = z.output<typeof planOverview>;

export const planOverviewQuery = (participantId: string) =>
  queryOptions({
    queryKey: ['journey-plans', participantId] as const,
    queryFn: () => api.get<PlanOverview>(`/participants/${encodeURIComponent(participantId)}/journey-plans`),
  });

/** What the journey rules need per offer: lane and actors from the published offer, duration and income from planning. */
export function factsLookup(offers: readonly PublishedOffer[], planning: readonly PlanningFact[]): OfferFactsLookup {
  const byId = new Map<string, JourneyOfferFacts>();
  for (const offer of offers) {
    const p = planning.find((x) => x.offerId === offer.id);
    byId.set(offer.id, { lane: offer.lane, responsible: offer.responsible, defaultMonths: p?.defaultMonths ?? 3, providesIncome: p?.providesIncome ?? false });
  }
  return (id) => byId.get(id);
}
