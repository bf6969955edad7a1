// The map's pages, loaded on demand (route `lazy`): staff who never open the map do not download it.
export { MapRoot } from './MapRoot.tsx';
export { MapOverviewPage } from './MapOverviewPage.tsx';
export { OfferDetailPage } from './OfferDetailPage.tsx';
