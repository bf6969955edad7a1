import { and, asc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { counsellorAbsences, guidanceOrders, municipalityContacts, organisations, users } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { addDays, contactsOn, isAbsent, routeOrder, todayInOslo, type Absence, type ContactPeriod, type IsoDate } from '../../../domain/index.ts';
import { fieldError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { centreStaffUsers, contactMunicipality, mayManageContacts, mayRecordAbsenceOf, staffCentre } from './policy.ts';
import type { AbsenceInput, ContactInput, ContactPatch, PersonJson } from './schemas.ts';

// The orders a contact carries: sent to the centre and not yet done.
const openOrderStatuses = ['sent', 'accepted', 'scheduled'] as const;

type Reader = Pick<Db, 'select'>;
type PeriodRow = typeof municipalityContacts.$inferSelect;

async function periodsOf(db: Reader, careerCentreId: string, municipalityIds?: string[]): Promise<PeriodRow[]> {
  return db.select().from(municipalityContacts).where(and(
    eq(municipalityContacts.careerCentreId, careerCentreId), isNull(municipalityContacts.removedAt),
    municipalityIds ? inArray(municipalityContacts.municipalityId, municipalityIds) : undefined,
  )).orderBy(asc(municipalityContacts.validFrom));
}

/** Absences that matter from today on (earlier ones no longer route anything). */
async function absencesOf(db: Reader, careerCentreId: string, from: IsoDate) {
  return db.select().from(counsellorAbsences).where(and(
    eq(counsellorAbsences.careerCentreId, careerCentreId), isNull(counsellorAbsences.removedAt), gte(counsellorAbsences.toDate, from),
  )).orderBy(asc(counsellorAbsences.fromDate));
}

const asAbsences = (rows: { userId: string; fromDate: string; toDate: string }[]): Absence[] =>
  rows.map((a) => ({ userId: a.userId, from: a.fromDate, to: a.toDate }));

async function peopleById(db: Reader, ids: string[], absences: Absence[], today: IsoDate): Promise<Map<string, PersonJson>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.name, email: users.email, workPhone: users.workPhone })
    .from(users).where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((u) => [u.id, { ...u, absentToday: isAbsent(absences, u.id, today) }]));
}

const toPeriod = (p: PeriodRow): ContactPeriod => ({ userId: p.userId, kind: p.kind, validFrom: p.validFrom, validTo: p.validTo });

/** Who is the contact and the deputies today, and where a new order would go, for one municipality's periods. */
function today(periods: PeriodRow[], absences: Absence[], people: Map<string, PersonJson>, day: IsoDate) {
  const { contact, deputies } = contactsOn(periods.map(toPeriod), day);
  return {
    contact: contact ? people.get(contact.userId) ?? null : null,
    deputies: deputies.map((d) => people.get(d.userId)).filter((p): p is PersonJson => !!p),
    routedTo: routeOrder(periods.map(toPeriod), absences, day),
  };
}

/**
 * The queue a sent order goes to (issue 13; seed 000: "At kommunene har en fast kontaktperson ved
 * karrieresenteret"): the contact, or a deputy while the contact is away; null keeps the shared queue.
 */
export async function routeFor(tx: Reader, municipalityId: string, careerCentreId: string, day: IsoDate) {
  const periods = await periodsOf(tx, careerCentreId, [municipalityId]);
  if (!periods.length) return null;
  return routeOrder(periods.map(toPeriod), asAbsences(await absencesOf(tx, careerCentreId, day)), day);
}

/** The career centre's municipalities with their contacts (centre roles; only the lead changes them). */
export async function listCentreMunicipalities(db: Db, actor: Actor) {
  const centreId = staffCentre(actor);
  if (!centreId) throw forbidden();
  const day = todayInOslo();
  const municipalities = await db.select({ id: organisations.id, name: organisations.name }).from(organisations)
    .where(and(eq(organisations.servedByCareerCentreId, centreId), eq(organisations.kind, 'municipality')))
    .orderBy(asc(organisations.name));
  const periods = await periodsOf(db, centreId);
  const absences = asAbsences(await absencesOf(db, centreId, day));
  const people = await peopleById(db, periods.map((p) => p.userId), absences, day);
  const open = await db.select({ municipalityId: guidanceOrders.municipalityId, userId: guidanceOrders.assignedCounsellorId, n: sql<number>`count(*)::int` })
    .from(guidanceOrders).where(and(eq(guidanceOrders.careerCentreId, centreId), inArray(guidanceOrders.status, [...openOrderStatuses])))
    .groupBy(guidanceOrders.municipalityId, guidanceOrders.assignedCounsellorId);
  return {
    items: municipalities.map((m) => {
      const own = periods.filter((p) => p.municipalityId === m.id);
      const now = today(own, absences, people, day);
      return {
        municipality: m,
        ...now,
        periods: own.map((p) => periodJson(p, people)),
        missingContact: !now.contact,
        missingDeputy: now.deputies.length === 0,
        openOrdersOfContact: now.contact ? open.find((o) => o.municipalityId === m.id && o.userId === now.contact!.id)?.n ?? 0 : 0,
      };
    }),
  };
}

function periodJson(p: PeriodRow, people: Map<string, PersonJson>) {
  return {
    id: p.id, municipalityId: p.municipalityId, kind: p.kind, validFrom: p.validFrom, validTo: p.validTo, version: p.version,
    person: people.get(p.userId) ?? { id: p.userId, name: '', email: '', workPhone: null, absentToday: false },
  };
}

/** The municipality's own contacts today, with work phone and e-mail (municipality roles). */
export async function myContacts(db: Db, actor: Actor) {
  const municipalityId = contactMunicipality(actor);
  if (!municipalityId) throw forbidden();
  const [org] = await db.select({ centreId: organisations.servedByCareerCentreId }).from(organisations).where(eq(organisations.id, municipalityId));
  if (!org?.centreId) return { careerCentre: null, contact: null, deputies: [], routedTo: null };
  const [centre] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, org.centreId));
  const day = todayInOslo();
  const periods = await periodsOf(db, org.centreId, [municipalityId]);
  const absences = asAbsences(await absencesOf(db, org.centreId, day));
  const people = await peopleById(db, periods.map((p) => p.userId), absences, day);
  return { careerCentre: { id: org.centreId, name: centre?.name ?? '' }, ...today(periods, absences, people, day) };
}

async function assertCentreMunicipality(db: Reader, centreId: string, municipalityId: string) {
  const [m] = await db.select({ id: organisations.id }).from(organisations)
    .where(and(eq(organisations.id, municipalityId), eq(organisations.servedByCareerCentreId, centreId)));
  if (!m) throw notFound();
}

/** A contact or deputy must be an active counsellor or lead of the same centre. */
async function assertCentreStaff(db: Reader, centreId: string, userId: string, field = 'userId') {
  const [u] = await db.select({ id: users.id }).from(users).where(and(
    eq(users.id, userId), eq(users.organisationId, centreId), eq(users.active, true), centreStaffUsers(),
  ));
  if (!u) throw fieldError(field, 'contact.user-invalid');
}

const overlaps = (a: { validFrom: string; validTo: string | null }, b: { validFrom: string; validTo: string | null }) =>
  a.validFrom <= (b.validTo ?? '9999-12-31') && b.validFrom <= (a.validTo ?? '9999-12-31');

function assertDeputyIsNotContact(periods: PeriodRow[], userId: string, kind: string, range: { validFrom: string; validTo: string | null }) {
  const other = kind === 'deputy' ? 'contact' : 'deputy';
  if (periods.some((p) => p.userId === userId && p.kind === other && overlaps(p, range))) throw fieldError('userId', 'contact.deputy-is-contact');
}

/**
 * The lead assigns a contact or a deputy. A new open-ended contact ends the previous contact's period the day
 * before (or replaces a period that had not started), so the history shows who was the contact when. With
 * handOverOpenOrders the open orders in the current contact's queue move to the new contact in the same step.
 */
export async function assignContact(db: Db, actor: Actor, input: ContactInput) {
  const centreId = staffCentre(actor);
  if (!centreId || !mayManageContacts(actor)) throw forbidden();
  await assertCentreMunicipality(db, centreId, input.municipalityId);
  await assertCentreStaff(db, centreId, input.userId);
  const range = { validFrom: input.validFrom, validTo: input.validTo ?? null };
  if (range.validTo && range.validTo < range.validFrom) throw fieldError('validTo', 'contact.period-invalid');
  const day = todayInOslo();
  return db.transaction(async (tx) => {
    const periods = await periodsOf(tx, centreId, [input.municipalityId]);
    assertDeputyIsNotContact(periods, input.userId, input.kind, range);
    const previous = contactsOn(periods.map(toPeriod), day).contact;
    if (input.kind === 'contact' && range.validTo === null) {
      for (const p of periods.filter((x) => x.kind === 'contact' && overlaps(x, range))) {
        if (p.validFrom >= range.validFrom) {
          await tx.update(municipalityContacts).set({ removedAt: new Date(), removedBy: actor.userId, version: sql`${municipalityContacts.version} + 1`, updatedAt: new Date() })
            .where(eq(municipalityContacts.id, p.id));
          await recordAudit(tx, actor, { type: 'contact.removed', organisationId: input.municipalityId, contactId: p.id });
        } else {
          await tx.update(municipalityContacts).set({ validTo: addDays(range.validFrom, -1), version: sql`${municipalityContacts.version} + 1`, updatedAt: new Date() })
            .where(eq(municipalityContacts.id, p.id));
          await recordAudit(tx, actor, { type: 'contact.updated', organisationId: input.municipalityId, contactId: p.id, changedFields: ['validTo'] });
        }
      }
    }
    const [row] = await tx.insert(municipalityContacts).values({
      careerCentreId: centreId, municipalityId: input.municipalityId, userId: input.userId, kind: input.kind,
      validFrom: range.validFrom, validTo: range.validTo, createdBy: actor.userId,
    }).returning();
    await recordAudit(tx, actor, { type: 'contact.assigned', organisationId: input.municipalityId, contactId: row!.id, userId: input.userId, kind: input.kind });
    let handedOver = 0;
    if (input.kind === 'contact' && input.handOverOpenOrders && previous && previous.userId !== input.userId) {
      handedOver = await handOverOrders(tx, actor, { centreId, municipalityId: input.municipalityId, fromUserId: previous.userId, toUserId: input.userId });
    }
    const absences = asAbsences(await absencesOf(tx, centreId, day));
    return { period: periodJson(row!, await peopleById(tx, [row!.userId], absences, day)), handedOver };
  });
}

async function handOverOrders(tx: Tx, actor: Actor, h: { centreId: string; municipalityId: string; fromUserId: string; toUserId: string }) {
  const moved = await tx.update(guidanceOrders).set({
    assignedCounsellorId: h.toUserId, version: sql`${guidanceOrders.version} + 1`, updatedAt: new Date(),
  }).where(and(
    eq(guidanceOrders.careerCentreId, h.centreId), eq(guidanceOrders.municipalityId, h.municipalityId),
    eq(guidanceOrders.assignedCounsellorId, h.fromUserId), inArray(guidanceOrders.status, [...openOrderStatuses]),
  )).returning({ id: guidanceOrders.id, participantId: guidanceOrders.participantId });
  if (moved.length) {
    await recordAudit(tx, actor, {
      type: 'orders.handed-over', organisationId: h.municipalityId, fromUserId: h.fromUserId, toUserId: h.toUserId,
      orderIds: moved.map((m) => m.id), participantIds: [...new Set(moved.map((m) => m.participantId))],
    });
  }
  return moved.length;
}

async function periodInScope(db: Reader, actor: Actor, id: string): Promise<PeriodRow> {
  const centreId = staffCentre(actor);
  if (!centreId) throw notFound();
  const [p] = await db.select().from(municipalityContacts)
    .where(and(eq(municipalityContacts.id, id), eq(municipalityContacts.careerCentreId, centreId), isNull(municipalityContacts.removedAt)));
  if (!p) throw notFound();
  return p;
}

/** The lead moves a period's start or end (a planned leave or change of job). */
export async function updateContact(db: Db, actor: Actor, id: string, patch: ContactPatch) {
  const p = await periodInScope(db, actor, id);
  if (!mayManageContacts(actor)) throw forbidden();
  if (patch.version !== p.version) throw staleVersion();
  const range = { validFrom: patch.validFrom ?? p.validFrom, validTo: patch.validTo !== undefined ? patch.validTo : p.validTo };
  if (range.validTo && range.validTo < range.validFrom) throw fieldError('validTo', 'contact.period-invalid');
  const changedFields = (['validFrom', 'validTo'] as const).filter((f) => patch[f] !== undefined && patch[f] !== p[f]);
  return db.transaction(async (tx) => {
    const others = (await periodsOf(tx, p.careerCentreId, [p.municipalityId])).filter((x) => x.id !== p.id);
    assertDeputyIsNotContact(others, p.userId, p.kind, range);
    const [row] = await tx.update(municipalityContacts).set({ ...range, version: sql`${municipalityContacts.version} + 1`, updatedAt: new Date() })
      .where(and(eq(municipalityContacts.id, id), eq(municipalityContacts.version, p.version))).returning();
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, { type: 'contact.updated', organisationId: p.municipalityId, contactId: id, changedFields });
    const day = todayInOslo();
    return periodJson(row, await peopleById(tx, [row.userId], asAbsences(await absencesOf(tx, p.careerCentreId, day)), day));
  });
}

/** A soft delete: the row stays for the history and the audit trail names it. */
export async function removeContact(db: Db, actor: Actor, id: string, version: number): Promise<void> {
  const p = await periodInScope(db, actor, id);
  if (!mayManageContacts(actor)) throw forbidden();
  await db.transaction(async (tx) => {
    const [row] = await tx.update(municipalityContacts).set({ removedAt: new Date(), removedBy: actor.userId, version: sql`${municipalityContacts.version} + 1`, updatedAt: new Date() })
      .where(and(eq(municipalityContacts.id, id), eq(municipalityContacts.version, version))).returning({ id: municipalityContacts.id });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, { type: 'contact.removed', organisationId: p.municipalityId, contactId: id });
  });
}

export async function listAbsences(db: Db, actor: Actor) {
  const centreId = staffCentre(actor);
  if (!centreId) throw forbidden();
  const day = todayInOslo();
  const rows = await absencesOf(db, centreId, day);
  const people = await peopleById(db, rows.map((r) => r.userId), asAbsences(rows), day);
  return { items: rows.map((a) => absenceJson(a, people)) };
}

function absenceJson(a: typeof counsellorAbsences.$inferSelect, people: Map<string, PersonJson>) {
  return { id: a.id, from: a.fromDate, to: a.toDate, version: a.version, person: people.get(a.userId)! };
}

/** The lead records anyone's absence; a counsellor records their own. */
export async function recordAbsence(db: Db, actor: Actor, input: AbsenceInput) {
  const centreId = staffCentre(actor);
  if (!centreId || !mayRecordAbsenceOf(actor, input.userId)) throw forbidden();
  await assertCentreStaff(db, centreId, input.userId);
  if (input.to < input.from) throw fieldError('to', 'contact.period-invalid');
  const day = todayInOslo();
  if (input.to < day) throw fieldError('to', 'date.range');
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(counsellorAbsences).values({
      careerCentreId: centreId, userId: input.userId, fromDate: input.from, toDate: input.to, createdBy: actor.userId,
    }).returning();
    await recordAudit(tx, actor, { type: 'absence.recorded', absenceId: row!.id, userId: input.userId });
    const all = asAbsences(await absencesOf(tx, centreId, day));
    return absenceJson(row!, await peopleById(tx, [row!.userId], all, day));
  });
}

export async function removeAbsence(db: Db, actor: Actor, id: string, version: number): Promise<void> {
  const centreId = staffCentre(actor);
  if (!centreId) throw notFound();
  const [a] = await db.select().from(counsellorAbsences).where(and(
    eq(counsellorAbsences.id, id), eq(counsellorAbsences.careerCentreId, centreId), isNull(counsellorAbsences.removedAt),
  ));
  if (!a) throw notFound();
  if (!mayRecordAbsenceOf(actor, a.userId)) throw forbidden();
  await db.transaction(async (tx) => {
    const [row] = await tx.update(counsellorAbsences).set({ removedAt: new Date(), removedBy: actor.userId, version: sql`${counsellorAbsences.version} + 1`, updatedAt: new Date() })
      .where(and(eq(counsellorAbsences.id, id), eq(counsellorAbsences.version, version))).returning({ id: counsellorAbsences.id });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, { type: 'absence.removed', absenceId: id, userId: a.userId });
  });
}
