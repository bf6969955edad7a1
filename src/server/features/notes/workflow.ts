import { and, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import type { Db, Tx, Reader } from '../../db/client.ts';
import {
  guidanceNoteReads, guidanceNoteReviews, guidanceNoteRevisions, guidanceNotes, guidanceOrders, guidanceSessions, handoverBriefItems,
  integrationPlanTasks, users,
} from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import {
  checkReviewer, correctionReasonMissing, emptyNoteContent, handoverChecklist, nextSentNumber, planTaskDueOn, todayInOslo,
  type NoteContent, type ReviewDecision,
} from '../../../domain/index.ts';
import { AppError, fieldError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { notify, queueEmailNotice } from './notifications.ts';
import { sendNow } from '../../outbox/outbox.ts';
import { settingsOf } from './settings.ts';
import { orderScope } from '../orders/policy.ts';
import {
  mayRequestReview, mayReview, maySendOrCorrect, mayStartNote, mayWorkOnNote, noteSideOfRole, readIsReceipt, sentNoteFallbackRole,
  sentNoteRecipientRoles, sideFor,
} from './policy.ts';
import { assertReady, auditIds, noteInScope, noteJsonFor, refuse, type NoteDeps, type NoteRow } from './common.ts';
import type { NoteJson } from './schemas.ts';

/** The note's workflow: reading it, starting and editing the draft, review, sending and correcting. */

/** Autosaves by the same user within this window update one draft revision instead of adding another. */
const COALESCE_MS = 60_000;
const NOTE_ORDER_STATUSES = ['accepted', 'scheduled', 'completed'] as const;

// ─── Reading a note ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The order's note. A municipality user's first opening of the newest snapshot is the read receipt: one row per
 * user and snapshot, and the note's firstReadAt (which drives the unread queues). Reads do not bump the note's
 * version, so a counsellor correcting the note is never refused because an adviser happened to open it.
 */
export async function getOrderNote(db: Db, actor: Actor, orderId: string): Promise<NoteJson> {
  const [note] = await db.select().from(guidanceNotes).where(eq(guidanceNotes.orderId, orderId));
  const side = note ? await sideFor(db, actor, note) : null;
  if (!note || !side) throw notFound();
  return db.transaction(async (tx) => {
    if (readIsReceipt(side)) {
      const inserted = await tx.insert(guidanceNoteReads).values({ noteId: note.id, sentNumber: note.sentNumber!, userId: actor.userId })
        .onConflictDoNothing().returning({ readAt: guidanceNoteReads.readAt });
      if (inserted.length) {
        await tx.update(guidanceNotes).set({ firstReadAt: inserted[0]!.readAt })
          .where(and(eq(guidanceNotes.id, note.id), isNull(guidanceNotes.firstReadAt), eq(guidanceNotes.sentNumber, note.sentNumber!)));
        await recordAudit(tx, actor, { type: 'note.read-receipt', ...auditIds(note), sentNumber: note.sentNumber! });
      }
    }
    await recordAudit(tx, actor, { type: 'note.viewed', ...auditIds(note), sentNumber: readIsReceipt(side) ? note.sentNumber : null });
    return noteJsonFor(tx, note, side);
  });
}

// ─── Creating and editing ───────────────────────────────────────────────────────────────────────────────────────

/** One line per answered brief item, labelled in Norwegian; special-category items (health, family) never. */
function backgroundFrom(items: { itemKey: string; value: unknown; unknown: boolean }[]): string {
  const lines: string[] = [];
  for (const def of handoverChecklist) {
    // The language is its own field of the note; wishes go to "wishes"; practical matters are not background.
    if (def.specialCategory || ['language', 'wishes', 'practical', 'dialect'].includes(def.key)) continue;
    const item = items.find((i) => i.itemKey === def.key);
    if (!item || item.unknown || !item.value || typeof item.value !== 'object') continue;
    const value = item.value as Record<string, unknown>;
    const parts = def.fields.flatMap((f) => {
      const v = value[f.name];
      if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) return [];
      return [`${f.label.nb}: ${Array.isArray(v) ? v.join(', ') : String(v)}`];
    });
    if (parts.length) lines.push(`${def.label.nb} – ${parts.join('; ')}.`);
  }
  return lines.join('\n');
}

export async function createNote(db: Db, actor: Actor, orderId: string): Promise<NoteJson> {
  if (!noteSideOfRole(actor)) throw notFound();
  const scope = orderScope(actor);
  const [order] = scope ? await db.select().from(guidanceOrders).where(and(eq(guidanceOrders.id, orderId), scope)) : [];
  if (!order) throw notFound();
  if (!mayStartNote(actor)) throw forbidden();
  if (!(NOTE_ORDER_STATUSES as readonly string[]).includes(order.status)) throw new AppError(409, 'note.order-not-open', { status: order.status });
  const [existing] = await db.select({ id: guidanceNotes.id }).from(guidanceNotes).where(eq(guidanceNotes.orderId, orderId));
  if (existing) throw new AppError(409, 'note.exists');

  // Prefill: the brief's non-sensitive items, the order's language, and whether an interpreter took part in a held session.
  const briefRows = await db.select({ itemKey: handoverBriefItems.itemKey, value: handoverBriefItems.value, unknown: handoverBriefItems.unknown })
    .from(handoverBriefItems).where(eq(handoverBriefItems.participantId, order.participantId));
  const sessions = await db.select({ took: guidanceSessions.interpreterTookPart }).from(guidanceSessions)
    .where(and(eq(guidanceSessions.orderId, orderId), eq(guidanceSessions.outcome, 'held')));
  const content = emptyNoteContent();
  content.background = backgroundFrom(briefRows);
  const wishes = briefRows.find((r) => r.itemKey === 'wishes' && !r.unknown)?.value as { wishes?: string } | null | undefined;
  content.wishes = wishes?.wishes ?? '';
  content.languageUsed = order.language;
  content.interpreterTookPart = sessions.some((s) => s.took === true) ? true : sessions.some((s) => s.took === false) ? false : null;
  content.participantVersion.language = order.language;
  const prefilled = (['background', 'wishes', 'languageUsed', 'interpreterTookPart'] as const).filter((k) => content[k] !== '' && content[k] !== null);

  return db.transaction(async (tx) => {
    const [note] = await tx.insert(guidanceNotes).values({
      orderId, participantId: order.participantId, municipalityId: order.municipalityId, careerCentreId: order.careerCentreId,
      authorId: actor.userId, content,
    }).returning();
    await tx.insert(guidanceNoteRevisions).values({ noteId: note!.id, kind: 'draft', number: 1, content, createdBy: actor.userId });
    await recordAudit(tx, actor, { type: 'note.created', ...auditIds(note!), prefilledFields: [...prefilled] });
    return noteJsonFor(tx, note!, 'centre');
  });
}

/** JSON with sorted keys: jsonb does not keep key order, so a stored value and the same input differ in plain JSON. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

const changedFields = (a: NoteContent, b: NoteContent) =>
  (Object.keys(b) as (keyof NoteContent)[]).filter((k) => canonical(a[k]) !== canonical(b[k]));

async function nextRevisionNumber(tx: Reader, noteId: string): Promise<number> {
  const [row] = await tx.select({ n: max(guidanceNoteRevisions.number) }).from(guidanceNoteRevisions).where(eq(guidanceNoteRevisions.noteId, noteId));
  return (row?.n ?? 0) + 1;
}

/**
 * Autosave. Every save is kept as a draft revision, but saves by the same user within a minute of the revision's
 * start update that revision: the editor saves every few seconds while someone types, and a row per keystroke
 * pause would bury the versions a person wants to look back at. Sent snapshots are never touched.
 */
export async function saveDraft(db: Db, actor: Actor, noteId: string, input: { version: number; content: NoteContent }): Promise<NoteJson> {
  const { note, side } = await noteInScope(db, actor, noteId);
  if (!mayWorkOnNote(side)) throw forbidden();
  refuse('edit', note);
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(guidanceNotes).set({
      content: input.content, recommendationKind: input.content.recommendation.kind, version: sql`${guidanceNotes.version} + 1`, updatedAt: new Date(),
    }).where(and(eq(guidanceNotes.id, noteId), eq(guidanceNotes.version, input.version), eq(guidanceNotes.status, 'draft'))).returning();
    if (!updated) throw staleVersion();
    const [last] = await tx.select().from(guidanceNoteRevisions).where(eq(guidanceNoteRevisions.noteId, noteId))
      .orderBy(desc(guidanceNoteRevisions.number)).limit(1);
    if (last && last.kind === 'draft' && last.createdBy === actor.userId && Date.now() - last.createdAt.getTime() < COALESCE_MS) {
      await tx.update(guidanceNoteRevisions).set({ content: input.content }).where(eq(guidanceNoteRevisions.id, last.id));
    } else {
      await tx.insert(guidanceNoteRevisions).values({
        noteId, kind: 'draft', number: await nextRevisionNumber(tx, noteId), content: input.content, createdBy: actor.userId,
      });
    }
    await recordAudit(tx, actor, { type: 'note.draft-saved', ...auditIds(note), changedFields: changedFields(note.content as NoteContent, input.content) });
    return noteJsonFor(tx, updated, 'centre');
  });
}

// ─── Review ─────────────────────────────────────────────────────────────────────────────────────────────────────

async function transition(tx: Tx, note: NoteRow, version: number, set: Partial<typeof guidanceNotes.$inferInsert>): Promise<NoteRow> {
  const [updated] = await tx.update(guidanceNotes).set({ ...set, version: sql`${guidanceNotes.version} + 1`, updatedAt: new Date() })
    .where(and(eq(guidanceNotes.id, note.id), eq(guidanceNotes.version, version), eq(guidanceNotes.status, note.status))).returning();
  if (!updated) throw staleVersion();
  return updated;
}

export async function requestReview(db: Db, actor: Actor, noteId: string, input: { version: number; reviewerId: string }): Promise<NoteJson> {
  const { note, side } = await noteInScope(db, actor, noteId);
  if (!mayWorkOnNote(side)) throw forbidden();
  if (!mayRequestReview(actor, note)) throw forbidden();
  const to = refuse('request-review', note);
  await assertReady(db, note);
  const [reviewer] = await db.select({ id: users.id, role: users.role, organisationId: users.organisationId, active: users.active })
    .from(users).where(eq(users.id, input.reviewerId));
  if (!reviewer || !reviewer.active || checkReviewer({ authorId: note.authorId, careerCentreId: note.careerCentreId, reviewer })) {
    throw fieldError('reviewerId', 'note.reviewer-invalid');
  }
  return db.transaction(async (tx) => {
    const updated = await transition(tx, note, input.version, {
      status: to, reviewerId: reviewer.id, reviewRequestedAt: new Date(), approvedBy: null, approvedAt: null,
    });
    await notify(tx, [reviewer.id], { kind: 'note-review-requested', participantId: note.participantId, noteId });
    await recordAudit(tx, actor, { type: 'note.review-requested', ...auditIds(note), reviewerId: reviewer.id });
    return noteJsonFor(tx, updated, 'centre');
  });
}

export async function reviewNote(
  db: Db, actor: Actor, noteId: string, input: { version: number; decision: ReviewDecision; comment: string },
): Promise<NoteJson> {
  const { note, side } = await noteInScope(db, actor, noteId);
  if (!mayWorkOnNote(side)) throw forbidden();
  if (!mayReview(actor, note)) throw forbidden();
  const to = refuse(input.decision, note);
  if (input.decision !== 'approve' && !input.comment) throw fieldError('comment', 'note.comment-required');
  if (input.decision === 'approve') await assertReady(db, note);
  return db.transaction(async (tx) => {
    const updated = await transition(tx, note, input.version, input.decision === 'approve'
      ? { status: to, approvedBy: actor.userId, approvedAt: new Date() }
      : { status: to });
    await tx.insert(guidanceNoteReviews).values({ noteId, reviewerId: actor.userId, decision: input.decision, comment: input.comment });
    await notify(tx, [note.authorId], { kind: 'note-reviewed', participantId: note.participantId, noteId });
    await recordAudit(tx, actor, { type: 'note.reviewed', ...auditIds(note), decision: input.decision });
    return noteJsonFor(tx, updated, 'centre');
  });
}

export async function reopenNote(db: Db, actor: Actor, noteId: string, version: number): Promise<NoteJson> {
  const { note, side } = await noteInScope(db, actor, noteId);
  if (!mayWorkOnNote(side)) throw forbidden();
  if (!maySendOrCorrect(actor, note)) throw forbidden();
  const to = refuse('reopen', note);
  return db.transaction(async (tx) => {
    const updated = await transition(tx, note, version, { status: to, approvedBy: null, approvedAt: null });
    await recordAudit(tx, actor, { type: 'note.reopened', ...auditIds(note) });
    return noteJsonFor(tx, updated, 'centre');
  });
}

// ─── Sending and correcting ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Who in the municipality hears of a sent note: the adviser who created the order, while still an active user
 * of the municipality (they know the participant and will re-evaluate the plan); if they have left, every
 * programme adviser of the municipality, so the note is never sent into the void.
 */
async function recipientsFor(tx: Reader, note: NoteRow): Promise<string[]> {
  const [order] = await tx.select({ createdBy: guidanceOrders.createdBy }).from(guidanceOrders).where(eq(guidanceOrders.id, note.orderId));
  const municipal = and(eq(users.organisationId, note.municipalityId), eq(users.active, true), inArray(users.role, [...sentNoteRecipientRoles]));
  if (order?.createdBy) {
    const [creator] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, order.createdBy), municipal));
    if (creator) return [creator.id];
  }
  const all = await tx.select({ id: users.id }).from(users).where(and(municipal, eq(users.role, sentNoteFallbackRole)));
  return all.map((u) => u.id);
}

export async function sendNote(db: Db, actor: Actor, noteId: string, version: number, deps: NoteDeps): Promise<NoteJson> {
  const { note, side } = await noteInScope(db, actor, noteId);
  if (!mayWorkOnNote(side)) throw forbidden();
  if (!maySendOrCorrect(actor, note)) throw forbidden();
  if (note.status === 'sent') refuse('send', note);
  await assertReady(db, note);
  const centre = await settingsOf(db, note.careerCentreId);
  const to = refuse('send', note, centre.reviewRequired);
  const municipality = await settingsOf(db, note.municipalityId);
  const now = new Date();
  const today = todayInOslo(now);
  let notices: string[] = [];
  const result = await db.transaction(async (tx) => {
    const updated = await transition(tx, note, version, {
      status: to, firstSentAt: now, lastSentAt: now, sentNumber: 1, firstReadAt: null,
    });
    await tx.insert(guidanceNoteRevisions).values({
      noteId, kind: 'sent', number: await nextRevisionNumber(tx, noteId), sentNumber: 1, content: note.content, createdBy: actor.userId,
    });
    const recipients = await recipientsFor(tx, note);
    const [order] = await tx.select({ createdBy: guidanceOrders.createdBy }).from(guidanceOrders).where(eq(guidanceOrders.id, note.orderId));
    await tx.insert(integrationPlanTasks).values({
      noteId, participantId: note.participantId, municipalityId: note.municipalityId,
      assigneeId: recipients.includes(order?.createdBy ?? '') ? order!.createdBy : null,
      dueOn: planTaskDueOn(today, municipality.planTaskDueDays),
    });
    await notify(tx, recipients, { kind: 'note-sent', participantId: note.participantId, noteId });
    notices = await queueEmailNotice(tx, deps.senders.mailer, deps.publicUrl, recipients);
    await recordAudit(tx, actor, { type: 'note.sent', ...auditIds(note), sentNumber: 1 });
    return noteJsonFor(tx, updated, 'centre');
  });
  await sendNow(db, deps.senders, notices);
  return result;
}

export async function correctNote(
  db: Db, actor: Actor, noteId: string, input: { version: number; reason: string; content: NoteContent }, deps: NoteDeps,
): Promise<NoteJson> {
  const { note, side } = await noteInScope(db, actor, noteId);
  if (!mayWorkOnNote(side)) throw forbidden();
  if (!maySendOrCorrect(actor, note)) throw forbidden();
  refuse('correct', note);
  if (correctionReasonMissing(input.reason)) throw fieldError('reason', 'note.reason-required');
  await assertReady(db, note, input.content);
  const sentNumber = nextSentNumber(note.sentNumber);
  let notices: string[] = [];
  const result = await db.transaction(async (tx) => {
    const updated = await transition(tx, note, input.version, {
      content: input.content, recommendationKind: input.content.recommendation.kind, lastSentAt: new Date(), sentNumber, firstReadAt: null,
    });
    await tx.insert(guidanceNoteRevisions).values({
      noteId, kind: 'correction', number: await nextRevisionNumber(tx, noteId), sentNumber, content: input.content,
      correctionReason: input.reason, createdBy: actor.userId,
    });
    const recipients = await recipientsFor(tx, note);
    await notify(tx, recipients, { kind: 'note-corrected', participantId: note.participantId, noteId });
    notices = await queueEmailNotice(tx, deps.senders.mailer, deps.publicUrl, recipients);
    await recordAudit(tx, actor, { type: 'note.corrected', ...auditIds(note), sentNumber, changedFields: changedFields(note.content as NoteContent, input.content) });
    return noteJsonFor(tx, updated, 'centre');
  });
  await sendNow(db, deps.senders, notices);
  return result;
}
