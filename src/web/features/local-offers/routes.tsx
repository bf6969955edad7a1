export { LocalOffersPage } from './LocalOffersPage.tsx';
export { LocalOfferFormPage } from './LocalOfferFormPage.tsx';
