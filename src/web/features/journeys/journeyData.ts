// Shapes of the journeys API (src/server/features/journeys/schemas.ts) and the bridge to the journey rules.
// Types only from content: zod and the content files stay out of the browser bundle.
import { queryOptions } from '@tanstack/react-query';
import type { Localized } from '../../../content/model.ts';
import type { JourneyOfferFacts, OfferFactsLookup, PlanStep, Transition, MonthRange } from '../../../domain/index.ts';
import { api } from '../../api.ts';
import type { MapProfile, PublishedOffer } from '../map/mapData.ts';

export interface PlanningFact {
  offerId: string;
  defaultMonths: number;
  basis: 'source' | 'placeholder';
  providesIncome: boolean;
}

export interface JourneySummaryJson {
  totalMonths: number;
  gapMonths: number;
  gaps: MonthRange[];
  parallelMonths: number;
  transitions: Transition[];
}

export interface ExampleJourney {
  id: string;
  persona: { name: string; fictional: true; age: number; kinds: string[]; summary: Localized };
  title: Localized;
  goal: Localized;
  phases: { offerId: string; startMonth: number; durationMonths: number; note?: Localized }[];
  caveats: Localized[];
  sources: ({ kind: 'seed'; seed: string; section: string; quote?: string } | { kind: 'law'; law: string; paragraph: string } | { kind: 'web'; title: string; url: string })[];
  review?: { needed: true; note: Localized };
  steps: PlanStep[];
  summary: JourneySummaryJson;
}

export interface JourneyList {
  items: ExampleJourney[];
  personaKinds: string[];
  planning: PlanningFact[];
}

export const journeysQuery = () =>
  queryOptions({ queryKey: ['map', 'journeys'] as const, queryFn: () => api.get<JourneyList>('/map/journeys'), staleTime: 5 * 60_000 });

export type PlanId = 'A' | 'B';

export interface JourneyPlan {
  id: string | null;
  participantId: string;
  plan: PlanId;
  goal: string;
  startDate: string;
  steps: PlanStep[];
  summary: JourneySummaryJson;
  version: number;
  updatedAt: string | null;
  updatedBy: { id: string; name: string } | null;
}

export interface PlanOverview {
  participantId: string;
  profile: MapProfile;
  mayEdit: boolean;
  plans: JourneyPlan[];
}

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
