// The participant pages, loaded on demand (route `lazy`): the public map and the participant's page never load them.
export { ParticipantListPage } from './ParticipantListPage.tsx';
export { RegisterParticipantPage } from './RegisterParticipantPage.tsx';
export { ParticipantPage } from './ParticipantPage.tsx';
export { ParticipantExportPage } from './ParticipantExportPage.tsx';
