// Shapes of the local-offer API (src/server/features/local-offers/schemas.ts), types only.
import { queryOptions, useQueries } from '@tanstack/react-query';
import type { LocalOfferInput, MapLanguage } from '../../../domain/local-offers.ts';
import { api } from '../../api.ts';

export type { LocalOfferInput, MapLanguage };

export interface PublicLocalOffer {
  id: string;
  lane: LocalOfferInput['lane'];
  nationalOfferId: string | null;
  textLanguage: MapLanguage;
  title: string; provider: string; summary: string; forWhom: string;
  area: { kind: 'municipalities' | 'county'; county: { id: string; name: string }; municipalities: { id: string; name: string }[] };
  address: string; digital: boolean; startDates: string[]; continuousAdmission: boolean; applicationDeadline: string | null;
  length: string; instructionLanguages: string[]; cost: string; contact: string; link: string | null; source: string;
  publishedBy: { name: string }; updatedOn: string; current: boolean; removed: boolean;
}

export interface EditorLocalOffer {
  id: string; input: LocalOfferInput; version: number; current: boolean; expired: boolean; reviewDue: string; updatedAt: string;
  updatedBy: { id: string; name: string };
  versions?: { version: number; change: 'saved' | 'removed'; editedAt: string; editedBy: { id: string; name: string } }[];
}

export interface EditorAreas {
  organisation: { id: string; name: string; kind: string };
  county: { id: string; name: string };
  municipalities: { id: string; name: string }[];
  wholeCountyAllowed: boolean;
}

export interface Municipality { id: string; name: string; county: { id: string; name: string } }

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
