// County gatherings (issue 14), loaded on demand.
export { GatheringsPage } from './GatheringsPage.tsx';
export { PlanGatheringPage } from './PlanGatheringPage.tsx';
export { GatheringPage } from './GatheringPage.tsx';
export { ResultsPage, SurveyPage } from './SurveyPages.tsx';
