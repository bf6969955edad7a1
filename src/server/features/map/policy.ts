import type { Role } from '../../auth/actor.ts';

/** Who may change the opportunity map: the one place (issue 20, point 3). */

/** The map's texts are kept by the content editors (auth/actor.ts: a role that sees no person) and the administrators. */
export const mapEditors = ['content-editor', 'administrator'] as const satisfies readonly Role[];
