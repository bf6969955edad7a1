// Shapes of the opportunity-map API (src/server/features/map/schemas.ts). The offer itself is the content model's
// type, imported as a type only so that zod and the content files stay out of the browser bundle.
import { queryOptions } from '@tanstack/react-query';
import type { Actor, CefrLevel, LaneInfo, Localized, NorwegianLevel as LevelInfo, Offer } from '../../../content/model.ts';
import type { Profile } from '../../../domain/index.ts';
import { api } from '../../api.ts';

export type { Actor, CefrLevel, LaneInfo, LevelInfo, Localized, Offer };

export interface PublishedOffer extends Offer {
  /** 0 for the checked-in text; each edit adds one. */
  version: number;
  reviewDue: string | null;
  /** Text fields edited since the checked-in text: their translations are of the old wording, so nb is shown. */
  editedTexts: string[];
}

export interface MapOverview {
  lanes: LaneInfo[];
  offers: PublishedOffer[];
  norwegianLevels: LevelInfo[];
}

/** What a person tells the map about themselves: the eligibility rules' profile (the server refuses unknown fields). */
export type MapProfile = Profile;

export type EligibilityStatus = 'right-and-duty' | 'right' | 'eligible' | 'not-eligible' | 'unknown';

export interface EligibilityResult {
  offerId: string;
  status: EligibilityStatus;
  /** `key`: the text in the map's translation files (null when it is not there: the page shows nb). */
  reasons: { code: string; text: string; legalRef: string; key: string | null }[];
  toFindOut: string[];
  toFindOutKeys: (string | null)[];
  caveat: string;
  caveatKey: string | null;
}

export interface EligibilityResponse {
  lang: 'nb' | 'en';
  results: EligibilityResult[];
}

/** All offers, lanes and levels: public, the same for everyone, both languages in one answer. */
export const mapOverviewQuery = () =>
  queryOptions({
    queryKey: ['map', 'offers'] as const,
    queryFn: () => api.get<MapOverview>('/map/offers'),
    staleTime: 5 * 60_000,
  });
