import { and, asc, desc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cooperationActions, meetingSeries, meetingSeriesInvitees, meetings, organisations, users } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { actionOverdue, nationalIdsIn, nextMeetingDate, todayInOslo } from '../../../domain/index.ts';
import { fieldError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { endOf, osloParts } from '../sessions/booking.ts';
import { fold, icsText, icsTime } from '../calendar/service.ts';
import { checkGatheringOwner } from '../gatherings/follow-up.ts';
import { gatheringActionInScope, openGatheringActions } from './gathering-actions.ts';
import { isPartyLead, leadSide, mayUseMeetings, meetingStaffUsers } from './policy.ts';
import type { ActionInput, ActionPatch, MeetingInput, MeetingPatch, SeriesInput, SeriesPatch } from './meetings-schemas.ts';

type Reader = Pick<Db, 'select'>;
type SeriesRow = typeof meetingSeries.$inferSelect;
type MeetingRow = typeof meetings.$inferSelect;
type ActionRow = typeof cooperationActions.$inferSelect;
interface Person { id: string; name: string; organisationName: string }

const bump = <T extends { version: unknown }>(table: T) => sql`${table.version} + 1`;

/**
 * Texts two organisations share (titles, agendas, minutes, actions) must not identify a participant. Names cannot be
 * told from other words, so the page warns about them; national identity numbers can, so they are refused.
 */
function refuseNationalIds(fields: Record<string, string | undefined>) {
  for (const [path, text] of Object.entries(fields)) {
    if (text && nationalIdsIn(text).length) throw fieldError(path, 'meeting.national-id');
  }
}

// ─── The parties ────────────────────────────────────────────────────────────────────────────────────────────────

/** The organisations of a series: the centre and its municipality, or every municipality it serves. */
async function partiesOf(db: Reader, s: Pick<SeriesRow, 'careerCentreId' | 'municipalityId'>): Promise<Set<string>> {
  if (s.municipalityId) return new Set([s.careerCentreId, s.municipalityId]);
  const served = await db.select({ id: organisations.id }).from(organisations)
    .where(and(eq(organisations.servedByCareerCentreId, s.careerCentreId), eq(organisations.kind, 'municipality')));
  return new Set([s.careerCentreId, ...served.map((o) => o.id)]);
}

async function inviteesOf(db: Reader, seriesIds: string[]): Promise<Map<string, Person[]>> {
  const out = new Map<string, Person[]>();
  if (!seriesIds.length) return out;
  const rows = await db.select({ seriesId: meetingSeriesInvitees.seriesId, id: users.id, name: users.name, organisationName: organisations.name })
    .from(meetingSeriesInvitees).innerJoin(users, eq(users.id, meetingSeriesInvitees.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(inArray(meetingSeriesInvitees.seriesId, seriesIds)).orderBy(asc(users.name));
  for (const r of rows) out.set(r.seriesId, [...(out.get(r.seriesId) ?? []), { id: r.id, name: r.name, organisationName: r.organisationName ?? '' }]);
  return out;
}

/** A series the actor may see: invited, or a lead of one of the parties. Anything else is 404, like another organisation's record. */
async function seriesInScope(db: Reader, actor: Actor, id: string) {
  if (!mayUseMeetings(actor) || !actor.organisationId) throw notFound();
  const [s] = await db.select().from(meetingSeries).where(eq(meetingSeries.id, id));
  if (!s) throw notFound();
  const parties = await partiesOf(db, s);
  const lead = isPartyLead(parties, actor);
  if (!lead) {
    const [invited] = await db.select({ u: meetingSeriesInvitees.userId }).from(meetingSeriesInvitees)
      .where(and(eq(meetingSeriesInvitees.seriesId, id), eq(meetingSeriesInvitees.userId, actor.userId)));
    if (!invited) throw notFound();
  }
  return { s, parties, lead };
}

async function meetingInScope(db: Reader, actor: Actor, id: string) {
  const [m] = await db.select().from(meetings).where(and(eq(meetings.id, id), isNull(meetings.removedAt)));
  if (!m) throw notFound();
  return { m, ...(await seriesInScope(db, actor, m.seriesId)) };
}

/** The series ids the actor sees: those they are invited to, and as a lead every series of their organisation. */
async function visibleSeriesIds(db: Reader, actor: Actor, leadOnly = false): Promise<string[]> {
  if (!mayUseMeetings(actor) || !actor.organisationId) return [];
  const conditions: SQL[] = [];
  const side = leadSide(actor);
  if (side === 'career-centre') conditions.push(eq(meetingSeries.careerCentreId, actor.organisationId));
  if (side === 'municipality') {
    const [own] = await db.select({ centre: organisations.servedByCareerCentreId }).from(organisations).where(eq(organisations.id, actor.organisationId));
    conditions.push(eq(meetingSeries.municipalityId, actor.organisationId));
    if (own?.centre) conditions.push(and(isNull(meetingSeries.municipalityId), eq(meetingSeries.careerCentreId, own.centre))!);
  }
  if (!leadOnly) {
    conditions.push(inArray(meetingSeries.id, db.select({ id: meetingSeriesInvitees.seriesId }).from(meetingSeriesInvitees)
      .where(eq(meetingSeriesInvitees.userId, actor.userId))));
  }
  if (!conditions.length) return [];
  return (await db.select({ id: meetingSeries.id }).from(meetingSeries).where(or(...conditions))).map((r) => r.id);
}

/** Active staff of the parties, for the invitation list and as action owners. */
async function staffOf(db: Reader, orgIds: string[]): Promise<Person[]> {
  if (!orgIds.length) return [];
  return db.select({ id: users.id, name: users.name, organisationName: organisations.name }).from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(inArray(users.organisationId, orgIds), eq(users.active, true), meetingStaffUsers()))
    .orderBy(asc(organisations.name), asc(users.name));
}

async function assertInvitees(db: Reader, parties: Set<string>, ids: string[]) {
  const unique = [...new Set(ids)];
  const staff = new Set((await staffOf(db, [...parties])).map((p) => p.id));
  if (unique.some((id) => !staff.has(id))) throw fieldError('inviteeIds', 'meeting.invitee-invalid');
  return unique;
}

// ─── Series ─────────────────────────────────────────────────────────────────────────────────────────────────────

const osloDate = (d: Date) => osloParts(d).date;

async function seriesJsons(db: Reader, actor: Actor, rows: SeriesRow[]) {
  if (!rows.length) return [];
  const ids = rows.map((s) => s.id);
  const orgIds = [...new Set(rows.flatMap((s) => [s.careerCentreId, ...(s.municipalityId ? [s.municipalityId] : [])]))];
  const orgs = new Map((await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, orgIds)))
    .map((o) => [o.id, o]));
  const invitees = await inviteesOf(db, ids);
  const now = new Date();
  const held = await db.select({ seriesId: meetings.seriesId, last: sql<Date | null>`max(${meetings.startsAt}) filter (where ${meetings.startsAt} <= ${now})`.mapWith(meetings.startsAt) })
    .from(meetings).where(and(inArray(meetings.seriesId, ids), isNull(meetings.removedAt))).groupBy(meetings.seriesId);
  const upcoming = await db.select({ id: meetings.id, seriesId: meetings.seriesId, startsAt: meetings.startsAt }).from(meetings)
    .where(and(inArray(meetings.seriesId, ids), isNull(meetings.removedAt), sql`${meetings.startsAt} > ${now}`)).orderBy(asc(meetings.startsAt));
  const open = await openActionsOf(db, ids);
  const today = todayInOslo();
  const result = [];
  for (const s of rows) {
    const lastOn = held.find((h) => h.seriesId === s.id)?.last ?? null;
    const next = upcoming.find((u) => u.seriesId === s.id);
    const actions = open.filter((a) => a.seriesId === s.id);
    result.push({
      id: s.id, title: s.title, interval: s.interval,
      careerCentre: orgs.get(s.careerCentreId)!, municipality: s.municipalityId ? orgs.get(s.municipalityId)! : null,
      invitees: invitees.get(s.id) ?? [],
      lastMeetingOn: lastOn ? osloDate(lastOn) : null,
      nextMeetingOn: nextMeetingDate(lastOn ? osloDate(lastOn) : null, s.interval),
      upcoming: next ? { id: next.id, startsAt: next.startsAt.toISOString() } : null,
      openActions: actions.length,
      overdueActions: actions.filter((a) => actionOverdue(a, today)).length,
      canManage: isPartyLead(await partiesOf(db, s), actor),
      version: s.version,
    });
  }
  return result;
}

/** Open actions of the meetings of some series (the meeting id says which series). */
async function openActionsOf(db: Reader, seriesIds: string[]) {
  if (!seriesIds.length) return [];
  return db.select({ seriesId: meetings.seriesId, meetingId: meetings.id, status: cooperationActions.status, dueDate: cooperationActions.dueDate })
    .from(cooperationActions).innerJoin(meetings, and(eq(cooperationActions.sourceKind, 'meeting'), eq(meetings.id, cooperationActions.sourceId)))
    .where(and(inArray(meetings.seriesId, seriesIds), isNull(meetings.removedAt), isNull(cooperationActions.removedAt), ne(cooperationActions.status, 'done')));
}

export async function listSeries(db: Db, actor: Actor) {
  if (!mayUseMeetings(actor)) throw forbidden();
  const ids = await visibleSeriesIds(db, actor);
  if (!ids.length) return { items: [] };
  const rows = await db.select().from(meetingSeries).where(inArray(meetingSeries.id, ids)).orderBy(asc(meetingSeries.title));
  return { items: await seriesJsons(db, actor, rows) };
}

/** The parties a lead may start a series for: a centre lead its centre with one served municipality (or all); a municipality lead its own. */
async function partiesForNewSeries(db: Reader, actor: Actor, municipalityId: string | null | undefined) {
  const side = leadSide(actor);
  if (!side || !actor.organisationId) throw forbidden();
  if (side === 'municipality') {
    if (municipalityId && municipalityId !== actor.organisationId) throw fieldError('municipalityId', 'meeting.municipality-invalid');
    const [own] = await db.select({ centre: organisations.servedByCareerCentreId }).from(organisations).where(eq(organisations.id, actor.organisationId));
    if (!own?.centre) throw fieldError('municipalityId', 'meeting.municipality-invalid');
    return { careerCentreId: own.centre, municipalityId: actor.organisationId };
  }
  if (municipalityId) {
    const [m] = await db.select({ id: organisations.id }).from(organisations)
      .where(and(eq(organisations.id, municipalityId), eq(organisations.servedByCareerCentreId, actor.organisationId)));
    if (!m) throw fieldError('municipalityId', 'meeting.municipality-invalid');
  }
  return { careerCentreId: actor.organisationId, municipalityId: municipalityId ?? null };
}

export async function createSeries(db: Db, actor: Actor, input: SeriesInput) {
  const party = await partiesForNewSeries(db, actor, input.municipalityId);
  refuseNationalIds({ title: input.title });
  const inviteeIds = await assertInvitees(db, await partiesOf(db, party), input.inviteeIds);
  const row = await db.transaction(async (tx) => {
    const [s] = await tx.insert(meetingSeries).values({ ...party, title: input.title, interval: input.interval, createdBy: actor.userId }).returning();
    if (inviteeIds.length) await tx.insert(meetingSeriesInvitees).values(inviteeIds.map((userId) => ({ seriesId: s!.id, userId })));
    await recordAudit(tx, actor, { type: 'meeting-series.created', seriesId: s!.id, ...party, inviteeIds });
    return s!;
  });
  return { ...(await seriesJsons(db, actor, [row]))[0]!, meetings: [] };
}

export async function getSeries(db: Db, actor: Actor, id: string) {
  const { s } = await seriesInScope(db, actor, id);
  const rows = await db.select().from(meetings).where(and(eq(meetings.seriesId, id), isNull(meetings.removedAt))).orderBy(desc(meetings.startsAt));
  const open = await openActionsOf(db, [id]);
  return {
    ...(await seriesJsons(db, actor, [s]))[0]!,
    meetings: rows.map((m) => ({
      id: m.id, startsAt: m.startsAt.toISOString(), endsAt: endOf(m.startsAt, m.durationMinutes).toISOString(),
      openActions: open.filter((a) => a.meetingId === m.id).length, version: m.version,
    })),
  };
}

export async function updateSeries(db: Db, actor: Actor, id: string, patch: SeriesPatch) {
  const { s, parties, lead } = await seriesInScope(db, actor, id);
  if (!lead) throw forbidden();
  if (patch.version !== s.version) throw staleVersion();
  refuseNationalIds({ title: patch.title });
  const inviteeIds = patch.inviteeIds ? await assertInvitees(db, parties, patch.inviteeIds) : undefined;
  const changedFields = (['title', 'interval'] as const).filter((f) => patch[f] !== undefined && patch[f] !== s[f]);
  await db.transaction(async (tx) => {
    const [row] = await tx.update(meetingSeries).set({
      ...(patch.title !== undefined ? { title: patch.title } : {}), ...(patch.interval ? { interval: patch.interval } : {}),
      version: bump(meetingSeries), updatedAt: new Date(),
    }).where(and(eq(meetingSeries.id, id), eq(meetingSeries.version, s.version))).returning({ id: meetingSeries.id });
    if (!row) throw staleVersion();
    if (inviteeIds) {
      await tx.delete(meetingSeriesInvitees).where(eq(meetingSeriesInvitees.seriesId, id));
      if (inviteeIds.length) await tx.insert(meetingSeriesInvitees).values(inviteeIds.map((userId) => ({ seriesId: id, userId })));
    }
    await recordAudit(tx, actor, { type: 'meeting-series.updated', seriesId: id, changedFields: [...changedFields, ...(inviteeIds ? ['inviteeIds'] : [])], inviteeIds });
  });
  return getSeries(db, actor, id);
}

/** Who a lead may invite: active staff of the centre and the municipality (or every municipality the centre serves). */
export async function meetingPeople(db: Db, actor: Actor, municipalityId: string | undefined) {
  const party = await partiesForNewSeries(db, actor, municipalityId);
  return { items: await staffOf(db, [...(await partiesOf(db, party))]) };
}

// ─── Meetings ───────────────────────────────────────────────────────────────────────────────────────────────────

export async function createMeeting(db: Db, actor: Actor, seriesId: string, input: MeetingInput) {
  const { lead } = await seriesInScope(db, actor, seriesId);
  if (!lead) throw forbidden();
  refuseNationalIds({ agenda: input.agenda });
  const row = await db.transaction(async (tx) => {
    const [m] = await tx.insert(meetings).values({
      seriesId, startsAt: new Date(input.startsAt), durationMinutes: input.durationMinutes, agenda: input.agenda ?? '', createdBy: actor.userId,
    }).returning();
    await recordAudit(tx, actor, { type: 'meeting.created', seriesId, meetingId: m!.id });
    return m!;
  });
  return getMeeting(db, actor, row.id);
}

function actionJson(a: ActionRow, owner: Person, source: { title: string; startsAt: Date }, actor: Actor, lead: boolean, today: string) {
  return {
    id: a.id, title: a.title, owner, dueDate: a.dueDate, status: a.status, overdue: actionOverdue(a, today),
    doneAt: a.doneAt?.toISOString() ?? null,
    source: { kind: a.sourceKind, id: a.sourceId, title: source.title, startsAt: source.startsAt.toISOString() },
    canRemove: lead || a.createdBy === actor.userId,
    version: a.version,
  };
}

async function peopleById(db: Reader, ids: string[]): Promise<Map<string, Person>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.name, organisationName: organisations.name }).from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId)).where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { ...r, organisationName: r.organisationName ?? '' }]));
}

export async function getMeeting(db: Db, actor: Actor, id: string) {
  const { m, s, lead } = await meetingInScope(db, actor, id);
  const series = (await seriesJsons(db, actor, [s]))[0]!;
  const actions = await db.select().from(cooperationActions)
    .where(and(eq(cooperationActions.sourceKind, 'meeting'), eq(cooperationActions.sourceId, id), isNull(cooperationActions.removedAt)))
    .orderBy(asc(cooperationActions.dueDate), asc(cooperationActions.createdAt));
  const people = await peopleById(db, actions.map((a) => a.ownerId));
  const today = todayInOslo();
  return {
    id: m.id, startsAt: m.startsAt.toISOString(), endsAt: endOf(m.startsAt, m.durationMinutes).toISOString(), durationMinutes: m.durationMinutes,
    agenda: m.agenda, minutes: m.minutes,
    series: { id: series.id, title: series.title, interval: series.interval, careerCentre: series.careerCentre, municipality: series.municipality, invitees: series.invitees },
    actions: actions.map((a) => actionJson(a, people.get(a.ownerId)!, { title: s.title, startsAt: m.startsAt }, actor, lead, today)),
    canManage: lead,
    version: m.version,
  };
}

/** Invitees and leads write the agenda and the minutes; only a lead moves the meeting. */
export async function updateMeeting(db: Db, actor: Actor, id: string, patch: MeetingPatch) {
  const { m, lead } = await meetingInScope(db, actor, id);
  if (!lead && (patch.startsAt !== undefined || patch.durationMinutes !== undefined)) throw forbidden();
  if (patch.version !== m.version) throw staleVersion();
  refuseNationalIds({ agenda: patch.agenda, minutes: patch.minutes });
  const set: Partial<MeetingRow> = {};
  if (patch.startsAt !== undefined) set.startsAt = new Date(patch.startsAt);
  if (patch.durationMinutes !== undefined) set.durationMinutes = patch.durationMinutes;
  if (patch.agenda !== undefined) set.agenda = patch.agenda;
  if (patch.minutes !== undefined) set.minutes = patch.minutes;
  const changedFields = (['startsAt', 'durationMinutes', 'agenda', 'minutes'] as const).filter((f) => patch[f] !== undefined);
  await db.transaction(async (tx) => {
    const [row] = await tx.update(meetings).set({ ...set, version: bump(meetings), updatedAt: new Date() })
      .where(and(eq(meetings.id, id), eq(meetings.version, m.version), isNull(meetings.removedAt))).returning({ id: meetings.id });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, { type: 'meeting.updated', seriesId: m.seriesId, meetingId: id, changedFields });
  });
  return getMeeting(db, actor, id);
}

/** A soft delete by a lead: the meeting and its actions leave every list; the row and the trail keep who did it. */
export async function removeMeeting(db: Db, actor: Actor, id: string, version: number) {
  const { m, lead } = await meetingInScope(db, actor, id);
  if (!lead) throw forbidden();
  await db.transaction(async (tx) => {
    const [row] = await tx.update(meetings).set({ removedAt: new Date(), removedBy: actor.userId, version: bump(meetings), updatedAt: new Date() })
      .where(and(eq(meetings.id, id), eq(meetings.version, version), isNull(meetings.removedAt))).returning({ id: meetings.id });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, { type: 'meeting.removed', seriesId: m.seriesId, meetingId: id });
  });
}

// ─── Actions ────────────────────────────────────────────────────────────────────────────────────────────────────

/** An owner must see the meeting: invited to the series, or a lead of one of the parties (and active). */
async function assertOwner(db: Reader, seriesId: string, parties: Set<string>, ownerId: string) {
  const [u] = await db.select({ id: users.id, role: users.role, organisationId: users.organisationId, active: users.active }).from(users).where(eq(users.id, ownerId));
  if (!u || !u.active) throw fieldError('ownerId', 'meeting.owner-invalid');
  if (isPartyLead(parties, u)) return;
  const [invited] = await db.select({ u: meetingSeriesInvitees.userId }).from(meetingSeriesInvitees)
    .where(and(eq(meetingSeriesInvitees.seriesId, seriesId), eq(meetingSeriesInvitees.userId, ownerId)));
  if (!invited) throw fieldError('ownerId', 'meeting.owner-invalid');
}

export async function createAction(db: Db, actor: Actor, meetingId: string, input: ActionInput) {
  const { m, s, parties } = await meetingInScope(db, actor, meetingId);
  refuseNationalIds({ title: input.title });
  await assertOwner(db, s.id, parties, input.ownerId);
  if (input.dueDate < todayInOslo()) throw fieldError('dueDate', 'meeting.due-date-past');
  const row = await db.transaction(async (tx) => {
    const [a] = await tx.insert(cooperationActions).values({
      sourceKind: 'meeting', sourceId: m.id, careerCentreId: s.careerCentreId, municipalityId: s.municipalityId,
      title: input.title, ownerId: input.ownerId, dueDate: input.dueDate, createdBy: actor.userId,
    }).returning();
    await recordAudit(tx, actor, { type: 'action.created', actionId: a!.id, sourceKind: 'meeting', sourceId: m.id, ownerId: input.ownerId });
    return a!;
  });
  return actionOut(db, actor, row);
}

/**
 * An action the actor may follow up, with its source's title and date and whether the actor leads for it. A
 * meeting's action goes by the meeting (invited or a party's lead); a gathering's by gathering-actions.ts.
 */
async function actionInScope(db: Reader, actor: Actor, id: string) {
  const [a] = await db.select().from(cooperationActions).where(and(eq(cooperationActions.id, id), isNull(cooperationActions.removedAt)));
  if (!a) throw notFound();
  if (a.sourceKind === 'gathering') {
    const { lead, source } = await gatheringActionInScope(db, actor, a);
    return { a, lead, source, assertOwnerOk: (ownerId: string) => checkGatheringOwner(db, a.careerCentreId, a.sourceId, ownerId).then(() => undefined) };
  }
  const { m, s, parties, lead } = await meetingInScope(db, actor, a.sourceId);
  return { a, lead, source: { title: s.title, startsAt: m.startsAt }, assertOwnerOk: (ownerId: string) => assertOwner(db, s.id, parties, ownerId) };
}

async function actionOut(db: Reader, actor: Actor, a: ActionRow) {
  const { lead, source } = await actionInScope(db, actor, a.id);
  const owner = (await peopleById(db, [a.ownerId])).get(a.ownerId)!;
  return actionJson(a, owner, source, actor, lead, todayInOslo());
}

/** Anyone who sees the meeting follows its actions up (the owner closes theirs); done records when. */
export async function updateAction(db: Db, actor: Actor, id: string, patch: ActionPatch) {
  const { a, lead, assertOwnerOk } = await actionInScope(db, actor, id);
  // A gathering's point is the coordinator's to change; its owner reports progress (the status) only.
  if (a.sourceKind === 'gathering' && !lead && (['title', 'ownerId', 'dueDate'] as const).some((f) => patch[f] !== undefined)) throw forbidden();
  if (patch.version !== a.version) throw staleVersion();
  refuseNationalIds({ title: patch.title });
  if (patch.ownerId !== undefined && patch.ownerId !== a.ownerId) await assertOwnerOk(patch.ownerId);
  if (patch.dueDate !== undefined && patch.dueDate !== a.dueDate && patch.dueDate < todayInOslo()) throw fieldError('dueDate', 'meeting.due-date-past');
  const changedFields = (['title', 'ownerId', 'dueDate', 'status'] as const).filter((f) => patch[f] !== undefined && patch[f] !== a[f]);
  const set: Partial<ActionRow> = {};
  if (patch.title !== undefined) set.title = patch.title;
  if (patch.ownerId !== undefined) set.ownerId = patch.ownerId;
  if (patch.dueDate !== undefined) set.dueDate = patch.dueDate;
  if (patch.status !== undefined && patch.status !== a.status) {
    set.status = patch.status;
    set.doneAt = patch.status === 'done' ? new Date() : null;
  }
  const row = await db.transaction(async (tx) => {
    const [r] = await tx.update(cooperationActions).set({ ...set, version: bump(cooperationActions), updatedAt: new Date() })
      .where(and(eq(cooperationActions.id, id), eq(cooperationActions.version, a.version))).returning();
    if (!r) throw staleVersion();
    await recordAudit(tx, actor, {
      type: 'action.updated', actionId: id, sourceKind: a.sourceKind, sourceId: a.sourceId, changedFields,
      ...(changedFields.includes('status') ? { status: r.status } : {}),
    });
    return r;
  });
  return actionOut(db, actor, row);
}

/** A soft delete by a lead or whoever wrote the action. */
export async function removeAction(db: Db, actor: Actor, id: string, version: number) {
  const { a, lead } = await actionInScope(db, actor, id);
  if (!lead && a.createdBy !== actor.userId) throw forbidden();
  await db.transaction(async (tx) => {
    const [r] = await tx.update(cooperationActions).set({ removedAt: new Date(), removedBy: actor.userId, version: bump(cooperationActions), updatedAt: new Date() })
      .where(and(eq(cooperationActions.id, id), eq(cooperationActions.version, version), isNull(cooperationActions.removedAt))).returning({ id: cooperationActions.id });
    if (!r) throw staleVersion();
    await recordAudit(tx, actor, { type: 'action.removed', actionId: id, sourceKind: a.sourceKind, sourceId: a.sourceId });
  });
}

/**
 * Open actions (not done) as a list for a task page: the ones the actor owns, or for a lead every open action of
 * their parties' meetings and gatherings (their start page). By due date, so the overdue come first.
 */
export async function listActions(db: Db, actor: Actor, view: 'mine' | 'lead' = 'mine') {
  if (!mayUseMeetings(actor)) throw forbidden();
  if (view === 'lead' && !leadSide(actor)) throw forbidden();
  const seriesIds = await visibleSeriesIds(db, actor, view === 'lead');
  const rows = !seriesIds.length ? [] : await db.select({ a: cooperationActions, m: meetings, s: meetingSeries }).from(cooperationActions)
    .innerJoin(meetings, and(eq(cooperationActions.sourceKind, 'meeting'), eq(meetings.id, cooperationActions.sourceId)))
    .innerJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .where(and(
      inArray(meetingSeries.id, seriesIds), isNull(meetings.removedAt), isNull(cooperationActions.removedAt), ne(cooperationActions.status, 'done'),
      view === 'mine' ? eq(cooperationActions.ownerId, actor.userId) : undefined,
    ));
  // The gatherings' follow-up points are actions too (issue 14 item 3), scoped in gathering-actions.ts.
  const fromGatherings = await openGatheringActions(db, actor, view);
  const leadOf = new Map<string, boolean>();
  for (const r of rows) if (!leadOf.has(r.s.id)) leadOf.set(r.s.id, isPartyLead(await partiesOf(db, r.s), actor));
  const all = [
    ...rows.map((r) => ({ a: r.a, lead: leadOf.get(r.s.id)!, source: { title: r.s.title, startsAt: r.m.startsAt } })),
    ...fromGatherings,
  ].sort((x, y) => x.a.dueDate.localeCompare(y.a.dueDate) || x.a.createdAt.getTime() - y.a.createdAt.getTime());
  const people = await peopleById(db, all.map((r) => r.a.ownerId));
  const today = todayInOslo();
  return { items: all.map((r) => actionJson(r.a, people.get(r.a.ownerId)!, r.source, actor, r.lead, today)) };
}

// ─── The iCalendar entry ────────────────────────────────────────────────────────────────────────────────────────

/**
 * One meeting as an iCalendar file to put in one's own calendar. Like the calendar feed (calendar/service.ts) it
 * holds no personal data: the series' title and the two parties' names, no invitees, agenda, minutes or place;
 * the app has the details.
 */
export async function meetingIcs(db: Db, actor: Actor, id: string, publicUrl: string): Promise<string> {
  const { m, s } = await meetingInScope(db, actor, id);
  const orgIds = [s.careerCentreId, ...(s.municipalityId ? [s.municipalityId] : [])];
  const names = new Map((await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, orgIds)))
    .map((o) => [o.id, o.name]));
  const parties = s.municipalityId ? `${names.get(s.careerCentreId)} og ${names.get(s.municipalityId)}` : `${names.get(s.careerCentreId)} og kommunene`;
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Veivalg//Samarbeidsmøte//NO', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:meeting-${m.id}@veivalg`,
    `DTSTAMP:${icsTime(new Date())}`,
    `SEQUENCE:${m.version}`,
    `DTSTART:${icsTime(m.startsAt)}`,
    `DTEND:${icsTime(endOf(m.startsAt, m.durationMinutes))}`,
    `SUMMARY:${icsText(`Samarbeidsmøte: ${s.title}`)}`,
    `DESCRIPTION:${icsText(`${parties}. Agenda og referat i Veivalg: ${publicUrl}`)}`,
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
