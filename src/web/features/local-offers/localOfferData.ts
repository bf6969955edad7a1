// Shapes of the local-offer API, inferred from src/server/features/local-offers/schemas.ts (types only).
import { queryOptions, useQueries } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  editorAreas, editorLocalOffer, municipalityList, publicLocalOffer,
} from '../../../server/features/local-offers/schemas.ts';
import type { LocalOfferInput, MapLanguage } from '../../../domain/local-offers.ts';
import { api } from '../../api.ts';

export type { LocalOfferInput, MapLanguage };

export type PublicLocalOffer = z.output<typeof publicLocalOffer>;
/** `input` is the offer as saved (the input schema's output, i.e. the domain's LocalOfferInput). */
export type EditorLocalOffer = z.output<typeof editorLocalOffer>;
export type EditorAreas = z.output<typeof editorAreas>;
export type Municipality = z.output<typeof municipalityList>['items'][number];

export const municipalitiesQuery = () => queryOptions({
  queryKey: ['map', 'municipalities'] as const,
  queryFn: async () => (await api.get<{ items: Municipality[] }>('/map/municipalities')).items,
  staleTime: 10 * 60_000,
});

export const localOffersForQuery = (municipalityId: string) => queryOptions({
  queryKey: ['map', 'local-offers', municipalityId] as const,
  queryFn: async () => (await api.get<{ items: PublicLocalOffer[] }>('/map/local-offers', { municipalityId })).items,
  staleTime: 60_000,
});

export const publicLocalOfferQuery = (id: string) => queryOptions({
  queryKey: ['map', 'local-offer', id] as const,
  queryFn: () => api.get<PublicLocalOffer>(`/map/local-offers/${id}`),
  staleTime: 5 * 60_000,
});

export const ownLocalOffersQuery = () => queryOptions({
  queryKey: ['local-offers'] as const,
  queryFn: async () => (await api.get<{ items: EditorLocalOffer[] }>('/local-offers')).items,
});

export const ownLocalOfferQuery = (id: string) => queryOptions({
  queryKey: ['local-offers', id] as const,
  queryFn: () => api.get<EditorLocalOffer>(`/local-offers/${id}`),
});

export const editorAreasQuery = () => queryOptions({
  queryKey: ['local-offers', 'areas'] as const,
  queryFn: () => api.get<EditorAreas>('/local-offers/areas'),
  staleTime: 10 * 60_000,
});

/** How a plan step names a local offer (src/domain/local-offers.ts). */
export const LOCAL_PREFIX = 'local:';
export const localIdOf = (offerId: string | null | undefined) => (offerId?.startsWith(LOCAL_PREFIX) ? offerId.slice(LOCAL_PREFIX.length) : null);

/** Titles of the local offers plan steps name (`local:<uuid>`), removed ones marked; national ids are left out. */
export function useLocalOfferTitles(offerIds: readonly (string | null)[], removedMark: string): Map<string, string> {
  const ids = [...new Set(offerIds.map(localIdOf).filter((x): x is string => x !== null))];
  const results = useQueries({ queries: ids.map((id) => publicLocalOfferQuery(id)) });
  const titles = new Map<string, string>();
  results.forEach((r, i) => {
    if (r.data) titles.set(`${LOCAL_PREFIX}${ids[i]}`, `${r.data.title} (${r.data.provider})${r.data.removed ? ` ${removedMark}` : ''}`);
  });
  return titles;
}
