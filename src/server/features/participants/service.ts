import { and, asc, eq, ne, sql, inArray, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.ts';
import { guidanceOrders, organisations, participants, postponements } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import {
  daysBetween, deadlineStatus, decisionDeadline, decisionDeadlineFor, guidanceRight, postponementReminderDue, storedRuleResults, todayInOslo,
  type DeadlineStatus, type GuidanceRight, type GuidanceRightChange, type GuidanceRightInput,
} from '../../../domain/index.ts';
import { AppError, fieldError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { afterCursor, decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { recordAudit } from '../../audit/record.ts';
import { mayWriteParticipants, participantScope } from './policy.ts';
import { deadlineStatusCondition } from './status-filter.ts';
import type { ParticipantInput, ParticipantJson, ParticipantPatch } from './schemas.ts';

type ParticipantRow = typeof participants.$inferSelect;
type OpenPostponement = { id: string; reason: string; expectedDate: string } | null;
type LatestOrder = { id: string; status: string } | null;
type Row = ParticipantRow & { municipalityName: string; latestOrder: LatestOrder; postponement: OpenPostponement };

const latestOrder = sql<LatestOrder>`(
  select json_build_object('id', o.id, 'status', o.status) from ${guidanceOrders} o
  where o.participant_id = ${participants.id} order by o.created_at desc, o.id desc limit 1)`;

// The open postponement, if any (at most one: a partial unique index).
const openPostponement = sql<OpenPostponement>`(
  select json_build_object('id', pp.id, 'reason', pp.reason, 'expectedDate', pp.expected_date) from ${postponements} pp
  where pp.participant_id = ${participants.id} and pp.ended_at is null limit 1)`;

const selection = { p: participants, municipalityName: organisations.name, latestOrder, postponement: openPostponement };

/**
 * What the list reads of a participant: the columns `toJson` needs and the deadline the cursor is made of, no more
 * (not `rules_version`, `guidance_right`, `created_by`, `anonymised_at`).
 */
const listColumns = {
  id: participants.id, version: participants.version, givenName: participants.givenName, familyName: participants.familyName,
  birthDate: participants.birthDate, nationalId: participants.nationalId, preferredLanguage: participants.preferredLanguage,
  interpreterLanguage: participants.interpreterLanguage, residenceBasis: participants.residenceBasis,
  settlementDate: participants.settlementDate, permitDate: participants.permitDate,
  programmeRequestDate: participants.programmeRequestDate, programmeEndDate: participants.programmeEndDate,
  gender: participants.gender, countryBackground: participants.countryBackground,
  municipalityId: participants.municipalityId, municipalityName: organisations.name,
  guidanceRightChange: participants.guidanceRightChange, decisionDeadline: participants.decisionDeadline,
  guidanceHeldOn: participants.guidanceHeldOn, guidancePostponed: participants.guidancePostponed,
  latestOrder, postponement: openPostponement, createdAt: participants.createdAt, updatedAt: participants.updatedAt,
};
type ListColumns = typeof listColumns;
/**
 * One row of the list as the database gives it: a JSON object (below), so dates stay `YYYY-MM-DD` strings as
 * drizzle reads them, and the two timestamps come as ISO 8601 text with an offset.
 */
type ListRow = {
  [K in keyof ListColumns]: K extends 'createdAt' | 'updatedAt' ? string
    : ListColumns[K] extends SQL<infer T> ? T : ListColumns[K] extends { _: { data: infer D; notNull: infer N } } ? (N extends true ? D : D | null) : never;
};

/**
 * The list reads each row as ONE value, `json_build_object('id', …, 'givenName', …, …)` of `listColumns`, which the
 * driver hands to JSON.parse (node-postgres and PGlite alike, a json column), instead of 25 columns each decoded by
 * the driver and then mapped by drizzle one cell at a time (`mapResultRow`: most of drizzle's CPU on this route).
 * The values are the ones drizzle would give: text and codes as stored, integers and booleans, jsonb as an object,
 * dates as `YYYY-MM-DD` (JSON's output of a date is ISO whatever DateStyle is). Only the timestamps differ in form
 * (`2026-12-06T12:34:56.123456+00:00` against drizzle's Date): `toJson` writes both as `Date#toISOString` does.
 * json_build_object takes at most 100 arguments: 50 fields.
 *
 * Its SQL text is the same for every request (columns and subqueries, no parameter), so drizzle renders it once
 * here rather than walking its ~60 parts on every request.
 */
const listRowSql = sql`json_build_object(${sql.join(
  Object.entries(listColumns).map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`), sql`, `,
)})`;
const listRow = sql<ListRow>`${sql.raw(renderedOnce(listRowSql))}`;

function renderedOnce(fragment: SQL): string {
  const { sql: text, params } = new PgDialect().sqlToQuery(fragment);
  if (params.length) throw new Error('a fragment rendered once must not hold parameters');
  return text;
}

/** What toJson reads: a participant read by id (a whole row) or a row of the list. */
type JsonSource = Omit<ListRow, 'createdAt' | 'updatedAt'> & { createdAt: Date | string; updatedAt: Date | string };

/** A timestamp as `Date#toISOString` writes it, from a Date (drizzle) or from the list's JSON text. */
const isoTimestamp = (t: Date | string) => (typeof t === 'string' ? new Date(t) : t).toISOString();

type GuidanceRightBasis = ParticipantJson['guidanceRightBasis'];

/**
 * The § 11 answer, the § 12 deadline and its status for one day. A page of the list holds many participants with
 * the same dates (the queue is sorted by deadline), so these are computed once per distinct input within a request
 * (`DateRules` lives as long as one list call; a rule change between requests is always seen), and the answer's
 * `guidanceRightBasis` and the `deadlines` are one object per distinct input, shared by the rows that have it (the
 * response is only serialised, never changed).
 */
class DateRules {
  private rights = new Map<string, {
    right: GuidanceRight; basis: GuidanceRightBasis; deadline: ReturnType<typeof decisionDeadlineFor>;
    deadlines: Map<string, ParticipantJson['deadlines']>;
  }>();
  private statuses = new Map<string, { status: DeadlineStatus; daysLeft: number | null }>();
  constructor(readonly today: string) {}

  rightAndDeadline(row: JsonSource) {
    const key = `${row.residenceBasis}|${row.birthDate}|${row.settlementDate}|${row.permitDate ?? ''}|${row.programmeRequestDate ?? ''}`;
    let hit = this.rights.get(key);
    if (!hit) {
      const right = guidanceRight(row);
      hit = {
        right: right.right,
        basis: {
          reason: right.reason,
          law: right.law,
          age: right.age,
          decidingDate: right.decidingDate,
          provisional: right.provisional,
          ruleId: right.ruleId,
          source: { law: right.source.law, effectiveFrom: right.source.effectiveFrom, url: right.source.verifiedBy?.[0]?.url ?? null },
        },
        deadline: decisionDeadlineFor(row, right.right),
        deadlines: new Map(),
      };
      this.rights.set(key, hit);
    }
    return hit;
  }

  /** The `deadlines` of a row with this answer, by whether guidance was held and whether it is postponed. */
  deadlines(rd: ReturnType<DateRules['rightAndDeadline']>, guidanceHeldOn: string | null, postponed: boolean): ParticipantJson['deadlines'] {
    const key = `${guidanceHeldOn ? 1 : 0}|${postponed ? 1 : 0}`;
    let hit = rd.deadlines.get(key);
    if (!hit) {
      const deadline = rd.deadline?.date ?? null;
      const { status, daysLeft } = this.status(deadline, guidanceHeldOn, postponed);
      hit = { decision: deadline, startsFrom: rd.deadline?.startsFrom ?? null, status, daysLeft };
      rd.deadlines.set(key, hit);
    }
    return hit;
  }

  /** The status on `today` and the days left, by deadline (rows with different answers share a deadline day). */
  private status(deadline: string | null, guidanceHeldOn: string | null, postponed: boolean) {
    const key = `${deadline ?? ''}|${guidanceHeldOn ? 1 : 0}|${postponed ? 1 : 0}`;
    let hit = this.statuses.get(key);
    if (!hit) {
      hit = {
        status: deadlineStatus({ deadline, today: this.today, guidanceHeldOn, postponed }),
        daysLeft: deadline ? daysBetween(this.today, deadline) : null,
      };
      this.statuses.set(key, hit);
    }
    return hit;
  }
}

function toJson(row: JsonSource, rules: DateRules | string = todayInOslo()): ParticipantJson {
  const r = typeof rules === 'string' ? new DateRules(rules) : rules;
  const today = r.today;
  const rd = r.rightAndDeadline(row);
  // Built in the order of the response schema (participantJson), with exactly its fields: the list's answer is
  // JSON.stringify of this (routes.ts), and must be byte for byte what the schema's serializer would write.
  const change = row.guidanceRightChange;
  return {
    id: row.id,
    version: row.version,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
    nationalId: row.nationalId,
    preferredLanguage: row.preferredLanguage,
    interpreterLanguage: row.interpreterLanguage,
    residenceBasis: row.residenceBasis,
    settlementDate: row.settlementDate,
    permitDate: row.permitDate,
    programmeRequestDate: row.programmeRequestDate,
    programmeEndDate: row.programmeEndDate,
    gender: row.gender,
    countryBackground: row.countryBackground,
    municipality: { id: row.municipalityId, name: row.municipalityName },
    guidanceRight: rd.right,
    guidanceRightBasis: rd.basis,
    guidanceRightChange: change ? { from: change.from, to: change.to, on: change.on, cause: change.cause } : null,
    deadlines: r.deadlines(rd, row.guidanceHeldOn, row.guidancePostponed),
    latestOrder: row.latestOrder ? { id: row.latestOrder.id, status: row.latestOrder.status as NonNullable<ParticipantJson['latestOrder']>['status'] } : null,
    postponement: row.postponement
      ? {
          id: row.postponement.id, reason: row.postponement.reason as NonNullable<ParticipantJson['postponement']>['reason'],
          expectedDate: row.postponement.expectedDate,
          reminderDue: postponementReminderDue({ expectedDate: row.postponement.expectedDate, today }),
        }
      : null,
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}

const flatten = (r: { p: ParticipantRow; municipalityName: string; latestOrder: Row['latestOrder']; postponement: OpenPostponement }): Row =>
  ({ ...r.p, municipalityName: r.municipalityName, latestOrder: r.latestOrder, postponement: r.postponement });

/** Reads one participant within the actor's scope; out of scope and unknown look the same (404). */
async function findInScope(db: Pick<Db, 'select'>, actor: Actor, id: string): Promise<Row> {
  const scope = participantScope(actor);
  if (!scope) throw notFound();
  const [row] = await db.select(selection).from(participants)
    .innerJoin(organisations, eq(organisations.id, participants.municipalityId))
    .where(and(eq(participants.id, id), scope)).limit(1);
  if (!row) throw notFound();
  return flatten(row);
}

export async function getParticipant(db: Db, actor: Actor, id: string): Promise<ParticipantJson> {
  const row = await findInScope(db, actor, id);
  await recordAudit(db, actor, { type: 'participant.viewed', participantId: id });
  return toJson(row);
}

export async function listParticipants(
  db: Db, actor: Actor, q: { status?: DeadlineStatus; q?: string; cursor?: string; limit: number },
): Promise<{ items: ParticipantJson[]; nextCursor: string | null }> {
  const today = todayInOslo();
  const scope = participantScope(actor, today);
  if (!scope) return { items: [], nextCursor: null };
  const cursor = decodeCursor(q.cursor);
  const rows = await db.select({ row: listRow }).from(participants)
    .innerJoin(organisations, eq(organisations.id, participants.municipalityId))
    .where(and(
      scope,
      q.status ? deadlineStatusCondition(participants, q.status, today) : undefined,
      q.q ? nameMatches(q.q) : undefined,
      afterCursor(participants.decisionDeadline, participants.id, cursor),
    ))
    .orderBy(asc(participants.decisionDeadline), asc(participants.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit).map((r) => r.row);
  const rules = new DateRules(today);
  const last = page.at(-1);
  if (page.length) await recordAudit(db, actor, { type: 'participant.listed', participantIds: page.map((r) => r.id) });
  return {
    items: page.map((r) => toJson(r, rules)),
    nextCursor: rows.length > q.limit && last ? encodeCursor({ deadline: last.decisionDeadline, id: last.id }) : null,
  };
}

/** Every word typed must occur in the given or family name, case-insensitively. */
function nameMatches(text: string) {
  const words = text.split(/\s+/).filter(Boolean).map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return and(...words.map((w) => sql`(${participants.givenName} || ' ' || ${participants.familyName}) ilike ${w}`));
}

/** Settlement cannot come before birth; the error goes on the field the user just changed. */
function checkDates(
  p: { birthDate: string; settlementDate: string; permitDate?: string | null; programmeRequestDate?: string | null; programmeEndDate?: string | null },
  changedBirthDate = false,
) {
  // The programme follows settlement (issue 13 item 5): an end before it is a typing error.
  if (p.programmeEndDate && p.programmeEndDate < p.settlementDate) throw fieldError('programmeEndDate', 'participant.programmeEndDate.beforeSettlement');
  if (p.settlementDate < p.birthDate) throw fieldError(changedBirthDate ? 'birthDate' : 'settlementDate', 'invalid');
  // Settlement follows the permit: a permit date after settlement (or before birth) is a typing error.
  if (p.permitDate && p.permitDate > p.settlementDate) throw fieldError('permitDate', 'participant.permitDate.afterSettlement');
  if (p.permitDate && p.permitDate < p.birthDate) throw fieldError('permitDate', 'invalid');
  // The deadline (three months after the later start date) must itself fall in the calendar range we count in.
  try {
    decisionDeadline(p);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw fieldError(p.programmeRequestDate && p.programmeRequestDate > p.settlementDate ? 'programmeRequestDate' : 'settlementDate', 'invalid');
  }
}

/**
 * Registers a participant. One national id, one participant per municipality: a second registration gets 409 with
 * a link to the existing record (the unique index settles concurrent requests). A person registered by another
 * municipality (a move) is registered anew, and the adviser is told only that: never which municipality or record.
 */
export async function createParticipant(db: Db, actor: Actor, input: ParticipantInput): Promise<ParticipantJson & { registeredElsewhere: boolean }> {
  if (!mayWriteParticipants(actor) || !actor.organisationId) throw forbidden();
  checkDates(input);
  const municipalityId = actor.organisationId;
  const nationalId = input.nationalId ?? null;
  if (nationalId) await refuseDuplicateNationalId(db, municipalityId, nationalId);
  let id: string;
  try {
    id = await db.transaction(async (tx) => {
      const [row] = await tx.insert(participants).values({
        ...input,
        nationalId,
        permitDate: input.permitDate ?? null,
        interpreterLanguage: input.interpreterLanguage ?? null,
        programmeRequestDate: input.programmeRequestDate ?? null,
        programmeEndDate: input.programmeEndDate ?? null,
        gender: input.gender ?? null,
        countryBackground: input.countryBackground ?? null,
        municipalityId,
        ...storedRuleResults(input),
        createdBy: actor.userId,
      }).returning({ id: participants.id });
      await recordAudit(tx, actor, { type: 'participant.created', participantId: row!.id });
      return row!.id;
    });
  } catch (e) {
    if (nationalId && isNationalIdConflict(e)) await refuseDuplicateNationalId(db, municipalityId, nationalId);
    throw e;
  }
  const registeredElsewhere = nationalId ? await registeredInAnotherMunicipality(db, municipalityId, nationalId) : false;
  return { ...toJson(await findInScope(db, actor, id)), registeredElsewhere };
}

/** 409 pointing at the municipality's own record with this national id, if there is one. */
async function refuseDuplicateNationalId(db: Db, municipalityId: string, nationalId: string, except?: string) {
  const [existing] = await db.select({ id: participants.id }).from(participants)
    .where(and(eq(participants.municipalityId, municipalityId), eq(participants.nationalId, nationalId)));
  if (existing && existing.id !== except) {
    throw new AppError(409, 'participant.duplicate-national-id', {}, [{ path: 'nationalId', key: 'participant.duplicate-national-id' }], {
      existing: { id: existing.id, href: `/deltakere/${existing.id}` },
    });
  }
}

async function registeredInAnotherMunicipality(db: Db, municipalityId: string, nationalId: string): Promise<boolean> {
  const [other] = await db.select({ id: participants.id }).from(participants)
    .where(and(eq(participants.nationalId, nationalId), ne(participants.municipalityId, municipalityId))).limit(1);
  return Boolean(other);
}

const isNationalIdConflict = (e: unknown) => {
  const err = e as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const c = err.cause ?? err;
  return c.code === '23505' && (c.constraint === undefined || c.constraint === 'participants_municipality_national_id_idx');
};

export async function updateParticipant(db: Db, actor: Actor, id: string, patch: ParticipantPatch): Promise<ParticipantJson> {
  const current = await findInScope(db, actor, id);
  if (!mayWriteParticipants(actor)) throw forbidden();
  const { version, ...changes } = patch;
  await writeParticipantChanges(db, actor, current, version, changes, (tx, changedFields) =>
    recordAudit(tx, actor, { type: 'participant.updated', participantId: id, changedFields }));
  return toJson(await findInScope(db, actor, id));
}

/**
 * Writes changes to a participant read in scope, with every check an edit has (dates, a national id taken in the
 * municipality), the deadline and the § 11 answer recomputed, the open orders' copy of the deadline updated.
 * `audit` records the event inside the transaction; a correction (data-subject.ts) uses this with its own record
 * and event.
 */
export async function writeParticipantChanges(
  db: Db, actor: Actor, current: Row, version: number, changes: Omit<ParticipantPatch, 'version'>,
  audit: (tx: Tx, changedFields: string[]) => Promise<unknown>,
): Promise<void> {
  const id = current.id;
  const merged = { ...current, ...changes };
  checkDates(merged, changes.birthDate !== undefined && changes.settlementDate === undefined);
  const stored = storedRuleResults(merged);
  const deadline = stored.decisionDeadline;
  const changedFields = Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== current[k as keyof Row]);
  const { right, change } = rightAfter(current, merged);
  if (changes.nationalId && changes.nationalId !== current.nationalId) await refuseDuplicateNationalId(db, current.municipalityId, changes.nationalId, id);
  await db.transaction(async (tx) => {
    const [updated] = await tx.update(participants)
      .set({
        ...changes, ...stored, guidanceRight: right, version: sql`${participants.version} + 1`, updatedAt: new Date(),
        ...(change ? { guidanceRightChange: change } : {}),
      })
      .where(and(eq(participants.id, id), eq(participants.version, version)))
      .returning({ id: participants.id });
    if (!updated) throw staleVersion();
    // Open orders keep a copy of the deadline so the centre's queue sorts on an index. A follow-up conversation has
    // no § 11 deadline: its sort key stays its own (src/server/features/orders/service.ts, checkFollowUp).
    await tx.update(guidanceOrders).set({ decisionDeadline: deadline, rulesVersion: stored.rulesVersion }).where(and(
      eq(guidanceOrders.participantId, id), eq(guidanceOrders.kind, 'first'), inArray(guidanceOrders.status, ['draft', 'sent', 'accepted', 'scheduled']),
    ));
    await audit(tx, changedFields);
    await recordRightChange(tx, actor, id, change);
  });
}

/** The stored § 11 answer after a change of the deciding facts, and the change to record when it differs. */
function rightAfter(current: { guidanceRight: GuidanceRight | null }, merged: GuidanceRightInput) {
  const right = guidanceRight(merged).right;
  const change: GuidanceRightChange | null = right !== current.guidanceRight
    ? { from: current.guidanceRight, to: right, on: todayInOslo(), cause: 'edit' } : null;
  return { right, change };
}

async function recordRightChange(tx: Tx, actor: Actor, participantId: string, change: GuidanceRightChange | null) {
  if (!change) return;
  await recordAudit(tx, actor, { type: 'participant.guidance-right-changed', participantId, from: change.from, to: change.to, cause: change.cause });
}

/**
 * Sets the permit date from a competence-mapping import (the brief feature), inside its transaction: the same
 * date checks as an edit (400 on 'permitDate'), the § 11 answer recomputed, audited as an edit of the field.
 */
export async function applyPermitDate(tx: Tx, actor: Actor, current: ParticipantRow, permitDate: string): Promise<void> {
  if (current.permitDate === permitDate) return;
  const merged = { ...current, permitDate };
  checkDates(merged);
  const { right, change } = rightAfter(current, merged);
  await tx.update(participants).set({
    permitDate, ...storedRuleResults(merged), guidanceRight: right, version: sql`${participants.version} + 1`, updatedAt: new Date(),
    ...(change ? { guidanceRightChange: change } : {}),
  }).where(eq(participants.id, current.id));
  await recordAudit(tx, actor, { type: 'participant.updated', participantId: current.id, changedFields: ['permitDate'] });
  await recordRightChange(tx, actor, current.id, change);
}

export { findInScope as findParticipantInScope };
export type { Row as ParticipantRowInScope };
