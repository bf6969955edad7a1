// The cooperation pages between a career centre and its municipalities (issue 13), loaded on demand.
export { HubPage } from './HubPage.tsx';
export { ContactsPage } from './ContactsPage.tsx';
export { MeetingsPage } from './MeetingsPage.tsx';
export { SeriesPage } from './SeriesPage.tsx';
export { MeetingPage } from './MeetingPage.tsx';
export { PracticePage } from './PracticePage.tsx';
export { DocumentsPage } from './DocumentsPage.tsx';
export { DocumentFormPage } from './DocumentFormPage.tsx';
export { DocumentPage } from './DocumentPage.tsx';
export { DocumentVersionPage } from './DocumentVersionPage.tsx';
