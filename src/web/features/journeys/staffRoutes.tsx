// The staff's journey pages (a participant's plan and its participant version), loaded on demand (route `lazy`),
// apart from the public ones in routes.tsx so that /kart/reiser does not load the plan builder.
export { JourneyBuilderPage } from './JourneyBuilderPage.tsx';
export { ParticipantJourneyPage } from './ParticipantJourneyPage.tsx';
