import { type Actor, ownCareerCentre } from '../../auth/actor.ts';

/** Who may read and keep a centre's glossary: the one place (issue 20, point 3). */

/** A centre's glossary is the centre's own: its counsellors and lead read and edit it; nobody else sees it (null = 403). */
export function glossaryCentre(actor: Actor): string | null {
  return ownCareerCentre(actor);
}
