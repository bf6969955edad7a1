import { inArray, type SQL } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { careerCentreRoles, isCareerCentreRole, isMunicipalityRole, municipalityRoles, type Actor, type Role, ownCareerCentre, ownMunicipality } from '../../auth/actor.ts';

/**
 * Who may do what in the cooperation between a career centre and its municipalities (issue 13): the fixed contacts
 * and absences, the shared documents, the meetings and their actions, and comparing practice. The one place
 * (issue 20, point 3); a gathering's follow-up points follow the gatherings' policy (gatherings/policy.ts).
 */

const isCentreLead = (actor: Pick<Actor, 'role'>) => actor.role === 'career-centre-lead';

/** The centre whose staff the actor is (a counsellor or the lead), for the centre's own lists; null = 403 (404 for one record). */
export function staffCentre(actor: Actor): string | null {
  return ownCareerCentre(actor);
}

/**
 * Where the actor is a lead: a centre lead for the centre, a municipality lead for the municipality; null for anyone
 * else. Leads start meeting series and see every series and action of their parties (issue 13 item 2), and compare
 * practice (item 6).
 */
export function leadSide(actor: Pick<Actor, 'role'>): 'career-centre' | 'municipality' | null {
  if (isCentreLead(actor)) return 'career-centre';
  if (actor.role === 'municipality-lead') return 'municipality';
  return null;
}

// ─── Contacts and absences (issue 13 item 1) ────────────────────────────────────────────────────────────────────

/** The municipality whose own contacts the actor reads (its advisers and lead); null = 403. */
export function contactMunicipality(actor: Actor): string | null {
  return ownMunicipality(actor);
}

/** Only the centre lead assigns the contacts and deputies, moves their periods and removes them. */
export const mayManageContacts = (actor: Actor) => isCentreLead(actor);

/** The lead records and removes anyone's absence at the centre; a counsellor only their own. */
export const mayRecordAbsenceOf = (actor: Actor, userId: string) => isCentreLead(actor) || userId === actor.userId;

/**
 * Who may be a contact or a deputy, and own a shared document: a counsellor or the lead of the centre (a condition
 * on users; the caller adds the centre and that the user is active).
 */
export const centreStaffUsers = (): SQL => inArray(users.role, [...careerCentreRoles]);

// ─── Shared documents (issue 13 item 3) ─────────────────────────────────────────────────────────────────────────

/**
 * The side the actor reads shared documents from: the centre's staff its own centre's documents (and the templates
 * other centres publish), a municipality's staff the documents it is a party to; null = 403 for the list, 404 for one.
 */
export function documentSide(actor: Actor): 'career-centre' | 'municipality' | null {
  if (isCareerCentreRole(actor)) return 'career-centre';
  if (isMunicipalityRole(actor)) return 'municipality';
  return null;
}

/** The centre whose lead writes a new document; null = 403. */
export function documentAuthorCentre(actor: Actor): string | null {
  return isCentreLead(actor) && actor.organisationId ? actor.organisationId : null;
}

/** The centre's lead keeps every document; the owner keeps their own (the review reminder asks them to review it). */
export const mayEditDocument = (actor: Actor, doc: { ownerUserId: string }) =>
  isCareerCentreRole(actor) && (isCentreLead(actor) || doc.ownerUserId === actor.userId);

/** Only the centre's lead removes a document. */
export const mayRemoveDocument = (actor: Actor) => isCentreLead(actor);

/** When a document's owner has left, the centre's leads get its review reminder (a condition on users). */
export const reviewReminderStandIns = (): SQL => inArray(users.role, ['career-centre-lead']);

// ─── Meetings and their actions (issue 13 item 2) ───────────────────────────────────────────────────────────────

const meetingStaffRoles: readonly Role[] = [...municipalityRoles, ...careerCentreRoles];

/** The meetings are the centre's and the municipalities' staff's; anyone else gets 403 for the lists and 404 for one. */
export const mayUseMeetings = (actor: Pick<Actor, 'role'>) => meetingStaffRoles.includes(actor.role);

/** Who may be invited to a series or own its actions: the parties' staff (a condition on users). */
export const meetingStaffUsers = (): SQL => inArray(users.role, [...meetingStaffRoles]);

/**
 * A lead of one of a series' parties (the centre and its municipality, or every municipality it serves) manages the
 * series, its meetings and actions, and sees it without an invitation. For the actor, or for a user as an owner.
 */
export const isPartyLead = (parties: Set<string>, u: { role: Role; organisationId: string | null }) =>
  leadSide(u) !== null && !!u.organisationId && parties.has(u.organisationId);
