// Shapes and queries of the note API (docs/api.md, "The counsellor's note…"). The vocabulary comes from the
// domain model so that server, web and statistics agree on every enum.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type {
  EndGoal, NoteContent, NoteRevisionKind, NoteStatus, ParticipantCopyPolicy, PlanStep, RecommendationKind,
  RecommendationUse, ReviewDecision, WordingKind,
} from '../../../domain/guidance-note-model.ts';
import { api } from '../../api.ts';
import { signOutInProgress } from '../../session.ts';

export type { EndGoal, NoteContent, NoteStatus, PlanStep, RecommendationKind, RecommendationUse, WordingKind };

export interface PersonRef {
  id: string;
  name: string;
}

export interface Feedback {
  version: number;
  recommendationUse: RecommendationUse;
  reason: string;
  integrationPlanChanged: boolean;
  endGoal: EndGoal;
  endGoalText: string;
  givenBy: PersonRef;
  updatedAt: string;
}

export interface NoteReview {
  id: string;
  reviewer: PersonRef;
  decision: ReviewDecision;
  comment: string;
  createdAt: string;
}

export interface NoteRead {
  user: PersonRef;
  sentNumber: number;
  readAt: string;
}

/**
 * The centre sees the whole Note; the municipality gets the sent view, which the contract does not spell out
 * field by field, so everything beyond the snapshot itself is optional here and the page shows what it gets.
 */
export interface Note {
  id: string;
  version: number;
  orderId: string;
  participantId: string;
  status: NoteStatus;
  content: NoteContent;
  author: PersonRef;
  reviewer?: PersonRef | null;
  reviews?: NoteReview[];
  approvedAt?: string | null;
  firstSentAt: string | null;
  lastSentAt: string | null;
  sentNumber: number | null;
  reads?: NoteRead[];
  feedback?: Feedback | null;
  /** The newest snapshot's correction reason (null for the original). */
  correctionReason?: string | null;
  /** The municipality's task to re-evaluate the integration plan (once sent). */
  planTask?: { id: string; dueOn: string; status: 'open' | 'closed'; overdue: boolean } | null;
  settings?: { reviewRequired: boolean; participantCopy: ParticipantCopyPolicy };
  /** False under integreringsloven chapter 6A (collective protection): the note may be sent without a recommendation. */
  recommendationRequired?: boolean;
  /** The participant's request for a copy, and whether the copy is given (the centre's policy and the request). */
  participantCopy?: { requested: boolean; requestedBy: PersonRef | null; requestedAt: string | null; available: boolean };
  createdAt?: string;
  updatedAt?: string;
}

export interface RevisionSummary {
  number: number;
  kind: NoteRevisionKind;
  sentNumber: number | null;
  createdAt: string;
  createdBy: PersonRef;
  correctionReason: string | null;
}

export interface Revision extends RevisionSummary {
  content: NoteContent;
}

export interface Wording {
  id: string;
  version: number;
  kind: WordingKind;
  title: string;
  body: string;
  lawReference: string;
  archived: boolean;
}

export interface NoteSettings {
  version?: number;
  reviewRequired?: boolean;
  participantCopy?: ParticipantCopyPolicy;
  unreadAfterDays?: number;
  planTaskDueDays?: number;
  centreAccessDays?: number;
  retentionYears?: number;
}

export interface PlanTask {
  id: string;
  version: number;
  noteId: string;
  orderId: string;
  participant: { id: string; givenName: string; familyName: string };
  dueOn: string;
  overdue: boolean;
  status: 'open' | 'closed';
}

export interface UnreadNote {
  noteId: string;
  orderId: string;
  participant: { id: string; givenName: string; familyName: string };
  sentAt: string;
  daysUnread: number | null;
}

export interface AppNotification {
  id: string;
  kind: string;
  participantId: string | null;
  noteId: string | null;
  orderId: string | null;
  /** A shared agreement or routine (its review reminder). */
  documentId?: string | null;
  /** Whom it is about: given only while the user may see the participant (issue 16). */
  participant: { id: string; givenName: string; familyName: string } | null;
  createdAt: string;
  readAt: string | null;
}

export interface ParticipantVersion {
  language: string;
  text: string;
  planA: PlanStep[];
  planB: PlanStep[];
  recommendationKind: RecommendationKind | null;
}

export interface ImdinettBlock {
  key: string;
  label: string;
  text: string;
}

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
    queryFn: () => api.get<{ items: AppNotification[]; unread: number }>('/notifications'),
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
export interface ReviewQueueItem {
  noteId: string;
  orderId: string;
  participant: { id: string; givenName: string; familyName: string };
  author: PersonRef;
  reviewer: PersonRef | null;
  reviewRequestedAt: string | null;
}

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
