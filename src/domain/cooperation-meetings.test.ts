import { describe, expect, it } from 'vitest';
import { actionOverdue, nationalIdsIn, nextMeetingDate, type ActionStatus, type MeetingInterval } from './cooperation-meetings.ts';

describe('nextMeetingDate', () => {
  const rows: [string | null, MeetingInterval, string | null][] = [
    ['2026-03-15', 'half-yearly', '2026-09-15'],
    // Calendar months: the day that does not exist falls back to the month's last day.
    ['2026-08-31', 'half-yearly', '2027-02-28'],
    ['2027-08-31', 'half-yearly', '2028-02-29'],
    ['2026-01-31', 'monthly', '2026-02-28'],
    ['2026-11-20', 'quarterly', '2027-02-20'],
    ['2026-05-05', 'yearly', '2027-05-05'],
    ['2026-05-05', 'none', null],
    [null, 'yearly', null],
  ];
  it.each(rows)('after %s with %s: %s', (last, interval, expected) => {
    expect(nextMeetingDate(last, interval)).toBe(expected);
  });
  it('refuses an impossible date', () => {
    expect(() => nextMeetingDate('2026-02-30', 'yearly')).toThrow(RangeError);
  });
});

describe('actionOverdue', () => {
  const today = '2026-06-10';
  const rows: [ActionStatus, string, boolean][] = [
    ['open', '2026-06-09', true],
    ['in-progress', '2026-01-01', true],
    // The due day itself is still in time.
    ['open', '2026-06-10', false],
    ['open', '2026-06-11', false],
    // Done is never overdue, however late.
    ['done', '2026-01-01', false],
  ];
  it.each(rows)('%s due %s: %s', (status, dueDate, expected) => {
    expect(actionOverdue({ status, dueDate }, today)).toBe(expected);
  });
});

describe('nationalIdsIn', () => {
  const rows: [string, string[]][] = [
    ['Vi snakket om 15039010043 i møtet', ['15039010043']],
    ['Deltaker 150390 10043 nevnt', ['15039010043']],
    ['D-nummer 55039010037.', ['55039010037']],
    ['150390-10043 og 41128510034', ['15039010043', '41128510034']],
    // Eleven digits with a wrong check digit, a phone number, a longer number and an H-number are not national ids.
    ['12345678901', []],
    ['Ring 55 12 34 56', []],
    ['Saksnummer 150390100431', []],
    ['13527248013', []],
    ['Frokostmøte hvert halvår', []],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(nationalIdsIn(text)).toEqual(expected);
  });
});
