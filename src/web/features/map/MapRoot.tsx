import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../../api.ts';
import type { EligibilityResponse, EligibilityResult, Localized, MapProfile } from './mapData.ts';
import { MapLanguageProvider, useMapLanguage } from './mapLanguage.tsx';
import { emptyProfile, valuesFromNavigationState, toProfile, type ProfileValues } from './profile.ts';

interface MapState {
  /** The profile form as typed. */
  values: ProfileValues;
  setValues: (values: ProfileValues) => void;
  /** The profile the results were asked for; null until "Vis hva reglene sier". */
  asked: MapProfile | null;
  ask: (profile: MapProfile | null) => void;
  panelOpen: boolean;
  setPanelOpen: (open: boolean) => void;
  onlyRelevant: boolean;
  setOnlyRelevant: (only: boolean) => void;
  /** True when the profile was handed over from a participant's page. */
  fromParticipant: boolean;
  /** The card last opened, so that going back puts focus on it again. */
  lastOpened: string | null;
  setLastOpened: (id: string | null) => void;
  /** The overview's address (with ?visning=…) to go back to from a detail. */
  overviewHref: string;
  setOverviewHref: (href: string) => void;
  eligibility: ReturnType<typeof useEligibilityQuery>;
  resultFor: (offerId: string) => EligibilityResult | undefined;
}

const MapContext = createContext<MapState | null>(null);

export function useMapState(): MapState {
  const state = useContext(MapContext);
  if (!state) throw new Error('useMapState() outside <MapRoot>');
  return state;
}

/**
 * A text with no key in the translation files (a persona's name, a journey builder's own): nb or en, the map's
 * language when that is one of them, else nb.
 */
export function useLocalized() {
  const { language } = useMapLanguage();
  return (text: Localized | undefined | null): string => (text ? text[language === 'en' ? 'en' : 'nb'] : '');
}

function useEligibilityQuery(profile: MapProfile | null, language: 'nb' | 'en') {
  return useQuery({
    // The language is in the key: the reasons come back in the language asked for (nb for the six translated
    // languages, whose texts the page looks up by the keys in the answer).
    queryKey: ['map', 'eligibility', language, profile] as const,
    queryFn: () => api.post<EligibilityResponse>('/map/eligibility', { profile }, { language }),
    enabled: profile !== null,
    // Keep the marks on the cards while the answer for a new language or profile is on its way.
    placeholderData: (previous) => (profile === null ? undefined : previous),
    staleTime: Infinity,
    // The profile may be personal data: keep answers only while the map is on screen.
    gcTime: 0,
  });
}

/**
 * Holds what the map pages share while the user moves between the overview and a detail: the profile (in
 * memory only), the eligibility answer and the view settings. A participant's page may hand over a profile in
 * the router's navigation state; it is read once and then removed from the history entry.
 */
export function MapRoot() {
  return (
    <MapLanguageProvider>
      <MapPages />
    </MapLanguageProvider>
  );
}

function MapPages() {
  const location = useLocation();
  const navigate = useNavigate();
  const [handedOver] = useState(() => valuesFromNavigationState(location.state));
  const [values, setValues] = useState<ProfileValues>(handedOver ?? emptyProfile);
  const [asked, ask] = useState<MapProfile | null>(() => (handedOver ? toProfile(handedOver) : null));
  const [panelOpen, setPanelOpen] = useState(Boolean(handedOver));
  const [onlyRelevant, setOnlyRelevant] = useState(false);
  const [lastOpened, setLastOpened] = useState<string | null>(null);
  const [overviewHref, setOverviewHref] = useState('/kart');
  const eligibility = useEligibilityQuery(asked, useMapLanguage().apiLanguage);

  useEffect(() => {
    // Do not keep the participant's details in the browser history once they are in memory here.
    if (handedOver) void navigate(location.pathname + location.search, { replace: true, state: null });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival: later addresses carry no handed-over profile
  }, []);

  const state = useMemo<MapState>(() => {
    const byId = new Map((eligibility.data?.results ?? []).map((result) => [result.offerId, result]));
    return {
      values,
      setValues,
      asked,
      ask: (profile) => {
        ask(profile);
        if (!profile) setOnlyRelevant(false);
      },
      panelOpen,
      setPanelOpen,
      onlyRelevant,
      setOnlyRelevant,
      fromParticipant: handedOver !== null,
      lastOpened,
      setLastOpened,
      overviewHref,
      setOverviewHref,
      eligibility,
      resultFor: (offerId) => (asked ? byId.get(offerId) : undefined),
    };
  }, [values, asked, panelOpen, onlyRelevant, handedOver, lastOpened, overviewHref, eligibility]);

  return (
    <MapContext.Provider value={state}>
      <Outlet />
    </MapContext.Provider>
  );
}
