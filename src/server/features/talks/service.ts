import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Reader } from '../../db/client.ts';
import { guidanceOrders, orderTalks, users } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { missingTalks, todayInOslo, type OrderStatus, type TalkKind } from '../../../domain/index.ts';
import { AppError, fieldError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { orderScope } from '../orders/policy.ts';
import { centresExpectingTalks } from './settings.ts';
import { mayWriteTalks, recordsForMunicipality, talkAdviserRoles, talkCounsellorRoles } from './policy.ts';
import type { TalkInput, TalkJson, TalkMarker, TalkPatch } from './schemas.ts';

type OrderFacts = Pick<typeof guidanceOrders.$inferSelect,
  'id' | 'participantId' | 'municipalityId' | 'careerCentreId' | 'status' | 'createdBy' | 'assignedCounsellorId'>;
type TalkRow = typeof orderTalks.$inferSelect;

// A talk belongs to an order that is going ahead or has taken place; a rejected or cancelled order gets none.
const closedStatuses: readonly OrderStatus[] = ['rejected', 'cancelled'];

/** The order, if the actor may see it (the same scope as the order itself: a centre only what centre-access allows). */
async function orderInScope(db: Reader, actor: Actor, orderId: string): Promise<OrderFacts> {
  const scope = orderScope(actor);
  if (!scope) throw notFound();
  const [o] = await db.select({
    id: guidanceOrders.id, participantId: guidanceOrders.participantId, municipalityId: guidanceOrders.municipalityId,
    careerCentreId: guidanceOrders.careerCentreId, status: guidanceOrders.status, createdBy: guidanceOrders.createdBy,
    assignedCounsellorId: guidanceOrders.assignedCounsellorId,
  }).from(guidanceOrders).where(and(eq(guidanceOrders.id, orderId), scope)).limit(1);
  if (!o) throw notFound();
  return o;
}

/** A talk by id, through its order's scope: another organisation's talk, or a deleted one, answers 404. */
async function talkInScope(db: Reader, actor: Actor, id: string): Promise<{ talk: TalkRow; order: OrderFacts }> {
  const [talk] = await db.select().from(orderTalks).where(and(eq(orderTalks.id, id), isNull(orderTalks.removedAt))).limit(1);
  if (!talk) throw notFound();
  return { talk, order: await orderInScope(db, actor, talk.orderId) };
}

async function staffOf(db: Reader, organisationId: string, roles: readonly string[]) {
  return db.select({ id: users.id, name: users.name }).from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.active, true), inArray(users.role, [...roles] as never[])))
    .orderBy(asc(users.name));
}

/** A named participant must be active staff of the order's municipality (adviser) or centre (counsellor). */
async function assertTakesPart(db: Reader, order: OrderFacts, input: { adviserId?: string | null; counsellorId?: string | null }) {
  if (input.adviserId && !(await staffOf(db, order.municipalityId, talkAdviserRoles)).some((u) => u.id === input.adviserId)) {
    throw fieldError('adviserId', 'talk.adviser-invalid');
  }
  if (input.counsellorId && !(await staffOf(db, order.careerCentreId, talkCounsellorRoles)).some((u) => u.id === input.counsellorId)) {
    throw fieldError('counsellorId', 'talk.counsellor-invalid');
  }
}

function assertMayWrite(actor: Actor) {
  if (!mayWriteTalks(actor)) throw forbidden();
}

function checkContent(t: { heldOn: string; forCounsellor: string; nextSteps: string; wayForward: string }) {
  if (t.heldOn > todayInOslo()) throw fieldError('heldOn', 'date.future');
  // A talk with no point at all records nothing the other side can use.
  if (!t.forCounsellor && !t.nextSteps && !t.wayForward) throw fieldError('forCounsellor', 'talk.empty');
}

async function toJson(db: Reader, actor: Actor, rows: TalkRow[]): Promise<TalkJson[]> {
  if (!rows.length) return [];
  const names = await db.select({ id: users.id, name: users.name }).from(users)
    .where(inArray(users.id, [...new Set(rows.flatMap((r) => [r.adviserId, r.counsellorId, r.createdBy]).filter((x): x is string => !!x))]));
  const name = (id: string | null) => (id ? { id, name: names.find((n) => n.id === id)?.name ?? '' } : null);
  return rows.map((r) => ({
    id: r.id, orderId: r.orderId, kind: r.kind, heldOn: r.heldOn, adviser: name(r.adviserId), counsellor: name(r.counsellorId),
    forCounsellor: r.forCounsellor, nextSteps: r.nextSteps, wayForward: r.wayForward,
    recordedBy: name(r.createdBy)!, organisationId: r.organisationId, mayEdit: r.organisationId === actor.organisationId,
    version: r.version, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
  }));
}

/**
 * The "missing talk" marker of each order, for the queue and the order page: whether the order's centre expects the
 * talks (its lead's setting) and which of them are not recorded at this stage (src/domain/order-talks.ts).
 */
export async function talkMarkers(db: Reader, orders: { id: string; careerCentreId: string; status: OrderStatus }[]): Promise<Map<string, TalkMarker>> {
  if (!orders.length) return new Map();
  const expecting = await centresExpectingTalks(db, orders.map((o) => o.careerCentreId));
  const recorded = expecting.size
    ? await db.select({ orderId: orderTalks.orderId, kind: orderTalks.kind }).from(orderTalks)
      .where(and(inArray(orderTalks.orderId, orders.map((o) => o.id)), isNull(orderTalks.removedAt)))
    : [];
  return new Map(orders.map((o) => {
    const expected = expecting.has(o.careerCentreId);
    const kinds = recorded.filter((r) => r.orderId === o.id).map((r) => r.kind as TalkKind);
    return [o.id, { expected, missing: missingTalks({ expected, status: o.status, recorded: kinds }) }];
  }));
}

export async function listTalks(db: Db, actor: Actor, orderId: string) {
  const order = await orderInScope(db, actor, orderId);
  const rows = await db.select().from(orderTalks).where(and(eq(orderTalks.orderId, orderId), isNull(orderTalks.removedAt)))
    .orderBy(asc(orderTalks.heldOn), asc(orderTalks.createdAt));
  await recordAudit(db, actor, { type: 'talk.listed', participantId: order.participantId, orderId });
  return {
    items: await toJson(db, actor, rows),
    marker: (await talkMarkers(db, [order])).get(order.id)!,
    people: {
      advisers: await staffOf(db, order.municipalityId, talkAdviserRoles),
      counsellors: await staffOf(db, order.careerCentreId, talkCounsellorRoles),
    },
  };
}

/**
 * The adviser or the counsellor records a talk. Who took part defaults to the one recording and, on the other side,
 * to the order's adviser (who created it) or its assigned counsellor; null names nobody.
 */
export async function recordTalk(db: Db, actor: Actor, orderId: string, input: TalkInput): Promise<TalkJson> {
  const order = await orderInScope(db, actor, orderId);
  assertMayWrite(actor);
  if (closedStatuses.includes(order.status)) throw new AppError(409, 'talk.order-closed');
  const municipalitySide = recordsForMunicipality(actor);
  const adviserId = input.adviserId !== undefined ? input.adviserId : municipalitySide ? actor.userId : order.createdBy;
  const counsellorId = input.counsellorId !== undefined ? input.counsellorId : municipalitySide ? order.assignedCounsellorId : actor.userId;
  const values = {
    heldOn: input.heldOn, forCounsellor: input.forCounsellor ?? '', nextSteps: input.nextSteps ?? '', wayForward: input.wayForward ?? '',
  };
  checkContent(values);
  // The defaults are checked too: an adviser who has left is simply not named.
  const named = { adviserId: adviserId ?? null, counsellorId: counsellorId ?? null };
  if (input.adviserId === undefined && named.adviserId && !(await staffOf(db, order.municipalityId, talkAdviserRoles)).some((u) => u.id === named.adviserId)) named.adviserId = null;
  await assertTakesPart(db, order, named);
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx.insert(orderTalks).values({
      orderId, participantId: order.participantId, kind: input.kind, ...values, ...named,
      organisationId: actor.organisationId!, createdBy: actor.userId,
    }).returning();
    await recordAudit(tx, actor, { type: 'talk.recorded', participantId: order.participantId, orderId, talkId: inserted!.id, kind: input.kind });
    return inserted!;
  });
  return (await toJson(db, actor, [row]))[0]!;
}

/** Only the side that recorded a talk changes it (the other side sees it and may record its own). */
export async function updateTalk(db: Db, actor: Actor, id: string, patch: TalkPatch): Promise<TalkJson> {
  const { talk, order } = await talkInScope(db, actor, id);
  assertMayWrite(actor);
  if (talk.organisationId !== actor.organisationId) throw forbidden();
  if (patch.version !== talk.version) throw staleVersion();
  const { version, ...changes } = patch;
  const merged = { ...talk, ...changes };
  checkContent(merged);
  await assertTakesPart(db, order, { adviserId: changes.adviserId, counsellorId: changes.counsellorId });
  const changedFields = Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== talk[k as keyof TalkRow]);
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx.update(orderTalks).set({ ...changes, version: sql`${orderTalks.version} + 1`, updatedAt: new Date() })
      .where(and(eq(orderTalks.id, id), eq(orderTalks.version, version), isNull(orderTalks.removedAt))).returning();
    if (!updated) throw staleVersion();
    await recordAudit(tx, actor, { type: 'talk.updated', participantId: order.participantId, orderId: order.id, talkId: id, changedFields });
    return updated;
  });
  return (await toJson(db, actor, [row]))[0]!;
}

/** A soft delete (the page asks first): the row stays for the export and the audit trail names it. */
export async function removeTalk(db: Db, actor: Actor, id: string, version: number): Promise<void> {
  const { talk, order } = await talkInScope(db, actor, id);
  assertMayWrite(actor);
  if (talk.organisationId !== actor.organisationId) throw forbidden();
  await db.transaction(async (tx) => {
    const [row] = await tx.update(orderTalks).set({ removedAt: new Date(), removedBy: actor.userId, version: sql`${orderTalks.version} + 1`, updatedAt: new Date() })
      .where(and(eq(orderTalks.id, id), eq(orderTalks.version, version), isNull(orderTalks.removedAt))).returning({ id: orderTalks.id });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, { type: 'talk.removed', participantId: order.participantId, orderId: order.id, talkId: id });
  });
}
