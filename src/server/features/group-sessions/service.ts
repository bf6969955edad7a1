import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Reader, Tx } from '../../db/client.ts';
import { groupRegistrations, groupSessions, guidanceOrders, organisations, participants, users } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { defaultGroupLead, groupScope, mayRegister, ownRegistrationsOnly, plannerCentre, seesRegistration } from './policy.ts';
import { DEFAULT_GROUP_CAPACITY, addDays, groupRoom, seatsLeft, todayInOslo } from '../../../domain/index.ts';
import { AppError, fieldError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { recordGuidanceHeld } from '../orders/service.ts';
import { participantScope } from '../participants/policy.ts';
import {
  assertNoDoubleBooking, centreCounsellor, checkBriefingTerms, checkInstant, endOf, interpreterColumns, interpreterJsonOf,
  newReference, osloParts,
} from '../sessions/booking.ts';
import type { InterpreterInput } from '../sessions/schemas.ts';
import type { AttendanceInput, GroupSessionInput, GroupSessionPatch } from './schemas.ts';

type GroupRow = typeof groupSessions.$inferSelect;

const centre = alias(organisations, 'centre');
const lead = alias(users, 'lead');
const muni = alias(organisations, 'muni');

function baseQuery(db: Reader) {
  return db.select({ g: groupSessions, centreName: centre.name, leadName: lead.name }).from(groupSessions)
    .innerJoin(centre, eq(centre.id, groupSessions.careerCentreId))
    .innerJoin(lead, eq(lead.id, groupSessions.leadCounsellorId));
}
type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['limit']>>[number];

async function registrationsOf(db: Reader, groupIds: string[]) {
  if (!groupIds.length) return [];
  return db.select({
    r: groupRegistrations, givenName: participants.givenName, familyName: participants.familyName, municipalityName: muni.name,
  }).from(groupRegistrations)
    .innerJoin(participants, eq(participants.id, groupRegistrations.participantId))
    .innerJoin(muni, eq(muni.id, groupRegistrations.municipalityId))
    .where(inArray(groupRegistrations.groupSessionId, groupIds))
    .orderBy(asc(participants.familyName), asc(participants.givenName));
}
type RegRow = Awaited<ReturnType<typeof registrationsOf>>[number];

function summary(actor: Actor, { g, centreName, leadName }: Row, regs: RegRow[]) {
  const mine = ownRegistrationsOnly(actor);
  const active = regs.filter((x) => x.r.groupSessionId === g.id && x.r.status === 'registered');
  const rooms = new Map<string, { municipality: { id: string; name: string } | null; taken: number }>();
  if (g.mode === 'in-person') rooms.set('venue', { municipality: null, taken: active.length });
  else {
    for (const x of active) {
      const room = rooms.get(x.r.municipalityId) ?? { municipality: { id: x.r.municipalityId, name: x.municipalityName }, taken: 0 };
      room.taken++;
      rooms.set(x.r.municipalityId, room);
    }
    if (mine && !rooms.has(mine)) rooms.set(mine, { municipality: { id: mine, name: actor.organisationName ?? '' }, taken: 0 });
  }
  const visible = [...rooms.entries()].filter(([key]) => !mine || g.mode === 'in-person' || key === mine).map(([, v]) => ({ ...v, left: seatsLeft(g.capacity, v.taken) }));
  return {
    id: g.id, version: g.version, reference: g.reference, careerCentre: { id: g.careerCentreId, name: centreName },
    title: g.title, language: g.language, mode: g.mode, place: g.place, meetingUrl: g.meetingUrl,
    startsAt: g.startsAt.toISOString(), endsAt: endOf(g.startsAt, g.durationMinutes).toISOString(), durationMinutes: g.durationMinutes,
    capacity: g.capacity, leadCounsellor: { id: g.leadCounsellorId, name: leadName },
    interpreter: interpreterJsonOf(g), interpreterTookPart: g.interpreterTookPart, interpreterQualityProblem: g.interpreterQualityProblem,
    cancellationReason: g.cancellationReason,
    rooms: visible,
    seatsLeftForYou: mine ? visible[0]?.left ?? g.capacity : null,
  };
}

async function findInScope(db: Reader, actor: Actor, id: string): Promise<Row> {
  const scope = groupScope(actor);
  if (!scope) throw notFound();
  const [row] = await baseQuery(db).where(and(eq(groupSessions.id, id), scope)).limit(1);
  if (!row) throw notFound();
  return row;
}

/** The group session with its registrations as the actor may see them; reading names is audited. */
async function detail(db: Db, actor: Actor, row: Row, audit: boolean) {
  const regs = await registrationsOf(db, [row.g.id]);
  const mine = ownRegistrationsOnly(actor);
  const visible = regs.filter((x) => !mine || x.r.municipalityId === mine);
  if (audit && visible.length) await recordAudit(db, actor, { type: 'group-session.viewed', groupSessionId: row.g.id, participantIds: visible.map((x) => x.r.participantId) });
  return {
    ...summary(actor, row, regs),
    registrations: visible.map((x) => ({
      id: x.r.id, version: x.r.version, participant: { id: x.r.participantId, givenName: x.givenName, familyName: x.familyName },
      municipality: { id: x.r.municipalityId, name: x.municipalityName }, status: x.r.status, attendance: x.r.attendance,
    })),
  };
}

export async function getGroupSession(db: Db, actor: Actor, id: string) {
  return detail(db, actor, await findInScope(db, actor, id), true);
}

export async function listGroupSessions(db: Db, actor: Actor, q: { from?: string; to?: string }) {
  const scope = groupScope(actor);
  if (!scope) return { items: [] };
  const from = q.from ?? todayInOslo();
  const to = q.to ?? addDays(from, 180);
  if (to < from) throw fieldError('to', 'date.range');
  const rows = await baseQuery(db).where(and(
    scope,
    sql`(${groupSessions.startsAt} at time zone 'Europe/Oslo')::date between ${from}::date and ${to}::date`,
  )).orderBy(asc(groupSessions.startsAt)).limit(200);
  const regs = await registrationsOf(db, rows.map((r) => r.g.id));
  return { items: rows.map((r) => summary(actor, r, regs)) };
}

// ─── Creating and changing (the centre) ─────────────────────────────────────────────────────────────────────────

interface Plan {
  title: string; language: string; mode: GroupRow['mode']; place: string | null; meetingUrl: string | null;
  startsAt: Date; durationMinutes: number; capacity: number; leadCounsellorId: string; interpreter: InterpreterInput | null;
}

async function checkPlan(db: Reader, centreId: string, p: Plan): Promise<Plan> {
  const field = p.mode === 'in-person' ? 'place' : 'meetingUrl';
  if (!p[field]) throw fieldError(field, 'session.medium-required');
  await centreCounsellor(db, centreId, p.leadCounsellorId, 'leadCounsellorId');
  await checkBriefingTerms(db, centreId, p.interpreter?.briefingTermIds, 'interpreter.briefingTermIds');
  return { ...p, place: field === 'place' ? p.place : null, meetingUrl: field === 'meetingUrl' ? p.meetingUrl : null };
}

const planColumns = ({ interpreter, ...rest }: Plan) => ({ ...rest, ...interpreterColumns(interpreter) });

async function checkBookable(tx: Tx, p: Plan, exceptGroupSessionId?: string) {
  await assertNoDoubleBooking(tx, {
    startsAt: p.startsAt, minutes: p.durationMinutes, counsellors: [{ id: p.leadCounsellorId, path: 'leadCounsellorId' }],
    interpreterReference: p.interpreter && p.interpreter.status !== 'none-available' ? p.interpreter.reference ?? null : null,
    exceptGroupSessionId,
  });
}

function centreOf(actor: Actor): string {
  const centreId = plannerCentre(actor);
  if (!centreId) throw forbidden();
  return centreId;
}

export async function createGroupSession(db: Db, actor: Actor, input: GroupSessionInput) {
  const centreId = centreOf(actor);
  const leadId = input.leadCounsellorId ?? defaultGroupLead(actor);
  if (!leadId) throw fieldError('leadCounsellorId', 'required');
  const plan = await checkPlan(db, centreId, {
    title: input.title, language: input.language, mode: input.mode, place: input.place ?? null, meetingUrl: input.meetingUrl ?? null,
    startsAt: checkInstant('startsAt', input.startsAt), durationMinutes: input.durationMinutes,
    capacity: input.capacity ?? DEFAULT_GROUP_CAPACITY, leadCounsellorId: leadId, interpreter: input.interpreter ?? null,
  });
  const id = await db.transaction(async (tx) => {
    await checkBookable(tx, plan);
    const [row] = await tx.insert(groupSessions).values({
      ...planColumns(plan), reference: await newReference(tx, groupSessions.reference, 'VG'), careerCentreId: centreId, createdBy: actor.userId,
    }).returning({ id: groupSessions.id });
    await recordAudit(tx, actor, { type: 'group-session.created', groupSessionId: row!.id });
    return row!.id;
  });
  return detail(db, actor, await findInScope(db, actor, id), false);
}

export async function updateGroupSession(db: Db, actor: Actor, id: string, patch: GroupSessionPatch) {
  const { g } = await findInScope(db, actor, id);
  centreOf(actor);
  if (g.cancellationReason) throw new AppError(409, 'group.cancelled');
  const { version, cancellationReason, ...changes } = patch;
  const plan = await checkPlan(db, g.careerCentreId, {
    title: changes.title ?? g.title, language: changes.language ?? g.language, mode: changes.mode ?? g.mode,
    place: changes.place !== undefined ? changes.place : g.place,
    meetingUrl: changes.meetingUrl !== undefined ? changes.meetingUrl : g.meetingUrl,
    startsAt: changes.startsAt ? checkInstant('startsAt', changes.startsAt) : g.startsAt,
    durationMinutes: changes.durationMinutes ?? g.durationMinutes, capacity: changes.capacity ?? g.capacity,
    leadCounsellorId: changes.leadCounsellorId ?? g.leadCounsellorId,
    interpreter: changes.interpreter !== undefined ? changes.interpreter : interpreterJsonOf(g),
  });
  await db.transaction(async (tx) => {
    // A cancelled session frees its people, so only a session that stays on is checked for double bookings.
    if (!cancellationReason) await checkBookable(tx, plan, id);
    const [updated] = await tx.update(groupSessions).set({
      ...planColumns(plan), cancellationReason: cancellationReason ?? null, version: sql`${groupSessions.version} + 1`, updatedAt: new Date(),
    }).where(and(eq(groupSessions.id, id), eq(groupSessions.version, version))).returning({ id: groupSessions.id });
    if (!updated) throw staleVersion();
    await recordAudit(tx, actor, { type: 'group-session.updated', groupSessionId: id, changedFields: Object.keys(patch).filter((k) => k !== 'version') });
  });
  return detail(db, actor, await findInScope(db, actor, id), false);
}

// ─── Registering (the municipality) ─────────────────────────────────────────────────────────────────────────────

/**
 * Registers one of the municipality's participants. The participant must have a sent, accepted or scheduled
 * order to the centre (the order is what hands their data to the centre). The group session's row is locked
 * for the count and the insert, so two registrations for the last seat cannot both get it.
 */
export async function register(db: Db, actor: Actor, groupSessionId: string, participantId: string) {
  const { g } = await findInScope(db, actor, groupSessionId);
  if (!mayRegister(actor)) throw forbidden();
  const scope = participantScope(actor)!;
  const [participant] = await db.select({ id: participants.id, municipalityId: participants.municipalityId }).from(participants)
    .where(and(eq(participants.id, participantId), scope)).limit(1);
  if (!participant) throw fieldError('participantId', 'group.participant-unknown');
  const [order] = await db.select({ id: guidanceOrders.id }).from(guidanceOrders).where(and(
    eq(guidanceOrders.participantId, participantId), eq(guidanceOrders.careerCentreId, g.careerCentreId),
    inArray(guidanceOrders.status, ['sent', 'accepted', 'scheduled']),
  )).limit(1);
  if (!order) throw new AppError(409, 'group.no-order');
  await db.transaction(async (tx) => {
    const [locked] = await tx.select().from(groupSessions).where(eq(groupSessions.id, groupSessionId)).for('update');
    if (!locked) throw notFound();
    if (locked.cancellationReason) throw new AppError(409, 'group.cancelled');
    if (locked.startsAt.getTime() <= Date.now()) throw new AppError(409, 'group.closed');
    const [existing] = await tx.select().from(groupRegistrations)
      .where(and(eq(groupRegistrations.groupSessionId, groupSessionId), eq(groupRegistrations.participantId, participantId)));
    if (existing?.status === 'registered') throw new AppError(409, 'group.already-registered');
    const room = groupRoom(locked.mode, participant.municipalityId);
    const [taken] = await tx.select({ n: sql<number>`count(*)::int` }).from(groupRegistrations).where(and(
      eq(groupRegistrations.groupSessionId, groupSessionId), eq(groupRegistrations.status, 'registered'),
      room === 'venue' ? undefined : eq(groupRegistrations.municipalityId, participant.municipalityId),
    ));
    if (seatsLeft(locked.capacity, taken!.n) === 0) throw new AppError(409, 'group.full');
    let registrationId: string;
    if (existing) {
      await tx.update(groupRegistrations).set({
        status: 'registered', registeredBy: actor.userId, version: sql`${groupRegistrations.version} + 1`, updatedAt: new Date(),
      }).where(eq(groupRegistrations.id, existing.id));
      registrationId = existing.id;
    } else {
      const [row] = await tx.insert(groupRegistrations).values({
        groupSessionId, participantId, municipalityId: participant.municipalityId, registeredBy: actor.userId,
      }).returning({ id: groupRegistrations.id });
      registrationId = row!.id;
    }
    await recordAudit(tx, actor, { type: 'group-registration.created', participantId, groupSessionId, registrationId });
  });
  return detail(db, actor, await findInScope(db, actor, groupSessionId), false);
}

/** The municipality withdraws its participant before the session starts, freeing the seat. */
export async function withdraw(db: Db, actor: Actor, registrationId: string, version: number) {
  if (!actor.organisationId) throw notFound();
  const [reg] = await db.select({ r: groupRegistrations, centreId: groupSessions.careerCentreId, startsAt: groupSessions.startsAt })
    .from(groupRegistrations).innerJoin(groupSessions, eq(groupSessions.id, groupRegistrations.groupSessionId))
    .where(eq(groupRegistrations.id, registrationId)).limit(1);
  const visible = reg && seesRegistration(actor, { municipalityId: reg.r.municipalityId, centreId: reg.centreId });
  if (!reg || !visible) throw notFound();
  if (!mayRegister(actor)) throw forbidden();
  if (reg.r.status !== 'registered' || reg.startsAt.getTime() <= Date.now()) throw new AppError(409, 'group.closed');
  await db.transaction(async (tx) => {
    const [updated] = await tx.update(groupRegistrations).set({ status: 'withdrawn', version: sql`${groupRegistrations.version} + 1`, updatedAt: new Date() })
      .where(and(eq(groupRegistrations.id, registrationId), eq(groupRegistrations.version, version), eq(groupRegistrations.status, 'registered')))
      .returning({ id: groupRegistrations.id });
    if (!updated) throw staleVersion();
    await recordAudit(tx, actor, { type: 'group-registration.withdrawn', participantId: reg.r.participantId, groupSessionId: reg.r.groupSessionId, registrationId });
  });
  return detail(db, actor, await findInScope(db, actor, reg.r.groupSessionId), false);
}

/**
 * The centre records who came, once per registration. Attending counts as held guidance for each participant
 * (the one rule in orders/service.ts), on the day of the session in Norway.
 */
export async function recordAttendance(db: Db, actor: Actor, groupSessionId: string, input: AttendanceInput) {
  const { g } = await findInScope(db, actor, groupSessionId);
  centreOf(actor);
  if (g.cancellationReason) throw new AppError(409, 'group.cancelled');
  if (g.startsAt.getTime() > Date.now()) throw new AppError(409, 'group.not-started');
  const ids = input.items.map((i) => i.registrationId);
  ids.forEach((id, i) => { if (ids.indexOf(id) !== i) throw fieldError(`items.${i}.registrationId`, 'brief.key-twice'); });
  if ((input.interpreterTookPart !== undefined || input.interpreterQualityProblem) && !g.interpreterLanguage) throw fieldError('interpreterTookPart', 'session.no-interpreter');
  const heldOn = osloParts(g.startsAt).date;
  await db.transaction(async (tx) => {
    const regs = await tx.select().from(groupRegistrations).where(and(eq(groupRegistrations.groupSessionId, groupSessionId), inArray(groupRegistrations.id, ids))).for('update');
    for (const [i, item] of input.items.entries()) {
      const reg = regs.find((r) => r.id === item.registrationId);
      if (!reg || reg.status !== 'registered') throw fieldError(`items.${i}.registrationId`, 'group.registration-unknown');
      if (reg.version !== item.version) throw staleVersion();
      if (reg.attendance) throw new AppError(409, 'group.attendance-recorded');
      await tx.update(groupRegistrations).set({
        attendance: item.attended ? 'attended' : 'absent', attendanceRecordedBy: actor.userId, attendanceRecordedAt: new Date(),
        version: sql`${groupRegistrations.version} + 1`, updatedAt: new Date(),
      }).where(eq(groupRegistrations.id, reg.id));
      if (item.attended) await recordGuidanceHeld(tx, reg.participantId, heldOn);
    }
    if (input.interpreterTookPart !== undefined || input.interpreterQualityProblem) {
      await tx.update(groupSessions).set({
        interpreterTookPart: input.interpreterTookPart ?? g.interpreterTookPart, interpreterQualityProblem: input.interpreterQualityProblem || g.interpreterQualityProblem,
        version: sql`${groupSessions.version} + 1`, updatedAt: new Date(),
      }).where(eq(groupSessions.id, groupSessionId));
    }
    await recordAudit(tx, actor, { type: 'group-attendance.recorded', groupSessionId, participantIds: regs.map((r) => r.participantId) });
  });
  return detail(db, actor, await findInScope(db, actor, groupSessionId), false);
}

/** Group sessions of a centre (all, or those one counsellor leads) starting in [from, to). */
export async function groupSessionsBetween(db: Reader, centreId: string, from: Date, to: Date, counsellorId?: string) {
  return baseQuery(db).where(and(
    eq(groupSessions.careerCentreId, centreId),
    sql`${groupSessions.startsAt} >= ${from.toISOString()}::timestamptz and ${groupSessions.startsAt} < ${to.toISOString()}::timestamptz`,
    counsellorId ? eq(groupSessions.leadCounsellorId, counsellorId) : undefined,
  )).orderBy(asc(groupSessions.startsAt)).limit(500);
}
