import type { Actor } from '../../auth/actor.ts';

/** What the start page counts for whom: the one place (issue 20, point 3). Scopes are participants' and orders' policy. */

/**
 * The participants, their decision deadlines and the order drafts are counted for a municipality (which holds the
 * participants and writes the orders); a career centre's start page counts the orders sent to it.
 */
export const countsParticipantsOnStart = (actor: Actor) => actor.organisationKind === 'municipality';
