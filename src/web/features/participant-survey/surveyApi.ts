import type { z } from 'zod';
import type { surveyResultsJson } from '../../../server/features/participant-survey/schemas.ts';
import { api } from '../../api.ts';

export type SurveyResults = z.output<typeof surveyResultsJson>;
export type QuestionResults = SurveyResults['periods'][number]['questions'];
export type QuestionResult = QuestionResults['useful'];
export type ShownCount = QuestionResult['answered'];

export const surveyResultsQuery = () => ({ queryKey: ['survey', 'results'], queryFn: () => api.get<SurveyResults>('/survey/results') });
