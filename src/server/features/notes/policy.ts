import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { guidanceNoteRevisions, guidanceNotes, notifications } from '../../db/schema.ts';
import { isCareerCentreRole, isMunicipalityRole, municipalityRoles, type Actor, type Role, ownCareerCentre, ownMunicipality } from '../../auth/actor.ts';
import { participantCopyAvailable, todayInOslo, type IsoDate, type ParticipantCopyPolicy } from '../../../domain/index.ts';
import type { Reader } from '../../db/client.ts';
import { centreMaySee, centreSeesParticipant } from '../participants/policy.ts';

/**
 * Who may do what with a guidance note, its revisions, exports, feedback, plan tasks, notifications, note settings and
 * the centre's wordings: the one place these rules live (issue 20, point 3). The services of this feature call these
 * functions and only throw the answer (404 for what the actor may not see, 403 for what they see but may not do).
 * Pure rules take the actor and the record; the two that need the database (the centre's access rule) say so.
 */

/** The two sides of a note: the order's career centre writes it, the participant's municipality receives it. */
export type NoteSide = 'centre' | 'municipality';

type NoteRecord = { careerCentreId: string; municipalityId: string; participantId: string; status: string };
type NoteAuthors = { authorId: string; reviewerId: string | null };

// ─── Seeing a note ──────────────────────────────────────────────────────────────────────────────────────────────

/** The side a role is on, whatever the note: centre roles and municipality roles; everyone else has none. */
export function noteSideOfRole(actor: Actor): NoteSide | null {
  if (isCareerCentreRole(actor)) return 'centre';
  if (isMunicipalityRole(actor)) return 'municipality';
  return null;
}

/**
 * The side the actor is on for this note before the centre's access rule: the order's career centre sees it in
 * every status; the participant's municipality only once sent (a draft does not exist for them). Everyone else: none.
 */
export function noteSideByRecord(actor: Actor, note: NoteRecord): NoteSide | null {
  if (!actor.organisationId) return null;
  if (isCareerCentreRole(actor) && note.careerCentreId === actor.organisationId) return 'centre';
  if (isMunicipalityRole(actor) && note.municipalityId === actor.organisationId && note.status === 'sent') return 'municipality';
  return null;
}

/** The side for this note, the centre's only while the access rule lets it see the participant (participants/policy.ts). */
export async function sideFor(db: Reader, actor: Actor, note: NoteRecord): Promise<NoteSide | null> {
  const side = noteSideByRecord(actor, note);
  if (side === 'centre') return (await centreMaySee(db, actor.organisationId!, note.participantId)) ? 'centre' : null;
  return side;
}

/** Notes the actor may list: the centre's own (any status) while it sees the participant, the municipality's sent ones. */
export function noteListScope(actor: Actor, today: IsoDate = todayInOslo()): SQL | null {
  if (!actor.organisationId) return null;
  if (isCareerCentreRole(actor)) {
    return and(eq(guidanceNotes.careerCentreId, actor.organisationId), centreSeesParticipant(guidanceNotes.participantId, actor.organisationId, today))!;
  }
  if (isMunicipalityRole(actor)) return and(eq(guidanceNotes.municipalityId, actor.organisationId), eq(guidanceNotes.status, 'sent'))!;
  return null;
}

/**
 * Notes in review that the actor should read: a counsellor's are those they were asked to review; the centre
 * lead's are every note in review at the centre. Everyone else has no reviewer's queue; null = not allowed.
 */
export function reviewQueueScope(actor: Actor): SQL | null {
  if (!actor.organisationId || !isCareerCentreRole(actor)) return null;
  const atCentre = and(eq(guidanceNotes.careerCentreId, actor.organisationId), eq(guidanceNotes.status, 'in-review'))!;
  if (actor.role === 'career-centre-lead') return atCentre;
  if (actor.role === 'career-counsellor') return and(atCentre, eq(guidanceNotes.reviewerId, actor.userId))!;
  return null;
}

/** The centre sees every revision; the municipality only the sent snapshots (drafts are the centre's work). */
export const revisionScope = (noteId: string, side: NoteSide) =>
  and(eq(guidanceNoteRevisions.noteId, noteId), seesSentSnapshotsOnly(side) ? inArray(guidanceNoteRevisions.kind, ['sent', 'correction']) : undefined);

/** The municipality reads the newest sent snapshot, never the centre's working copy. */
export const seesSentSnapshotsOnly = (side: NoteSide) => side === 'municipality';

/** Review (who reviewed, when it was asked, the approval) is the centre's own business. */
export const seesReview = (side: NoteSide | null) => side === 'centre';

/** A municipality user's first opening of the newest snapshot is the read receipt; the centre's readings are not. */
export const readIsReceipt = (side: NoteSide) => side === 'municipality';

// ─── Writing and the review ─────────────────────────────────────────────────────────────────────────────────────

/** Starting a note for an order: centre roles (a municipality sees the order but may not write the note: 403). */
export const mayStartNote = (actor: Actor) => isCareerCentreRole(actor);

/** Editing the draft, asking for and giving review, sending and correcting: the centre's side only. */
export const mayWorkOnNote = (side: NoteSide) => side === 'centre';

/** Only the author asks for a review. */
export const mayRequestReview = (actor: Actor, note: NoteAuthors) => actor.userId === note.authorId;

/** Only the named reviewer answers; the author never reviews their own note (the request already refused that). */
export const mayReview = (actor: Actor, note: NoteAuthors) => actor.userId === note.reviewerId && actor.userId !== note.authorId;

/** Sending, correcting and reopening: the author, or the centre's lead. */
export const maySendOrCorrect = (actor: Actor, note: NoteAuthors) => actor.userId === note.authorId || actor.role === 'career-centre-lead';

/**
 * Who in the municipality hears of a sent note: the adviser who created the order while an active user with one of
 * these roles; otherwise every user with the fallback role.
 */
export const sentNoteRecipientRoles: readonly Role[] = municipalityRoles;
export const sentNoteFallbackRole: Role = 'programme-adviser';

// ─── The participant's copy, feedback and the plan tasks ───────────────────────────────────────────────────────

/**
 * The plain-language copy: the centre always (it writes it); the municipality when participantCopyAvailable says
 * the participant gets it (policy "always", or "on-request" with the request recorded).
 */
export const mayReadParticipantCopy = (side: NoteSide, policy: ParticipantCopyPolicy, requested: boolean) =>
  side === 'centre' || participantCopyAvailable(policy, requested);

/** Who records that the participant asked for a copy: the municipality's advisers and lead, and the centre's counsellors. */
export const copyRequestRoles: readonly Role[] = ['programme-adviser', 'municipality-lead', 'career-counsellor'];
export const mayRecordCopyRequest = (actor: Actor) => copyRequestRoles.includes(actor.role);

/** The municipality's answer on how the recommendation was used. */
export const mayGiveFeedback = (side: NoteSide) => side === 'municipality';

/** The municipality whose integration-plan tasks the actor may list; null = may not (403). */
export function planTaskMunicipality(actor: Actor): string | null {
  return ownMunicipality(actor);
}

// ─── Notifications ──────────────────────────────────────────────────────────────────────────────────────────────

/** Notifications are their recipient's only; anyone else's is 404. (The participant's name follows participantScope.) */
export const ownNotifications = (actor: Actor): SQL => eq(notifications.userId, actor.userId);

// ─── Note settings ──────────────────────────────────────────────────────────────────────────────────────────────

export const centreSettingsFields = ['reviewRequired', 'participantCopy'] as const;
export const municipalitySettingsFields = ['unreadAfterDays', 'planTaskDueDays', 'centreAccessDays', 'retentionYears'] as const;
export type SettingsField = (typeof centreSettingsFields)[number] | (typeof municipalitySettingsFields)[number];

/** The organisation whose note settings the actor reads: their own, if a centre or municipality role; null = 403. */
export function settingsOrganisation(actor: Actor): string | null {
  if (!actor.organisationId || (!isCareerCentreRole(actor) && !isMunicipalityRole(actor))) return null;
  return actor.organisationId;
}

/**
 * The settings the actor may change: a centre lead the review and the participant copy; a municipality lead the
 * unread days, the task's due days, the centre's access after feedback and the retention. null = may change none (403).
 */
export function settingsFieldsFor(actor: Actor): readonly SettingsField[] | null {
  if (actor.role === 'career-centre-lead') return centreSettingsFields;
  if (actor.role === 'municipality-lead') return municipalitySettingsFields;
  return null;
}

// ─── Wordings ───────────────────────────────────────────────────────────────────────────────────────────────────

/** The library is a career centre's tool (seed 001, grep 6): its counsellors read it (the centre; null = 403). */
export function wordingCentre(actor: Actor): string | null {
  return ownCareerCentre(actor);
}

/** Its lead curates it. */
export const mayCurateWordings = (actor: Actor) => actor.role === 'career-centre-lead';
