import { type Actor, ownCareerCentre } from '../../auth/actor.ts';

/** Who may do what with the centres' quality evaluations: the one place (issue 20, point 3). */

/** The centre whose evaluations the actor reads (its own staff); null = 403 for its lists, 404 for one evaluation. */
export function qualityCentre(actor: Actor): string | null {
  return ownCareerCentre(actor);
}

/** Only the centre lead saves this year's evaluation. */
export const mayEditEvaluation = (actor: Actor) => actor.role === 'career-centre-lead';

/**
 * How far the actor sees the summaries (scores, never the texts): a centre lead every career centre in the lead's
 * county; the statistics reader every career centre; everyone else none (403).
 */
export function summaryReach(actor: Actor): 'county' | 'national' | null {
  if (actor.role === 'career-centre-lead' && actor.organisationId) return 'county';
  if (actor.role === 'statistics-reader') return 'national';
  return null;
}
