import { describe, expect, it } from 'vitest';
import { cooperationDocumentSource, currentVersion, reviewReminderDue, reviewStatus, upcomingVersions } from './cooperation-documents.ts';
import { containsNationalId } from './national-id-in-text.ts';

const versions = [
  { number: 1, effectiveFrom: '2026-01-01' },
  { number: 2, effectiveFrom: '2026-03-01' },
  { number: 3, effectiveFrom: '2026-06-01' },
];

describe('which version of a shared document is current', () => {
  it.each([
    ['before the first version takes effect', '2025-12-31', null, [1, 2, 3]],
    ['the first day of the first version', '2026-01-01', 1, [2, 3]],
    ['between two effective dates', '2026-04-15', 2, [3]],
    ['on the day a version takes effect', '2026-06-01', 3, []],
    ['long after the last', '2030-01-01', 3, []],
  ] as const)('%s (%s): current %s, upcoming %j', (_name, day, current, upcoming) => {
    expect(currentVersion(versions, day)?.number ?? null).toBe(current);
    expect(upcomingVersions(versions, day).map((v) => v.number)).toEqual(upcoming);
  });
  it('a later version with an earlier effective date wins over an older one (a correction that applies at once)', () => {
    const corrected = [...versions, { number: 4, effectiveFrom: '2026-04-01' }];
    expect(currentVersion(corrected, '2026-04-15')?.number).toBe(4);
    // Version 3 (in force from June) is older than the correction, so it never becomes current.
    expect(currentVersion(corrected, '2026-07-01')?.number).toBe(4);
    expect(upcomingVersions(corrected, '2026-04-15')).toEqual([]);
  });
  it('has no current version without versions', () => {
    expect(currentVersion([], '2026-01-01')).toBeNull();
  });
});

describe('review reminders', () => {
  it.each([
    ['no review date', null, null, '2026-05-01', false, 'none'],
    ['31 days before', '2026-06-01', null, '2026-05-01', false, 'ok'],
    ['exactly 30 days before', '2026-06-01', null, '2026-05-02', true, 'due-soon'],
    ['on the review date', '2026-06-01', null, '2026-06-01', true, 'due-soon'],
    ['after the review date, not yet reminded (the job did not run)', '2026-06-01', null, '2026-06-10', true, 'overdue'],
    ['already reminded for this review date', '2026-06-01', '2026-06-01', '2026-05-20', false, 'due-soon'],
    ['reminded for an earlier review date, now moved closer', '2026-06-01', '2026-03-01', '2026-05-20', true, 'due-soon'],
  ] as const)('%s', (_name, nextReviewOn, remindedFor, day, due, status) => {
    expect(reviewReminderDue({ nextReviewOn, remindedFor }, day)).toBe(due);
    expect(reviewStatus(nextReviewOn, day)).toBe(status);
  });
  it('names its seed and says that the interval is our choice', () => {
    expect(cooperationDocumentSource.seed).toContain('samarbeidsavtaler mellom fylkeskommunen og den enkelte kommune');
    expect(cooperationDocumentSource.reviewNote).toMatch(/our choices/);
  });
});

describe('national identity numbers in free text', () => {
  // Synthetic numbers from national-id.test.ts (valid to the library, not real people).
  it.each([
    ['an fnr alone', '15039010043', true],
    ['an fnr in a sentence', 'Deltaker 15039010043 møtte ikke.', true],
    ['6 + 5 with a space', 'fnr 150390 10043', true],
    ['6 + 5 with a dot', '150390.10043', true],
    ['a D-nummer', 'D-nr: 55039010037', true],
    ['a wrong check digit', '15039010044', false],
    ['an H-number (not a resident)', '13527248013', false],
    ['part of a longer number', '915039010043', false],
    ['a phone number and a date', 'Ring 55 12 34 56 før 01.02.2026', false],
    ['an organisation number', '974760673', false],
  ])('%s', (_name, text, found) => {
    expect(containsNationalId(text)).toBe(found);
  });
});
