// Pages of issue 13 items 4 and 5, loaded on demand (route `lazy`): the hand-over summary for NAV.
export { NavHandoverPage } from './NavHandoverPage.tsx';
