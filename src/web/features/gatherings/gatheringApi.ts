import { api } from '../../api.ts';
import type { ProgrammeItem } from '../../../domain/gathering.ts';

export type { ProgrammeItem };
interface Ref { id: string; name: string }

export interface GatheringSummary {
  id: string; version: number; careerCentre: Ref; title: string; startsOn: string; endsOn: string; place: string | null; meetingUrl: string | null;
  registrationClosesOn: string; capacityPerMunicipality: number; registrationOpen: boolean; surveyOpen: boolean; hasUserParticipation: boolean;
  registered: number; waiting: number;
}
export interface GatheringRegistration {
  id: string; version: number; person: Ref; municipality: Ref; status: 'registered' | 'waiting' | 'cancelled'; waitingPosition: number | null;
}
export interface FollowUp {
  id: string; version: number; text: string; source: 'question' | 'input' | 'survey'; owner: Ref; dueOn: string; status: 'open' | 'in-progress' | 'done'; overdue: boolean;
}
export interface Gathering extends GatheringSummary {
  programme: ProgrammeItem[];
  programmeMix: Record<string, number>;
  municipalities: { municipality: Ref; planningGroup: boolean; invited: boolean; registered: number; waiting: number; fixedContact: Ref | null }[];
  registrations: GatheringRegistration[];
  yourStaff: Ref[];
  you: { registration: GatheringRegistration | null; canAnswerSurvey: boolean; answeredSurvey: boolean };
  followUps: FollowUp[];
  letter: { text: string; sentAt: string } | null;
  surveySentAt: string | null;
  answers: number | null;
}
export interface ScaleResult {
  answers: number; hidden: boolean; steps: { step: number; count: number | null; share: number | null }[]; topTwoShare: number | null; topShare: number | null;
}
export interface SurveyResults {
  answers: number; registered: number; minimum: number; usefulness: ScaleResult; strengthenedCooperation: ScaleResult;
  helpfulItems: { itemId: string; title: string; count: number | null; share: number | null }[];
  improve: string[] | null; followUp: string[] | null;
}

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
