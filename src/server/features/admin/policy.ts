import type { Role } from '../../auth/actor.ts';

/**
 * Who may administer: the one place (issue 20, point 3). Which role fits which organisation is auth/actor.ts's
 * roleFitsOrganisation; a user record's role compared in service.ts (a role change ends the user's sessions) is the
 * data being changed, not a rule about the actor.
 */

/** Counties, organisations and users are the administrators' alone. */
export const administrators = ['administrator'] as const satisfies readonly Role[];
