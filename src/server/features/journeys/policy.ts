import { isCareerCentreRole, isMunicipalityRole, type Actor } from '../../auth/actor.ts';

/**
 * Who may do what with a participant's journey plans: the one place (issue 20, point 3). Which participants the actor
 * sees at all is participants/policy.ts; the example journeys are public to every signed-in user.
 */

/** The municipality's roles, and the counsellors of a centre that has an order for the participant (scope checks that). */
export const mayEditPlans = (actor: Actor) => isMunicipalityRole(actor) || (isCareerCentreRole(actor) && actor.role === 'career-counsellor');
