// Shapes and queries of the note API (docs/api.md, "The counsellor's note…"). The shapes are inferred from the
// server's schemas (src/server/features/notes/schemas.ts, types only); the vocabulary comes from the domain model so
// that server, web and statistics agree on every enum.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  feedbackJson, imdinettJson, noteJson, noteListJson, notificationListJson, participantVersionJson, planTaskListJson, revisionJson,
  revisionListJson, settingsJson, wordingJson,
} from '../../../server/features/notes/schemas.ts';
import type {
  EndGoal, NoteContent, NoteStatus, PlanStep, RecommendationKind, RecommendationUse, WordingKind,
} from '../../../domain/guidance-note-model.ts';
import { api } from '../../api.ts';
import { signOutInProgress } from '../../session.ts';

export type { EndGoal, NoteContent, NoteStatus, PlanStep, RecommendationKind, RecommendationUse, WordingKind };

export type Note = z.output<typeof noteJson>;
export type PersonRef = Note['author'];
export type Feedback = z.output<typeof feedbackJson>;
export type NoteReview = Note['reviews'][number];
export type NoteRead = Note['reads'][number];
export type RevisionSummary = z.output<typeof revisionListJson>['items'][number];
export type Revision = z.output<typeof revisionJson>;
export type Wording = z.output<typeof wordingJson>;
export type NoteSettings = z.output<typeof settingsJson>;
export type PlanTask = z.output<typeof planTaskListJson>['items'][number];
/** A note in a list (GET /notes?unread=true, GET /notes?reviewing=me). */
export type NoteListItem = z.output<typeof noteListJson>['items'][number];
export type UnreadNote = NoteListItem;
export type AppNotification = z.output<typeof notificationListJson>['items'][number];
export type ParticipantVersion = z.output<typeof participantVersionJson>;
export type ImdinettBlock = z.output<typeof imdinettJson>['blocks'][number];

export const noteKey = (orderId: string) => ['note', 'order', orderId] as const;

/** Opening this as a municipality user records the read receipt: only pages that show the note call it. */
export const noteQuery = (orderId: string) =>
  queryOptions({
    queryKey: noteKey(orderId),
    queryFn: () => api.get<Note>(`/orders/${encodeURIComponent(orderId)}/note`),
  });

export const revisionsQuery = (noteId: string) =>
  queryOptions({
    queryKey: ['note', noteId, 'revisions'] as const,
    queryFn: async () => (await api.get<{ items: RevisionSummary[] }>(`/notes/${noteId}/revisions`)).items,
  });

/** Without `archived`, only the wordings in use (what the editor offers); the lead's page can ask for all. */
export const wordingsQuery = (archived = false) =>
  queryOptions({
    queryKey: ['wordings', { archived }] as const,
    queryFn: async () => (await api.get<{ items: Wording[] }>('/wordings', { archived: archived ? 'true' : undefined })).items,
  });

export const noteSettingsQuery = () =>
  queryOptions({
    queryKey: ['note-settings'] as const,
    queryFn: () => api.get<NoteSettings>('/note-settings'),
  });

export const notificationsKey = ['notifications'] as const;

export function useNotifications(enabled = true) {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => api.get<z.output<typeof notificationListJson>>('/notifications'),
    enabled: enabled && !signOutInProgress.active,
    staleTime: 30_000,
  });
}

export const planTasksQuery = (status: 'open' | 'all') =>
  queryOptions({
    queryKey: ['plan-tasks', status] as const,
    queryFn: async () =>
      (await api.get<{ items: PlanTask[] }>('/plan-tasks', { status })).items,
  });

export const unreadNotesQuery = () =>
  queryOptions({
    queryKey: ['notes', 'unread'] as const,
    queryFn: async () => (await api.get<{ items: UnreadNote[] }>('/notes', { unread: 'true' })).items,
  });

/** A note in the reviewer's queue (GET /notes?reviewing=me). */
export type ReviewQueueItem = NoteListItem;

/** The notes the signed-in counsellor was asked to review (the centre lead: every note in review at the centre). */
export const reviewQueueQuery = () =>
  queryOptions({
    queryKey: ['notes', 'reviewing'] as const,
    queryFn: async () => (await api.get<{ items: ReviewQueueItem[] }>('/notes', { reviewing: 'me' })).items,
  });

export const notePath = (orderId: string) => `/bestillinger/${orderId}/notat`;
export const participantVersionPath = (orderId: string) => `/bestillinger/${orderId}/notat/deltaker`;
export const offerPath = (offerId: string) => `/kart/tilbud/${offerId}`;

/** A step id that is unique within the note; crypto.randomUUID needs a secure context, which localhost is. */
export function newStepId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `step-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
