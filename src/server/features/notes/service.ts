import { and, asc, desc, eq, inArray, isNull, max, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx, Reader } from '../../db/client.ts';
import {
  guidanceNoteFeedback, guidanceNoteReads, guidanceNoteReviews, guidanceNoteRevisions, guidanceNotes, guidanceOrders, guidanceSessions,
  guidanceRightColumns, handoverBriefItems, integrationPlanTasks, organisations, participants, users,
} from '../../db/schema.ts';
import { isCareerCentreRole, isMunicipalityRole, type Actor } from '../../auth/actor.ts';
import {
  checkNoteAction, checkReviewer, correctionReasonMissing, emptyNoteContent, feedbackReasonRequired, handoverChecklist, nextSentNumber,
  noteUnread, participantCopyAvailable, planTaskDueOn, planTaskOverdue, noteReadiness, noteReadinessPath, todayInOslo, daysBetween,
  guidanceRight, recommendationRequired,
  type NoteAction, type NoteContent, type NoteStatus, type PlanStep, type ReviewDecision,
} from '../../../domain/index.ts';
import { offerById } from '../../../content/index.ts';
import { localStepOffers } from '../local-offers/service.ts';
import { AppError, fieldError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { notify, queueEmailNotice } from './notifications.ts';
import { sendNow, type Senders } from '../../outbox/outbox.ts';
import { settingsOf } from './settings.ts';
import { orderScope } from '../orders/policy.ts';
import { centreMaySee, centreSeesParticipant } from '../participants/policy.ts';
import type { CopyRequestInput, FeedbackInput, NoteJson, NoteListQuery } from './schemas.ts';

type NoteRow = typeof guidanceNotes.$inferSelect;

export interface NoteDeps { senders: Senders; publicUrl: string }

/** Autosaves by the same user within this window update one draft revision instead of adding another. */
const COALESCE_MS = 60_000;
const NOTE_ORDER_STATUSES = ['accepted', 'scheduled', 'completed'] as const;

// ─── Scope ──────────────────────────────────────────────────────────────────────────────────────────────────────

type Side = 'centre' | 'municipality';

/**
 * The note as the actor may see it: the order's career centre sees it in every status; the participant's
 * municipality only once sent (a draft does not exist for them: 404). Everyone else: 404.
 */
async function noteInScope(db: Reader, actor: Actor, noteId: string): Promise<{ note: NoteRow; side: Side }> {
  const [note] = await db.select().from(guidanceNotes).where(eq(guidanceNotes.id, noteId));
  const side = note ? await sideFor(db, actor, note) : null;
  if (!note || !side) throw notFound();
  return { note, side };
}

/** The centre's side only while the access rule lets it see the participant (participants/policy.ts). */
async function sideFor(db: Reader, actor: Actor, note: NoteRow): Promise<Side | null> {
  if (!actor.organisationId) return null;
  if (isCareerCentreRole(actor) && note.careerCentreId === actor.organisationId) {
    return (await centreMaySee(db, actor.organisationId, note.participantId)) ? 'centre' : null;
  }
  if (isMunicipalityRole(actor) && note.municipalityId === actor.organisationId && note.status === 'sent') return 'municipality';
  return null;
}

/** Notes the actor may list: the centre's own (any status), the municipality's sent ones. */
function listScope(actor: Actor): SQL | null {
  if (!actor.organisationId) return null;
  if (isCareerCentreRole(actor)) {
    return and(eq(guidanceNotes.careerCentreId, actor.organisationId), centreSeesParticipant(guidanceNotes.participantId, actor.organisationId, todayInOslo()))!;
  }
  if (isMunicipalityRole(actor)) return and(eq(guidanceNotes.municipalityId, actor.organisationId), eq(guidanceNotes.status, 'sent'))!;
  return null;
}

function requireCentre(side: Side) {
  if (side !== 'centre') throw forbidden();
}

/** Sending and correcting: the author, or the centre's lead. */
function requireAuthorOrLead(actor: Actor, note: NoteRow) {
  if (actor.userId !== note.authorId && actor.role !== 'career-centre-lead') throw forbidden();
}

function refuse(action: NoteAction, note: NoteRow, reviewRequired = false) {
  const r = checkNoteAction({ status: note.status, action, reviewRequired });
  if (!r.ok) throw new AppError(409, `note.${r.error}`);
  return r.to;
}

const auditIds = (n: NoteRow) => ({ participantId: n.participantId, orderId: n.orderId, noteId: n.id });

// ─── Building the answer ────────────────────────────────────────────────────────────────────────────────────────

async function names(db: Reader, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const list = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  const rows = list.length ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, list)) : [];
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function latestSnapshot(db: Reader, noteId: string, sentNumber: number) {
  const [row] = await db.select().from(guidanceNoteRevisions)
    .where(and(eq(guidanceNoteRevisions.noteId, noteId), eq(guidanceNoteRevisions.sentNumber, sentNumber)));
  return row!;
}

async function noteJsonFor(db: Reader, note: NoteRow, side: Side): Promise<NoteJson> {
  const centre = await settingsOf(db, note.careerCentreId);
  const reviews = side === 'centre'
    ? await db.select().from(guidanceNoteReviews).where(eq(guidanceNoteReviews.noteId, note.id)).orderBy(asc(guidanceNoteReviews.createdAt), asc(guidanceNoteReviews.id))
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
    content: (side === 'municipality' && snapshot ? snapshot.content : note.content) as NoteContent,
    author: ref(note.authorId),
    reviewer: side === 'centre' && note.reviewerId ? ref(note.reviewerId) : null,
    reviews: reviews.map((r) => ({ id: r.id, reviewer: ref(r.reviewerId), decision: r.decision, comment: r.comment, createdAt: r.createdAt.toISOString() })),
    approvedAt: side === 'centre' ? note.approvedAt?.toISOString() ?? null : null,
    firstSentAt: note.firstSentAt?.toISOString() ?? null, lastSentAt: note.lastSentAt?.toISOString() ?? null, sentNumber: note.sentNumber,
    correctionReason: snapshot?.correctionReason ?? null,
    reads: reads.map((r) => ({ user: ref(r.userId), sentNumber: r.sentNumber, readAt: r.readAt.toISOString() })),
    feedback: feedback ? feedbackJson(feedback, who.get(feedback.givenBy) ?? '') : null,
    planTask: task ? { id: task.id, dueOn: task.dueOn, status: task.status, overdue: planTaskOverdue({ dueOn: task.dueOn, status: task.status, today }) } : null,
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

function feedbackJson(f: typeof guidanceNoteFeedback.$inferSelect, givenByName: string) {
  return {
    version: f.version, recommendationUse: f.recommendationUse, reason: f.reason, integrationPlanChanged: f.integrationPlanChanged,
    endGoal: f.endGoal, endGoalText: f.endGoalText, givenBy: { id: f.givenBy, name: givenByName }, updatedAt: f.updatedAt.toISOString(),
  };
}

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
    if (side === 'municipality') {
      const inserted = await tx.insert(guidanceNoteReads).values({ noteId: note.id, sentNumber: note.sentNumber!, userId: actor.userId })
        .onConflictDoNothing().returning({ readAt: guidanceNoteReads.readAt });
      if (inserted.length) {
        await tx.update(guidanceNotes).set({ firstReadAt: inserted[0]!.readAt })
          .where(and(eq(guidanceNotes.id, note.id), isNull(guidanceNotes.firstReadAt), eq(guidanceNotes.sentNumber, note.sentNumber!)));
        await recordAudit(tx, actor, { type: 'note.read-receipt', ...auditIds(note), sentNumber: note.sentNumber! });
      }
    }
    await recordAudit(tx, actor, { type: 'note.viewed', ...auditIds(note), sentNumber: side === 'municipality' ? note.sentNumber : null });
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
  if (!isCareerCentreRole(actor) && !isMunicipalityRole(actor)) throw notFound();
  const scope = orderScope(actor);
  const [order] = scope ? await db.select().from(guidanceOrders).where(and(eq(guidanceOrders.id, orderId), scope)) : [];
  if (!order) throw notFound();
  if (!isCareerCentreRole(actor)) throw forbidden();
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
  requireCentre(side);
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
  requireCentre(side);
  if (actor.userId !== note.authorId) throw forbidden();
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

export async function reviewNote(db: Db, actor: Actor, noteId: string, input: { version: number; decision: ReviewDecision; comment: string }): Promise<NoteJson> {
  const { note, side } = await noteInScope(db, actor, noteId);
  requireCentre(side);
  // Only the named reviewer answers; the author never reviews their own note (the request already refused that).
  if (actor.userId !== note.reviewerId || actor.userId === note.authorId) throw forbidden();
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
  requireCentre(side);
  requireAuthorOrLead(actor, note);
  const to = refuse('reopen', note);
  return db.transaction(async (tx) => {
    const updated = await transition(tx, note, version, { status: to, approvedBy: null, approvedAt: null });
    await recordAudit(tx, actor, { type: 'note.reopened', ...auditIds(note) });
    return noteJsonFor(tx, updated, 'centre');
  });
}

// ─── Sending and correcting ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Whether this note must carry a recommendation before review, approval and sending: not when the participant's
 * § 11 answer rests on chapter 6A (recommendationRequired in src/domain/guidance-right.ts). The one place the
 * server decides it, for the readiness rule and for the editor (NoteJson.recommendationRequired).
 */
async function recommendationRequiredFor(db: Reader, participantId: string): Promise<boolean> {
  const [p] = await db.select(guidanceRightColumns).from(participants).where(eq(participants.id, participantId));
  return p ? recommendationRequired(guidanceRight(p)) : true;
}

/** The readiness rule (noteReadiness) for request-review, approve, send and correct: 400 with a field per gap. */
async function assertReady(db: Reader, note: NoteRow, content: NoteContent = note.content as NoteContent) {
  const { missing } = noteReadiness(content, { recommendationRequired: await recommendationRequiredFor(db, note.participantId) });
  if (missing.length) throw new AppError(400, 'note.incomplete', {}, missing.map((item) => ({ path: noteReadinessPath[item], key: 'required' })));
}

/**
 * Who in the municipality hears of a sent note: the adviser who created the order, while still an active user
 * of the municipality (they know the participant and will re-evaluate the plan); if they have left, every
 * programme adviser of the municipality, so the note is never sent into the void.
 */
async function recipientsFor(tx: Reader, note: NoteRow): Promise<string[]> {
  const [order] = await tx.select({ createdBy: guidanceOrders.createdBy }).from(guidanceOrders).where(eq(guidanceOrders.id, note.orderId));
  const municipal = and(eq(users.organisationId, note.municipalityId), eq(users.active, true), inArray(users.role, ['programme-adviser', 'municipality-lead']));
  if (order?.createdBy) {
    const [creator] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, order.createdBy), municipal));
    if (creator) return [creator.id];
  }
  const all = await tx.select({ id: users.id }).from(users).where(and(municipal, eq(users.role, 'programme-adviser')));
  return all.map((u) => u.id);
}

export async function sendNote(db: Db, actor: Actor, noteId: string, version: number, deps: NoteDeps): Promise<NoteJson> {
  const { note, side } = await noteInScope(db, actor, noteId);
  requireCentre(side);
  requireAuthorOrLead(actor, note);
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
  requireCentre(side);
  requireAuthorOrLead(actor, note);
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

// ─── Revisions ──────────────────────────────────────────────────────────────────────────────────────────────────

/** The centre sees every revision; the municipality only the sent snapshots (drafts are the centre's work). */
const revisionScope = (noteId: string, side: Side) =>
  and(eq(guidanceNoteRevisions.noteId, noteId), side === 'municipality' ? inArray(guidanceNoteRevisions.kind, ['sent', 'correction']) : undefined);

export async function listRevisions(db: Db, actor: Actor, noteId: string) {
  const { note, side } = await noteInScope(db, actor, noteId);
  const rows = await db.select({
    number: guidanceNoteRevisions.number, kind: guidanceNoteRevisions.kind, sentNumber: guidanceNoteRevisions.sentNumber,
    createdAt: guidanceNoteRevisions.createdAt, correctionReason: guidanceNoteRevisions.correctionReason, createdBy: guidanceNoteRevisions.createdBy,
  }).from(guidanceNoteRevisions).where(revisionScope(noteId, side)).orderBy(desc(guidanceNoteRevisions.number));
  const who = await names(db, rows.map((r) => r.createdBy));
  await recordAudit(db, actor, { type: 'note.revisions-viewed', ...auditIds(note), number: null });
  return {
    items: rows.map((r) => ({
      number: r.number, kind: r.kind, sentNumber: r.sentNumber, createdAt: r.createdAt.toISOString(),
      createdBy: { id: r.createdBy, name: who.get(r.createdBy) ?? '' }, correctionReason: r.correctionReason,
    })),
  };
}

export async function getRevision(db: Db, actor: Actor, noteId: string, number: number) {
  const { note, side } = await noteInScope(db, actor, noteId);
  const [r] = await db.select().from(guidanceNoteRevisions).where(and(revisionScope(noteId, side), eq(guidanceNoteRevisions.number, number)));
  if (!r) throw notFound();
  const who = await names(db, [r.createdBy]);
  await recordAudit(db, actor, { type: 'note.revisions-viewed', ...auditIds(note), number });
  return {
    number: r.number, kind: r.kind, sentNumber: r.sentNumber, content: r.content as NoteContent, correctionReason: r.correctionReason,
    createdAt: r.createdAt.toISOString(), createdBy: { id: r.createdBy, name: who.get(r.createdBy) ?? '' },
  };
}

// ─── Exports and the participant's version ──────────────────────────────────────────────────────────────────────

type LocalSteps = Awaited<ReturnType<typeof localStepOffers>>;

/** National offers from the content; local offers (`local:<uuid>`, issue 18) from the database, removed ones too. */
function withOffers(steps: PlanStep[], locals: LocalSteps = new Map()) {
  return steps.map((s) => {
    const local = s.offerId ? locals.get(s.offerId) : undefined;
    if (local) return { ...s, offerTitle: local.title, url: local.url };
    const offer = s.offerId ? offerById(s.offerId) : undefined;
    return { ...s, offerTitle: offer ? { nb: offer.title.nb, en: offer.title.en } : null, url: offer?.links[0]?.url ?? null };
  });
}

/** The newest sent snapshot; a centre asking before sending gets 409, the municipality cannot see the note (404). */
async function sentSnapshot(db: Reader, actor: Actor, noteId: string) {
  const { note, side } = await noteInScope(db, actor, noteId);
  if (!note.sentNumber) throw new AppError(409, 'note.note-not-sent');
  return { note, side, snapshot: await latestSnapshot(db, noteId, note.sentNumber) };
}

export async function exportJson(db: Db, actor: Actor, noteId: string) {
  const { note, snapshot } = await sentSnapshot(db, actor, noteId);
  const [p] = await db.select().from(participants).where(eq(participants.id, note.participantId));
  const orgs = await db.select({ id: organisations.id, name: organisations.name }).from(organisations)
    .where(inArray(organisations.id, [note.municipalityId, note.careerCentreId]));
  const who = await names(db, [note.authorId]);
  const content = snapshot.content as NoteContent;
  await recordAudit(db, actor, { type: 'note.exported', ...auditIds(note), format: 'json' });
  return {
    format: 'veivalg-note/1' as const, noteId, orderId: note.orderId,
    participant: { id: p!.id, givenName: p!.givenName, familyName: p!.familyName, birthDate: p!.birthDate },
    municipality: orgs.find((o) => o.id === note.municipalityId)?.name ?? '', careerCentre: orgs.find((o) => o.id === note.careerCentreId)?.name ?? '',
    author: who.get(note.authorId) ?? '', sentNumber: snapshot.sentNumber!, sentAt: snapshot.createdAt.toISOString(),
    correctionReason: snapshot.correctionReason,
    content: { ...content, ...await (async () => {
      const locals = await localStepOffers(db, [...content.planA, ...content.planB]);
      return { planA: withOffers(content.planA, locals), planB: withOffers(content.planB, locals) };
    })() },
  };
}

const recommendationLabels = { work: 'Arbeid', education: 'Utdanning', combination: 'Kombinasjon av arbeid og utdanning' } as const;

function planText(steps: PlanStep[], locals: LocalSteps): string {
  return withOffers(steps, locals).map((s, i) => {
    const what = s.offerTitle ? `${s.offerTitle.nb}${s.url ? ` (${s.url})` : ''}` : s.text ?? '';
    const when = [
      s.startMonth !== null ? `fra måned ${s.startMonth}` : null,
      s.durationMonths !== null ? `${s.durationMonths} måneder` : null,
    ].filter(Boolean).join(', ');
    return `${i + 1}. ${what}${when ? ` – ${when}` : ''}`;
  }).join('\n');
}

/** Copy-ready text blocks with Norwegian labels, one per field of IMDinett's "karriereveileders notat". */
export async function exportImdinett(db: Db, actor: Actor, noteId: string) {
  const { note, snapshot } = await sentSnapshot(db, actor, noteId);
  const c = snapshot.content as NoteContent;
  const rec = c.recommendation;
  const locals = await localStepOffers(db, [...c.planA, ...c.planB]);
  const blocks = [
    { key: 'wishes', label: 'Deltakerens ønsker', text: c.wishes },
    { key: 'background', label: 'Bakgrunn (skole, utdanning, arbeidserfaring, norsk)', text: c.background },
    { key: 'careerCompetenceThemes', label: 'Karrierekompetanse', text: c.careerCompetenceThemes },
    { key: 'educationAndWorkPaths', label: 'Mulige utdannings- og arbeidsveier', text: c.educationAndWorkPaths },
    { key: 'recognitions', label: 'Godkjenninger som bør søkes', text: c.recognitions },
    { key: 'rightsAndOpportunities', label: 'Rettigheter og muligheter', text: c.rightsAndOpportunities },
    { key: 'planA', label: 'Plan A', text: planText(c.planA, locals) },
    { key: 'planB', label: 'Plan B', text: planText(c.planB, locals) },
    {
      key: 'recommendation', label: 'Anbefaling (integreringsloven § 11 fjerde ledd)',
      text: [
        rec.kind ? `Anbefaling: ${recommendationLabels[rec.kind]}.` : '', rec.justification,
        rec.reachWithinProgramme ? `Hvor langt deltakeren kan komme innenfor introduksjonsprogrammet: ${rec.reachWithinProgramme}` : '',
      ].filter(Boolean).join('\n'),
    },
    {
      key: 'language', label: 'Språk og tolk',
      text: [
        c.languageUsed ? `Språk i samtalen: ${c.languageUsed}.` : '',
        c.interpreterTookPart === null ? '' : c.interpreterTookPart ? 'Tolk deltok.' : 'Tolk deltok ikke.',
      ].filter(Boolean).join(' '),
    },
    ...(snapshot.correctionReason ? [{ key: 'correction', label: `Rettelse (versjon ${snapshot.sentNumber})`, text: snapshot.correctionReason }] : []),
  ];
  await recordAudit(db, actor, { type: 'note.exported', ...auditIds(note), format: 'imdinett' });
  return { blocks };
}

/**
 * The plain-language copy for the participant. The centre always sees it (it writes it); the municipality only
 * once the note is sent and when participantCopyAvailable says the participant gets it: policy "always", or
 * "on-request" with the request recorded (otherwise 403 note.no-participant-copy: the copy is withheld, the note
 * itself is visible).
 */
export async function participantVersion(db: Db, actor: Actor, noteId: string) {
  const { note, side } = await noteInScope(db, actor, noteId);
  let content = note.content as NoteContent;
  if (side === 'municipality') {
    const policy = (await settingsOf(db, note.careerCentreId)).participantCopy;
    if (!participantCopyAvailable(policy, note.participantCopyRequested)) throw new AppError(403, 'note.no-participant-copy');
    content = (await latestSnapshot(db, noteId, note.sentNumber!)).content as NoteContent;
  }
  await recordAudit(db, actor, { type: 'note.exported', ...auditIds(note), format: 'participant-version' });
  return {
    language: content.participantVersion.language, text: content.participantVersion.text,
    ...await (async () => {
      const locals = await localStepOffers(db, [...content.planA, ...content.planB]);
      return { planA: withOffers(content.planA, locals), planB: withOffers(content.planB, locals) };
    })(),
    recommendationKind: content.recommendation.kind,
  };
}

/** Who records that the participant asked for a copy: the municipality's advisers and the centre's counsellors. */
const COPY_REQUEST_ROLES = ['programme-adviser', 'municipality-lead', 'career-counsellor'];

/**
 * "Deltakeren har bedt om kopi": records (or withdraws) the participant's request for the plain-language copy,
 * with who and when. Matters under the centre's "on-request" policy (participantCopyAvailable). The municipality
 * sees only sent notes, so it records the request on a sent note; the counsellor may record it at any stage.
 * A stale note version → 409.
 */
export async function setParticipantCopyRequest(db: Db, actor: Actor, noteId: string, input: CopyRequestInput): Promise<NoteJson> {
  const { note, side } = await noteInScope(db, actor, noteId);
  if (!COPY_REQUEST_ROLES.includes(actor.role)) throw forbidden();
  if (input.version !== note.version) throw staleVersion();
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(guidanceNotes).set({
      participantCopyRequested: input.requested,
      participantCopyRequestedBy: actor.userId,
      participantCopyRequestedAt: new Date(),
      version: sql`${guidanceNotes.version} + 1`, updatedAt: new Date(),
    }).where(and(eq(guidanceNotes.id, noteId), eq(guidanceNotes.version, input.version))).returning();
    if (!updated) throw staleVersion();
    await recordAudit(tx, actor, { type: 'note.participant-copy-requested', ...auditIds(note), requested: input.requested });
    return noteJsonFor(tx, updated, side);
  });
}

// ─── Feedback and the plan task ─────────────────────────────────────────────────────────────────────────────────

/** The municipality's answer: how the recommendation was used. Closes the open plan task; tells the author. */
export async function giveFeedback(db: Db, actor: Actor, noteId: string, input: FeedbackInput) {
  const { note, side } = await noteInScope(db, actor, noteId);
  if (side !== 'municipality') throw forbidden();
  if (feedbackReasonRequired(input.recommendationUse) && !input.reason) throw fieldError('reason', 'note.feedback-reason-required');
  if (input.endGoal === 'other' && !input.endGoalText) throw fieldError('endGoalText', 'note.end-goal-text-required');
  const [existing] = await db.select().from(guidanceNoteFeedback).where(eq(guidanceNoteFeedback.noteId, noteId));
  if (existing && input.version !== existing.version) throw staleVersion();
  const values = {
    recommendationUse: input.recommendationUse, reason: input.reason, integrationPlanChanged: input.integrationPlanChanged,
    endGoal: input.endGoal, endGoalText: input.endGoalText,
  };
  return db.transaction(async (tx) => {
    let row: typeof guidanceNoteFeedback.$inferSelect | undefined;
    let changed: string[];
    if (existing) {
      [row] = await tx.update(guidanceNoteFeedback)
        .set({ ...values, givenBy: actor.userId, version: sql`${guidanceNoteFeedback.version} + 1`, updatedAt: new Date() })
        .where(and(eq(guidanceNoteFeedback.noteId, noteId), eq(guidanceNoteFeedback.version, existing.version))).returning();
      if (!row) throw staleVersion();
      changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => values[k] !== existing[k]);
    } else {
      // Two advisers answering at once meet the primary key: the loser gets 409 from the error handler.
      [row] = await tx.insert(guidanceNoteFeedback).values({ noteId, ...values, givenBy: actor.userId }).returning();
      changed = Object.keys(values);
    }
    await tx.update(integrationPlanTasks)
      .set({ status: 'closed', closedBy: actor.userId, closedAt: new Date(), version: sql`${integrationPlanTasks.version} + 1`, updatedAt: new Date() })
      .where(and(eq(integrationPlanTasks.noteId, noteId), eq(integrationPlanTasks.status, 'open')));
    await notify(tx, [note.authorId], { kind: 'note-feedback', participantId: note.participantId, noteId });
    await recordAudit(tx, actor, { type: 'note.feedback-given', ...auditIds(note), changedFields: changed });
    return feedbackJson(row!, actor.name);
  });
}

export async function listPlanTasks(db: Db, actor: Actor, status: 'open' | 'closed' | 'all' = 'open') {
  if (!isMunicipalityRole(actor) || !actor.organisationId) throw forbidden();
  const rows = await db.select({ t: integrationPlanTasks, orderId: guidanceNotes.orderId, p: { id: participants.id, givenName: participants.givenName, familyName: participants.familyName } })
    .from(integrationPlanTasks)
    .innerJoin(guidanceNotes, eq(guidanceNotes.id, integrationPlanTasks.noteId))
    .innerJoin(participants, eq(participants.id, integrationPlanTasks.participantId))
    .where(and(eq(integrationPlanTasks.municipalityId, actor.organisationId), status === 'all' ? undefined : eq(integrationPlanTasks.status, status)))
    .orderBy(asc(integrationPlanTasks.dueOn), asc(integrationPlanTasks.id)).limit(500);
  await recordAudit(db, actor, { type: 'plan-task.listed', taskIds: rows.map((r) => r.t.id), participantIds: [...new Set(rows.map((r) => r.p.id))] });
  const today = todayInOslo();
  return {
    items: rows.map(({ t, orderId, p }) => ({
      id: t.id, version: t.version, noteId: t.noteId, orderId, participant: p, dueOn: t.dueOn, status: t.status,
      overdue: planTaskOverdue({ dueOn: t.dueOn, status: t.status, today }),
    })),
  };
}

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

/**
 * Notes in review that the actor should read: a counsellor's are those they were asked to review; the centre
 * lead's are every note in review at the centre. Everyone else has no reviewer's queue (403); null = not allowed.
 */
function reviewScope(actor: Actor): SQL | null {
  if (!actor.organisationId || !isCareerCentreRole(actor)) return null;
  const atCentre = and(eq(guidanceNotes.careerCentreId, actor.organisationId), eq(guidanceNotes.status, 'in-review'))!;
  if (actor.role === 'career-centre-lead') return atCentre;
  if (actor.role === 'career-counsellor') return and(atCentre, eq(guidanceNotes.reviewerId, actor.userId))!;
  return null;
}

export async function listNotes(db: Db, actor: Actor, q: NoteListQuery) {
  const scope = listScope(actor);
  if (!scope) throw forbidden();
  const review = q.reviewing === 'me' ? reviewScope(actor) : undefined;
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
  const centre = isCareerCentreRole(actor);
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
  const scope = listScope(actor);
  if (!scope || !actor.organisationId) return {};
  const notesUnread = (await unreadNotes(db, scope)).length;
  if (isMunicipalityRole(actor)) {
    const open = await db.select({ id: integrationPlanTasks.id }).from(integrationPlanTasks)
      .where(and(eq(integrationPlanTasks.municipalityId, actor.organisationId), eq(integrationPlanTasks.status, 'open')));
    return { notesUnread, planTasksOpen: open.length };
  }
  const byStatus = await db.select({ status: guidanceNotes.status, n: sql<number>`count(*)::int` }).from(guidanceNotes)
    .where(and(scope, or(eq(guidanceNotes.status, 'draft'), eq(guidanceNotes.status, 'in-review'))))
    .groupBy(guidanceNotes.status);
  const review = reviewScope(actor);
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
