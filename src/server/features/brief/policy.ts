import { isCareerCentreRole, isMunicipalityRole, type Actor, ownCareerCentre } from '../../auth/actor.ts';

/**
 * Who may do what with the handover brief and the centre's checklist: the one place (issue 20, point 3). Reading and
 * writing the brief follows the participant (participants/policy.ts: participantScope, mayWriteParticipants).
 */

/** A centre reads its own checklist; a municipality the checklist of the centre that serves it. */
export const readsOwnChecklist = (actor: Actor) => isCareerCentreRole(actor);

/**
 * Special-category items (health, family) go to the participant's municipality (which wrote them) and to the counsellor
 * assigned to one of the participant's orders at the actor's centre ('if-assigned': the service looks that up);
 * everyone else sees them as restricted.
 */
export function specialCategoryAccess(actor: Actor): 'yes' | 'if-assigned' | 'no' {
  if (isMunicipalityRole(actor)) return 'yes';
  if (!isCareerCentreRole(actor) || !actor.organisationId) return 'no';
  return 'if-assigned';
}

/** The centre whose checklist settings the actor may read (its counsellors and lead); null = 403. */
export function checklistReaderCentre(actor: Actor): string | null {
  return ownCareerCentre(actor);
}

/** Only the centre lead changes the checklist; null = 403. */
export function checklistEditorCentre(actor: Actor): string | null {
  return actor.role === 'career-centre-lead' && actor.organisationId ? actor.organisationId : null;
}
