import { and, eq, type SQL } from 'drizzle-orm';
import { guidanceSessions } from '../../db/schema.ts';
import { careerCentreRoles, isCareerCentreRole, isMunicipalityRole, type Actor, type Role } from '../../auth/actor.ts';
import { todayInOslo, type IsoDate } from '../../../domain/index.ts';
import { centreSeesParticipant } from '../participants/policy.ts';

/** Who may do what with guidance sessions: the one place (issue 20, point 3); the services throw the answer. */

/**
 * Sessions follow their order: the participant's municipality and the order's career centre see them; only
 * the centre books, changes and records them, while the access rule lets it see the participant. Everyone else: 404.
 */
export function sessionScope(actor: Actor, today: IsoDate = todayInOslo()): SQL | null {
  if (!actor.organisationId) return null;
  if (isMunicipalityRole(actor)) return eq(guidanceSessions.municipalityId, actor.organisationId);
  if (isCareerCentreRole(actor)) {
    return and(eq(guidanceSessions.careerCentreId, actor.organisationId), centreSeesParticipant(guidanceSessions.participantId, actor.organisationId, today))!;
  }
  return null;
}

/** Booking, changing and recording a session, and the interpreter's briefing: the centre's roles (the municipality sees them: 403). */
export const mayManageSessions = (actor: Actor) => isCareerCentreRole(actor);

/** Who may lead or second a session: an active user of the centre with one of these roles. */
export const sessionCounsellorRoles: readonly Role[] = careerCentreRoles;

/** The lead counsellor when neither the request nor the order names one: the booking counsellor; a lead names one. */
export const defaultLeadCounsellor = (actor: Actor): string | null => (actor.role === 'career-counsellor' ? actor.userId : null);
