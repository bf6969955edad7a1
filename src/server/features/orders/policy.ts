import { eq, and, inArray, type SQL } from 'drizzle-orm';
import { guidanceOrders, users } from '../../db/schema.ts';
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

/** The municipality never learns of a draft: in its orders only a sent note appears. */
export const seesSentNotesOnly = (actor: Actor) => isMunicipalityRole(actor);

/**
 * Accepting an order without naming a counsellor: a counsellor takes it; a lead keeps the counsellor it was routed
 * to (the municipality's contact or deputy: cooperation/service.ts routeFor) and must name one otherwise.
 */
export const takesOrderUnlessNamed = (actor: Actor) => actor.role === 'career-counsellor';

/** Who may take an order: an active counsellor or the lead of the centre (a condition on users; the caller adds both). */
export const orderCounsellors = (): SQL => inArray(users.role, ['career-counsellor', 'career-centre-lead']);
