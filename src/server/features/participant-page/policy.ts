import { inArray, type SQL } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { type Actor, ownCareerCentre } from '../../auth/actor.ts';

/**
 * Who may do what with the participant's page: the one place (issue 20, point 3). Links and the page follow the
 * participant (participants/policy.ts).
 */

/** The centre whose translation overrides of the information package the actor reads (its counsellors and lead); null = 403. */
export function translationCentre(actor: Actor): string | null {
  return ownCareerCentre(actor);
}

/** Only the centre lead replaces a section's text or records that a qualified translator reviewed it. */
export const mayEditTranslations = (actor: Actor) => actor.role === 'career-centre-lead';

/**
 * Whom the participant may be told to contact (issue 16, item 6): the municipality's staff who write orders, its
 * programme advisers and lead (a condition on users; the caller adds the municipality and that they are active).
 */
export const participantContactStaff = (): SQL => inArray(users.role, ['programme-adviser', 'municipality-lead']);
