import { type Actor, ownMunicipality } from '../../auth/actor.ts';

/**
 * Who may do what with postponements: the one place (issue 20, point 3). Reading and writing them follows the
 * participant (participants/policy.ts: participantScope, mayWriteParticipants); the export for NIR is this file's.
 */

/** The municipality whose postponements the actor may export for NIR (personal data: municipality roles); null = 403. */
export function postponementExportMunicipality(actor: Actor): string | null {
  return ownMunicipality(actor);
}
