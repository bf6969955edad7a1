// The journey pages, loaded on demand like the map's.
export { JourneyListPage } from './JourneyListPage.tsx';
export { JourneyPage } from './JourneyPage.tsx';
export { JourneyBuilderPage } from './JourneyBuilderPage.tsx';
export { ParticipantJourneyPage } from './ParticipantJourneyPage.tsx';
