/**
 * Planning a county gathering (issue 14 item 1; seed 000): dates, place or link, a programme with speakers,
 * the municipalities invited and the planning group, and the notices that go out. Seed 000's learning points:
 * "Å involvere et utvalg kommuner i planleggingen", "Et variert program, med tid til samtaler og diskusjon",
 * "Å involvere andre aktører, som Nav og voksenopplæring", "Sikre brukermedvirkning ved å involvere personer med
 * fluktbakgrunn i programmet".
 */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Reader, Tx } from '../../db/client.ts';
import {
  cooperationActions, gatheringMunicipalities, gatheringRegistrations, gatherings, gatheringSurveyAnswers, municipalityContacts, organisations, users,
} from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { daysBetween, todayInOslo } from '../../../domain/index.ts';
import { contactsOn } from '../../../domain/contact-routing.ts';
import {
  followUpOverdue, gatheringLimits, hasUserParticipation, movesUp, programmeMix, registrationOpen, surveyOpen, waitingOrder, type ProgrammeItem,
} from '../../../domain/gathering.ts';
import { AppError, fieldError, forbidden, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { sendNow } from '../../outbox/outbox.ts';
import {
  coordinatorCentre, findGathering, gatheringScope, isHostStaff, registeringMunicipality, registrableStaff, registrationScope,
  type GatheringRow,
} from './policy.ts';
import { noticeStaff, type GatheringDeps } from './notices.ts';
import type { GatheringInput, GatheringPatch } from './schemas.ts';

type RegRow = typeof gatheringRegistrations.$inferSelect;

// ─── Reading ────────────────────────────────────────────────────────────────────────────────────────────────────

async function centreName(db: Reader, id: string) {
  return (await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, id)))[0]?.name ?? '';
}

function summary(g: GatheringRow, name: string, regs: RegRow[], today: string) {
  return {
    id: g.id, version: g.version, careerCentre: { id: g.careerCentreId, name }, title: g.title, startsOn: g.startsOn, endsOn: g.endsOn,
    place: g.place, meetingUrl: g.meetingUrl, registrationClosesOn: g.registrationClosesOn, capacityPerMunicipality: g.capacityPerMunicipality,
    registrationOpen: registrationOpen(g.registrationClosesOn, today), surveyOpen: surveyOpen(g.endsOn, today),
    hasUserParticipation: hasUserParticipation(g.programme),
    registered: regs.filter((r) => r.gatheringId === g.id && r.status === 'registered').length,
    waiting: regs.filter((r) => r.gatheringId === g.id && r.status === 'waiting').length,
  };
}

/** The registrations the actor may see: all for the host centre, their own municipality's for a municipality. */
async function visibleRegistrations(db: Reader, actor: Actor, gatheringIds: string[]) {
  if (!gatheringIds.length) return [];
  return db.select().from(gatheringRegistrations).where(and(
    inArray(gatheringRegistrations.gatheringId, gatheringIds), registrationScope(actor),
  ));
}

export async function listGatherings(db: Db, actor: Actor) {
  const scope = gatheringScope(actor);
  if (!scope) throw forbidden();
  const rows = await db.select({ g: gatherings, name: organisations.name }).from(gatherings)
    .innerJoin(organisations, eq(organisations.id, gatherings.careerCentreId))
    .where(scope).orderBy(desc(gatherings.startsOn)).limit(200);
  const regs = await visibleRegistrations(db, actor, rows.map((r) => r.g.id));
  const today = todayInOslo();
  return { items: rows.map((r) => summary(r.g, r.name, regs, today)) };
}

function registrationJson(r: RegRow, people: Map<string, string>, municipalities: Map<string, string>, all: RegRow[]) {
  const queue = all.filter((x) => x.municipalityId === r.municipalityId && x.status === 'waiting')
    .map((x) => ({ id: x.id, status: x.status, queuedAt: x.queuedAt.toISOString(), seq: x.seq })).sort(waitingOrder);
  return {
    id: r.id, version: r.version, person: { id: r.userId, name: people.get(r.userId) ?? '' },
    municipality: { id: r.municipalityId, name: municipalities.get(r.municipalityId) ?? '' }, status: r.status,
    waitingPosition: r.status === 'waiting' ? queue.findIndex((x) => x.id === r.id) + 1 : null,
  };
}

/** The host centre's fixed contact for each municipality today (issue 13), shown on the invitation list. */
async function fixedContacts(db: Reader, centreId: string, today: string): Promise<Map<string, { id: string; name: string }>> {
  const periods = await db.select({ m: municipalityContacts, name: users.name }).from(municipalityContacts)
    .innerJoin(users, eq(users.id, municipalityContacts.userId))
    .where(and(eq(municipalityContacts.careerCentreId, centreId), isNull(municipalityContacts.removedAt)));
  const out = new Map<string, { id: string; name: string }>();
  for (const municipalityId of new Set(periods.map((p) => p.m.municipalityId))) {
    const own = periods.filter((p) => p.m.municipalityId === municipalityId);
    const contact = contactsOn(own.map((p) => ({ userId: p.m.userId, kind: p.m.kind, validFrom: p.m.validFrom, validTo: p.m.validTo })), today).contact;
    if (contact) out.set(municipalityId, { id: contact.userId, name: own.find((p) => p.m.userId === contact.userId)!.name });
  }
  return out;
}

/** One gathering as the actor may see it. */
export async function gatheringDetail(db: Db, actor: Actor, g: GatheringRow) {
  const today = todayInOslo();
  const centre = isHostStaff(actor);
  const invited = await db.select({ gm: gatheringMunicipalities, name: organisations.name }).from(gatheringMunicipalities)
    .innerJoin(organisations, eq(organisations.id, gatheringMunicipalities.municipalityId))
    .where(eq(gatheringMunicipalities.gatheringId, g.id)).orderBy(asc(organisations.name));
  const regs = await visibleRegistrations(db, actor, [g.id]);
  const allRegs = centre ? regs : await db.select().from(gatheringRegistrations).where(eq(gatheringRegistrations.gatheringId, g.id));
  const peopleIds = [...new Set(regs.map((r) => r.userId))];
  const people = new Map((peopleIds.length ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, peopleIds)) : []).map((u) => [u.id, u.name]));
  const municipalities = new Map(invited.map((i) => [i.gm.municipalityId, i.name]));
  const contacts = centre ? await fixedContacts(db, g.careerCentreId, today) : new Map();
  const mine = allRegs.find((r) => r.userId === actor.userId && r.status !== 'cancelled') ?? null;
  const registering = registeringMunicipality(actor);
  const yourStaff = registering
    ? await db.select({ id: users.id, name: users.name }).from(users).where(and(
      eq(users.organisationId, registering), eq(users.active, true), registrableStaff(),
    )).orderBy(asc(users.name))
    : [];
  const followUps = centre ? await followUpsOf(db, g.id, today) : [];
  const [answers] = centre ? await db.select({ n: sql<number>`count(*)::int` }).from(gatheringSurveyAnswers).where(eq(gatheringSurveyAnswers.gatheringId, g.id)) : [];
  const count = (municipalityId: string, status: string) => allRegs.filter((r) => r.municipalityId === municipalityId && r.status === status).length;
  return {
    ...summary(g, await centreName(db, g.careerCentreId), regs, today),
    programme: g.programme,
    programmeMix: programmeMix(g.programme),
    municipalities: invited.filter((i) => centre || i.gm.invitedAt).map((i) => {
      const own = centre || i.gm.municipalityId === actor.organisationId;
      return {
        municipality: { id: i.gm.municipalityId, name: i.name }, planningGroup: i.gm.planningGroup, invited: !!i.gm.invitedAt,
        // A municipality sees its own numbers only; how many colleagues elsewhere signed up is the host's business.
        registered: own ? count(i.gm.municipalityId, 'registered') : 0, waiting: own ? count(i.gm.municipalityId, 'waiting') : 0,
        fixedContact: contacts.get(i.gm.municipalityId) ?? null,
      };
    }),
    registrations: regs.filter((r) => r.status !== 'cancelled').map((r) => registrationJson(r, people, municipalities, allRegs))
      .sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nb') || a.status.localeCompare(b.status) || (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0) || a.person.name.localeCompare(b.person.name, 'nb')),
    yourStaff,
    you: {
      registration: mine ? registrationJson(mine, new Map([[actor.userId, actor.name]]), municipalities, allRegs) : null,
      canAnswerSurvey: !!mine && mine.status === 'registered' && !mine.surveyAnswered && surveyOpen(g.endsOn, today),
      answeredSurvey: !!mine?.surveyAnswered,
    },
    followUps,
    letter: g.letter && g.letterSentAt ? { text: g.letter, sentAt: g.letterSentAt.toISOString() } : null,
    surveySentAt: g.surveySentAt?.toISOString() ?? null,
    answers: centre ? answers?.n ?? 0 : null,
  };
}

/** The gathering's follow-up points: its cooperation actions (source kind 'gathering'), not removed. */
export async function followUpsOf(db: Reader, gatheringId: string, today: string) {
  const rows = await db.select({ f: cooperationActions, owner: users.name }).from(cooperationActions)
    .innerJoin(users, eq(users.id, cooperationActions.ownerId))
    .where(and(eq(cooperationActions.sourceKind, 'gathering'), eq(cooperationActions.sourceId, gatheringId), isNull(cooperationActions.removedAt)))
    .orderBy(asc(cooperationActions.dueDate), asc(cooperationActions.createdAt));
  return rows.map(({ f, owner }) => followUpJson(f, owner, today));
}

/** An action in the follow-up point's shape (text, source, dueOn), as this API has always given it. */
export function followUpJson(f: typeof cooperationActions.$inferSelect, owner: string, today: string) {
  return {
    id: f.id, version: f.version, text: f.title, source: f.gatheringSource ?? 'input', owner: { id: f.ownerId, name: owner }, dueOn: f.dueDate,
    status: f.status, overdue: followUpOverdue({ status: f.status, dueOn: f.dueDate }, today),
  };
}

export async function getGathering(db: Db, actor: Actor, id: string) {
  return gatheringDetail(db, actor, await findGathering(db, actor, id));
}

// ─── Planning (the coordinator) ─────────────────────────────────────────────────────────────────────────────────

interface Plan {
  title: string; startsOn: string; endsOn: string; place: string | null; meetingUrl: string | null; registrationClosesOn: string;
  capacityPerMunicipality: number; programme: ProgrammeItem[];
}

/** The checks one field at a time cannot make: the dates, a place or link, the programme's days. */
function checkPlan(p: Plan, changedDates: boolean) {
  const days = daysBetween(p.startsOn, p.endsOn) + 1;
  if (days < 1 || days > gatheringLimits.days) throw fieldError('endsOn', 'gathering.dates');
  if (changedDates && p.startsOn < todayInOslo()) throw fieldError('startsOn', 'gathering.in-past');
  if (p.registrationClosesOn > p.startsOn) throw fieldError('registrationClosesOn', 'gathering.closes-after-start');
  if (!p.place && !p.meetingUrl) throw fieldError('place', 'gathering.place-required');
  const ids = p.programme.map((i) => i.id);
  p.programme.forEach((item, i) => {
    if (ids.indexOf(item.id) !== i) throw fieldError(`programme.${i}.id`, 'gathering.item-twice');
    if (item.day > days) throw fieldError(`programme.${i}.day`, 'gathering.item-day');
  });
}

/** Every municipality on the list must be one the centre serves, once. */
async function checkMunicipalities(db: Reader, centreId: string, list: { municipalityId: string }[]) {
  const served = new Set((await db.select({ id: organisations.id }).from(organisations)
    .where(and(eq(organisations.servedByCareerCentreId, centreId), eq(organisations.kind, 'municipality')))).map((o) => o.id));
  const ids = list.map((m) => m.municipalityId);
  list.forEach((m, i) => {
    if (!served.has(m.municipalityId)) throw fieldError(`municipalities.${i}.municipalityId`, 'gathering.municipality-unknown');
    if (ids.indexOf(m.municipalityId) !== i) throw fieldError(`municipalities.${i}.municipalityId`, 'gathering.municipality-twice');
  });
}

const trimmedProgramme = (programme: GatheringInput['programme']): ProgrammeItem[] => programme.map((i) => ({ ...i, speakers: i.speakers.map((s) => ({ ...s })) }));

export async function createGathering(db: Db, actor: Actor, input: GatheringInput) {
  const centreId = coordinatorCentre(actor);
  const plan: Plan = {
    title: input.title, startsOn: input.startsOn, endsOn: input.endsOn, place: input.place ?? null, meetingUrl: input.meetingUrl ?? null,
    registrationClosesOn: input.registrationClosesOn, capacityPerMunicipality: input.capacityPerMunicipality, programme: trimmedProgramme(input.programme),
  };
  checkPlan(plan, true);
  await checkMunicipalities(db, centreId, input.municipalities);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(gatherings).values({ ...plan, careerCentreId: centreId, createdBy: actor.userId }).returning({ id: gatherings.id });
    if (input.municipalities.length) {
      await tx.insert(gatheringMunicipalities).values(input.municipalities.map((m) => ({ gatheringId: row!.id, municipalityId: m.municipalityId, planningGroup: m.planningGroup })));
    }
    await recordAudit(tx, actor, { type: 'gathering.created', gatheringId: row!.id });
    return row!.id;
  });
  return getGathering(db, actor, id);
}

/** Moves up the first on each municipality's waiting list while there are free seats; returns who moved. */
export async function fillFreeSeats(tx: Tx, gatheringId: string, cap: number, municipalityIds?: string[]): Promise<RegRow[]> {
  const rows = await tx.select().from(gatheringRegistrations).where(and(
    eq(gatheringRegistrations.gatheringId, gatheringId), municipalityIds ? inArray(gatheringRegistrations.municipalityId, municipalityIds) : undefined,
  ));
  const moved: RegRow[] = [];
  for (const m of new Set(rows.map((r) => r.municipalityId))) {
    const own = rows.filter((r) => r.municipalityId === m);
    const ids = movesUp(cap, own.map((r) => ({ id: r.id, status: r.status, queuedAt: r.queuedAt.toISOString(), seq: r.seq })));
    if (!ids.length) continue;
    moved.push(...await tx.update(gatheringRegistrations).set({ status: 'registered', version: sql`${gatheringRegistrations.version} + 1`, updatedAt: new Date() })
      .where(inArray(gatheringRegistrations.id, ids)).returning());
  }
  return moved;
}

export async function updateGathering(db: Db, deps: GatheringDeps, actor: Actor, id: string, patch: GatheringPatch) {
  const g = await findGathering(db, actor, id);
  coordinatorCentre(actor);
  const { version, municipalities, ...changes } = patch;
  const plan: Plan = {
    title: changes.title ?? g.title, startsOn: changes.startsOn ?? g.startsOn, endsOn: changes.endsOn ?? g.endsOn,
    place: changes.place !== undefined ? changes.place : g.place, meetingUrl: changes.meetingUrl !== undefined ? changes.meetingUrl : g.meetingUrl,
    registrationClosesOn: changes.registrationClosesOn ?? g.registrationClosesOn,
    capacityPerMunicipality: changes.capacityPerMunicipality ?? g.capacityPerMunicipality,
    programme: changes.programme ? trimmedProgramme(changes.programme) : g.programme,
  };
  checkPlan(plan, changes.startsOn !== undefined && changes.startsOn !== g.startsOn);
  if (municipalities) await checkMunicipalities(db, g.careerCentreId, municipalities);
  const notices = await db.transaction(async (tx) => {
    const [locked] = await tx.select().from(gatherings).where(eq(gatherings.id, id)).for('update');
    if (!locked || locked.version !== version) throw staleVersion();
    if (municipalities) await replaceMunicipalities(tx, id, municipalities);
    await tx.update(gatherings).set({ ...plan, version: sql`${gatherings.version} + 1`, updatedAt: new Date() }).where(eq(gatherings.id, id));
    // A raised cap lets the waiting move up at once, first come first served.
    const moved = plan.capacityPerMunicipality > locked.capacityPerMunicipality ? await fillFreeSeats(tx, id, plan.capacityPerMunicipality) : [];
    await recordAudit(tx, actor, { type: 'gathering.updated', gatheringId: id, changedFields: Object.keys(patch).filter((k) => k !== 'version') });
    return noticeStaff(tx, deps.senders.mailer, deps.publicUrl, moved.map((r) => r.userId), 'gathering-moved-up');
  });
  await sendNow(db, deps.senders, notices);
  return getGathering(db, actor, id);
}

async function replaceMunicipalities(tx: Tx, gatheringId: string, list: { municipalityId: string; planningGroup: boolean }[]) {
  const current = await tx.select().from(gatheringMunicipalities).where(eq(gatheringMunicipalities.gatheringId, gatheringId));
  const keep = new Set(list.map((m) => m.municipalityId));
  const removed = current.filter((c) => !keep.has(c.municipalityId));
  if (removed.length) {
    const [has] = await tx.select({ municipalityId: gatheringRegistrations.municipalityId }).from(gatheringRegistrations).where(and(
      eq(gatheringRegistrations.gatheringId, gatheringId), inArray(gatheringRegistrations.municipalityId, removed.map((r) => r.municipalityId)),
      inArray(gatheringRegistrations.status, ['registered', 'waiting']),
    )).limit(1);
    if (has) throw fieldError('municipalities', 'gathering.municipality-has-registrations');
    await tx.delete(gatheringMunicipalities).where(inArray(gatheringMunicipalities.id, removed.map((r) => r.id)));
  }
  for (const m of list) {
    const existing = current.find((c) => c.municipalityId === m.municipalityId);
    if (!existing) await tx.insert(gatheringMunicipalities).values({ gatheringId, ...m });
    else if (existing.planningGroup !== m.planningGroup) await tx.update(gatheringMunicipalities).set({ planningGroup: m.planningGroup }).where(eq(gatheringMunicipalities.id, existing.id));
  }
}

// ─── Notices: invitation, reminder, survey ──────────────────────────────────────────────────────────────────────

async function staffOf(db: Reader, municipalityIds: string[]) {
  if (!municipalityIds.length) return [];
  return (await db.select({ id: users.id }).from(users).where(and(
    inArray(users.organisationId, municipalityIds), eq(users.active, true), registrableStaff(),
  ))).map((u) => u.id);
}

/**
 * The coordinator sends a notice (seed 000: "Å ha tett dialog med kommunene om påmelding og invitere gjennom
 * flere kanaler": in the app and by e-mail). An invitation goes to the municipalities not yet invited (their
 * leads and advisers) and makes the gathering visible to them; a reminder to the invited municipalities while
 * registration is open, then to those registered until the gathering ends; the survey to those registered who
 * have not answered, from the last day.
 */
export async function sendNotices(db: Db, deps: GatheringDeps, actor: Actor, id: string, kind: 'invitation' | 'reminder' | 'survey') {
  const g = await findGathering(db, actor, id);
  coordinatorCentre(actor);
  const today = todayInOslo();
  const { recipients, outbox } = await db.transaction(async (tx) => {
    await tx.select({ id: gatherings.id }).from(gatherings).where(eq(gatherings.id, id)).for('update');
    const registered = async () => (await tx.select({ userId: gatheringRegistrations.userId }).from(gatheringRegistrations).where(and(
      eq(gatheringRegistrations.gatheringId, id), eq(gatheringRegistrations.status, 'registered'),
      kind === 'survey' ? eq(gatheringRegistrations.surveyAnswered, false) : undefined,
    ))).map((r) => r.userId);
    let userIds: string[];
    if (kind === 'invitation') {
      if (today > g.endsOn) throw new AppError(409, 'gathering.over');
      const fresh = await tx.update(gatheringMunicipalities).set({ invitedAt: new Date() })
        .where(and(eq(gatheringMunicipalities.gatheringId, id), isNull(gatheringMunicipalities.invitedAt))).returning({ municipalityId: gatheringMunicipalities.municipalityId });
      userIds = await staffOf(tx, fresh.map((m) => m.municipalityId));
      if (!fresh.length) throw new AppError(409, 'gathering.nothing-to-send');
    } else if (kind === 'reminder') {
      if (today > g.endsOn) throw new AppError(409, 'gathering.over');
      if (registrationOpen(g.registrationClosesOn, today)) {
        const invited = await tx.select({ municipalityId: gatheringMunicipalities.municipalityId }).from(gatheringMunicipalities)
          .where(and(eq(gatheringMunicipalities.gatheringId, id), sql`${gatheringMunicipalities.invitedAt} is not null`));
        userIds = await staffOf(tx, invited.map((m) => m.municipalityId));
      } else userIds = await registered();
    } else {
      if (!surveyOpen(g.endsOn, today)) throw new AppError(409, 'gathering.survey-not-open');
      userIds = await registered();
      await tx.update(gatherings).set({ surveySentAt: new Date() }).where(eq(gatherings.id, id));
    }
    if (!userIds.length) throw new AppError(409, 'gathering.nothing-to-send');
    const outbox = await noticeStaff(tx, deps.senders.mailer, deps.publicUrl, userIds, `gathering-${kind}`);
    await recordAudit(tx, actor, { type: 'gathering.notices-sent', gatheringId: id, kind, userIds });
    return { recipients: userIds.length, outbox };
  });
  await sendNow(db, deps.senders, outbox);
  return { recipients };
}
