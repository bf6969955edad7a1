import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { guidanceOrders } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { mayUseAdviserTools } from './policy.ts';
import { followUpProposal, todayInOslo } from '../../../domain/index.ts';
import { forbidden } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { findParticipantInScope } from '../participants/service.ts';
import { talkSettingsOf } from './settings.ts';

/**
 * Whether the app proposes a follow-up conversation for one participant (issue 13 item 5): the rule in
 * src/domain/order-talks.ts with the municipality's number of months. The adviser's question, so municipality roles.
 */
export async function followUpProposalFor(db: Db, actor: Actor, participantId: string) {
  const participant = await findParticipantInScope(db, actor, participantId);
  if (!mayUseAdviserTools(actor)) throw forbidden();
  const { followUpProposalMonths: months } = await talkSettingsOf(db, participant.municipalityId);
  const orders = await db.select({ kind: guidanceOrders.kind, status: guidanceOrders.status, createdAt: guidanceOrders.createdAt })
    .from(guidanceOrders).where(eq(guidanceOrders.participantId, participantId)).orderBy(desc(guidanceOrders.createdAt));
  const hasOpenOrder = orders.some((o) => ['draft', 'sent', 'accepted', 'scheduled'].includes(o.status));
  const followUpOrdered = (await db.select({ id: guidanceOrders.id }).from(guidanceOrders).where(and(
    eq(guidanceOrders.participantId, participantId), eq(guidanceOrders.kind, 'follow-up'),
    inArray(guidanceOrders.status, ['draft', 'sent', 'accepted', 'scheduled', 'completed']),
  )).limit(1)).length > 0;
  const result = followUpProposal({ programmeEndDate: participant.programmeEndDate, today: todayInOslo(), months, hasOpenOrder, followUpOrdered });
  await recordAudit(db, actor, { type: 'follow-up.proposal-viewed', participantId });
  return { proposed: result.proposed, reason: result.reason, programmeEndDate: participant.programmeEndDate, from: result.from, months };
}
