import { describe, expect, it } from 'vitest';
import { bookingsOverlap, checkSessionOutcome, findClash, groupRoom, outcomeReasonRequired, seatsLeft } from './guidance-session.ts';

const at = (hhmm: string) => new Date(`2026-05-12T${hhmm}:00+02:00`);

describe('double booking', () => {
  it('clashes when the intervals overlap, not when one ends as the other starts', () => {
    expect(bookingsOverlap({ startsAt: at('10:00'), minutes: 90 }, { startsAt: at('11:00'), minutes: 60 })).toBe(true);
    expect(bookingsOverlap({ startsAt: at('10:00'), minutes: 60 }, { startsAt: at('11:00'), minutes: 60 })).toBe(false);
    expect(bookingsOverlap({ startsAt: at('11:00'), minutes: 60 }, { startsAt: at('10:00'), minutes: 60 })).toBe(false);
    expect(bookingsOverlap({ startsAt: at('09:00'), minutes: 240 }, { startsAt: at('10:00'), minutes: 15 })).toBe(true);
    expect(bookingsOverlap({ startsAt: at('10:00'), minutes: 15 }, { startsAt: at('09:00'), minutes: 240 })).toBe(true);
  });

  it('finds the earliest clash', () => {
    const others = [
      { id: 'c', startsAt: at('12:00'), minutes: 60 },
      { id: 'a', startsAt: at('08:00'), minutes: 60 },
      { id: 'b', startsAt: at('10:30'), minutes: 60 },
    ];
    expect(findClash({ startsAt: at('10:00'), minutes: 150 }, others)?.id).toBe('b');
    expect(findClash({ startsAt: at('09:00'), minutes: 90 }, others)).toBeNull();
  });
});

describe('session outcome', () => {
  const startsAt = at('10:00');
  const after = at('12:00');
  it('requires a reason for broken off and cancelled, not for held and no-show', () => {
    expect(outcomeReasonRequired('broken-off')).toBe(true);
    expect(outcomeReasonRequired('cancelled')).toBe(true);
    expect(outcomeReasonRequired('held')).toBe(false);
    expect(checkSessionOutcome({ outcome: 'broken-off', reason: '  ', startsAt, now: after })).toEqual({ ok: false, code: 'reason-required' });
    expect(checkSessionOutcome({ outcome: 'no-show', startsAt, now: after })).toEqual({ ok: true });
  });

  it('lets a session be cancelled before it starts, but not held or missed', () => {
    const before = at('09:00');
    expect(checkSessionOutcome({ outcome: 'cancelled', reason: 'Sykdom', startsAt, now: before })).toEqual({ ok: true });
    expect(checkSessionOutcome({ outcome: 'held', startsAt, now: before })).toEqual({ ok: false, code: 'not-started' });
    expect(checkSessionOutcome({ outcome: 'held', startsAt, now: startsAt })).toEqual({ ok: true });
  });
});

describe('group rooms', () => {
  it('puts everyone in one room in person, and each municipality in its own room online', () => {
    expect(groupRoom('in-person', 'bergen')).toBe(groupRoom('in-person', 'voss'));
    expect(groupRoom('digital', 'bergen')).not.toBe(groupRoom('digital', 'voss'));
    expect(seatsLeft(15, 14)).toBe(1);
    expect(seatsLeft(10, 12)).toBe(0);
  });
});
