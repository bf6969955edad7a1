import type { z } from 'zod';
import { api } from '../../api.ts';
import type {
  followUpJson, gatheringJson, gatheringSummary, registrationJson, resultsJson,
} from '../../../server/features/gatherings/schemas.ts';
import type { ProgrammeItem } from '../../../domain/gathering.ts';

export type { ProgrammeItem };
export type GatheringSummary = z.output<typeof gatheringSummary>;
export type GatheringRegistration = z.output<typeof registrationJson>;
export type FollowUp = z.output<typeof followUpJson>;
export type Gathering = z.output<typeof gatheringJson>;
export type SurveyResults = z.output<typeof resultsJson>;
export type ScaleResult = SurveyResults['usefulness'];

export const gatheringsKey = ['gatherings'] as const;
export const gatheringsQuery = () => ({
  queryKey: gatheringsKey,
  queryFn: async () => (await api.get<{ items: GatheringSummary[] }>('/gatherings')).items,
});
export const gatheringQuery = (id: string) => ({
  queryKey: [...gatheringsKey, id],
  queryFn: () => api.get<Gathering>(`/gatherings/${id}`),
});
export const resultsQuery = (id: string) => ({
  queryKey: [...gatheringsKey, id, 'results'],
  queryFn: () => api.get<SurveyResults>(`/gatherings/${id}/results`),
});
export const gatheringPath = (id: string) => `/samlinger/${id}`;
