import type { Role } from '../../auth/actor.ts';

/** Who may read the rule changes: the one place (issue 20, point 3). */

/**
 * "Regelendringer" (the dated § 11 rules and whom each change affects): for the municipality and centre leads, who
 * plan for a change, and the administrators.
 */
export const ruleChangeRoles = ['municipality-lead', 'career-centre-lead', 'administrator'] as const satisfies readonly Role[];
