import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.ts';
import { guidanceNotes, guidanceOrders, orderTransitions, organisations, participants, postponements, users } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { RULE_SET_VERSION, checkOrderTransition, deadlineStatus, todayInOslo, type OrderStatus } from '../../../domain/index.ts';
import { AppError, fieldError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { afterCursor, decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { recordAudit } from '../../audit/record.ts';
import { findParticipantInScope } from '../participants/service.ts';
import { mayWriteParticipants } from '../participants/policy.ts';
import { assertBriefComplete, completenessFor, prefillLanguage } from '../brief/service.ts';
import { orderCounsellors, orderScope, seesSentNotesOnly, sideOf, takesOrderUnlessNamed } from './policy.ts';
import { routeFor } from '../cooperation/service.ts';
import { talkMarkers } from '../talks/service.ts';
import type { OrderInput, OrderJson, TransitionInput } from './schemas.ts';

const municipality = alias(organisations, 'municipality');
const centre = alias(organisations, 'centre');
const counsellor = alias(users, 'counsellor');
const byUser = alias(users, 'by_user');

const openStatuses: OrderStatus[] = ['draft', 'sent', 'accepted', 'scheduled'];

function baseQuery(db: Pick<Db, 'select'>) {
  return db.select({
    o: guidanceOrders,
    p: {
      id: participants.id, givenName: participants.givenName, familyName: participants.familyName,
      decisionDeadline: participants.decisionDeadline, guidanceHeldOn: participants.guidanceHeldOn,
      guidancePostponed: participants.guidancePostponed, guidanceRight: participants.guidanceRight,
    },
    municipalityName: municipality.name,
    centreName: centre.name,
    counsellorName: counsellor.name,
  }).from(guidanceOrders)
    .innerJoin(participants, eq(participants.id, guidanceOrders.participantId))
    .innerJoin(municipality, eq(municipality.id, guidanceOrders.municipalityId))
    .innerJoin(centre, eq(centre.id, guidanceOrders.careerCentreId))
    .leftJoin(counsellor, eq(counsellor.id, guidanceOrders.assignedCounsellorId));
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['limit']>>[number];

/**
 * Each order's note at a glance (status, sending, whether the municipality has read it), without recording a read.
 * The municipality never learns of a draft: for it only sent notes appear.
 */
async function noteSummaries(db: Pick<Db, 'select'>, actor: Actor, orderIds: string[]): Promise<Map<string, OrderJson['note']>> {
  const rows = await db.select({
    orderId: guidanceNotes.orderId, id: guidanceNotes.id, status: guidanceNotes.status, lastSentAt: guidanceNotes.lastSentAt,
    sentNumber: guidanceNotes.sentNumber, firstReadAt: guidanceNotes.firstReadAt,
  }).from(guidanceNotes).where(and(
    inArray(guidanceNotes.orderId, orderIds),
    seesSentNotesOnly(actor) ? eq(guidanceNotes.status, 'sent') : undefined,
  ));
  return new Map(rows.map((n) => [n.orderId, {
    id: n.id, status: n.status, lastSentAt: n.lastSentAt?.toISOString() ?? null, sentNumber: n.sentNumber,
    readByMunicipality: n.status === 'sent' && n.firstReadAt !== null,
  }]));
}

/** Turns rows into the API shape, fetching the transition history and the notes of all of them in one query each. */
async function toJson(db: Pick<Db, 'select'>, actor: Actor, rows: Row[]): Promise<OrderJson[]> {
  if (!rows.length) return [];
  const notes = await noteSummaries(db, actor, rows.map((r) => r.o.id));
  const history = await db.select({
    orderId: orderTransitions.orderId, from: orderTransitions.fromStatus, to: orderTransitions.toStatus,
    at: orderTransitions.at, reason: orderTransitions.reason, byId: byUser.id, byName: byUser.name,
  }).from(orderTransitions).innerJoin(byUser, eq(byUser.id, orderTransitions.byUserId))
    .where(inArray(orderTransitions.orderId, rows.map((r) => r.o.id)))
    .orderBy(asc(orderTransitions.id));
  const brief = await completenessFor(db, rows.map((r) => ({ participantId: r.o.participantId, careerCentreId: r.o.careerCentreId })));
  const talks = await talkMarkers(db, rows.map((r) => ({ id: r.o.id, careerCentreId: r.o.careerCentreId, status: r.o.status })));
  const today = todayInOslo();
  return rows.map(({ o, p, municipalityName, centreName, counsellorName }) => ({
    id: o.id,
    version: o.version,
    participantId: o.participantId,
    participant: (() => {
      // A follow-up conversation has no legal deadline (issue 13 item 5), nor has a person not covered by § 11: no § 12
      // deadline then (the stored date is only the queue's sort key).
      if (o.kind === 'follow-up') return { id: p.id, givenName: p.givenName, familyName: p.familyName, decisionDeadline: null, deadlineStatus: 'no-deadline' as const };
      const deadline = p.guidanceRight === 'none' ? null : p.decisionDeadline;
      return {
        id: p.id, givenName: p.givenName, familyName: p.familyName, decisionDeadline: deadline,
        deadlineStatus: deadlineStatus({ deadline, today, guidanceHeldOn: p.guidanceHeldOn, postponed: p.guidancePostponed }),
      };
    })(),
    municipality: { id: o.municipalityId, name: municipalityName },
    careerCentre: { id: o.careerCentreId, name: centreName },
    status: o.status,
    format: o.format,
    preferredFrom: o.preferredFrom,
    preferredTo: o.preferredTo,
    language: o.language,
    interpreterLanguage: o.interpreterLanguage,
    mode: o.mode,
    message: o.message,
    kind: o.kind,
    purpose: o.purpose,
    purposeText: o.purposeText,
    talks: talks.get(o.id)!,
    assignedCounsellor: o.assignedCounsellorId && counsellorName ? { id: o.assignedCounsellorId, name: counsellorName } : null,
    rejectionReason: o.rejectionReason,
    cancellationReason: o.cancellationReason,
    history: history.filter((h) => h.orderId === o.id).map((h) => ({
      from: h.from, to: h.to, at: h.at.toISOString(), by: { id: h.byId, name: h.byName }, reason: h.reason,
    })),
    brief: brief({ participantId: o.participantId, careerCentreId: o.careerCentreId }),
    note: notes.get(o.id) ?? null,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  }));
}

async function findInScope(db: Pick<Db, 'select'>, actor: Actor, id: string): Promise<Row> {
  const scope = orderScope(actor);
  if (!scope) throw notFound();
  const [row] = await baseQuery(db).where(and(eq(guidanceOrders.id, id), scope)).limit(1);
  if (!row) throw notFound();
  return row;
}

export async function createOrder(db: Db, actor: Actor, participantId: string, input: OrderInput): Promise<OrderJson> {
  const participant = await findParticipantInScope(db, actor, participantId);
  if (!mayWriteParticipants(actor)) throw forbidden();
  if (input.preferredFrom && input.preferredTo && input.preferredTo < input.preferredFrom) throw fieldError('preferredTo', 'date.range');
  const followUp = checkFollowUp(input, participant);
  const [muni] = await db.select({ centreId: organisations.servedByCareerCentreId }).from(organisations)
    .where(eq(organisations.id, participant.municipalityId));
  if (!muni?.centreId) throw new AppError(409, 'order.no-career-centre');
  const careerCentreId = muni.centreId;
  const id = await db.transaction(async (tx) => {
    // One open order at a time, so the centre never receives the same person twice.
    const [open] = await tx.select({ id: guidanceOrders.id }).from(guidanceOrders)
      .where(and(eq(guidanceOrders.participantId, participantId), inArray(guidanceOrders.status, openStatuses))).limit(1);
    if (open) throw new AppError(409, 'order.open-exists');
    const [row] = await tx.insert(guidanceOrders).values({
      participantId,
      municipalityId: participant.municipalityId,
      careerCentreId,
      format: input.format,
      preferredFrom: input.preferredFrom ?? null,
      preferredTo: input.preferredTo ?? null,
      language: input.language,
      interpreterLanguage: input.interpreterLanguage ?? null,
      mode: input.mode,
      message: input.message ?? '',
      ...followUp,
      createdBy: actor.userId,
    }).returning({ id: guidanceOrders.id });
    const briefItemKeys = await prefillLanguage(tx, actor, participant);
    await recordAudit(tx, actor, { type: 'order.created', participantId, orderId: row!.id, ...(briefItemKeys.length ? { briefItemKeys } : {}) });
    return row!.id;
  });
  const [json] = await toJson(db, actor, [await findInScope(db, actor, id)]);
  return json!;
}

/**
 * A follow-up conversation (issue 13 item 5; seed 000: "en ny karriereveiledningssamtale mot slutten av perioden for
 * introduksjonsprogrammet") is an order of its own kind, after the first guidance was held, with a purpose and no § 11
 * deadline. It keeps the rule of one open order at a time. Its decision_deadline column is only the queue's sort
 * key: the wished-for date, else the programme end, else today; the API gives no deadline for it.
 */
function checkFollowUp(
  input: OrderInput, participant: { decisionDeadline: string; rulesVersion: number; guidanceHeldOn: string | null; programmeEndDate: string | null },
) {
  const purposeText = input.purposeText ?? '';
  if (input.kind !== 'follow-up') {
    if (input.purpose !== undefined) throw fieldError('purpose', 'order.purpose-first');
    if (purposeText) throw fieldError('purposeText', 'order.purpose-first');
    // The participant's stored deadline, with the rule-set version that computed it (src/domain/rule-set.ts).
    return { kind: 'first' as const, purpose: null, purposeText: '', decisionDeadline: participant.decisionDeadline, rulesVersion: participant.rulesVersion };
  }
  if (!input.purpose) throw fieldError('purpose', 'order.purpose-required');
  if (input.purpose === 'other' && !purposeText) throw fieldError('purposeText', 'order.purpose-text-required');
  if (!participant.guidanceHeldOn) throw new AppError(409, 'order.follow-up-needs-guidance');
  return {
    kind: 'follow-up' as const, purpose: input.purpose, purposeText,
    decisionDeadline: input.preferredTo ?? input.preferredFrom ?? participant.programmeEndDate ?? todayInOslo(),
    // Not a rule's result: the sort key stays as the order gives it whatever the rules say.
    rulesVersion: RULE_SET_VERSION,
  };
}

export async function getOrder(db: Db, actor: Actor, id: string): Promise<OrderJson> {
  const row = await findInScope(db, actor, id);
  await recordAudit(db, actor, { type: 'order.viewed', participantId: row.o.participantId, orderId: id });
  const [json] = await toJson(db, actor, [row]);
  return json!;
}

async function auditListed(db: Db, actor: Actor, rows: Row[]) {
  if (!rows.length) return;
  await recordAudit(db, actor, {
    type: 'order.listed', orderIds: rows.map((r) => r.o.id), participantIds: [...new Set(rows.map((r) => r.o.participantId))],
  });
}

export async function listOrders(
  db: Db, actor: Actor, q: { status?: OrderStatus; cursor?: string; limit: number },
): Promise<{ items: OrderJson[]; nextCursor: string | null }> {
  const scope = orderScope(actor);
  if (!scope) return { items: [], nextCursor: null };
  const cursor = decodeCursor(q.cursor);
  const rows = await baseQuery(db).where(and(
    scope,
    q.status ? eq(guidanceOrders.status, q.status) : undefined,
    afterCursor(guidanceOrders.decisionDeadline, guidanceOrders.id, cursor),
  )).orderBy(asc(guidanceOrders.decisionDeadline), asc(guidanceOrders.id)).limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  await auditListed(db, actor, page);
  return {
    items: await toJson(db, actor, page),
    nextCursor: rows.length > q.limit && last ? encodeCursor({ deadline: last.o.decisionDeadline, id: last.o.id }) : null,
  };
}

export async function listParticipantOrders(db: Db, actor: Actor, participantId: string): Promise<OrderJson[]> {
  await findParticipantInScope(db, actor, participantId);
  const scope = orderScope(actor);
  if (!scope) throw notFound();
  const rows = await baseQuery(db).where(and(eq(guidanceOrders.participantId, participantId), scope))
    .orderBy(asc(guidanceOrders.createdAt)).limit(200);
  await auditListed(db, actor, rows);
  return toJson(db, actor, rows);
}

/**
 * Which counsellor takes an accepted order: a counsellor who names none takes it; a lead who names none keeps the
 * counsellor the order was routed to (the municipality's contact or deputy), and must name one otherwise.
 */
async function counsellorFor(db: Pick<Db, 'select'>, actor: Actor, counsellorId: string | undefined, routedTo: string | null): Promise<string> {
  const id = counsellorId ?? (takesOrderUnlessNamed(actor) ? actor.userId : routedTo ?? undefined);
  if (!id) throw fieldError('counsellorId', 'order.counsellor-invalid');
  const [user] = await db.select({ id: users.id }).from(users).where(and(
    eq(users.id, id), eq(users.organisationId, actor.organisationId!), eq(users.active, true),
    orderCounsellors(),
  ));
  if (!user) throw fieldError('counsellorId', 'order.counsellor-invalid');
  return user.id;
}

export async function transitionOrder(db: Db, actor: Actor, id: string, input: TransitionInput): Promise<OrderJson> {
  const row = await findInScope(db, actor, id);
  const side = sideOf(actor);
  if (!side) throw forbidden();
  const from = row.o.status;
  const check = checkOrderTransition({ from, to: input.to, side, reason: input.reason });
  if (!check.ok) {
    if (check.code === 'reason-required') throw fieldError('reason', 'order.reason-required');
    throw new AppError(check.code === 'not-your-side' ? 403 : 409, `order.${check.code}`, { from, to: input.to });
  }
  if (input.version !== undefined && input.version !== row.o.version) throw staleVersion();
  const reason = input.reason?.trim() || null;
  const assignedCounsellorId = input.to === 'accepted' ? await counsellorFor(db, actor, input.counsellorId, row.o.assignedCounsellorId) : row.o.assignedCounsellorId;
  await db.transaction(async (tx) => {
    await moveOrder(tx, actor, row.o, input.to, { reason, assignedCounsellorId });
  });
  // Read back by id alone: a centre that rejects or cancels loses access with this very step, but is answered
  // with the order it just moved (it had it in scope a moment ago); its next request gets 404.
  const [moved] = await baseQuery(db).where(eq(guidanceOrders.id, id)).limit(1);
  const [json] = await toJson(db, actor, [moved!]);
  return json!;
}

type OrderRow = typeof guidanceOrders.$inferSelect;

/**
 * Moves an order inside the caller's transaction: the one place that writes a transition, so that sessions
 * (the first booked session schedules an accepted order) go the same way as the transitions endpoint. The
 * caller has checked the transition with checkOrderTransition. A stale version or status → 409.
 */
export async function moveOrder(
  tx: Tx, actor: Actor, o: Pick<OrderRow, 'id' | 'participantId' | 'municipalityId' | 'careerCentreId' | 'status' | 'version' | 'assignedCounsellorId' | 'rejectionReason' | 'cancellationReason'>,
  to: OrderStatus, opts: { reason?: string | null; assignedCounsellorId?: string | null } = {},
): Promise<void> {
  const from = o.status;
  const reason = opts.reason ?? null;
  let assignedCounsellorId = opts.assignedCounsellorId !== undefined ? opts.assignedCounsellorId : o.assignedCounsellorId;
  // The handover brief travels with the order: it is sent only when the centre's required items are answered.
  if (from === 'draft' && to === 'sent') await assertBriefComplete(tx, o.participantId, o.careerCentreId);
  // A sent order goes to the queue of the municipality's fixed contact, or a deputy's while the contact is away.
  const routed = from === 'draft' && to === 'sent' ? await routeFor(tx, o.municipalityId, o.careerCentreId, todayInOslo()) : null;
  if (routed) assignedCounsellorId = routed.userId;
  const [updated] = await tx.update(guidanceOrders).set({
    status: to,
    assignedCounsellorId,
    rejectionReason: to === 'rejected' ? reason : o.rejectionReason,
    cancellationReason: to === 'cancelled' ? reason : o.cancellationReason,
    version: sql`${guidanceOrders.version} + 1`,
    updatedAt: new Date(),
  }).where(and(eq(guidanceOrders.id, o.id), eq(guidanceOrders.version, o.version), eq(guidanceOrders.status, from)))
    .returning({ id: guidanceOrders.id });
  if (!updated) throw staleVersion();
  await tx.insert(orderTransitions).values({ orderId: o.id, fromStatus: from, toStatus: to, reason, byUserId: actor.userId });
  if (to === 'completed') await recordGuidanceHeld(tx, o.participantId, todayInOslo());
  await recordAudit(tx, actor, {
    type: 'order.transitioned', participantId: o.participantId, orderId: o.id, from, to,
    assignedCounsellorId: assignedCounsellorId ?? null,
  });
  if (routed) await recordAudit(tx, actor, { type: 'order.routed', participantId: o.participantId, orderId: o.id, toUserId: routed.userId, as: routed.as });
}

/**
 * The one rule for "guidance has been held" (it meets the decision-deadline rule): a completed order, a held
 * session and attendance at a group session all come here. The earliest day counts; the participant record
 * changes only when the day is earlier than the one recorded, and then its version moves.
 */
export async function recordGuidanceHeld(tx: Tx, participantId: string, heldOn: string): Promise<void> {
  // Held guidance also ends an open postponement (endedBy stays null: it ended because guidance was held).
  const ended = await tx.update(postponements).set({ endedAt: new Date(), version: sql`${postponements.version} + 1`, updatedAt: new Date() })
    .where(and(eq(postponements.participantId, participantId), isNull(postponements.endedAt)))
    .returning({ id: postponements.id });
  await tx.update(participants).set({
    guidanceHeldOn: heldOn, version: sql`${participants.version} + 1`, updatedAt: new Date(),
    ...(ended.length ? { guidancePostponed: false } : {}),
  })
    .where(and(eq(participants.id, participantId), sql`(${participants.guidanceHeldOn} is null or ${participants.guidanceHeldOn} > ${heldOn}::date)`));
}
