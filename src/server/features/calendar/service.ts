import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { calendarFeeds, organisations, users } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { addDays, daysBetween, todayInOslo, type SessionOutcome } from '../../../domain/index.ts';
import { AppError, fieldError, forbidden, notFound } from '../../http/errors.ts';
import { hashToken, newToken } from '../../auth/tokens.ts';
import { recordAudit } from '../../audit/record.ts';
import { auditSessionsListed, sessionsBetween } from '../sessions/service.ts';
import { groupSessionsBetween } from '../group-sessions/service.ts';
import { endOf, osloParts } from '../sessions/booking.ts';
import { calendarCentre, feedOwnerStillCentreStaff, mayHaveCalendarFeed, ownCalendarOnly } from './policy.ts';

const MAX_DAYS = 62;

/** The instant a day starts in Norway (00:00 at +01:00 or +02:00). */
export function osloStartOfDay(date: string): Date {
  for (const offset of [1, 2]) {
    const candidate = new Date(`${date}T00:00:00+0${offset}:00`);
    const parts = osloParts(candidate);
    if (parts.date === date && parts.time === '00:00') return candidate;
  }
  return new Date(`${date}T00:00:00+01:00`);
}

/** Monday of the week a day falls in. */
function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

const statusOf = (outcome: SessionOutcome | null): SessionOutcome | 'planned' => outcome ?? 'planned';

/**
 * The counsellor's own calendar (sessions they lead or write the note for, group sessions they lead), or for a
 * centre lead the whole centre's, optionally one counsellor's. Days are Norwegian days, `to` included.
 */
export async function calendar(db: Db, actor: Actor, q: { from?: string; to?: string; counsellorId?: string }) {
  const centreId = calendarCentre(actor);
  if (!centreId) throw forbidden();
  const from = q.from ?? mondayOf(todayInOslo());
  const to = q.to ?? addDays(from, 6);
  const days = daysBetween(from, to);
  if (days < 0 || days >= MAX_DAYS) throw new AppError(400, 'validation', {}, [{ path: 'to', key: 'calendar.range' }]);
  let counsellorId = q.counsellorId;
  if (ownCalendarOnly(actor)) {
    if (counsellorId && counsellorId !== actor.userId) throw forbidden();
    counsellorId = actor.userId;
  } else if (counsellorId) {
    const [u] = await db.select({ id: users.id }).from(users).where(and(eq(users.id, counsellorId), eq(users.organisationId, centreId)));
    if (!u) throw fieldError('counsellorId', 'session.counsellor-invalid');
  }
  const start = osloStartOfDay(from);
  const end = osloStartOfDay(addDays(to, 1));
  const sessions = await sessionsBetween(db, centreId, start, end, counsellorId);
  const groups = await groupSessionsBetween(db, centreId, start, end, counsellorId);
  await auditSessionsListed(db, actor, sessions);
  const entries = [
    ...sessions.map(({ s, p, leadName, secondName }) => ({
      type: 'session' as const, id: s.id, reference: s.reference, title: `${p.givenName} ${p.familyName}`,
      startsAt: s.startsAt, durationMinutes: s.durationMinutes, mode: s.mode, place: s.place, meetingUrl: s.meetingUrl,
      counsellors: [{ id: s.leadCounsellorId, name: leadName }, ...(s.secondCounsellorId && secondName ? [{ id: s.secondCounsellorId, name: secondName }] : [])],
      interpreter: s.interpreterLanguage ? { language: s.interpreterLanguage, status: s.interpreterStatus! } : null,
      status: statusOf(s.outcome), orderId: s.orderId, participant: p,
    })),
    ...groups.map(({ g, leadName }) => ({
      type: 'group-session' as const, id: g.id, reference: g.reference, title: g.title,
      startsAt: g.startsAt, durationMinutes: g.durationMinutes, mode: g.mode, place: g.place, meetingUrl: g.meetingUrl,
      counsellors: [{ id: g.leadCounsellorId, name: leadName }],
      interpreter: g.interpreterLanguage ? { language: g.interpreterLanguage, status: g.interpreterStatus! } : null,
      status: g.cancellationReason ? 'cancelled' as const : 'planned' as const, orderId: null, participant: null,
    })),
  ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return {
    from, to,
    items: entries.map((e) => ({ ...e, startsAt: e.startsAt.toISOString(), endsAt: endOf(e.startsAt, e.durationMinutes).toISOString() })),
  };
}

// ─── The iCalendar feed ─────────────────────────────────────────────────────────────────────────────────────────

function centreUser(actor: Actor): Actor {
  if (!mayHaveCalendarFeed(actor)) throw forbidden();
  return actor;
}

export async function feedStatus(db: Db, actor: Actor) {
  centreUser(actor);
  const [feed] = await db.select({ createdAt: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.userId, actor.userId));
  return { active: Boolean(feed), createdAt: feed?.createdAt.toISOString() ?? null };
}

/** A new secret feed address; any earlier address stops working. The token is shown once and stored hashed. */
export async function createFeed(db: Db, actor: Actor, publicUrl: string) {
  centreUser(actor);
  const token = newToken();
  const createdAt = new Date();
  await db.transaction(async (tx) => {
    await tx.insert(calendarFeeds).values({ userId: actor.userId, tokenHash: hashToken(token), createdAt })
      .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash: hashToken(token), createdAt } });
    await recordAudit(tx, actor, { type: 'calendar-feed.created' });
  });
  return { url: `${publicUrl.replace(/\/$/, '')}/api/ical/${token}.ics`, createdAt: createdAt.toISOString() };
}

export async function revokeFeed(db: Db, actor: Actor) {
  centreUser(actor);
  await db.transaction(async (tx) => {
    await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, actor.userId));
    await recordAudit(tx, actor, { type: 'calendar-feed.revoked' });
  });
}

export const icsText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
export const icsTime = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * The feed of a counsellor behind a secret token: 30 days back and 180 ahead. It holds no personal data: each
 * event is titled with the session's reference code, never a name, and carries no place or link (a place can
 * be a home address, a link can name a person); the app has the details.
 */
export async function feed(db: Db, token: string, publicUrl: string): Promise<string> {
  const [row] = await db.select({ userId: users.id, organisationId: users.organisationId, role: users.role, active: users.active })
    .from(calendarFeeds).innerJoin(users, eq(users.id, calendarFeeds.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(calendarFeeds.tokenHash, hashToken(token)), feedOwnerStillCentreStaff()));
  if (!row || !row.active || !row.organisationId) throw notFound();
  const today = todayInOslo();
  const start = osloStartOfDay(addDays(today, -30));
  const end = osloStartOfDay(addDays(today, 181));
  const sessions = await sessionsBetween(db, row.organisationId, start, end, row.userId);
  const groups = await groupSessionsBetween(db, row.organisationId, start, end, row.userId);
  const modeText = { 'in-person': 'Oppmøte', digital: 'Digitalt', phone: 'Telefon' } as const;
  const stamp = icsTime(new Date());
  const events = [
    ...sessions.map(({ s }) => ({ uid: s.id, summary: `Veiledning ${s.reference}`, start: s.startsAt, minutes: s.durationMinutes, mode: modeText[s.mode], cancelled: s.outcome === 'cancelled', interpreter: Boolean(s.interpreterLanguage) })),
    ...groups.map(({ g }) => ({ uid: g.id, summary: `Gruppeveiledning ${g.reference}`, start: g.startsAt, minutes: g.durationMinutes, mode: modeText[g.mode], cancelled: Boolean(g.cancellationReason), interpreter: Boolean(g.interpreterLanguage) })),
  ];
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Veivalg//Karriereveiledning//NO', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Veivalg',
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.uid}@veivalg`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsTime(e.start)}`,
      `DTEND:${icsTime(endOf(e.start, e.minutes))}`,
      `SUMMARY:${icsText(e.summary)}`,
      `DESCRIPTION:${icsText(`${e.mode}${e.interpreter ? ', med tolk' : ''}. Detaljer i Veivalg: ${publicUrl}`)}`,
      `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** RFC 5545 § 3.1: lines longer than 75 octets continue on the next line after a space. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (octets + size > (out.length ? 74 : 75)) { out.push(current); current = ''; octets = 0; }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}
