// The public journey pages (/kart/reiser), loaded on demand like the map's. The staff's are in staffRoutes.tsx.
export { JourneyListPage } from './JourneyListPage.tsx';
export { JourneyPage } from './JourneyPage.tsx';
