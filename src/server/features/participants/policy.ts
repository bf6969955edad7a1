import { and, eq, isNull, sql, type SQL, type AnyColumn } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { guidanceNoteFeedback, guidanceNotes, guidanceOrders, noteSettings, orderTransitions, participants } from '../../db/schema.ts';
import { isCareerCentreRole, isMunicipalityRole, type Actor } from '../../auth/actor.ts';
import { DEFAULT_CENTRE_ACCESS_DAYS_AFTER_FEEDBACK, centreOpenOrderStatuses, todayInOslo, type IsoDate } from '../../../domain/index.ts';
import type { Reader } from '../../db/client.ts';

/**
 * Which participants an actor may see: a municipality sees its own; a career centre sees those the access rule
 * (src/domain/centre-access.ts) gives it today. Administrators and statistics readers see no person here.
 * Returns null when the role sees none, so callers answer 404 without querying.
 *
 * This module is the one place that rule is enforced on the server: orders, notes, sessions, briefs, journey plans
 * and page links of a participant all scope a centre through `centreSeesParticipant()`.
 */
export function participantScope(actor: Actor, today: IsoDate = todayInOslo()): SQL | null {
  if (!actor.organisationId) return null;
  // An anonymised participant (retention, erasure) is nobody's any more: it stays only for the statistics.
  if (isMunicipalityRole(actor)) return and(eq(participants.municipalityId, actor.organisationId), isNull(participants.anonymisedAt))!;
  if (isCareerCentreRole(actor)) return centreSeesParticipant(participants.id, actor.organisationId, today);
  return null;
}

/** The order has been sent at some point (the order's history has a step into 'sent'); a cancelled draft has not. */
export function orderWasSent(orderId: AnyColumn | SQL): SQL {
  return sql`exists (select 1 from ${orderTransitions} ${sentStep} where ${sentStep.orderId} = ${orderId} and ${sentStep.toStatus} = 'sent')`;
}

// Aliases (written `table alias`), so the subqueries never capture the outer query's tables (an order scope runs over guidance_orders too).
const sentStep = alias(orderTransitions, 'access_sent_step');
const accessOrder = alias(guidanceOrders, 'access_order');
const accessPerson = alias(participants, 'access_person');
const accessNote = alias(guidanceNotes, 'access_note');
const accessFeedback = alias(guidanceNoteFeedback, 'access_feedback');
const accessSettings = alias(noteSettings, 'access_settings');

const openStatuses = sql.join(centreOpenOrderStatuses.map((s) => sql`${s}`), sql`, `);

/**
 * The SQL twin of `centreAccess()`: the centre has an order for the participant that was sent to it and is open, or
 * completed with no feedback yet, or completed with feedback given no more than the municipality's
 * `centre_access_days` (default 90) days before `today` (days counted in Oslo). A test checks that both agree.
 */
export function centreSeesParticipant(participantId: AnyColumn | SQL, centreId: string, today: IsoDate): SQL {
  const days = sql`coalesce((select ${accessSettings.centreAccessDays} from ${noteSettings} ${accessSettings} where ${accessSettings.organisationId} = ${accessOrder.municipalityId}), ${DEFAULT_CENTRE_ACCESS_DAYS_AFTER_FEEDBACK})`;
  const feedbackExpired = sql`exists (select 1 from ${guidanceNotes} ${accessNote} join ${guidanceNoteFeedback} ${accessFeedback} on ${accessFeedback.noteId} = ${accessNote.id}
    where ${accessNote.orderId} = ${accessOrder.id}
      and (${accessFeedback.createdAt} at time zone 'Europe/Oslo')::date + ${days} < ${today}::date)`;
  return sql`exists (select 1 from ${guidanceOrders} ${accessOrder} join ${participants} ${accessPerson} on ${accessPerson.id} = ${accessOrder.participantId}
    where ${accessOrder.participantId} = ${participantId}
    and ${accessOrder.careerCentreId} = ${centreId}
    and ${accessPerson.anonymisedAt} is null
    and ${orderWasSent(accessOrder.id)}
    and (${accessOrder.status} in (${openStatuses}) or (${accessOrder.status} = 'completed' and not ${feedbackExpired})))`;
}

/** Whether a centre may see one participant today (for records that are read by id before their participant). */
export async function centreMaySee(db: Reader, centreId: string, participantId: string, today: IsoDate = todayInOslo()): Promise<boolean> {
  const [row] = await db.select({ id: participants.id }).from(participants)
    .where(sql`${participants.id} = ${participantId} and ${centreSeesParticipant(participants.id, centreId, today)}`).limit(1);
  return Boolean(row);
}

/** Only the municipality that holds the participant registers and edits them. */
export const mayWriteParticipants = (actor: Actor) => isMunicipalityRole(actor);

/**
 * Which organisations can see a participant today, and why (the access overview): for the municipality's lead only,
 * of a participant in scope (the municipality that holds them).
 */
export const maySeeAccessOverview = (actor: Actor) => actor.role === 'municipality-lead';

/**
 * The data subject's rights (GDPR art. 15–17 and 20: the report, a correction, erasure) are exercised by the
 * municipality that holds the participant, through its lead.
 */
export const mayActForDataSubject = (actor: Actor) => actor.role === 'municipality-lead';
