import type { Actor } from '../../auth/actor.ts';

/**
 * Who may read the guidance hours: the one place (issue 20, point 3). One participant's hours follow the participant
 * (participants/policy.ts).
 */

/** The capacity view (every participant the centre has accepted, time used against the estimate) is the centre lead's; null = 403. */
export function capacityCentre(actor: Actor): string | null {
  return actor.role === 'career-centre-lead' && actor.organisationId ? actor.organisationId : null;
}
