import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { organisations, users } from '../../db/schema.ts';
import { careerCentreRoles, isCareerCentreRole, type Actor, ownCareerCentre } from '../../auth/actor.ts';

/** Who has a calendar and a calendar feed: the one place (issue 20, point 3). */

/** The centre whose calendar the actor reads: its counsellors and lead; null = 403. */
export function calendarCentre(actor: Actor): string | null {
  return ownCareerCentre(actor);
}

/** A counsellor sees their own calendar only (another counsellor's: 403); the centre lead the whole centre's or one counsellor's. */
export const ownCalendarOnly = (actor: Actor) => actor.role === 'career-counsellor';

/** A secret calendar feed is for the centre's counsellors and lead, of their own sessions. */
export const mayHaveCalendarFeed = (actor: Actor) => isCareerCentreRole(actor);

/**
 * A feed answers only while its owner is still a counsellor or lead at a career centre (a condition on users joined
 * with their organisation): after a change of role or organisation the old address is 404.
 */
export const feedOwnerStillCentreStaff = (): SQL =>
  and(eq(organisations.kind, 'career-centre'), inArray(users.role, [...careerCentreRoles]))!;
