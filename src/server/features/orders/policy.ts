import { eq, and, ne, type SQL } from 'drizzle-orm';
import { guidanceOrders } from '../../db/schema.ts';
import { isCareerCentreRole, isMunicipalityRole, type Actor } from '../../auth/actor.ts';
import type { OrderSide } from '../../../domain/index.ts';

/** A municipality sees its own orders; a career centre sees orders sent to it, never the municipality's drafts. */
export function orderScope(actor: Actor): SQL | null {
  if (!actor.organisationId) return null;
  if (isMunicipalityRole(actor)) return eq(guidanceOrders.municipalityId, actor.organisationId);
  if (isCareerCentreRole(actor)) return and(eq(guidanceOrders.careerCentreId, actor.organisationId), ne(guidanceOrders.status, 'draft'))!;
  return null;
}

export function sideOf(actor: Actor): OrderSide | null {
  if (isMunicipalityRole(actor)) return 'municipality';
  if (isCareerCentreRole(actor)) return 'career-centre';
  return null;
}
