// The cooperation pages between a career centre and its municipalities (issue 13), loaded on demand.
export { ContactsPage } from './ContactsPage.tsx';
export { DocumentsPage } from './DocumentsPage.tsx';
export { DocumentFormPage } from './DocumentFormPage.tsx';
export { DocumentPage } from './DocumentPage.tsx';
export { DocumentVersionPage } from './DocumentVersionPage.tsx';
