import { isCareerCentreRole, isMunicipalityRole, type Actor, type Role } from '../../auth/actor.ts';

/** Who may read which statistics (issue 8): the one place (issue 20, point 3). The levels themselves are service.ts's. */

/** Read every level and the fact sheet of any county or the country, suppressed: the statistics reader and the administrator. */
const nationalReaders: readonly Role[] = ['statistics-reader', 'administrator'];

/**
 * How far the actor sees the statistics:
 * - 'municipality': a municipality role, its own municipality, exact;
 * - 'career-centre': a career-centre role, its own centre (and, suppressed, one served municipality at a time) and
 *   the fact sheet of its own county, exact;
 * - 'national': the statistics reader and the administrator, every level, suppressed;
 * - null: anyone else (403).
 */
export type StatisticsReach =
  | { kind: 'municipality'; organisationId: string }
  | { kind: 'career-centre'; organisationId: string }
  | { kind: 'national' }
  | null;

export function statisticsReach(actor: Actor): StatisticsReach {
  if (isMunicipalityRole(actor) && actor.organisationId) return { kind: 'municipality', organisationId: actor.organisationId };
  if (isCareerCentreRole(actor) && actor.organisationId) return { kind: 'career-centre', organisationId: actor.organisationId };
  if (nationalReaders.includes(actor.role)) return { kind: 'national' };
  return null;
}
