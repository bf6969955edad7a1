import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Reader } from '../../db/client.ts';
import {
  guidanceNoteFeedback, guidanceNoteReads, guidanceNoteReviews, guidanceNoteRevisions, guidanceNotes, guidanceRightColumns, integrationPlanTasks,
  participants, users,
} from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import {
  checkNoteAction, guidanceRight, noteReadiness, noteReadinessPath, participantCopyAvailable, planTaskOverdue, recommendationRequired, todayInOslo,
  type NoteAction, type NoteContent,
} from '../../../domain/index.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Senders } from '../../outbox/outbox.ts';
import { settingsOf } from './settings.ts';
import { seesReview, seesSentSnapshotsOnly, sideFor, type NoteSide } from './policy.ts';
import type { NoteJson } from './schemas.ts';

/**
 * What the parts of the note service share (workflow.ts, revisions-exports.ts, feedback-tasks.ts, lists.ts): the
 * note in the actor's scope, the state machine's refusal, the answer's JSON and the readiness rule. Who may do what
 * is policy.ts.
 */

export type NoteRow = typeof guidanceNotes.$inferSelect;

export interface NoteDeps { senders: Senders; publicUrl: string }

/**
 * The note as the actor may see it (sideFor in policy.ts): the order's career centre sees it in every status; the participant's
 * municipality only once sent (a draft does not exist for them: 404). Everyone else: 404.
 */
export async function noteInScope(db: Reader, actor: Actor, noteId: string): Promise<{ note: NoteRow; side: NoteSide }> {
  const [note] = await db.select().from(guidanceNotes).where(eq(guidanceNotes.id, noteId));
  const side = note ? await sideFor(db, actor, note) : null;
  if (!note || !side) throw notFound();
  return { note, side };
}

export function refuse(action: NoteAction, note: NoteRow, reviewRequired = false) {
  const r = checkNoteAction({ status: note.status, action, reviewRequired });
  if (!r.ok) throw new AppError(409, `note.${r.error}`);
  return r.to;
}

export const auditIds = (n: NoteRow) => ({ participantId: n.participantId, orderId: n.orderId, noteId: n.id });

// ─── Building the answer ────────────────────────────────────────────────────────────────────────────────────────

export async function names(db: Reader, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const list = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  const rows = list.length ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, list)) : [];
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function latestSnapshot(db: Reader, noteId: string, sentNumber: number) {
  const [row] = await db.select().from(guidanceNoteRevisions)
    .where(and(eq(guidanceNoteRevisions.noteId, noteId), eq(guidanceNoteRevisions.sentNumber, sentNumber)));
  return row!;
}

export async function noteJsonFor(db: Reader, note: NoteRow, side: NoteSide): Promise<NoteJson> {
  const centre = await settingsOf(db, note.careerCentreId);
  const reviews = seesReview(side)
    ? await db.select().from(guidanceNoteReviews).where(eq(guidanceNoteReviews.noteId, note.id))
      .orderBy(asc(guidanceNoteReviews.createdAt), asc(guidanceNoteReviews.id))
    : [];
  const reads = await db.select().from(guidanceNoteReads).where(eq(guidanceNoteReads.noteId, note.id)).orderBy(asc(guidanceNoteReads.readAt));
  const [feedback] = await db.select().from(guidanceNoteFeedback).where(eq(guidanceNoteFeedback.noteId, note.id));
  const [task] = await db.select().from(integrationPlanTasks).where(eq(integrationPlanTasks.noteId, note.id));
  const snapshot = note.sentNumber ? await latestSnapshot(db, note.id, note.sentNumber) : null;
  const who = await names(db, [
    note.authorId, note.reviewerId, ...reviews.map((r) => r.reviewerId), ...reads.map((r) => r.userId), feedback?.givenBy, note.participantCopyRequestedBy,
  ]);
  const ref = (id: string) => ({ id, name: who.get(id) ?? '' });
  const today = todayInOslo();
  return {
    id: note.id, version: note.version, orderId: note.orderId, participantId: note.participantId, status: note.status,
    content: (seesSentSnapshotsOnly(side) && snapshot ? snapshot.content : note.content) as NoteContent,
    author: ref(note.authorId),
    reviewer: seesReview(side) && note.reviewerId ? ref(note.reviewerId) : null,
    reviews: reviews.map((r) => ({ id: r.id, reviewer: ref(r.reviewerId), decision: r.decision, comment: r.comment, createdAt: r.createdAt.toISOString() })),
    approvedAt: seesReview(side) ? note.approvedAt?.toISOString() ?? null : null,
    firstSentAt: note.firstSentAt?.toISOString() ?? null, lastSentAt: note.lastSentAt?.toISOString() ?? null, sentNumber: note.sentNumber,
    correctionReason: snapshot?.correctionReason ?? null,
    reads: reads.map((r) => ({ user: ref(r.userId), sentNumber: r.sentNumber, readAt: r.readAt.toISOString() })),
    feedback: feedback ? feedbackJson(feedback, who.get(feedback.givenBy) ?? '') : null,
    planTask: task
      ? { id: task.id, dueOn: task.dueOn, status: task.status, overdue: planTaskOverdue({ dueOn: task.dueOn, status: task.status, today }) }
      : null,
    settings: { reviewRequired: centre.reviewRequired, participantCopy: centre.participantCopy },
    recommendationRequired: await recommendationRequiredFor(db, note.participantId),
    participantCopy: {
      requested: note.participantCopyRequested,
      requestedBy: note.participantCopyRequestedBy ? ref(note.participantCopyRequestedBy) : null,
      requestedAt: note.participantCopyRequestedAt?.toISOString() ?? null,
      available: participantCopyAvailable(centre.participantCopy, note.participantCopyRequested),
    },
    createdAt: note.createdAt.toISOString(), updatedAt: note.updatedAt.toISOString(),
  };
}

export function feedbackJson(f: typeof guidanceNoteFeedback.$inferSelect, givenByName: string) {
  return {
    version: f.version, recommendationUse: f.recommendationUse, reason: f.reason, integrationPlanChanged: f.integrationPlanChanged,
    endGoal: f.endGoal, endGoalText: f.endGoalText, givenBy: { id: f.givenBy, name: givenByName }, updatedAt: f.updatedAt.toISOString(),
  };
}

/**
 * Whether this note must carry a recommendation before review, approval and sending: not when the participant's
 * § 11 answer rests on chapter 6A (recommendationRequired in src/domain/guidance-right.ts). The one place the
 * server decides it, for the readiness rule and for the editor (NoteJson.recommendationRequired).
 */
export async function recommendationRequiredFor(db: Reader, participantId: string): Promise<boolean> {
  const [p] = await db.select(guidanceRightColumns).from(participants).where(eq(participants.id, participantId));
  return p ? recommendationRequired(guidanceRight(p)) : true;
}

/** The readiness rule (noteReadiness) for request-review, approve, send and correct: 400 with a field per gap. */
export async function assertReady(db: Reader, note: NoteRow, content: NoteContent = note.content as NoteContent) {
  const { missing } = noteReadiness(content, { recommendationRequired: await recommendationRequiredFor(db, note.participantId) });
  if (missing.length) throw new AppError(400, 'note.incomplete', {}, missing.map((item) => ({ path: noteReadinessPath[item], key: 'required' })));
}
