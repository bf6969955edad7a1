import { eq, sql, type SQL } from 'drizzle-orm';
import { groupSessions, organisations } from '../../db/schema.ts';
import { isCareerCentreRole, isMunicipalityRole, type Actor, ownCareerCentre } from '../../auth/actor.ts';

/** Who may do what with group sessions and their registrations: the one place (issue 20, point 3). */

/**
 * A career centre sees its own group sessions; a municipality sees those of the centre that serves it (to
 * register its participants), and of the registrations only its own. Everyone else sees none.
 */
export function groupScope(actor: Actor): SQL | null {
  if (!actor.organisationId) return null;
  if (isCareerCentreRole(actor)) return eq(groupSessions.careerCentreId, actor.organisationId);
  if (isMunicipalityRole(actor)) {
    return sql`${groupSessions.careerCentreId} = (select ${organisations.servedByCareerCentreId} from ${organisations} where ${organisations.id} = ${actor.organisationId})`;
  }
  return null;
}

/** The municipality whose registrations alone the actor sees in a group session; null = sees them all (the centre). */
export const ownRegistrationsOnly = (actor: Actor): string | null => (isMunicipalityRole(actor) ? actor.organisationId : null);

/** The centre that plans, changes and cancels the group sessions (its counsellors and lead); null = 403. */
export function plannerCentre(actor: Actor): string | null {
  return ownCareerCentre(actor);
}

/** The lead counsellor when the request names none: the planning counsellor; a lead names one. */
export const defaultGroupLead = (actor: Actor): string | null => (actor.role === 'career-counsellor' ? actor.userId : null);

/** Registering and withdrawing participants: the municipality's roles (the centre sees registrations: 403). */
export const mayRegister = (actor: Actor) => isMunicipalityRole(actor) && Boolean(actor.organisationId);

/** A registration is visible to its municipality and to the group session's centre; anyone else: 404. */
export const seesRegistration = (actor: Actor, reg: { municipalityId: string; centreId: string }) =>
  (isMunicipalityRole(actor) && reg.municipalityId === actor.organisationId) || (isCareerCentreRole(actor) && reg.centreId === actor.organisationId);
