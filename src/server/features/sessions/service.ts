import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Reader, Tx } from '../../db/client.ts';
import { guidanceOrders, guidanceSessions, organisations, participants, users } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { checkOrderTransition, checkSessionOutcome } from '../../../domain/index.ts';
import { AppError, fieldError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { orderScope } from '../orders/policy.ts';
import { defaultLeadCounsellor, mayManageSessions, sessionScope } from './policy.ts';
import { moveOrder, recordGuidanceHeld } from '../orders/service.ts';
import {
  assertNoDoubleBooking, centreCounsellor, checkBriefingTerms, checkInstant, endOf, interpreterColumns, interpreterJsonOf,
  newReference, osloParts,
} from './booking.ts';
import type { InterpreterInput, OutcomeInput, SessionInput, SessionJson, SessionPatch } from './schemas.ts';
import { letterLanguages, letterTexts, type LetterLanguage } from '../../../content/letter-texts.ts';
import { participantContact } from '../participant-page/contact.ts';
import { termsOfCentre } from '../glossary/service.ts';

type SessionRow = typeof guidanceSessions.$inferSelect;

const municipality = alias(organisations, 'municipality');
const centre = alias(organisations, 'centre');
const lead = alias(users, 'lead');
const second = alias(users, 'second');
const recorder = alias(users, 'recorder');

function baseQuery(db: Reader) {
  return db.select({
    s: guidanceSessions,
    p: { id: participants.id, givenName: participants.givenName, familyName: participants.familyName },
    municipalityName: municipality.name, centreName: centre.name,
    leadName: lead.name, secondName: second.name, recorderName: recorder.name,
  }).from(guidanceSessions)
    .innerJoin(participants, eq(participants.id, guidanceSessions.participantId))
    .innerJoin(municipality, eq(municipality.id, guidanceSessions.municipalityId))
    .innerJoin(centre, eq(centre.id, guidanceSessions.careerCentreId))
    .innerJoin(lead, eq(lead.id, guidanceSessions.leadCounsellorId))
    .leftJoin(second, eq(second.id, guidanceSessions.secondCounsellorId))
    .leftJoin(recorder, eq(recorder.id, guidanceSessions.outcomeRecordedBy));
}
type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['limit']>>[number];

export function toJson({ s, p, municipalityName, centreName, leadName, secondName, recorderName }: Row): SessionJson {
  return {
    id: s.id, version: s.version, reference: s.reference, orderId: s.orderId,
    participant: p,
    municipality: { id: s.municipalityId, name: municipalityName },
    careerCentre: { id: s.careerCentreId, name: centreName },
    kind: s.kind, threePartyWith: s.threePartyWith, mode: s.mode, place: s.place, meetingUrl: s.meetingUrl, phone: s.phone,
    startsAt: s.startsAt.toISOString(), endsAt: endOf(s.startsAt, s.durationMinutes).toISOString(), durationMinutes: s.durationMinutes,
    leadCounsellor: { id: s.leadCounsellorId, name: leadName },
    secondCounsellor: s.secondCounsellorId && secondName ? { id: s.secondCounsellorId, name: secondName } : null,
    adviserRole: s.adviserRole, plannedIntervalDays: s.plannedIntervalDays,
    interpreter: interpreterJsonOf(s),
    outcome: s.outcome && s.outcomeRecordedBy && s.outcomeRecordedAt ? {
      outcome: s.outcome, reason: s.outcomeReason, minutesUsed: s.minutesUsed, interpreterTookPart: s.interpreterTookPart,
      interpreterQualityProblem: s.interpreterQualityProblem, recordedBy: { id: s.outcomeRecordedBy, name: recorderName ?? '' },
      recordedAt: s.outcomeRecordedAt.toISOString(),
    } : null,
    createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString(),
  };
}

export async function findSessionInScope(db: Reader, actor: Actor, id: string): Promise<Row> {
  const scope = sessionScope(actor);
  if (!scope) throw notFound();
  const [row] = await baseQuery(db).where(and(eq(guidanceSessions.id, id), scope)).limit(1);
  if (!row) throw notFound();
  return row;
}

/** A session the actor may change: in scope (else 404), a centre role (else 403), no outcome yet (else 409). */
async function writableSession(db: Reader, actor: Actor, id: string): Promise<Row> {
  const row = await findSessionInScope(db, actor, id);
  if (!mayManageSessions(actor)) throw forbidden();
  if (row.s.outcome) throw new AppError(409, 'session.closed');
  return row;
}

async function auditListed(db: Pick<Db, 'insert'>, actor: Actor, rows: Row[]) {
  if (!rows.length) return;
  await recordAudit(db, actor, { type: 'session.listed', sessionIds: rows.map((r) => r.s.id), participantIds: [...new Set(rows.map((r) => r.p.id))] });
}

export async function getSession(db: Db, actor: Actor, id: string): Promise<SessionJson> {
  const row = await findSessionInScope(db, actor, id);
  await recordAudit(db, actor, { type: 'session.viewed', participantId: row.p.id, orderId: row.s.orderId, sessionId: id });
  return toJson(row);
}

export async function listOrderSessions(db: Db, actor: Actor, orderId: string): Promise<SessionJson[]> {
  const order = await orderInScope(db, actor, orderId);
  const rows = await baseQuery(db).where(eq(guidanceSessions.orderId, order.id)).orderBy(asc(guidanceSessions.startsAt)).limit(100);
  await auditListed(db, actor, rows);
  return rows.map(toJson);
}

async function orderInScope(db: Reader, actor: Actor, orderId: string) {
  const scope = orderScope(actor);
  if (!scope) throw notFound();
  const [order] = await db.select().from(guidanceOrders).where(and(eq(guidanceOrders.id, orderId), scope)).limit(1);
  if (!order) throw notFound();
  return order;
}

// ─── Booking and changing ───────────────────────────────────────────────────────────────────────────────────────

/** The session as it will be stored, after the rules that need more than one field. */
interface Plan {
  kind: SessionRow['kind'];
  threePartyWith: SessionRow['threePartyWith'];
  mode: SessionRow['mode'];
  place: string | null; meetingUrl: string | null; phone: string | null;
  startsAt: Date;
  durationMinutes: number;
  leadCounsellorId: string;
  secondCounsellorId: string | null;
  adviserRole: SessionRow['adviserRole'];
  plannedIntervalDays: number | null;
  interpreter: InterpreterInput | null;
}

/**
 * Checks a plan: the mode's field is given (place, link or phone; the others are dropped), a three-party
 * session says with whom, the counsellors belong to the centre and differ, and briefing terms are the centre's.
 */
async function checkPlan(db: Reader, centreId: string, p: Plan): Promise<Plan> {
  const medium = { 'in-person': 'place', digital: 'meetingUrl', phone: 'phone' } as const;
  const field = medium[p.mode];
  if (!p[field]) throw fieldError(field, 'session.medium-required');
  if (p.kind === 'three-party' && !p.threePartyWith) throw fieldError('threePartyWith', 'session.three-party-with');
  await centreCounsellor(db, centreId, p.leadCounsellorId, 'leadCounsellorId');
  if (p.secondCounsellorId) {
    if (p.secondCounsellorId === p.leadCounsellorId) throw fieldError('secondCounsellorId', 'session.same-counsellor');
    await centreCounsellor(db, centreId, p.secondCounsellorId, 'secondCounsellorId');
  }
  await checkBriefingTerms(db, centreId, p.interpreter?.briefingTermIds, 'interpreter.briefingTermIds');
  return {
    ...p,
    place: field === 'place' ? p.place : null,
    meetingUrl: field === 'meetingUrl' ? p.meetingUrl : null,
    phone: field === 'phone' ? p.phone : null,
    threePartyWith: p.kind === 'three-party' ? p.threePartyWith : null,
  };
}

function planColumns(p: Plan) {
  const { interpreter, ...rest } = p;
  return { ...rest, ...interpreterColumns(interpreter) };
}

async function checkBookable(tx: Tx, p: Plan, exceptSessionId?: string) {
  await assertNoDoubleBooking(tx, {
    startsAt: p.startsAt, minutes: p.durationMinutes,
    counsellors: [{ id: p.leadCounsellorId, path: 'leadCounsellorId' }, ...(p.secondCounsellorId ? [{ id: p.secondCounsellorId, path: 'secondCounsellorId' }] : [])],
    interpreterReference: p.interpreter && p.interpreter.status !== 'none-available' ? p.interpreter.reference ?? null : null,
    exceptSessionId,
  });
}

/**
 * Books a session for an accepted or scheduled order. The first session of an accepted order schedules it,
 * through the same transition as the transitions endpoint.
 */
export async function createSession(db: Db, actor: Actor, orderId: string, input: SessionInput): Promise<SessionJson> {
  const order = await orderInScope(db, actor, orderId);
  if (!mayManageSessions(actor)) throw forbidden();
  if (order.status !== 'accepted' && order.status !== 'scheduled') throw new AppError(409, 'session.order-not-open', { status: order.status });
  const leadId = input.leadCounsellorId ?? order.assignedCounsellorId ?? defaultLeadCounsellor(actor);
  if (!leadId) throw fieldError('leadCounsellorId', 'required');
  const plan = await checkPlan(db, order.careerCentreId, {
    kind: input.kind, threePartyWith: input.threePartyWith ?? null, mode: input.mode,
    place: input.place ?? null, meetingUrl: input.meetingUrl ?? null, phone: input.phone ?? null,
    startsAt: checkInstant('startsAt', input.startsAt), durationMinutes: input.durationMinutes,
    leadCounsellorId: leadId, secondCounsellorId: input.secondCounsellorId ?? null,
    adviserRole: input.adviserRole ?? 'absent', plannedIntervalDays: input.plannedIntervalDays ?? null,
    interpreter: input.interpreter ?? null,
  });
  const id = await db.transaction(async (tx) => {
    // The order is locked, so a cancellation cannot slip in between the status check and the booking.
    const [locked] = await tx.select().from(guidanceOrders).where(eq(guidanceOrders.id, orderId)).for('update');
    if (!locked || (locked.status !== 'accepted' && locked.status !== 'scheduled')) throw new AppError(409, 'session.order-not-open', { status: locked?.status ?? '' });
    await checkBookable(tx, plan);
    const [row] = await tx.insert(guidanceSessions).values({
      ...planColumns(plan),
      reference: await newReference(tx, guidanceSessions.reference, 'VV'),
      orderId, participantId: locked.participantId, municipalityId: locked.municipalityId, careerCentreId: locked.careerCentreId,
      createdBy: actor.userId,
    }).returning({ id: guidanceSessions.id });
    await recordAudit(tx, actor, { type: 'session.created', participantId: locked.participantId, orderId, sessionId: row!.id });
    if (locked.status === 'accepted') {
      const check = checkOrderTransition({ from: 'accepted', to: 'scheduled', side: 'career-centre' });
      if (!check.ok) throw new AppError(409, 'order.illegal-transition', { from: 'accepted', to: 'scheduled' });
      await moveOrder(tx, actor, locked, 'scheduled');
    }
    return row!.id;
  });
  return toJson(await findSessionInScope(db, actor, id));
}

export async function updateSession(db: Db, actor: Actor, id: string, patch: SessionPatch): Promise<SessionJson> {
  const { s } = await writableSession(db, actor, id);
  const { version, ...changes } = patch;
  const plan = await checkPlan(db, s.careerCentreId, {
    kind: changes.kind ?? s.kind,
    threePartyWith: changes.threePartyWith !== undefined ? changes.threePartyWith : s.threePartyWith,
    mode: changes.mode ?? s.mode,
    place: changes.place !== undefined ? changes.place : s.place,
    meetingUrl: changes.meetingUrl !== undefined ? changes.meetingUrl : s.meetingUrl,
    phone: changes.phone !== undefined ? changes.phone : s.phone,
    startsAt: changes.startsAt ? checkInstant('startsAt', changes.startsAt) : s.startsAt,
    durationMinutes: changes.durationMinutes ?? s.durationMinutes,
    leadCounsellorId: changes.leadCounsellorId ?? s.leadCounsellorId,
    secondCounsellorId: changes.secondCounsellorId !== undefined ? changes.secondCounsellorId : s.secondCounsellorId,
    adviserRole: changes.adviserRole ?? s.adviserRole,
    plannedIntervalDays: changes.plannedIntervalDays !== undefined ? changes.plannedIntervalDays : s.plannedIntervalDays,
    interpreter: changes.interpreter !== undefined ? changes.interpreter : storedInterpreter(s),
  });
  await db.transaction(async (tx) => {
    await checkBookable(tx, plan, id);
    const [updated] = await tx.update(guidanceSessions).set({
      ...planColumns(plan), version: sql`${guidanceSessions.version} + 1`, updatedAt: new Date(),
    }).where(and(eq(guidanceSessions.id, id), eq(guidanceSessions.version, version), sql`${guidanceSessions.outcome} is null`))
      .returning({ id: guidanceSessions.id });
    if (!updated) throw staleVersion();
    await recordAudit(tx, actor, { type: 'session.updated', participantId: s.participantId, orderId: s.orderId, sessionId: id, changedFields: Object.keys(changes) });
  });
  return toJson(await findSessionInScope(db, actor, id));
}

function storedInterpreter(s: SessionRow): InterpreterInput | null {
  const i = interpreterJsonOf(s);
  return i ? { ...i } : null;
}

/**
 * Records what happened, once. A held session counts as held guidance for the participant (the one rule in
 * orders/service.ts), on the day it was held in Norway.
 */
export async function recordOutcome(db: Db, actor: Actor, id: string, input: OutcomeInput): Promise<SessionJson> {
  const { s } = await writableSession(db, actor, id);
  const check = checkSessionOutcome({ outcome: input.outcome, reason: input.reason, startsAt: s.startsAt, now: new Date() });
  if (!check.ok) {
    if (check.code === 'reason-required') throw fieldError('reason', 'order.reason-required');
    throw new AppError(409, 'session.not-started');
  }
  if (input.minutesUsed !== undefined && (input.outcome === 'cancelled' || input.outcome === 'no-show')) throw fieldError('minutesUsed', 'session.minutes-not-used');
  if (input.interpreterQualityProblem && !s.interpreterLanguage) throw fieldError('interpreterQualityProblem', 'session.no-interpreter');
  await db.transaction(async (tx) => {
    const [updated] = await tx.update(guidanceSessions).set({
      outcome: input.outcome,
      outcomeReason: input.reason?.trim() || null,
      minutesUsed: input.minutesUsed ?? null,
      interpreterTookPart: s.interpreterLanguage ? input.interpreterTookPart ?? null : false,
      interpreterQualityProblem: input.interpreterQualityProblem || null,
      outcomeRecordedBy: actor.userId,
      outcomeRecordedAt: new Date(),
      version: sql`${guidanceSessions.version} + 1`,
      updatedAt: new Date(),
    }).where(and(eq(guidanceSessions.id, id), eq(guidanceSessions.version, input.version), sql`${guidanceSessions.outcome} is null`))
      .returning({ id: guidanceSessions.id });
    if (!updated) throw staleVersion();
    if (input.outcome === 'held') await recordGuidanceHeld(tx, s.participantId, osloParts(s.startsAt).date);
    await recordAudit(tx, actor, { type: 'session.outcome-recorded', participantId: s.participantId, orderId: s.orderId, sessionId: id, outcome: input.outcome });
  });
  return toJson(await findSessionInScope(db, actor, id));
}

/** Sessions of a centre (all, or one counsellor's as lead or second) starting in [from, to). */
export async function sessionsBetween(db: Reader, centreId: string, from: Date, to: Date, counsellorId?: string): Promise<Row[]> {
  return baseQuery(db).where(and(
    eq(guidanceSessions.careerCentreId, centreId),
    sql`${guidanceSessions.startsAt} >= ${from.toISOString()}::timestamptz and ${guidanceSessions.startsAt} < ${to.toISOString()}::timestamptz`,
    counsellorId ? sql`(${guidanceSessions.leadCounsellorId} = ${counsellorId} or ${guidanceSessions.secondCounsellorId} = ${counsellorId})` : undefined,
  )).orderBy(asc(guidanceSessions.startsAt)).limit(1000);
}

export { auditListed as auditSessionsListed };

// ─── The appointment letter and the interpreter briefing ────────────────────────────────────────────────────────

/**
 * What the web app needs to print the appointment letter: when, where, with which interpreter language, and
 * the fixed texts in Norwegian and in the participant's language (the one asked for, else the participant's
 * preferred language when a text exists for it, else English). Reading it is audited: it names the person.
 */
export async function sessionLetter(db: Db, actor: Actor, id: string, lang: LetterLanguage | undefined) {
  const row = await findSessionInScope(db, actor, id);
  const [p] = await db.select({ preferredLanguage: participants.preferredLanguage }).from(participants).where(eq(participants.id, row.p.id));
  const preferred = p!.preferredLanguage;
  const preferredAvailable = (letterLanguages as readonly string[]).includes(preferred);
  const language: LetterLanguage = lang ?? (preferredAvailable ? preferred as LetterLanguage : 'en');
  const { s } = row;
  const start = osloParts(s.startsAt);
  const end = osloParts(endOf(s.startsAt, s.durationMinutes));
  await recordAudit(db, actor, { type: 'session.letter-viewed', participantId: row.p.id, sessionId: id, language });
  return {
    sessionId: s.id, reference: s.reference,
    participant: { givenName: row.p.givenName, familyName: row.p.familyName, preferredLanguage: preferred, preferredLanguageAvailable: preferredAvailable },
    careerCentre: { name: row.centreName },
    date: start.date, time: start.time, endTime: end.time, durationMinutes: s.durationMinutes, timeZone: 'Europe/Oslo' as const,
    mode: s.mode, place: s.place, meetingUrl: s.meetingUrl, phone: s.phone,
    interpreterLanguage: s.interpreterStatus === 'none-available' ? null : s.interpreterLanguage,
    cancelled: s.outcome === 'cancelled',
    contact: await participantContact(db, row.p.id, s.orderId),
    texts: [...new Set<LetterLanguage>(['nb', language])].map((l) => ({ lang: l, ...letterTexts[l] })),
  };
}

/**
 * A briefing for the interpreter, without personal data: when, how long, the counsellor's note and the chosen
 * glossary terms, with their translation into the interpreter language where the centre has one.
 */
export async function interpreterBriefing(db: Db, actor: Actor, id: string) {
  const { s, centreName } = await findSessionInScope(db, actor, id);
  if (!mayManageSessions(actor)) throw forbidden();
  const interpreter = interpreterJsonOf(s);
  if (!interpreter) throw new AppError(409, 'session.no-interpreter');
  const terms = await termsOfCentre(db, s.careerCentreId, interpreter.briefingTermIds);
  const start = osloParts(s.startsAt);
  return {
    reference: s.reference, careerCentre: { name: centreName }, date: start.date, time: start.time, durationMinutes: s.durationMinutes,
    sessionMode: s.mode, interpreterMode: interpreter.mode, language: interpreter.language, dialect: interpreter.dialect,
    briefing: interpreter.briefing,
    terms: terms.map((t) => ({
      term: t.term, explanation: t.explanation,
      translation: t.translations[interpreter.language] ?? t.translations[interpreter.language.split('-')[0]!] ?? null,
    })),
  };
}
