/**
 * What sessions and group sessions share: double-booking checks, reference codes, Oslo time and the
 * interpreter columns.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Tx, Reader } from '../../db/client.ts';
import { groupSessions, guidanceSessions, users } from '../../db/schema.ts';
import { MAX_SESSION_MINUTES, findClash } from '../../../domain/index.ts';
import { sessionCounsellorRoles } from './policy.ts';
import { AppError } from '../../http/errors.ts';
import { termsOfCentre } from '../glossary/service.ts';
import type { InterpreterInput } from './schemas.ts';

// ─── Time ───────────────────────────────────────────────────────────────────────────────────────────────────────

const osloFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** The day and clock time in Norway: what a letter, a message and the deadline rule speak in. */
export function osloParts(d: Date): { date: string; time: string } {
  const parts = osloFormat.formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

export const endOf = (startsAt: Date, minutes: number) => new Date(startsAt.getTime() + minutes * 60_000);

/** A start time must be a real instant in a sane range (years 2000–2199). */
export function checkInstant(path: string, value: string): Date {
  const d = new Date(value);
  const year = d.getUTCFullYear();
  if (Number.isNaN(d.getTime()) || year < 2000 || year > 2199) throw new AppError(400, 'validation', {}, [{ path, key: 'datetime.invalid' }]);
  return d;
}

// ─── Reference codes ────────────────────────────────────────────────────────────────────────────────────────────

// No 0/O or 1/I/L, so a code read aloud or copied by hand comes out right.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A new code such as "VV-7Q3K" that no row of the table has. */
export async function newReference(tx: Reader, column: PgColumn, prefix: 'VV' | 'VG'): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const length = attempt < 10 ? 4 : 6;
    const code = `${prefix}-${[...randomBytes(length)].map((b) => ALPHABET[b % ALPHABET.length]).join('')}`;
    const [taken] = await tx.select({ c: column }).from(column.table).where(eq(column, code)).limit(1);
    if (!taken) return code;
  }
  throw new Error('no free reference code');
}

// ─── People ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** The id if it names an active counsellor or lead of the centre; otherwise a 400 on the field. */
export async function centreCounsellor(db: Reader, centreId: string, id: string, path: string): Promise<string> {
  const [user] = await db.select({ id: users.id }).from(users).where(and(
    eq(users.id, id), eq(users.organisationId, centreId), eq(users.active, true), inArray(users.role, [...sessionCounsellorRoles]),
  ));
  if (!user) throw new AppError(400, 'validation', {}, [{ path, key: 'session.counsellor-invalid' }]);
  return user.id;
}

/** Glossary terms named for a briefing must be the centre's own. */
export async function checkBriefingTerms(db: Reader, centreId: string, ids: string[] | undefined, path: string): Promise<void> {
  const unique = [...new Set(ids ?? [])];
  if (!unique.length) return;
  const found = await termsOfCentre(db, centreId, unique);
  if (found.length !== unique.length) throw new AppError(400, 'validation', {}, [{ path, key: 'session.term-unknown' }]);
}

/** The interpreter columns for an input (null: no interpreter). */
export function interpreterColumns(i: InterpreterInput | null | undefined) {
  return {
    interpreterLanguage: i?.language ?? null,
    interpreterDialect: i?.dialect ?? null,
    interpreterMode: i?.mode ?? null,
    interpreterStatus: i ? i.status : null,
    interpreterService: i?.service ?? null,
    interpreterReference: i?.reference ?? null,
    interpreterBriefing: i?.briefing ?? null,
    briefingTermIds: [...new Set(i?.briefingTermIds ?? [])],
  };
}

type InterpreterRow = { [K in keyof ReturnType<typeof interpreterColumns>]: unknown };

export function interpreterJsonOf(r: InterpreterRow) {
  if (!r.interpreterLanguage) return null;
  return {
    language: r.interpreterLanguage as string,
    dialect: r.interpreterDialect as string | null,
    mode: r.interpreterMode as 'on-site' | 'phone' | 'video',
    status: r.interpreterStatus as 'requested' | 'booked' | 'confirmed' | 'none-available',
    service: r.interpreterService as string | null,
    reference: r.interpreterReference as string | null,
    briefing: r.interpreterBriefing as string | null,
    briefingTermIds: (r.briefingTermIds as string[] | null) ?? [],
  };
}

// ─── Double booking ─────────────────────────────────────────────────────────────────────────────────────────────

export interface BookingCheck {
  startsAt: Date;
  minutes: number;
  counsellors: { id: string; path: string }[];
  /** The interpreter's reference, when an interpreter is booked (not when none is available). */
  interpreterReference: string | null;
  exceptSessionId?: string;
  exceptGroupSessionId?: string;
}

/**
 * Refuses a booking that overlaps another booking of the same counsellor (as lead or second counsellor, in a
 * session or a group session) or of the same interpreter (by reference, any centre). Cancelled sessions free
 * their time. Runs inside the booking's transaction and first takes a transaction lock per person, so two
 * bookings racing for the same person are checked one after the other. The 409 names the time of the clash,
 * never the other participant.
 */
export async function assertNoDoubleBooking(tx: Tx, b: BookingCheck): Promise<void> {
  const interpreter = b.interpreterReference?.trim().toLowerCase() || null;
  const keys = [...b.counsellors.map((c) => `counsellor:${c.id}`), ...(interpreter ? [`interpreter:${interpreter}`] : [])].sort();
  for (const key of keys) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`veivalg:${key}`}))`);

  const from = new Date(b.startsAt.getTime() - MAX_SESSION_MINUTES * 60_000);
  const to = endOf(b.startsAt, b.minutes);
  const ids = b.counsellors.map((c) => c.id);
  const window = (col: PgColumn) => and(gt(col, from), lt(col, to));

  const sessions = await tx.select({
    startsAt: guidanceSessions.startsAt, minutes: guidanceSessions.durationMinutes,
    lead: guidanceSessions.leadCounsellorId, second: guidanceSessions.secondCounsellorId, interpreter: guidanceSessions.interpreterReference,
  }).from(guidanceSessions).where(and(
    window(guidanceSessions.startsAt),
    or(isNull(guidanceSessions.outcome), ne(guidanceSessions.outcome, 'cancelled')),
    b.exceptSessionId ? ne(guidanceSessions.id, b.exceptSessionId) : undefined,
    or(
      ids.length ? inArray(guidanceSessions.leadCounsellorId, ids) : undefined,
      ids.length ? inArray(guidanceSessions.secondCounsellorId, ids) : undefined,
      interpreterMatch(guidanceSessions.interpreterReference, guidanceSessions.interpreterStatus, interpreter),
    ),
  ));
  const groups = await tx.select({
    startsAt: groupSessions.startsAt, minutes: groupSessions.durationMinutes,
    lead: groupSessions.leadCounsellorId, second: sql<string | null>`null`, interpreter: groupSessions.interpreterReference,
  }).from(groupSessions).where(and(
    window(groupSessions.startsAt),
    isNull(groupSessions.cancellationReason),
    b.exceptGroupSessionId ? ne(groupSessions.id, b.exceptGroupSessionId) : undefined,
    or(
      ids.length ? inArray(groupSessions.leadCounsellorId, ids) : undefined,
      interpreterMatch(groupSessions.interpreterReference, groupSessions.interpreterStatus, interpreter),
    ),
  ));
  const others = [...sessions, ...groups].map((o) => ({ ...o, startsAt: new Date(o.startsAt) }));
  const candidate = { startsAt: b.startsAt, minutes: b.minutes };

  for (const c of b.counsellors) {
    const clash = findClash(candidate, others.filter((o) => o.lead === c.id || o.second === c.id));
    if (clash) throw busy('session.counsellor-busy', c.path, clash);
  }
  if (interpreter) {
    const clash = findClash(candidate, others.filter((o) => o.interpreter?.trim().toLowerCase() === interpreter));
    if (clash) throw busy('session.interpreter-busy', 'interpreter.reference', clash);
  }
}

function interpreterMatch(ref: PgColumn, status: PgColumn, interpreter: string | null): SQL | undefined {
  if (!interpreter) return undefined;
  return and(sql`lower(trim(${ref})) = ${interpreter}`, or(isNull(status), ne(status, 'none-available')));
}

function busy(code: 'session.counsellor-busy' | 'session.interpreter-busy', path: string, clash: { startsAt: Date; minutes: number }) {
  const start = osloParts(clash.startsAt);
  const end = osloParts(endOf(clash.startsAt, clash.minutes));
  const when = `${start.date} ${start.time}–${start.date === end.date ? end.time : `${end.date} ${end.time}`}`;
  return new AppError(409, code, { when }, [{ path, key: `${code}-field` }]);
}
