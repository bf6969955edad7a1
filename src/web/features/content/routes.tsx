// The content editor's pages, loaded on demand (route `lazy`): only editors and administrators use them.
export { ContentListPage } from './ContentListPage.tsx';
export { EditOfferPage } from './EditOfferPage.tsx';
