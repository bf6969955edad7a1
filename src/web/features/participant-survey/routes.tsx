// The participants' survey pages for career centre staff (issue 14), loaded on demand.
export { SurveyResultsPage } from './SurveyResultsPage.tsx';
export { PaperFormPage } from './PaperFormPage.tsx';
