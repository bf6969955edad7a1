import { describe, expect, it } from 'vitest';
import { addCalendarMonths, daysBetween } from './dates.ts';
import { DUE_SOON_DAYS, deadlineStatus, deadlineStatuses, decisionDeadline, decisionDeadlineFor, type DeadlineStatus } from './decision-deadline.ts';

describe('decisionDeadline', () => {
  it.each<[string, string, string | null | undefined, string, 'settlement' | 'programme-request']>([
    ['plain three months', '2026-03-10', undefined, '2026-06-10', 'settlement'],
    ['31 Jan → last day of April', '2026-01-31', undefined, '2026-04-30', 'settlement'],
    ['30 Nov → 29 Feb in a leap year', '2027-11-30', undefined, '2028-02-29', 'settlement'],
    ['30 Nov → 28 Feb in a common year', '2025-11-30', undefined, '2026-02-28', 'settlement'],
    ['across the year end', '2026-10-31', null, '2027-01-31', 'settlement'],
    ['later programme request moves the start', '2026-03-10', '2026-05-20', '2026-08-20', 'programme-request'],
    ['request before settlement is ignored', '2026-03-10', '2026-02-01', '2026-06-10', 'settlement'],
    ['request on the settlement day changes nothing', '2026-03-10', '2026-03-10', '2026-06-10', 'settlement'],
    ['request the day after settlement', '2026-01-30', '2026-01-31', '2026-04-30', 'programme-request'],
  ])('%s: settled %s, request %s → %s from %s', (_label, settlementDate, programmeRequestDate, date, startsFrom) => {
    const result = decisionDeadline({ settlementDate, programmeRequestDate });
    expect(result.date).toBe(date);
    expect(result.startsFrom).toBe(startsFrom);
  });

  it('cites § 12 with a seed quote and the guide of IMDi', () => {
    const { source } = decisionDeadline({ settlementDate: '2026-03-10' });
    expect(source.law).toContain('§ 12');
    expect(source.seed).toContain('tre måneder etter bosetting');
    expect(source.effectiveFrom).toBe('2021-01-01');
    // "skal … senest innen tre måneder": settled by IMDi's guide, so no review note is left.
    expect(source.verifiedBy?.[0]?.url).toContain('imdi.no');
    expect(source.reviewNote).toBeUndefined();
  });

  it.each([
    ['2026-02-30', null],
    ['2026-03-10', '2026-05-32'],
    ['not a date', '2026-05-20'],
  ])('settled %s, request %s → throws', (settlementDate, programmeRequestDate) => {
    expect(() => decisionDeadline({ settlementDate, programmeRequestDate })).toThrow(RangeError);
  });
});

describe('deadlineStatus', () => {
  const deadline = '2026-04-30';

  it('DUE_SOON_DAYS is two weeks', () => {
    expect(DUE_SOON_DAYS).toBe(14);
  });

  it.each<[string, { today: string; guidanceHeldOn?: string | null; postponed?: boolean }, DeadlineStatus]>([
    ['far ahead', { today: '2026-03-01' }, 'on-track'],
    ['deadline − 15 days (2026-04-15)', { today: '2026-04-15' }, 'on-track'],
    ['deadline − 14 days (2026-04-16)', { today: '2026-04-16' }, 'due-soon'],
    ['deadline − 1 day', { today: '2026-04-29' }, 'due-soon'],
    ['on the deadline', { today: deadline }, 'due-soon'],
    ['deadline + 1 day', { today: '2026-05-01' }, 'overdue'],
    ['long overdue', { today: '2026-12-01' }, 'overdue'],
    ['held before the deadline', { today: '2026-04-01', guidanceHeldOn: '2026-03-20' }, 'met'],
    ['held late still counts as met', { today: '2026-06-01', guidanceHeldOn: '2026-05-15' }, 'met'],
    ['held beats postponed', { today: '2026-06-01', guidanceHeldOn: '2026-05-15', postponed: true }, 'met'],
    ['postponed, past the deadline', { today: '2026-06-01', postponed: true }, 'postponed'],
    ['postponed, before the deadline', { today: '2026-03-01', postponed: true }, 'postponed'],
    ['postponed false is ignored', { today: '2026-06-01', postponed: false }, 'overdue'],
    ['guidanceHeldOn null is not held', { today: '2026-06-01', guidanceHeldOn: null }, 'overdue'],
  ])('%s → %s', (_label, input, expected) => {
    expect(deadlineStatus({ deadline, ...input })).toBe(expected);
  });

  it('sanity: the table dates are the distances they claim', () => {
    expect(daysBetween('2026-04-16', deadline)).toBe(14);
    expect(daysBetween('2026-04-15', deadline)).toBe(15);
  });

  it('every status is listed in deadlineStatuses', () => {
    expect([...deadlineStatuses].sort()).toEqual(['due-soon', 'met', 'no-deadline', 'on-track', 'overdue', 'postponed']);
  });

  it('"no § 12 decision deadline" for a person not covered by § 11: never due or overdue', () => {
    expect(decisionDeadlineFor({ settlementDate: '2026-01-10' }, 'none')).toBeNull();
    expect(decisionDeadlineFor({ settlementDate: '2026-01-10' }, 'right')?.date).toBe('2026-04-10');
    expect(deadlineStatus({ deadline: null, today: '2027-01-01' })).toBe('no-deadline');
    expect(deadlineStatus({ deadline: null, today: '2027-01-01', guidanceHeldOn: '2026-02-01' })).toBe('met');
  });

  it('works with a computed deadline across a leap day', () => {
    const leapDeadline = decisionDeadline({ settlementDate: '2027-11-30' }).date;
    expect(leapDeadline).toBe(addCalendarMonths('2027-11-30', 3));
    expect(deadlineStatus({ deadline: leapDeadline, today: '2028-02-15' })).toBe('due-soon');
    expect(deadlineStatus({ deadline: leapDeadline, today: '2028-02-14' })).toBe('on-track');
    expect(deadlineStatus({ deadline: leapDeadline, today: '2028-03-01' })).toBe('overdue');
  });

  it('throws on invalid dates', () => {
    expect(() => deadlineStatus({ deadline: '2026-02-30', today: '2026-01-01' })).toThrow(RangeError);
  });
});
