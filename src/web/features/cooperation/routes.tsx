// The cooperation pages between a career centre and its municipalities (issue 13), loaded on demand.
export { ContactsPage } from './ContactsPage.tsx';
