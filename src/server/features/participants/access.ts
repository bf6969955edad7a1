import { asc, eq, sql } from 'drizzle-orm';
import type { Db, Reader } from '../../db/client.ts';
import { guidanceNoteFeedback, guidanceNotes, guidanceOrders, organisations } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { centreAccess, orderGivesAccess, todayInOslo, type CentreAccessReason, type CentreOrderFacts, type IsoDate, type OrderStatus } from '../../../domain/index.ts';
import { forbidden } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { settingsOf } from '../notes/settings.ts';
import { findParticipantInScope } from './service.ts';
import { maySeeAccessOverview, orderWasSent } from './policy.ts';

export interface CentreOrderFactsRow extends CentreOrderFacts { orderId: string; centreId: string; centreName: string }

/** What the access rule needs about each order of one participant, from the database. */
export async function accessFactsOf(db: Reader, participantId: string): Promise<CentreOrderFactsRow[]> {
  const rows = await db.select({
    orderId: guidanceOrders.id, centreId: guidanceOrders.careerCentreId, centreName: organisations.name, status: guidanceOrders.status,
    wasSent: sql<boolean>`${orderWasSent(guidanceOrders.id)}`,
    feedbackGivenOn: sql<string | null>`to_char(${guidanceNoteFeedback.createdAt} at time zone 'Europe/Oslo', 'YYYY-MM-DD')`,
  }).from(guidanceOrders)
    .innerJoin(organisations, eq(organisations.id, guidanceOrders.careerCentreId))
    .leftJoin(guidanceNotes, eq(guidanceNotes.orderId, guidanceOrders.id))
    .leftJoin(guidanceNoteFeedback, eq(guidanceNoteFeedback.noteId, guidanceNotes.id))
    .where(eq(guidanceOrders.participantId, participantId))
    .orderBy(asc(guidanceOrders.createdAt), asc(guidanceOrders.id));
  return rows.map((r) => ({ ...r, status: r.status as OrderStatus, wasSent: Boolean(r.wasSent) }));
}

export interface AccessEntry {
  organisationId: string;
  organisationName: string;
  kind: 'municipality' | 'career-centre';
  reason: 'registered-here' | CentreAccessReason;
  until: IsoDate | null;
  orders: { id: string; status: OrderStatus; givesAccess: boolean }[];
}

/**
 * Which organisations can see a participant today, and why: the municipality that registered them, and each career
 * centre the access rule (src/domain/centre-access.ts) lets in. For the municipality's lead only; audited.
 */
export async function participantAccess(db: Db, actor: Actor, participantId: string, today: IsoDate = todayInOslo()) {
  const participant = await findParticipantInScope(db, actor, participantId);
  if (!maySeeAccessOverview(actor)) throw forbidden();
  const { centreAccessDays } = await settingsOf(db, participant.municipalityId);
  const byCentre = new Map<string, CentreOrderFactsRow[]>();
  for (const f of await accessFactsOf(db, participantId)) byCentre.set(f.centreId, [...(byCentre.get(f.centreId) ?? []), f]);
  const entries: AccessEntry[] = [{
    organisationId: participant.municipalityId, organisationName: participant.municipalityName, kind: 'municipality',
    reason: 'registered-here', until: null, orders: [],
  }];
  for (const [centreId, orders] of byCentre) {
    const access = centreAccess(orders, today, centreAccessDays);
    if (!access.access) continue;
    entries.push({
      organisationId: centreId, organisationName: orders[0]!.centreName, kind: 'career-centre', reason: access.reason, until: access.until,
      orders: orders.map((o) => ({ id: o.orderId, status: o.status, givesAccess: orderGivesAccess(o, today, centreAccessDays).access })),
    });
  }
  await recordAudit(db, actor, { type: 'participant.access-viewed', participantId });
  return { centreAccessDays, items: entries };
}
