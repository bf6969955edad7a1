import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../auth/actor.ts';
import {
  mayCurateWordings, mayGiveFeedback, mayReadParticipantCopy, mayRecordCopyRequest, mayRequestReview, mayReview, maySendOrCorrect,
  mayStartNote, mayWorkOnNote, noteSideByRecord, noteSideOfRole, planTaskMunicipality, readIsReceipt, seesReview, seesSentSnapshotsOnly,
  settingsFieldsFor, settingsOrganisation, wordingCentre,
} from './policy.ts';

const org: Record<Role, string | null> = {
  'programme-adviser': 'bergen', 'municipality-lead': 'bergen', 'career-counsellor': 'kv', 'career-centre-lead': 'kv',
  administrator: null, 'statistics-reader': null, 'content-editor': null, 'local-offer-editor': 'bergen',
};
const actor = (role: Role, userId = 'u1'): Actor => ({
  userId, name: 'X', email: 'x@example.org', role, organisationId: org[role], organisationKind: null, organisationName: null, sessionTokenHash: '',
});
const note = (status: string) => ({ careerCentreId: 'kv', municipalityId: 'bergen', participantId: 'p', status, authorId: 'author', reviewerId: 'rev' });

describe("the note's who-may rules (policy.ts)", () => {
  it.each<[Role, string, 'centre' | 'municipality' | null]>([
    ['career-counsellor', 'draft', 'centre'],
    ['career-centre-lead', 'in-review', 'centre'],
    ['programme-adviser', 'draft', null],
    ['programme-adviser', 'sent', 'municipality'],
    ['municipality-lead', 'sent', 'municipality'],
    ['administrator', 'sent', null],
    ['statistics-reader', 'sent', null],
    ['local-offer-editor', 'sent', null],
  ])('%s on a %s note of its own side → %s', (role, status, side) => {
    expect(noteSideByRecord(actor(role), note(status))).toBe(side);
  });

  it("another organisation's note is nobody's side", () => {
    expect(noteSideByRecord(actor('career-counsellor'), { ...note('draft'), careerCentreId: 'kb' })).toBeNull();
    expect(noteSideByRecord(actor('programme-adviser'), { ...note('sent'), municipalityId: 'drammen' })).toBeNull();
  });

  it('only the centre works on the note; only the municipality gives feedback and leaves read receipts', () => {
    expect([mayWorkOnNote('centre'), mayWorkOnNote('municipality')]).toEqual([true, false]);
    expect([mayGiveFeedback('centre'), mayGiveFeedback('municipality')]).toEqual([false, true]);
    expect([readIsReceipt('centre'), readIsReceipt('municipality')]).toEqual([false, true]);
    expect([seesSentSnapshotsOnly('centre'), seesSentSnapshotsOnly('municipality')]).toEqual([false, true]);
    expect([seesReview('centre'), seesReview('municipality'), seesReview(null)]).toEqual([true, false, false]);
  });

  it('starting a note: centre roles; the side of a role', () => {
    expect((['career-counsellor', 'career-centre-lead', 'programme-adviser', 'administrator'] as Role[]).map((r) => mayStartNote(actor(r))))
      .toEqual([true, true, false, false]);
    expect(noteSideOfRole(actor('municipality-lead'))).toBe('municipality');
    expect(noteSideOfRole(actor('statistics-reader'))).toBeNull();
  });

  it('review: the author asks, the named reviewer (never the author) answers; the author or the lead sends', () => {
    const n = note('in-review');
    expect(mayRequestReview(actor('career-counsellor', 'author'), n)).toBe(true);
    expect(mayRequestReview(actor('career-centre-lead', 'lead'), n)).toBe(false);
    expect(mayReview(actor('career-counsellor', 'rev'), n)).toBe(true);
    expect(mayReview(actor('career-counsellor', 'author'), { ...n, reviewerId: 'author' })).toBe(false);
    expect(mayReview(actor('career-centre-lead', 'lead'), n)).toBe(false);
    expect(maySendOrCorrect(actor('career-counsellor', 'author'), n)).toBe(true);
    expect(maySendOrCorrect(actor('career-centre-lead', 'lead'), n)).toBe(true);
    expect(maySendOrCorrect(actor('career-counsellor', 'other'), n)).toBe(false);
  });

  it("the participant's copy: the centre always; the municipality as the centre's policy says; who records the request", () => {
    expect(mayReadParticipantCopy('centre', 'none', false)).toBe(true);
    expect(mayReadParticipantCopy('municipality', 'always', false)).toBe(true);
    expect(mayReadParticipantCopy('municipality', 'on-request', false)).toBe(false);
    expect(mayReadParticipantCopy('municipality', 'on-request', true)).toBe(true);
    expect((['programme-adviser', 'municipality-lead', 'career-counsellor', 'career-centre-lead'] as Role[]).map((r) => mayRecordCopyRequest(actor(r))))
      .toEqual([true, true, true, false]);
  });

  it('plan tasks, settings and wordings', () => {
    expect(planTaskMunicipality(actor('programme-adviser'))).toBe('bergen');
    expect(planTaskMunicipality(actor('career-counsellor'))).toBeNull();
    expect(settingsOrganisation(actor('career-counsellor'))).toBe('kv');
    expect(settingsOrganisation(actor('administrator'))).toBeNull();
    expect(settingsFieldsFor(actor('career-centre-lead'))).toEqual(['reviewRequired', 'participantCopy']);
    expect(settingsFieldsFor(actor('municipality-lead'))).toEqual(['unreadAfterDays', 'planTaskDueDays', 'centreAccessDays', 'retentionYears']);
    expect(settingsFieldsFor(actor('programme-adviser'))).toBeNull();
    expect(wordingCentre(actor('career-counsellor'))).toBe('kv');
    expect(wordingCentre(actor('municipality-lead'))).toBeNull();
    expect([mayCurateWordings(actor('career-centre-lead')), mayCurateWordings(actor('career-counsellor'))]).toEqual([true, false]);
  });
});
