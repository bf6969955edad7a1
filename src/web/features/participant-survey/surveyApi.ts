import { api } from '../../api.ts';
import type { PageLanguage } from '../participant-page/types.ts';

export type ShownCount = number | 'under-5' | 'hidden';
export interface QuestionResult { answered: ShownCount; mean: number | null; distribution: ShownCount[]; positiveShare: number | null }
export interface QuestionResults { useful: QuestionResult; interpreter: QuestionResult; nextStep: QuestionResult }
export interface SurveyResults {
  centre: { id: string; name: string };
  hkdirResponseRate: number;
  periods: {
    period: string; answers: ShownCount; paper: ShownCount; guided: ShownCount; responseRate: number | null; questions: QuestionResults;
    languages: { language: PageLanguage; answers: ShownCount; questions: QuestionResults | null }[];
    comments: string[];
  }[];
}

export const surveyResultsQuery = () => ({ queryKey: ['survey', 'results'], queryFn: () => api.get<SurveyResults>('/survey/results') });
