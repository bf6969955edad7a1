import type { z } from 'zod';
import { api } from '../../api.ts';
import type {
  actionJson, meetingJson, personRef, practiceJson, seriesDetail, seriesJson,
} from '../../../server/features/cooperation/meetings-schemas.ts';

export type MeetingInterval = Series['interval'];
export const meetingIntervals: MeetingInterval[] = ['half-yearly', 'yearly', 'quarterly', 'monthly', 'none'];
export type ActionStatus = Action['status'];
export const actionStatuses: ActionStatus[] = ['open', 'in-progress', 'done'];

export type Series = z.output<typeof seriesJson>;
export type Ref = Series['careerCentre'];
export type Person = z.output<typeof personRef>;
export type SeriesDetail = z.output<typeof seriesDetail>;
export type Action = z.output<typeof actionJson>;
export type Meeting = z.output<typeof meetingJson>;
export type Practice = z.output<typeof practiceJson>;
export type PracticeFigures = Practice['total']['figures'];
export type ShownCount = PracticeFigures['orders'];

/** Every query of this feature starts with this key, so one invalidation refreshes lists, pages and task lists. */
export const meetingsKey = ['cooperation', 'meetings'] as const;

export const seriesListQuery = () => ({
  queryKey: [...meetingsKey, 'series'],
  queryFn: async () => (await api.get<{ items: Series[] }>('/cooperation/meeting-series')).items,
});
export const seriesQuery = (id: string) => ({
  queryKey: [...meetingsKey, 'series', id],
  queryFn: () => api.get<SeriesDetail>(`/cooperation/meeting-series/${id}`),
});
export const meetingQuery = (id: string) => ({
  queryKey: [...meetingsKey, 'meeting', id],
  queryFn: () => api.get<Meeting>(`/cooperation/meetings/${id}`),
});
export const actionsQuery = (view: 'mine' | 'lead') => ({
  queryKey: [...meetingsKey, 'actions', view],
  queryFn: async () => (await api.get<{ items: Action[] }>('/cooperation/actions', { view })).items,
});
export const peopleQuery = (municipalityId: string | null) => ({
  queryKey: [...meetingsKey, 'people', municipalityId ?? 'all'],
  queryFn: async () => (await api.get<{ items: Person[] }>('/cooperation/meeting-people', { municipalityId })).items,
});
export const practiceQuery = () => ({
  queryKey: [...meetingsKey, 'practice'],
  queryFn: () => api.get<Practice>('/cooperation/practice'),
});

/** The Norwegian day of an instant (YYYY-MM-DD), whatever the browser's time zone. */
export const osloDay = (instant: string) => new Date(instant).toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
