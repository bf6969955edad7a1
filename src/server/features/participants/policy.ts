import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import { guidanceOrders, participants } from '../../db/schema.ts';
import { isCareerCentreRole, isMunicipalityRole, type Actor } from '../../auth/actor.ts';

/**
 * Which participants an actor may see: a municipality sees its own; a career centre sees those it has
 * received an order for (never drafts). Administrators and statistics readers see no person here.
 * Returns null when the role sees none, so callers answer 404 without querying.
 */
export function participantScope(actor: Actor): SQL | null {
  if (!actor.organisationId) return null;
  if (isMunicipalityRole(actor)) return eq(participants.municipalityId, actor.organisationId);
  if (isCareerCentreRole(actor)) {
    return sql`exists (select 1 from ${guidanceOrders} where ${and(
      eq(guidanceOrders.participantId, participants.id),
      eq(guidanceOrders.careerCentreId, actor.organisationId),
      ne(guidanceOrders.status, 'draft'),
    )})`;
  }
  return null;
}

/** Only the municipality that holds the participant registers and edits them. */
export const mayWriteParticipants = (actor: Actor) => isMunicipalityRole(actor);
