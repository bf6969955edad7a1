import { and, asc, eq, gte, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  cooperationActions, guidanceNoteFeedback, guidanceNotes, guidanceOrders, meetingSeries, meetings, organisations, participants,
} from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import {
  PRACTICE_PERIOD_DAYS, actionOverdue, addDays, heldBeforeDeadline, practiceFigures, readInTime, todayInOslo, type PracticeCounts,
} from '../../../domain/index.ts';
import { forbidden } from '../../http/errors.ts';
import { osloStartOfDay } from '../calendar/service.ts';
import { osloParts } from '../sessions/booking.ts';
import { leadSide } from './policy.ts';

const empty = (): PracticeCounts => ({
  orders: 0, due: 0, heldInTime: 0, notesSent: 0, notesReadInTime: 0, notesWithFeedback: 0, openActions: 0, overdueActions: 0, lastMeetingOn: null,
});
const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : a ?? b);

/**
 * "Likere praksis" (issue 13 item 6): per municipality a centre serves, the last 365 days' orders, guidance held before
 * the decision deadline, notes read within 5 days, feedback given, open actions and the last meeting. The rules (held in
 * time, read in time, suppression, overdue) are the domain's; this only gathers the rows. A centre lead sees every
 * municipality it serves with small numbers suppressed (another organisation's data, as in the statistics) and its own
 * centre's total exact; a municipality lead sees its own municipality exact and the centre's total suppressed.
 * Counts only, no person: no audit event, like the start page.
 */
export async function comparingPractice(db: Db, actor: Actor) {
  const side = leadSide(actor);
  if (!actor.organisationId || !side) throw forbidden();
  let centreId: string;
  let shownIds: string[];
  if (side === 'career-centre') {
    centreId = actor.organisationId;
    shownIds = [];
  } else {
    const [own] = await db.select({ centre: organisations.servedByCareerCentreId }).from(organisations).where(eq(organisations.id, actor.organisationId));
    if (!own?.centre) throw forbidden();
    centreId = own.centre;
    shownIds = [actor.organisationId];
  }
  const [centre] = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, centreId));
  const municipalities = await db.select({ id: organisations.id, name: organisations.name }).from(organisations)
    .where(and(eq(organisations.servedByCareerCentreId, centreId), eq(organisations.kind, 'municipality'))).orderBy(asc(organisations.name));
  if (side === 'career-centre') shownIds = municipalities.map((m) => m.id);

  const today = todayInOslo();
  const from = addDays(today, -PRACTICE_PERIOD_DAYS);
  const since = osloStartOfDay(from);
  const counts = new Map(municipalities.map((m) => [m.id, empty()]));
  const total = empty();
  const add = (municipalityId: string | null, f: (c: PracticeCounts) => void) => {
    f(total);
    if (municipalityId) { const c = counts.get(municipalityId); if (c) f(c); }
  };

  const sentOrder = and(eq(guidanceOrders.careerCentreId, centreId), ne(guidanceOrders.status, 'draft'), gte(guidanceOrders.createdAt, since));
  for (const o of await db.select({ m: guidanceOrders.municipalityId }).from(guidanceOrders).where(sentOrder)) add(o.m, (c) => { c.orders += 1; });

  // Participants with such an order: due once guidance is held or the deadline has passed (as in the statistics).
  const people = await db.selectDistinct({ id: participants.id, m: participants.municipalityId, held: participants.guidanceHeldOn, deadline: participants.decisionDeadline })
    .from(participants).innerJoin(guidanceOrders, eq(guidanceOrders.participantId, participants.id)).where(sentOrder);
  for (const p of people) {
    if (p.held === null && p.deadline >= today) continue;
    add(p.m, (c) => { c.due += 1; if (heldBeforeDeadline({ guidanceHeldOn: p.held, decisionDeadline: p.deadline })) c.heldInTime += 1; });
  }

  const notes = await db.select({ m: guidanceNotes.municipalityId, sentAt: guidanceNotes.firstSentAt, readAt: guidanceNotes.firstReadAt, feedback: guidanceNoteFeedback.noteId })
    .from(guidanceNotes).leftJoin(guidanceNoteFeedback, eq(guidanceNoteFeedback.noteId, guidanceNotes.id))
    .where(and(eq(guidanceNotes.careerCentreId, centreId), isNotNull(guidanceNotes.firstSentAt), gte(guidanceNotes.firstSentAt, since)));
  for (const n of notes) {
    add(n.m, (c) => {
      c.notesSent += 1;
      if (readInTime(n.sentAt!, n.readAt)) c.notesReadInTime += 1;
      if (n.feedback) c.notesWithFeedback += 1;
    });
  }

  // Actions and meetings of a series with all the centre's municipalities count for each of them (and once in the total).
  const actions = await db.select({ m: cooperationActions.municipalityId, status: cooperationActions.status, dueDate: cooperationActions.dueDate })
    .from(cooperationActions).innerJoin(meetings, and(eq(cooperationActions.sourceKind, 'meeting'), eq(meetings.id, cooperationActions.sourceId)))
    .where(and(eq(cooperationActions.careerCentreId, centreId), isNull(cooperationActions.removedAt), isNull(meetings.removedAt), ne(cooperationActions.status, 'done')));
  for (const a of actions) {
    const bump = (c: PracticeCounts) => { c.openActions += 1; if (actionOverdue(a, today)) c.overdueActions += 1; };
    bump(total);
    for (const [id, c] of counts) if (a.m === null || a.m === id) bump(c);
  }
  const held = await db.select({ m: meetingSeries.municipalityId, last: sql<Date>`max(${meetings.startsAt})`.mapWith(meetings.startsAt) })
    .from(meetings).innerJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .where(and(eq(meetingSeries.careerCentreId, centreId), isNull(meetings.removedAt), sql`${meetings.startsAt} <= ${new Date()}`))
    .groupBy(meetingSeries.municipalityId);
  for (const h of held) {
    const on = osloParts(h.last).date;
    total.lastMeetingOn = later(total.lastMeetingOn, on);
    for (const [id, c] of counts) if (h.m === null || h.m === id) c.lastMeetingOn = later(c.lastMeetingOn, on);
  }

  const ownOrg = (id: string) => id === actor.organisationId;
  return {
    from, to: today,
    rows: municipalities.filter((m) => shownIds.includes(m.id)).map((m) => ({
      municipality: m, exact: ownOrg(m.id), figures: practiceFigures(counts.get(m.id)!, ownOrg(m.id)),
    })),
    total: { careerCentre: centre!, exact: ownOrg(centreId), figures: practiceFigures(total, ownOrg(centreId)) },
  };
}
