import { z } from 'zod';

/**
 * Every audited action has its own event type (after Documenso's typed audit log). Data carries ids and the
 * names of changed fields, never the personal values themselves: the trail must not become a second copy
 * of the sensitive data.
 */
const uuid = z.uuid();
const fieldNames = z.array(z.string());

export const auditEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('participant.created'), participantId: uuid }),
  z.object({ type: z.literal('participant.viewed'), participantId: uuid }),
  z.object({ type: z.literal('participant.listed'), participantIds: z.array(uuid) }),
  z.object({ type: z.literal('participant.updated'), participantId: uuid, changedFields: fieldNames }),
  // The § 11 answer changed, by an edit of the deciding dates or by a release with changed rules (actor null).
  z.object({
    type: z.literal('participant.guidance-right-changed'), participantId: uuid,
    from: z.enum(['right-and-duty', 'right', 'none']).nullable(), to: z.enum(['right-and-duty', 'right', 'none']),
    cause: z.enum(['rules', 'edit']),
  }),
  z.object({ type: z.literal('rules.changes-viewed') }),
  // One batch of rows recomputed after a release with another rule-set version (features/rules/sync.ts): counts only.
  z.object({
    type: z.literal('rules.recomputed'), table: z.enum(['participants', 'orders']), rulesVersion: z.number().int(),
    examined: z.number().int(), deadlinesChanged: z.number().int(), rightsChanged: z.number().int(),
  }),
  z.object({ type: z.literal('participant.audit-viewed'), participantId: uuid }),
  // briefItemKeys: handover-brief items filled from the participant's registration as the order was created.
  z.object({ type: z.literal('order.created'), participantId: uuid, orderId: uuid, briefItemKeys: fieldNames.optional() }),
  z.object({ type: z.literal('order.viewed'), participantId: uuid, orderId: uuid }),
  z.object({ type: z.literal('order.listed'), orderIds: z.array(uuid), participantIds: z.array(uuid) }),
  z.object({
    type: z.literal('order.transitioned'), participantId: uuid, orderId: uuid,
    from: z.string(), to: z.string(), assignedCounsellorId: uuid.nullable(),
  }),
  // provider: the identity provider's configured id when signed in with one (OIDC), absent for a password.
  z.object({ type: z.literal('user.signed-in'), provider: z.string().optional() }),
  z.object({ type: z.literal('user.sign-in-failed'), paused: z.boolean() }),
  // A failed sign-in with an e-mail that has no account (which e-mail is not kept): a rise shows password spraying.
  z.object({ type: z.literal('user.sign-in-failed-unknown-account'), paused: z.boolean() }),
  z.object({ type: z.literal('user.signed-out') }),
  z.object({ type: z.literal('user.signed-out-everywhere') }),
  z.object({ type: z.literal('user.session-extended') }),
  z.object({ type: z.literal('user.password-set') }),
  z.object({ type: z.literal('user.created'), userId: uuid }),
  z.object({ type: z.literal('user.updated'), userId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('organisation.created'), organisationId: uuid }),
  z.object({ type: z.literal('organisation.updated'), organisationId: uuid, changedFields: fieldNames }),
  // Local offers (issue 18): ids and the names of changed fields, as for the national offers.
  z.object({ type: z.literal('local-offer.created'), localOfferId: uuid, organisationId: uuid }),
  z.object({ type: z.literal('local-offer.updated'), localOfferId: uuid, organisationId: uuid, version: z.number().int(), changedFields: fieldNames }),
  z.object({ type: z.literal('local-offer.removed'), localOfferId: uuid, organisationId: uuid }),
  z.object({ type: z.literal('local-offer.review-reminded'), localOfferId: uuid, organisationId: uuid, reviewOn: z.string(), userIds: z.array(uuid) }),
  z.object({ type: z.literal('offer.edited'), offerId: z.string(), version: z.number().int(), changedFields: fieldNames }),
  // Handover brief. A read of special-category items (health, family) has its own event naming the item keys.
  z.object({ type: z.literal('brief.viewed'), participantId: uuid }),
  z.object({ type: z.literal('brief.special-category-viewed'), participantId: uuid, itemKeys: fieldNames }),
  z.object({ type: z.literal('brief.updated'), participantId: uuid, itemKeys: fieldNames }),
  z.object({ type: z.literal('brief.imported'), participantId: uuid, itemKeys: fieldNames, format: z.enum(['csv', 'json']) }),
  z.object({ type: z.literal('brief-checklist.updated'), organisationId: uuid, changedFields: fieldNames }),
  // Sessions of an order.
  z.object({ type: z.literal('session.created'), participantId: uuid, orderId: uuid, sessionId: uuid }),
  z.object({ type: z.literal('session.viewed'), participantId: uuid, orderId: uuid, sessionId: uuid }),
  z.object({ type: z.literal('session.listed'), sessionIds: z.array(uuid), participantIds: z.array(uuid) }),
  z.object({ type: z.literal('session.updated'), participantId: uuid, orderId: uuid, sessionId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('session.outcome-recorded'), participantId: uuid, orderId: uuid, sessionId: uuid, outcome: z.string() }),
  z.object({ type: z.literal('session.letter-viewed'), participantId: uuid, sessionId: uuid, language: z.string() }),
  // Group sessions and registrations.
  z.object({ type: z.literal('group-session.created'), groupSessionId: uuid }),
  z.object({ type: z.literal('group-session.updated'), groupSessionId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('group-session.viewed'), groupSessionId: uuid, participantIds: z.array(uuid) }),
  z.object({ type: z.literal('group-registration.created'), participantId: uuid, groupSessionId: uuid, registrationId: uuid }),
  z.object({ type: z.literal('group-registration.withdrawn'), participantId: uuid, groupSessionId: uuid, registrationId: uuid }),
  z.object({ type: z.literal('group-attendance.recorded'), groupSessionId: uuid, participantIds: z.array(uuid) }),
  z.object({ type: z.literal('glossary.edited'), termIds: z.array(uuid), changedFields: fieldNames }),
  z.object({ type: z.literal('calendar-feed.created') }),
  z.object({ type: z.literal('calendar-feed.revoked') }),
  z.object({ type: z.literal('hours.viewed'), participantIds: z.array(uuid) }),
  // Postponement of the mandatory guidance; the export for NIR carries personal data, so it names whom it held.
  z.object({ type: z.literal('postponement.created'), participantId: uuid, postponementId: uuid, reason: z.string() }),
  z.object({ type: z.literal('postponement.ended'), participantId: uuid, postponementId: uuid }),
  z.object({ type: z.literal('postponement.listed'), participantId: uuid }),
  z.object({ type: z.literal('postponement.exported'), from: z.string(), to: z.string(), participantIds: z.array(uuid) }),
  // Journey plans (issue 6): the profile fields read from the participant and brief are named, never their values.
  z.object({ type: z.literal('journey-plan.viewed'), participantId: uuid, profileFields: fieldNames }),
  z.object({ type: z.literal('journey-plan.updated'), participantId: uuid, journeyPlanId: uuid, plan: z.enum(['A', 'B']), changedFields: fieldNames }),
  // Statistics: aggregates only, so the event names the report and its scope, never a person.
  z.object({
    type: z.literal('statistics.viewed'), report: z.enum(['dashboard', 'fact-sheet']), level: z.string(),
    organisationId: uuid.nullable(), countyId: uuid.nullable(), format: z.enum(['json', 'csv']),
  }),
  // The participant's page: links (never the token), resources, translation overrides, and every public read.
  z.object({ type: z.literal('participant-page.link-created'), participantId: uuid, linkId: uuid }),
  z.object({ type: z.literal('participant-page.links-listed'), participantId: uuid }),
  z.object({ type: z.literal('participant-page.link-revoked'), participantId: uuid, linkId: uuid }),
  z.object({ type: z.literal('participant-page.link-sent'), participantId: uuid, linkId: uuid, channel: z.enum(['sms', 'email']) }),
  z.object({ type: z.literal('participant-page.viewed'), participantId: uuid, linkId: uuid, language: z.string() }),
  z.object({ type: z.literal('participant-page.resource-added'), participantId: uuid, resourceId: uuid, kind: z.enum(['offer', 'link']) }),
  z.object({ type: z.literal('participant-page.resource-removed'), participantId: uuid, resourceId: uuid }),
  z.object({ type: z.literal('participant-page.resources-listed'), participantId: uuid }),
  // The participants' survey (issue 14): who typed a paper form in, and who read a centre's results. Never which
  // answer, its language or values: an answer must not be traceable through the audit trail either.
  z.object({ type: z.literal('survey.paper-answer-entered') }),
  z.object({ type: z.literal('survey.results-viewed'), careerCentreId: uuid }),
  z.object({ type: z.literal('quality-evaluation.saved'), careerCentreId: uuid, evaluationId: uuid, year: z.number().int(), changedAreas: fieldNames }),
  z.object({ type: z.literal('info-translation.edited'), organisationId: uuid, language: z.string(), sectionId: z.string(), changedFields: fieldNames }),
  // The counsellor's note (issue 5): ids, snapshot numbers and changed field names only, never the note's text.
  z.object({ type: z.literal('note.created'), participantId: uuid, orderId: uuid, noteId: uuid, prefilledFields: fieldNames }),
  z.object({ type: z.literal('note.viewed'), participantId: uuid, orderId: uuid, noteId: uuid, sentNumber: z.number().int().nullable() }),
  z.object({ type: z.literal('note.read-receipt'), participantId: uuid, orderId: uuid, noteId: uuid, sentNumber: z.number().int() }),
  z.object({ type: z.literal('note.draft-saved'), participantId: uuid, orderId: uuid, noteId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('note.review-requested'), participantId: uuid, orderId: uuid, noteId: uuid, reviewerId: uuid }),
  z.object({ type: z.literal('note.reviewed'), participantId: uuid, orderId: uuid, noteId: uuid, decision: z.string() }),
  z.object({ type: z.literal('note.reopened'), participantId: uuid, orderId: uuid, noteId: uuid }),
  z.object({ type: z.literal('note.sent'), participantId: uuid, orderId: uuid, noteId: uuid, sentNumber: z.number().int() }),
  z.object({ type: z.literal('note.corrected'), participantId: uuid, orderId: uuid, noteId: uuid, sentNumber: z.number().int(), changedFields: fieldNames }),
  z.object({ type: z.literal('note.revisions-viewed'), participantId: uuid, orderId: uuid, noteId: uuid, number: z.number().int().nullable() }),
  z.object({ type: z.literal('note.exported'), participantId: uuid, orderId: uuid, noteId: uuid, format: z.enum(['json', 'imdinett', 'participant-version']) }),
  z.object({ type: z.literal('note.feedback-given'), participantId: uuid, orderId: uuid, noteId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('note.listed'), noteIds: z.array(uuid), participantIds: z.array(uuid) }),
  // The participant asked for (or no longer wants) a copy; recorded by the municipality adviser or the counsellor.
  z.object({ type: z.literal('note.participant-copy-requested'), participantId: uuid, orderId: uuid, noteId: uuid, requested: z.boolean() }),
  z.object({ type: z.literal('plan-task.listed'), taskIds: z.array(uuid), participantIds: z.array(uuid) }),
  z.object({ type: z.literal('wording.edited'), wordingId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('note-settings.updated'), organisationId: uuid, changedFields: fieldNames }),
  // Cooperation (issue 13): fixed contacts, deputies and absences at the career centre; staff ids only.
  z.object({ type: z.literal('contact.assigned'), organisationId: uuid, contactId: uuid, userId: uuid, kind: z.enum(['contact', 'deputy']) }),
  z.object({ type: z.literal('contact.updated'), organisationId: uuid, contactId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('contact.removed'), organisationId: uuid, contactId: uuid }),
  z.object({ type: z.literal('absence.recorded'), absenceId: uuid, userId: uuid }),
  z.object({ type: z.literal('absence.removed'), absenceId: uuid, userId: uuid }),
  // Cooperation meetings and their actions (issue 13 item 2): ids and changed field names only, never the texts.
  z.object({ type: z.literal('meeting-series.created'), seriesId: uuid, careerCentreId: uuid, municipalityId: uuid.nullable(), inviteeIds: z.array(uuid) }),
  z.object({ type: z.literal('meeting-series.updated'), seriesId: uuid, changedFields: fieldNames, inviteeIds: z.array(uuid).optional() }),
  z.object({ type: z.literal('meeting.created'), seriesId: uuid, meetingId: uuid }),
  z.object({ type: z.literal('meeting.updated'), seriesId: uuid, meetingId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('meeting.removed'), seriesId: uuid, meetingId: uuid }),
  z.object({ type: z.literal('action.created'), actionId: uuid, sourceKind: z.string(), sourceId: uuid, ownerId: uuid }),
  z.object({ type: z.literal('action.updated'), actionId: uuid, sourceKind: z.string(), sourceId: uuid, changedFields: fieldNames, status: z.string().optional() }),
  z.object({ type: z.literal('action.removed'), actionId: uuid, sourceKind: z.string(), sourceId: uuid }),
  // Shared agreements and routines (issue 13): ids, numbers and changed field names, never the document's text.
  z.object({ type: z.literal('cooperation-document.created'), documentId: uuid, organisationId: uuid, partyIds: z.array(uuid), templateSourceId: uuid.nullable() }),
  z.object({ type: z.literal('cooperation-document.updated'), documentId: uuid, organisationId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('cooperation-document.version-published'), documentId: uuid, organisationId: uuid, number: z.number().int() }),
  z.object({ type: z.literal('cooperation-document.removed'), documentId: uuid, organisationId: uuid }),
  // The daily job (no actor) reminded the owner (or, when the owner has left, the centre's leads) to review.
  z.object({ type: z.literal('cooperation-document.review-reminded'), documentId: uuid, organisationId: uuid, reviewOn: z.string(), userIds: z.array(uuid) }),
  // Open orders moved from the old contact to the new one, in one confirmed step.
  z.object({
    type: z.literal('orders.handed-over'), organisationId: uuid, fromUserId: uuid, toUserId: uuid,
    orderIds: z.array(uuid), participantIds: z.array(uuid),
  }),
  // A sent order put in the queue of the municipality's contact (or a deputy during the contact's absence).
  z.object({ type: z.literal('order.routed'), participantId: uuid, orderId: uuid, toUserId: uuid, as: z.enum(['contact', 'deputy']) }),
  // Talks before and after a conversation, follow-up conversations and the NAV hand-over (issue 13, items 4 and 5).
  z.object({ type: z.literal('talk.recorded'), participantId: uuid, orderId: uuid, talkId: uuid, kind: z.enum(['pre-talk', 'follow-up-talk']) }),
  z.object({ type: z.literal('talk.updated'), participantId: uuid, orderId: uuid, talkId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('talk.removed'), participantId: uuid, orderId: uuid, talkId: uuid }),
  z.object({ type: z.literal('talk.listed'), participantId: uuid, orderId: uuid }),
  z.object({ type: z.literal('talk-settings.updated'), organisationId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('follow-up.proposal-viewed'), participantId: uuid }),
  z.object({ type: z.literal('nav-handover.viewed'), participantId: uuid }),
  // What went into the summary for NAV (the names of the ticked parts), and as what: printed page or exported file.
  z.object({ type: z.literal('nav-handover.prepared'), participantId: uuid, included: fieldNames, format: z.enum(['print', 'json']) }),
  // Privacy (issue 15): who has access to a participant and why (a lead's view).
  z.object({ type: z.literal('participant.access-viewed'), participantId: uuid }),
  // Retention (no actor: the daily job) or an erasure request (the lead, with the reason they gave).
  z.object({ type: z.literal('participant.anonymised'), participantId: uuid, cause: z.enum(['retention', 'erasure']), tables: fieldNames, reason: z.string().nullable() }),
  z.object({ type: z.literal('retention.run'), today: z.string(), anonymised: z.number().int() }),
  // language: the language the readable page was read in (bokmål or the participant's), absent for JSON.
  z.object({ type: z.literal('participant.exported'), participantId: uuid, format: z.enum(['json', 'print']), language: z.string().optional() }),
  // A correction by the lead (GDPR art. 16): the field and the correction's record; the values before and after and
  // the reason are in that record (participant_corrections), which erasure can reach, never here.
  z.object({ type: z.literal('participant.corrected'), participantId: uuid, correctionId: uuid, field: z.string() }),
  // County gatherings (issue 14): staff ids only; survey answers are never tied to a person.
  z.object({ type: z.literal('gathering.created'), gatheringId: uuid }),
  z.object({ type: z.literal('gathering.updated'), gatheringId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('gathering.notices-sent'), gatheringId: uuid, kind: z.enum(['invitation', 'reminder', 'survey']), userIds: z.array(uuid) }),
  z.object({ type: z.literal('gathering.registered'), gatheringId: uuid, registrationId: uuid, userId: uuid, status: z.enum(['registered', 'waiting']) }),
  z.object({ type: z.literal('gathering.registration-cancelled'), gatheringId: uuid, registrationId: uuid, userId: uuid, movedUp: z.array(uuid) }),
  z.object({ type: z.literal('gathering.survey-answered'), gatheringId: uuid }),
  z.object({ type: z.literal('gathering.follow-up-saved'), gatheringId: uuid, followUpId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('gathering.letter-sent'), gatheringId: uuid, recipients: z.number().int() }),
]);

export type AuditEvent = z.infer<typeof auditEvent>;
export type AuditEventType = AuditEvent['type'];
