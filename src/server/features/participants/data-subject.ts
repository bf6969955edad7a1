import { and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  auditEvents, groupRegistrations, groupSessions, guidanceNoteFeedback, guidanceNoteReads, guidanceNoteReviews, guidanceNoteRevisions, guidanceNotes,
  guidanceOrders, guidanceSessions, handoverBriefItems, integrationPlanTasks, journeyPlans, notifications, orderTransitions, organisations,
  participantPageLinks, participantPageResources, participants, postponements,
} from '../../db/schema.ts';
import { orderTalks } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { AppError, forbidden, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { anonymiseParticipant } from '../retention/anonymise.ts';
import { findParticipantInScope } from './service.ts';

/** The data subject's rights are exercised by the municipality that holds the participant, through its lead. */
async function leadsParticipant(db: Db, actor: Actor, participantId: string) {
  const participant = await findParticipantInScope(db, actor, participantId);
  if (actor.role !== 'municipality-lead') throw forbidden();
  return participant;
}

/**
 * Everything Veivalg holds about one participant (GDPR art. 15 and 20), one section per table, with the rows as they
 * are stored. Token hashes of page links are left out (they are keys, not information about the person). The
 * audit section says who read or changed what, and when. A test checks that every table with a foreign key to
 * participants has its section here.
 */
export async function exportParticipant(db: Db, actor: Actor, participantId: string, format: 'json' | 'print') {
  await leadsParticipant(db, actor, participantId);
  const id = participantId;
  const [person] = await db.select({ p: participants, municipality: organisations.name }).from(participants)
    .innerJoin(organisations, eq(organisations.id, participants.municipalityId)).where(eq(participants.id, id));
  const orders = await db.select({ o: guidanceOrders, careerCentre: organisations.name }).from(guidanceOrders)
    .innerJoin(organisations, eq(organisations.id, guidanceOrders.careerCentreId))
    .where(eq(guidanceOrders.participantId, id)).orderBy(asc(guidanceOrders.createdAt));
  const orderIds = orders.map((o) => o.o.id);
  const notes = await db.select().from(guidanceNotes).where(eq(guidanceNotes.participantId, id)).orderBy(asc(guidanceNotes.createdAt));
  const noteIds = notes.map((n) => n.id);
  const byNote = <T>(q: (ids: string[]) => Promise<T[]>) => (noteIds.length ? q(noteIds) : Promise.resolve([] as T[]));
  const { tokenHash: _tokenHash, ...linkColumns } = getTableColumns(participantPageLinks);

  const sections = {
    participants: [{ ...person!.p, municipality: person!.municipality }],
    guidance_orders: orders.map((o) => ({ ...o.o, careerCentre: o.careerCentre })),
    order_transitions: orderIds.length
      ? await db.select().from(orderTransitions).where(inArray(orderTransitions.orderId, orderIds)).orderBy(asc(orderTransitions.id))
      : [],
    handover_brief_items: await db.select().from(handoverBriefItems).where(eq(handoverBriefItems.participantId, id)).orderBy(asc(handoverBriefItems.itemKey)),
    postponements: await db.select().from(postponements).where(eq(postponements.participantId, id)).orderBy(asc(postponements.createdAt)),
    guidance_sessions: await db.select().from(guidanceSessions).where(eq(guidanceSessions.participantId, id)).orderBy(asc(guidanceSessions.startsAt)),
    group_registrations: await db.select({
      r: groupRegistrations, title: groupSessions.title, startsAt: groupSessions.startsAt,
    }).from(groupRegistrations).innerJoin(groupSessions, eq(groupSessions.id, groupRegistrations.groupSessionId))
      .where(eq(groupRegistrations.participantId, id)).then((rows) => rows.map((r) => ({ ...r.r, groupSession: { title: r.title, startsAt: r.startsAt } }))),
    guidance_notes: notes,
    guidance_note_revisions: await byNote((ids) => db.select().from(guidanceNoteRevisions).where(inArray(guidanceNoteRevisions.noteId, ids)).orderBy(asc(guidanceNoteRevisions.id))),
    guidance_note_reviews: await byNote((ids) => db.select().from(guidanceNoteReviews).where(inArray(guidanceNoteReviews.noteId, ids))),
    guidance_note_reads: await byNote((ids) => db.select().from(guidanceNoteReads).where(inArray(guidanceNoteReads.noteId, ids))),
    guidance_note_feedback: await byNote((ids) => db.select().from(guidanceNoteFeedback).where(inArray(guidanceNoteFeedback.noteId, ids))),
    integration_plan_tasks: await db.select().from(integrationPlanTasks).where(eq(integrationPlanTasks.participantId, id)),
    notifications: await db.select().from(notifications).where(eq(notifications.participantId, id)),
    journey_plans: await db.select().from(journeyPlans).where(eq(journeyPlans.participantId, id)),
    participant_page_links: await db.select(linkColumns).from(participantPageLinks).where(eq(participantPageLinks.participantId, id)),
    participant_page_resources: await db.select().from(participantPageResources).where(eq(participantPageResources.participantId, id)),
    // Talks before and after the conversation (issue 13), deleted ones too: they were held about the person.
    order_talks: await db.select().from(orderTalks).where(eq(orderTalks.participantId, id)).orderBy(asc(orderTalks.createdAt)),
    audit_events: await db.select({
      at: auditEvents.at, type: auditEvents.type, actorUserId: auditEvents.actorUserId, actorOrganisationId: auditEvents.actorOrganisationId,
    }).from(auditEvents)
      .where(sql`${auditEvents.participantId} = ${id} or ${auditEvents.data} @> ${JSON.stringify({ participantIds: [id] })}::jsonb`)
      .orderBy(asc(auditEvents.id)),
  };
  await recordAudit(db, actor, { type: 'participant.exported', participantId: id, format });
  return { participantId: id, exportedAt: new Date().toISOString(), preferredLanguage: person!.p.preferredLanguage, sections };
}

export const erasureReasons = ['data-subject-request', 'registered-in-error', 'duplicate'] as const;

/**
 * Erasure (GDPR art. 17) on the lead's decision with a reason code: the same anonymisation as retention, so the
 * statistics stay right. Refused while the case is open (an open order or postponement): close it first.
 */
export async function eraseParticipant(db: Db, actor: Actor, participantId: string, input: { version: number; reason: (typeof erasureReasons)[number] }) {
  const participant = await leadsParticipant(db, actor, participantId);
  if (participant.version !== input.version) throw staleVersion();
  const [open] = await db.select({ id: guidanceOrders.id }).from(guidanceOrders).where(and(
    eq(guidanceOrders.participantId, participantId), inArray(guidanceOrders.status, ['draft', 'sent', 'accepted', 'scheduled']),
  )).limit(1);
  if (open || participant.guidancePostponed) throw new AppError(409, 'participant.case-open');
  await db.transaction(async (tx) => {
    const [locked] = await tx.select({ version: participants.version }).from(participants).where(eq(participants.id, participantId)).for('update');
    if (locked?.version !== input.version) throw staleVersion();
    const tables = await anonymiseParticipant(tx, participantId);
    await recordAudit(tx, actor, { type: 'participant.anonymised', participantId, cause: 'erasure', tables, reason: input.reason });
  });
}
