import { eq, and, type SQL } from 'drizzle-orm';
import { guidanceOrders } from '../../db/schema.ts';
import { isCareerCentreRole, isMunicipalityRole, type Actor } from '../../auth/actor.ts';
import { todayInOslo, type IsoDate, type OrderSide } from '../../../domain/index.ts';
import { centreSeesParticipant, orderWasSent } from '../participants/policy.ts';

/**
 * A municipality sees its own orders; a career centre sees the orders that were sent to it (never a draft, nor a
 * draft cancelled before sending) of the participants the access rule lets it see today.
 */
export function orderScope(actor: Actor, today: IsoDate = todayInOslo()): SQL | null {
  if (!actor.organisationId) return null;
  if (isMunicipalityRole(actor)) return eq(guidanceOrders.municipalityId, actor.organisationId);
  if (isCareerCentreRole(actor)) {
    return and(
      eq(guidanceOrders.careerCentreId, actor.organisationId),
      orderWasSent(guidanceOrders.id),
      centreSeesParticipant(guidanceOrders.participantId, actor.organisationId, today),
    )!;
  }
  return null;
}

export function sideOf(actor: Actor): OrderSide | null {
  if (isMunicipalityRole(actor)) return 'municipality';
  if (isCareerCentreRole(actor)) return 'career-centre';
  return null;
}
