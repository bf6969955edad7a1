import { careerCentreRoles, isCareerCentreRole, isMunicipalityRole, municipalityRoles, type Actor, type Role } from '../../auth/actor.ts';

/**
 * Who may do what with talks between adviser and counsellor, their settings, the follow-up proposal and the NAV
 * handover: the one place (issue 20, point 3). Which talks an actor sees follows the order's scope (orders/policy.ts).
 */

/** Recording, changing and removing a talk: either side of the order (administrators and others: 403). */
export const mayWriteTalks = (actor: Actor) => isMunicipalityRole(actor) || isCareerCentreRole(actor);

/** The side the one recording is on: it names itself, and the order's person on the other side. */
export const recordsForMunicipality = (actor: Actor) => isMunicipalityRole(actor);

/** Who may be named as the talk's adviser (municipality staff) and counsellor (centre staff). */
export const talkAdviserRoles: readonly Role[] = municipalityRoles;
export const talkCounsellorRoles: readonly Role[] = careerCentreRoles;

/** The follow-up proposal and the NAV handover are the adviser's questions: municipality roles (others 403). */
export const mayUseAdviserTools = (actor: Actor) => isMunicipalityRole(actor);

export type TalkSettingsKind = 'municipality' | 'career-centre';

/** The organisation whose talk settings the actor reads, with its kind; null = 403. */
export function talkSettingsOrganisation(actor: Actor): { id: string; kind: TalkSettingsKind } | null {
  if (!actor.organisationId) return null;
  if (isMunicipalityRole(actor)) return { id: actor.organisationId, kind: 'municipality' };
  if (isCareerCentreRole(actor)) return { id: actor.organisationId, kind: 'career-centre' };
  return null;
}

/** The leads change them, each side its own field (talkSettingsFields). */
export const mayChangeTalkSettings = (actor: Actor) => actor.role === 'career-centre-lead' || actor.role === 'municipality-lead';

/** The centre lead decides whether talks are expected; the municipality lead the follow-up proposal's months. */
export const talkSettingsFields = (kind: TalkSettingsKind) =>
  kind === 'career-centre'
    ? { mine: 'talksExpected', theirs: 'followUpProposalMonths' } as const
    : { mine: 'followUpProposalMonths', theirs: 'talksExpected' } as const;
