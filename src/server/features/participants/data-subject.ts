import { and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  auditEvents, groupRegistrations, groupSessions, guidanceNoteFeedback, guidanceNoteReads, guidanceNoteReviews, guidanceNoteRevisions, guidanceNotes,
  guidanceOrders, guidanceSessions, handoverBriefItems, integrationPlanTasks, journeyPlans, notifications, orderTransitions, organisations,
  participantCorrections, participantPageLinks, participantPageResources, participants, postponements, users,
} from '../../db/schema.ts';
import { orderTalks } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { AppError, fieldError, forbidden, staleVersion } from '../../http/errors.ts';
import type { MessageKey } from '../../http/messages.ts';
import { recordAudit } from '../../audit/record.ts';
import { anonymiseParticipant } from '../retention/anonymise.ts';
import { findParticipantInScope, writeParticipantChanges } from './service.ts';
import { participantInput, type CorrectionInput, type CorrectionJson } from './schemas.ts';
import { mayActForDataSubject } from './policy.ts';

/** The data subject's rights are exercised by the municipality that holds the participant, through its lead. */
async function leadsParticipant(db: Db, actor: Actor, participantId: string) {
  const participant = await findParticipantInScope(db, actor, participantId);
  if (!mayActForDataSubject(actor)) throw forbidden();
  return participant;
}

/**
 * Everything Veivalg holds about one participant (GDPR art. 15 and 20), one section per table, with the rows as they
 * are stored. Token hashes of page links are left out (they are keys, not information about the person). The
 * audit section says who read or changed what, and when. A test checks that every table with a foreign key to
 * participants has its section here.
 */
export async function exportParticipant(
  db: Db, actor: Actor, participantId: string, query: { format: 'json' | 'print'; language?: string | undefined },
) {
  const { format, language } = query;
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
    participant_corrections: await db.select().from(participantCorrections).where(eq(participantCorrections.participantId, id)).orderBy(asc(participantCorrections.createdAt)),
    // Talks before and after the conversation (issue 13), deleted ones too: they were held about the person.
    order_talks: await db.select().from(orderTalks).where(eq(orderTalks.participantId, id)).orderBy(asc(orderTalks.createdAt)),
    audit_events: await db.select({
      at: auditEvents.at, type: auditEvents.type, actorUserId: auditEvents.actorUserId, actorOrganisationId: auditEvents.actorOrganisationId,
    }).from(auditEvents)
      // The events about the person, and those that name them among many (a list page): audit_event_participants.
      .where(sql`${auditEvents.participantId} = ${id} or ${auditEvents.id} in (select event_id from audit_event_participants where participant_id = ${id})`)
      .orderBy(asc(auditEvents.id)),
  };
  await recordAudit(db, actor, { type: 'participant.exported', participantId: id, format, ...(format === 'print' && language ? { language } : {}) });
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

/** The participant's details a lead may correct: every field of the registration. */
export const correctableFields = Object.keys(participantInput.shape) as (keyof typeof participantInput.shape)[];

/** A field's value as text, the way the API writes it, for the correction's record ('' and absent are empty). */
const asText = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : String(value));

/**
 * Rectification (GDPR art. 16) by the municipality lead: one field, its new value and the reason, in one step with
 * the same checks as an edit (dates, a national id taken in the municipality, the version). The correction's record
 * keeps the field, the value before and after, the reason and who made it; the audit event names the field and the
 * record (never the values: the trail is kept for ever, the record goes with the person at retention or erasure).
 * Errors are reported on `value`, the one input the lead can change.
 */
export async function correctParticipant(db: Db, actor: Actor, participantId: string, input: CorrectionInput): Promise<CorrectionJson> {
  const current = await leadsParticipant(db, actor, participantId);
  const parsed = participantInput.shape[input.field].safeParse(input.value);
  if (!parsed.success) throw fieldError('value', (parsed.error.issues[0]?.message ?? 'invalid') as MessageKey);
  const value = parsed.data ?? null;
  const oldValue = asText(current[input.field]);
  const newValue = asText(value);
  if (oldValue === newValue) throw fieldError('value', 'correction.unchanged');
  let correctionId = '';
  try {
    await writeParticipantChanges(db, actor, current, input.version, { [input.field]: value }, async (tx) => {
      const [row] = await tx.insert(participantCorrections).values({
        participantId, field: input.field, oldValue, newValue, reason: input.reason, correctedBy: actor.userId,
      }).returning({ id: participantCorrections.id });
      correctionId = row!.id;
      await recordAudit(tx, actor, { type: 'participant.corrected', participantId, correctionId, field: input.field });
    });
  } catch (e) {
    // A date check names the field it compared; for a correction the value is what is wrong.
    if (e instanceof AppError && e.fields.length) {
      throw new AppError(e.status, e.code, e.params, e.fields.map((f) => ({ ...f, path: 'value' })), e.extra);
    }
    throw e;
  }
  const [made] = await correctionsOf(db, participantId, correctionId);
  return made!;
}

/** The corrections of a participant, newest first (or one of them), with who made them. */
export async function correctionsOf(db: Db, participantId: string, onlyId?: string): Promise<CorrectionJson[]> {
  const rows = await db.select({ c: participantCorrections, by: users.name }).from(participantCorrections)
    .innerJoin(users, eq(users.id, participantCorrections.correctedBy))
    .where(and(eq(participantCorrections.participantId, participantId), onlyId ? eq(participantCorrections.id, onlyId) : undefined))
    .orderBy(sql`${participantCorrections.createdAt} desc`, sql`${participantCorrections.id} desc`);
  return rows.map(({ c, by }) => ({
    id: c.id, field: c.field, oldValue: c.oldValue, newValue: c.newValue, reason: c.reason,
    correctedBy: { id: c.correctedBy, name: by }, at: c.createdAt.toISOString(),
  }));
}
