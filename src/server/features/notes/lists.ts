import { and, asc, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Reader } from '../../db/client.ts';
import { guidanceNotes, integrationPlanTasks, participants } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { daysBetween, noteUnread, todayInOslo, type NoteStatus } from '../../../domain/index.ts';
import { forbidden } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { settingsOf } from './settings.ts';
import { noteListScope, noteSideOfRole, reviewQueueScope, seesReview } from './policy.ts';
import { names } from './common.ts';
import type { NoteListQuery } from './schemas.ts';

/** The note lists: notes in scope, the unread ones, the reviewer's queue, and the start page's counts. */

// ─── Lists ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** unreadAfterDays of each municipality (default when never saved). */
async function unreadDaysFor(db: Reader, municipalityIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const id of new Set(municipalityIds)) out.set(id, (await settingsOf(db, id)).unreadAfterDays);
  return out;
}

/** Sent notes in scope that nobody in the municipality has opened (candidates for the unread rule). */
export async function unreadNotes(db: Reader, scope: SQL, today = todayInOslo()) {
  const rows = await db.select({ n: guidanceNotes, p: { id: participants.id, givenName: participants.givenName, familyName: participants.familyName } })
    .from(guidanceNotes).innerJoin(participants, eq(participants.id, guidanceNotes.participantId))
    .where(and(scope, eq(guidanceNotes.status, 'sent'), isNull(guidanceNotes.firstReadAt)))
    .orderBy(asc(guidanceNotes.lastSentAt), asc(guidanceNotes.id));
  const days = await unreadDaysFor(db, rows.map((r) => r.n.municipalityId));
  return rows.filter(({ n }) => noteUnread({ sentOn: todayInOslo(n.lastSentAt!), read: false, today, unreadAfterDays: days.get(n.municipalityId) }));
}

export async function listNotes(db: Db, actor: Actor, q: NoteListQuery) {
  const scope = noteListScope(actor);
  if (!scope) throw forbidden();
  const review = q.reviewing === 'me' ? reviewQueueScope(actor) : undefined;
  if (review === null) throw forbidden();
  const today = todayInOslo();
  const select = { n: guidanceNotes, p: { id: participants.id, givenName: participants.givenName, familyName: participants.familyName } };
  const rows = review
    ? await db.select(select).from(guidanceNotes).innerJoin(participants, eq(participants.id, guidanceNotes.participantId))
      .where(and(scope, review)).orderBy(asc(guidanceNotes.reviewRequestedAt), asc(guidanceNotes.id)).limit(500)
    : q.unread === 'true'
      ? await unreadNotes(db, scope, today)
      : await db.select(select).from(guidanceNotes).innerJoin(participants, eq(participants.id, guidanceNotes.participantId))
        .where(scope).orderBy(desc(guidanceNotes.updatedAt), asc(guidanceNotes.id)).limit(500);
  const days = await unreadDaysFor(db, rows.map((r) => r.n.municipalityId));
  const centre = seesReview(noteSideOfRole(actor));
  const who = await names(db, rows.flatMap(({ n }) => [n.authorId, centre ? n.reviewerId : null]));
  const ref = (id: string) => ({ id, name: who.get(id) ?? '' });
  await recordAudit(db, actor, { type: 'note.listed', noteIds: rows.map((r) => r.n.id), participantIds: [...new Set(rows.map((r) => r.p.id))] });
  return {
    items: rows.map(({ n, p }) => {
      const sentOn = n.lastSentAt ? todayInOslo(n.lastSentAt) : null;
      const unread = n.status === 'sent' && sentOn && !n.firstReadAt
        && noteUnread({ sentOn, read: false, today, unreadAfterDays: days.get(n.municipalityId) });
      return {
        noteId: n.id, orderId: n.orderId, participant: p, status: n.status as NoteStatus,
        author: ref(n.authorId),
        // Review is the centre's own business: the municipality never sees who reviewed or when it was asked.
        reviewer: centre && n.reviewerId ? ref(n.reviewerId) : null,
        reviewRequestedAt: centre ? n.reviewRequestedAt?.toISOString() ?? null : null,
        sentAt: n.lastSentAt?.toISOString() ?? null, readAt: n.firstReadAt?.toISOString() ?? null,
        daysUnread: unread ? daysBetween(sentOn!, today) : null,
      };
    }),
  };
}

/** Counts for the start page (numbers only). */
export async function noteCounts(db: Reader, actor: Actor): Promise<Record<string, number>> {
  const scope = noteListScope(actor);
  if (!scope || !actor.organisationId) return {};
  const notesUnread = (await unreadNotes(db, scope)).length;
  if (noteSideOfRole(actor) === 'municipality') {
    const open = await db.select({ id: integrationPlanTasks.id }).from(integrationPlanTasks)
      .where(and(eq(integrationPlanTasks.municipalityId, actor.organisationId), eq(integrationPlanTasks.status, 'open')));
    return { notesUnread, planTasksOpen: open.length };
  }
  const byStatus = await db.select({ status: guidanceNotes.status, n: sql<number>`count(*)::int` }).from(guidanceNotes)
    .where(and(scope, or(eq(guidanceNotes.status, 'draft'), eq(guidanceNotes.status, 'in-review'))))
    .groupBy(guidanceNotes.status);
  const review = reviewQueueScope(actor);
  const [toReview] = review
    ? await db.select({ n: sql<number>`count(*)::int` }).from(guidanceNotes).where(review)
    : [{ n: 0 }];
  return {
    notesDraft: byStatus.find((r) => r.status === 'draft')?.n ?? 0,
    notesInReview: byStatus.find((r) => r.status === 'in-review')?.n ?? 0,
    notesUnread,
    // The reviewer's queue: notes a counsellor was asked to read; for the lead, every note in review at the centre.
    notesToReview: toReview?.n ?? 0,
  };
}
