import { describe, expect, it } from 'vitest';
import {
  MAX_PLAN_STEPS, NOTE_TEXT_MAX, checkNoteAction, checkReviewer, correctionReasonMissing, feedbackReasonRequired, nextSentNumber,
  noteContentSchema, noteRecommendationSource, noteReviewSource, noteUnread, participantCopyAvailable, planTaskDueOn, planTaskOverdue, noteReadiness, notePlansSource,
  type NoteAction,
} from './guidance-note.ts';
import { emptyNoteContent, type NoteContent, type NoteStatus, type PlanStep } from './guidance-note-model.ts';

const step = (over: Partial<PlanStep> = {}): PlanStep => ({ id: 's1', offerId: null, text: 'Norsk til B1', startMonth: 0, durationMonths: 12, ...over });
const content = (over: Partial<NoteContent> = {}): NoteContent => ({ ...emptyNoteContent(), ...over });

describe('checkNoteAction: the state machine', () => {
  it.each<[NoteStatus, NoteAction, boolean, NoteStatus | string]>([
    ['draft', 'edit', false, 'draft'],
    ['draft', 'request-review', true, 'in-review'],
    ['in-review', 'edit', true, 'note-not-draft'],
    ['in-review', 'comment', true, 'in-review'],
    ['in-review', 'approve', true, 'approved'],
    ['in-review', 'request-changes', true, 'draft'],
    ['approved', 'edit', true, 'note-not-draft'],
    ['approved', 'approve', true, 'note-not-in-review'],
    ['approved', 'reopen', true, 'draft'],
    ['in-review', 'reopen', true, 'draft'],
    ['draft', 'reopen', true, 'note-not-in-review'],
    ['draft', 'comment', true, 'note-not-in-review'],
    // Sending: review required → only from approved.
    ['draft', 'send', true, 'review-required'],
    ['draft', 'send', false, 'sent'],
    ['in-review', 'send', false, 'note-in-review'],
    ['in-review', 'send', true, 'note-in-review'],
    ['approved', 'send', true, 'sent'],
    ['approved', 'send', false, 'sent'],
    // A sent note is frozen: only a correction.
    ['sent', 'edit', false, 'note-sent'],
    ['sent', 'send', false, 'note-sent'],
    ['sent', 'request-review', true, 'note-sent'],
    ['sent', 'approve', true, 'note-sent'],
    ['sent', 'reopen', true, 'note-sent'],
    ['sent', 'correct', true, 'sent'],
    ['draft', 'correct', false, 'note-not-sent'],
    ['approved', 'correct', false, 'note-not-sent'],
  ])('%s + %s (review required: %s) → %s', (status, action, reviewRequired, expected) => {
    const r = checkNoteAction({ status, action, reviewRequired });
    expect(r.ok ? r.to : r.error).toBe(expected);
  });
});

describe('corrections', () => {
  it.each([[null, 1], [1, 2], [4, 5]] as const)('after snapshot %s the next is %s', (n, next) => {
    expect(nextSentNumber(n)).toBe(next);
  });
  it.each([['', true], ['   ', true], ['Feil Plan B', false]] as const)('reason %j missing: %s', (reason, missing) => {
    expect(correctionReasonMissing(reason)).toBe(missing);
  });
});

describe('noteReadiness: one rule for request-review, approve and send', () => {
  const rec = (kind: NoteContent['recommendation']['kind'], justification: string) => ({ kind, justification, reachWithinProgramme: '' });
  const full = { planA: [step()], planB: [step({ id: 'b1', text: 'Arbeidspraksis' })], recommendation: rec('combination', 'Norsk til B1, så fagbrev') };
  it.each<[string, Partial<NoteContent>, boolean, string[]]>([
    ['an empty note', {}, true, ['plan-a', 'plan-b', 'recommendation-kind', 'recommendation-justification']],
    ['an empty note, recommendation not required (6A)', {}, false, ['plan-a', 'plan-b']],
    ['everything', full, true, []],
    ['everything but Plan B', { ...full, planB: [] }, true, ['plan-b']],
    ['everything but Plan A', { ...full, planA: [] }, true, ['plan-a']],
    ['kind only', { ...full, recommendation: rec('work', '  ') }, true, ['recommendation-justification']],
    ['justification only', { ...full, recommendation: rec(null, 'Fordi …') }, true, ['recommendation-kind']],
    ['plans without recommendation, not required', { ...full, recommendation: rec(null, '') }, false, []],
    ['plans without recommendation, required', { ...full, recommendation: rec(null, '') }, true, ['recommendation-kind', 'recommendation-justification']],
  ])('%s (recommendation required: %s) → missing %j', (_label, over, recommendationRequired, missing) => {
    expect(noteReadiness(content(over), { recommendationRequired })).toEqual({ ready: missing.length === 0, missing });
  });
  it.each<[string, NoteContent['recommendation'], string[]]>([
    ['no recommendation at all: may be sent', { kind: null, justification: '', reachWithinProgramme: '' }, []],
    ['a recommendation begun must be whole', { kind: 'work', justification: '', reachWithinProgramme: '' }, ['recommendation-justification']],
    ['a whole recommendation', { kind: 'education', justification: 'Fagbrev', reachWithinProgramme: '' }, []],
  ])('chapter 6A, the county "ikke pålagt … å utforme … notat med anbefalinger": %s', (_label, recommendation, missing) => {
    expect(noteReadiness(content({ ...full, recommendation }), { recommendationRequired: false }).missing).toEqual(missing);
  });
  it('cites the law and quotes the seeds', () => {
    expect(noteRecommendationSource.law).toBe('integreringsloven § 11 fjerde ledd');
    expect(noteRecommendationSource.seed).toContain('gis en anbefaling om arbeid eller utdanning');
    expect(noteReviewSource.seed).toContain('mer enn én karriereveileder leser gjennom notatet');
    expect(notePlansSource.seed).toContain('Plan A og B');
  });
});

describe('checkReviewer', () => {
  const note = { authorId: 'a', careerCentreId: 'kv' };
  it.each<[string, { id: string; role: string; organisationId: string | null }, string | null]>([
    ['another counsellor of the centre', { id: 'b', role: 'career-counsellor', organisationId: 'kv' }, null],
    ['the author', { id: 'a', role: 'career-counsellor', organisationId: 'kv' }, 'reviewer-is-author'],
    ['a counsellor of another centre', { id: 'c', role: 'career-counsellor', organisationId: 'kb' }, 'reviewer-other-centre'],
    ['an adviser', { id: 'd', role: 'programme-adviser', organisationId: 'bergen' }, 'reviewer-other-centre'],
    ['the centre lead', { id: 'e', role: 'career-centre-lead', organisationId: 'kv' }, 'reviewer-not-counsellor'],
  ])('%s → %s', (_label, reviewer, expected) => {
    expect(checkReviewer({ ...note, reviewer })).toBe(expected);
  });
});

describe('noteUnread', () => {
  it.each<[string, string, boolean, number | undefined, boolean]>([
    ['sent today, unread', '2026-05-10', false, undefined, false],
    ['4 days, unread', '2026-05-06', false, undefined, false],
    ['5 days, unread (default 5)', '2026-05-05', false, undefined, true],
    ['20 days, read', '2026-04-20', true, undefined, false],
    ['3 days, unread, municipality says 3', '2026-05-07', false, 3, true],
    ['9 days, unread, municipality says 10', '2026-05-01', false, 10, false],
  ])('%s → %s', (_label, sentOn, read, unreadAfterDays, expected) => {
    expect(noteUnread({ sentOn, read, today: '2026-05-10', unreadAfterDays })).toBe(expected);
  });
});

describe('plan task', () => {
  it.each([['2026-05-10', undefined, '2026-05-24'], ['2026-12-25', 14, '2027-01-08'], ['2026-02-20', 10, '2026-03-02']] as const)(
    'sent %s, %s days → due %s', (sentOn, days, due) => { expect(planTaskDueOn(sentOn, days)).toBe(due); },
  );
  it.each([
    ['due today', '2026-05-10', 'open', false],
    ['due yesterday', '2026-05-09', 'open', true],
    ['due yesterday but closed', '2026-05-09', 'closed', false],
  ] as const)('%s → overdue %s', (_l, dueOn, status, overdue) => {
    expect(planTaskOverdue({ dueOn, status, today: '2026-05-10' })).toBe(overdue);
  });
  it.each([['followed', false], ['partly', true], ['not-followed', true]] as const)('feedback %s needs a reason: %s', (use, needed) => {
    expect(feedbackReasonRequired(use)).toBe(needed);
  });
});

describe('noteContentSchema', () => {
  const issues = (c: unknown) => {
    const r = noteContentSchema.safeParse(c);
    // Custom rules carry a message key; built-in checks are named by their zod code (the server maps codes to keys).
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.code === 'custom' ? i.message : i.code}`);
  };
  it('accepts an empty draft and a full note', () => {
    expect(issues(emptyNoteContent())).toEqual([]);
    expect(issues(content({
      planA: [step(), step({ id: 's2', offerId: 'norsk-og-samfunnskunnskap', text: null })],
      planB: [step({ id: 'b1', startMonth: null, durationMonths: null })],
      recommendation: { kind: 'education', justification: 'Grunnskole først', reachWithinProgramme: 'Grunnskole' },
      interpreterTookPart: true, languageUsed: 'arabisk',
    }))).toEqual([]);
  });
  it.each<[string, unknown, string]>([
    ['a step with both offer and text', content({ planA: [step({ offerId: 'norsk-og-samfunnskunnskap' })] }), 'planA.0.text:note.step-offer-xor-text'],
    ['a step with neither', content({ planA: [step({ text: '  ' })] }), 'planA.0.text:note.step-offer-xor-text'],
    ['an offer not on the map', content({ planB: [step({ offerId: 'no-such-offer', text: null })] }), 'planB.0.offerId:note.offer-unknown'],
    ['a negative start month', content({ planA: [step({ startMonth: -1 })] }), 'planA.0.startMonth:too_small'],
    ['a fractional duration', content({ planA: [step({ durationMonths: 1.5 })] }), 'planA.0.durationMonths:invalid_type'],
    ['two steps with one id', content({ planA: [step(), step()] }), 'planA:note.step-id-twice'],
    ['too many steps', content({ planA: Array.from({ length: MAX_PLAN_STEPS + 1 }, (_, i) => step({ id: `s${i}` })) }), 'planA:too_big'],
    ['too long a text', content({ wishes: 'x'.repeat(NOTE_TEXT_MAX + 1) }), 'wishes:too_big'],
    ['an unknown recommendation', content({ recommendation: { kind: 'travel' as never, justification: '', reachWithinProgramme: '' } }), 'recommendation.kind:invalid_value'],
    ['an unknown field', { ...emptyNoteContent(), secret: 'x' }, ':unrecognized_keys'],
  ])('refuses %s', (_label, c, issue) => {
    expect(issues(c)).toContain(issue);
  });
});

describe('participantCopyAvailable: the centre policy and the participant asking', () => {
  it.each<['none' | 'on-request' | 'always', boolean, boolean]>([
    ['always', false, true],
    ['always', true, true],
    ['on-request', false, false],
    ['on-request', true, true],
    ['none', false, false],
    ['none', true, false],
  ])('%s, requested %s → %s', (policy, requested, expected) => {
    expect(participantCopyAvailable(policy, requested)).toBe(expected);
  });
});
