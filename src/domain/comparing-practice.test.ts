import { describe, expect, it } from 'vitest';
import { practiceFigures, readInTime, type PracticeCounts } from './comparing-practice.ts';

const base: PracticeCounts = {
  orders: 12, due: 10, heldInTime: 7, notesSent: 8, notesReadInTime: 6, notesWithFeedback: 2, openActions: 3, overdueActions: 1,
  lastMeetingOn: '2026-03-01',
};

describe('practiceFigures', () => {
  it('shows shares with one decimal when the counts are large enough', () => {
    expect(practiceFigures(base, false)).toEqual({
      orders: 12, heldBeforeDeadlineShare: 70, notesReadWithin5DaysShare: 75, feedbackGivenShare: null,
      openActions: 3, overdueActions: 1, lastMeetingOn: '2026-03-01',
    });
  });
  const rows: [string, Partial<PracticeCounts>, boolean, Partial<ReturnType<typeof practiceFigures>>][] = [
    // Feedback on 2 of 8 notes: the 2 is a small number outside the own organisation, so the share is hidden …
    ['small part, other organisation', {}, false, { feedbackGivenShare: null }],
    // … and shown to the municipality itself.
    ['small part, own organisation', {}, true, { feedbackGivenShare: 25 }],
    ['orders 1–4 outside', { orders: 3 }, false, { orders: 'under-5' }],
    ['orders 1–4 inside', { orders: 3 }, true, { orders: 3 }],
    ['no orders', { orders: 0 }, false, { orders: 0 }],
    ['nothing due: no share', { due: 0, heldInTime: 0 }, true, { heldBeforeDeadlineShare: null }],
    ['whole of 4 outside', { notesSent: 4, notesReadInTime: 4 }, false, { notesReadWithin5DaysShare: null }],
    ['1 of 3 inside', { notesSent: 3, notesReadInTime: 1 }, true, { notesReadWithin5DaysShare: 33.3 }],
    // Actions and meetings are about the cooperation, never suppressed.
    ['actions shown as they are', { openActions: 1, overdueActions: 1 }, false, { openActions: 1, overdueActions: 1 }],
  ];
  it.each(rows)('%s', (_name, counts, exact, expected) => {
    expect(practiceFigures({ ...base, ...counts }, exact)).toMatchObject(expected);
  });
});

describe('readInTime', () => {
  const sent = new Date('2026-03-02T10:00:00Z');
  it.each([
    ['2026-03-02T10:05:00Z', true],
    ['2026-03-07T10:00:00Z', true],
    ['2026-03-07T10:00:01Z', false],
    [null, false],
  ] as const)('read at %s: %s', (readAt, expected) => {
    expect(readInTime(sent, readAt ? new Date(readAt) : null)).toBe(expected);
  });
});
