import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Reader } from '../../db/client.ts';
import { groupRegistrations, groupSessions, guidanceOrders, guidanceSessions, organisations, participants } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { guidanceHours, minutesUsed, todayInOslo } from '../../../domain/index.ts';
import { forbidden } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { findParticipantInScope } from '../participants/service.ts';
import { centreSeesParticipant } from '../participants/policy.ts';
import { capacityCentre } from './policy.ts';

/**
 * Minutes of guidance each participant has had: individual (and three-party) sessions by the domain rule
 * minutesUsed, and group sessions they attended, in full. All centres count: the estimate is per participant.
 */
async function minutesFor(db: Reader, participantIds: string[]) {
  const totals = new Map(participantIds.map((id) => [id, { individual: 0, group: 0 }]));
  if (!participantIds.length) return totals;
  const sessions = await db.select({
    participantId: guidanceSessions.participantId, outcome: guidanceSessions.outcome,
    planned: guidanceSessions.durationMinutes, recorded: guidanceSessions.minutesUsed,
  }).from(guidanceSessions).where(inArray(guidanceSessions.participantId, participantIds));
  for (const s of sessions) totals.get(s.participantId)!.individual += minutesUsed({ outcome: s.outcome, plannedMinutes: s.planned, recordedMinutes: s.recorded });
  const attended = await db.select({ participantId: groupRegistrations.participantId, minutes: groupSessions.durationMinutes })
    .from(groupRegistrations).innerJoin(groupSessions, eq(groupSessions.id, groupRegistrations.groupSessionId))
    .where(and(inArray(groupRegistrations.participantId, participantIds), eq(groupRegistrations.attendance, 'attended')));
  for (const a of attended) totals.get(a.participantId)!.group += a.minutes;
  return totals;
}

export async function participantHours(db: Db, actor: Actor, participantId: string) {
  await findParticipantInScope(db, actor, participantId);
  const m = (await minutesFor(db, [participantId])).get(participantId)!;
  await recordAudit(db, actor, { type: 'hours.viewed', participantIds: [participantId] });
  return { participantId, ...guidanceHours({ individualMinutes: m.individual, groupMinutes: m.group, on: todayInOslo() }) };
}

/**
 * The centre lead's view of capacity: every participant whose order the centre has accepted (open or
 * completed), with time used against the estimate.
 */
export async function centreHours(db: Db, actor: Actor) {
  const centreId = capacityCentre(actor);
  if (!centreId) throw forbidden();
  const rows = await db.selectDistinct({
    id: participants.id, givenName: participants.givenName, familyName: participants.familyName,
    municipalityId: participants.municipalityId, municipalityName: organisations.name,
  }).from(guidanceOrders)
    .innerJoin(participants, eq(participants.id, guidanceOrders.participantId))
    .innerJoin(organisations, eq(organisations.id, participants.municipalityId))
    .where(and(
      eq(guidanceOrders.careerCentreId, centreId), inArray(guidanceOrders.status, ['accepted', 'scheduled', 'completed']),
      // Only the participants the access rule still lets the centre see (participants/policy.ts).
      centreSeesParticipant(participants.id, centreId, todayInOslo()),
    ))
    .orderBy(asc(participants.familyName), asc(participants.givenName), asc(participants.id))
    .limit(2000);
  const minutes = await minutesFor(db, rows.map((r) => r.id));
  const today = todayInOslo();
  const items = rows.map((r) => {
    const m = minutes.get(r.id)!;
    const h = guidanceHours({ individualMinutes: m.individual, groupMinutes: m.group, on: today });
    return {
      participant: { id: r.id, givenName: r.givenName, familyName: r.familyName },
      municipality: { id: r.municipalityId, name: r.municipalityName },
      individual: h.individual, group: h.group,
    };
  });
  if (items.length) await recordAudit(db, actor, { type: 'hours.viewed', participantIds: items.map((i) => i.participant.id) });
  return {
    items,
    totals: {
      participants: items.length,
      individualMinutes: items.reduce((n, i) => n + i.individual.usedMinutes, 0),
      groupMinutes: items.reduce((n, i) => n + i.group.usedMinutes, 0),
    },
    source: guidanceHours({ individualMinutes: 0, groupMinutes: 0, on: today }).source,
  };
}
