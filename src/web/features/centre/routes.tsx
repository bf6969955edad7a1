// The career centre's own pages, loaded on demand (route `lazy`): its settings and the participant page's translations.
export { CentrePage } from './CentrePage.tsx';
export { TranslationsPage } from '../participant-page/TranslationsPage.tsx';
