import { isCareerCentreRole, type Actor, ownCareerCentre } from '../../auth/actor.ts';

/**
 * Who may enter and read the participants' survey: the one place (issue 20, point 3). Answering needs no sign-in
 * (a one-use link); the answers are anonymous.
 */

/** The centre whose staff (counsellors and lead) type in a paper form; null = 403. */
export function paperAnswerCentre(actor: Actor): string | null {
  return ownCareerCentre(actor);
}

/**
 * Whose results the actor reads: a centre's staff their own centre's ('own', another centre's is 404); the statistics
 * reader any centre ('any', naming it); anyone else none (null = 403).
 */
export function surveyResultsReach(actor: Actor): { kind: 'own'; centreId: string } | { kind: 'any' } | null {
  if (isCareerCentreRole(actor) && actor.organisationId) return { kind: 'own', centreId: actor.organisationId };
  if (actor.role === 'statistics-reader') return { kind: 'any' };
  return null;
}
