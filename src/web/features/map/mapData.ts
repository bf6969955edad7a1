// Shapes of the opportunity-map API, inferred from src/server/features/map/schemas.ts (the offer is the content
// model's), imported as types only so that zod, the server and the content files stay out of the browser bundle.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { eligibilityOutput, mapOverview, publishedOffer } from '../../../server/features/map/schemas.ts';
import type { Actor, CefrLevel, LaneInfo, Localized, NorwegianLevel as LevelInfo, Offer } from '../../../content/model.ts';
import type { Profile } from '../../../domain/index.ts';
import { api } from '../../api.ts';

export type { Actor, CefrLevel, LaneInfo, LevelInfo, Localized, Offer };

/** An offer as published: the checked-in content with the latest edit of its texts applied. */
export type PublishedOffer = z.output<typeof publishedOffer>;
export type MapOverview = z.output<typeof mapOverview>;

/** What a person tells the map about themselves: the eligibility rules' profile (the server refuses unknown fields). */
export type MapProfile = Profile;

export type EligibilityResponse = z.output<typeof eligibilityOutput>;
export type EligibilityResult = EligibilityResponse['results'][number];
export type EligibilityStatus = EligibilityResult['status'];

/** All offers, lanes and levels: public, the same for everyone, both languages in one answer. */
export const mapOverviewQuery = () =>
  queryOptions({
    queryKey: ['map', 'offers'] as const,
    queryFn: () => api.get<MapOverview>('/map/offers'),
    staleTime: 5 * 60_000,
  });
