import { api } from '../../api.ts';

export type MeetingInterval = 'none' | 'monthly' | 'quarterly' | 'half-yearly' | 'yearly';
export const meetingIntervals: MeetingInterval[] = ['half-yearly', 'yearly', 'quarterly', 'monthly', 'none'];
export type ActionStatus = 'open' | 'in-progress' | 'done';
export const actionStatuses: ActionStatus[] = ['open', 'in-progress', 'done'];

export interface Ref { id: string; name: string }
export interface Person { id: string; name: string; organisationName: string }
export interface Series {
  id: string; title: string; interval: MeetingInterval; careerCentre: Ref; municipality: Ref | null; invitees: Person[];
  lastMeetingOn: string | null; nextMeetingOn: string | null; upcoming: { id: string; startsAt: string } | null;
  openActions: number; overdueActions: number; canManage: boolean; version: number;
}
export interface SeriesDetail extends Series {
  meetings: { id: string; startsAt: string; endsAt: string; openActions: number; version: number }[];
}
export interface Action {
  id: string; title: string; owner: Person; dueDate: string; status: ActionStatus; overdue: boolean; doneAt: string | null;
  source: { kind: 'meeting' | 'gathering'; id: string; title: string; startsAt: string }; canRemove: boolean; version: number;
}
export interface Meeting {
  id: string; startsAt: string; endsAt: string; durationMinutes: number; agenda: string; minutes: string;
  series: Pick<Series, 'id' | 'title' | 'interval' | 'careerCentre' | 'municipality' | 'invitees'>;
  actions: Action[]; canManage: boolean; version: number;
}
export type ShownCount = number | 'under-5' | 'hidden';
export interface PracticeFigures {
  orders: ShownCount; heldBeforeDeadlineShare: number | null; notesReadWithin5DaysShare: number | null; feedbackGivenShare: number | null;
  openActions: number; overdueActions: number; lastMeetingOn: string | null;
}
export interface Practice {
  from: string; to: string;
  rows: { municipality: Ref; exact: boolean; figures: PracticeFigures }[];
  total: { careerCentre: Ref; exact: boolean; figures: PracticeFigures };
}

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
