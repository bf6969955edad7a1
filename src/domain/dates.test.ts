import { describe, expect, it } from 'vitest';
import { addCalendarMonths, addDays, ageOn, daysBetween, isValidIsoDate, todayInOslo } from './dates.ts';

describe('isValidIsoDate', () => {
  it.each([
    ['2026-01-31', true],
    ['2026-02-28', true],
    ['2026-02-29', false], // 2026 is not a leap year
    ['2026-02-30', false],
    ['2028-02-29', true], // leap year
    ['2027-02-29', false],
    ['2000-02-29', true], // divisible by 400
    ['2100-02-29', false], // divisible by 100, not by 400
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['1900-01-01', true],
    ['1899-12-31', false],
    ['2200-12-31', true],
    ['2201-01-01', false],
    ['2026-1-05', false],
    ['2026-01-5', false],
    ['26-01-05', false],
    ['2026/01/05', false],
    ['2026-01-05T00:00:00Z', false],
    [' 2026-01-05', false],
    ['2026-01-05 ', false],
    ['', false],
    ['２０２６-01-05', false], // full-width digits
  ])('%j → %s', (s, expected) => {
    expect(isValidIsoDate(s)).toBe(expected);
  });
});

describe('addCalendarMonths', () => {
  it.each([
    ['2026-01-15', 3, '2026-04-15'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2027-11-30', 3, '2028-02-29'], // into a leap February
    ['2027-11-29', 3, '2028-02-29'],
    ['2025-11-30', 3, '2026-02-28'], // into a common February
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-10-31', 3, '2027-01-31'], // across the year end
    ['2026-12-31', 12, '2027-12-31'],
    ['2026-03-10', 0, '2026-03-10'],
    ['2026-05-31', -3, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-05-20', 3, '2026-08-20'],
  ])('%s + %i months → %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it('rejects invalid input', () => {
    expect(() => addCalendarMonths('2026-02-30', 3)).toThrow(RangeError);
    expect(() => addCalendarMonths('2026-01-31', 1.5)).toThrow(RangeError);
    expect(() => addCalendarMonths('2200-11-01', 3)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 0],
    ['2026-01-01', '2026-01-02', 1],
    ['2026-01-02', '2026-01-01', -1],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['2026-03-28', '2026-03-30', 2], // across the spring daylight-saving change in Oslo
    ['2026-10-24', '2026-10-26', 2], // across the autumn change
    ['2026-04-16', '2026-04-30', 14],
    ['1970-01-01', '2000-01-01', 10957],
    ['1900-01-01', '2200-12-31', 109937],
  ])('%s → %s = %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it('agrees with Date.UTC over a range of days', () => {
    const utc = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;
    for (const [from, to] of [
      ['1900-03-01', '2199-02-28'],
      ['1999-12-31', '2000-03-01'],
      ['2026-11-22', '2031-07-04'],
    ] as const) {
      expect(daysBetween(from, to)).toBe(utc(to) - utc(from));
    }
  });

  it('rejects invalid input', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-04-16', 14, '2026-04-30'],
    ['2026-04-30', -14, '2026-04-16'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2000-03-01', -1, '2000-02-29'],
    ['2026-11-22', 0, '2026-11-22'],
  ])('%s + %i days → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('round-trips with daysBetween over three centuries', () => {
    for (let n = 0; n <= 109937; n += 97) {
      const d = addDays('1900-01-01', n);
      expect(isValidIsoDate(d)).toBe(true);
      expect(daysBetween('1900-01-01', d)).toBe(n);
    }
  });

  it('rejects invalid input', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('1900-01-01', -1)).toThrow(RangeError);
  });
});

describe('ageOn', () => {
  it.each([
    ['2008-03-10', '2026-03-09', 17], // day before 18th birthday
    ['2008-03-10', '2026-03-10', 18], // on the birthday
    ['2008-03-10', '2026-03-11', 18],
    ['1970-12-31', '2026-12-30', 55],
    ['1970-12-31', '2026-12-31', 56],
    ['2000-02-29', '2018-02-28', 17], // 29 Feb birthday: not yet on 28 Feb in a common year
    ['2000-02-29', '2018-03-01', 18], // …counts from 1 March
    ['2000-02-29', '2020-02-29', 20], // leap year: on the day itself
    ['2000-02-29', '2020-02-28', 19],
    ['2026-05-01', '2026-05-01', 0],
    ['2026-05-01', '2026-04-30', -1], // before birth
  ])('born %s, on %s → %i', (birth, on, expected) => {
    expect(ageOn(birth, on)).toBe(expected);
  });
});

describe('todayInOslo', () => {
  it.each([
    ['2026-11-22T12:00:00Z', '2026-11-22'],
    ['2026-11-22T22:59:59Z', '2026-11-22'], // 23:59:59 in Oslo (CET, UTC+1)
    ['2026-11-22T23:00:00Z', '2026-11-23'], // midnight in Oslo while UTC still says the 22nd
    ['2026-06-30T21:59:59Z', '2026-06-30'], // summer time (CEST, UTC+2)
    ['2026-06-30T22:00:00Z', '2026-07-01'],
    ['2026-12-31T23:30:00Z', '2027-01-01'],
  ])('%s → %s', (instant, expected) => {
    expect(todayInOslo(new Date(instant))).toBe(expected);
  });

  it('returns a valid IsoDate for now', () => {
    expect(isValidIsoDate(todayInOslo())).toBe(true);
  });

  it('is right for each call, in any order, across Oslo midnight and daylight-saving changes', () => {
    const at = (iso: string) => todayInOslo(new Date(iso));
    expect(at('2026-11-22T22:59:59.999Z')).toBe('2026-11-22');
    expect(at('2026-11-22T23:00:00.000Z')).toBe('2026-11-23');
    expect(at('2026-11-22T22:59:00.000Z')).toBe('2026-11-22');
    expect(at('2026-11-22T23:00:59.999Z')).toBe('2026-11-23');
    expect(at('2026-03-29T00:59:59Z')).toBe('2026-03-29'); // 01:59:59 CET, before clocks go forward
    expect(at('2026-03-29T01:00:00Z')).toBe('2026-03-29'); // 03:00 CEST
    expect(at('2026-10-24T21:59:59Z')).toBe('2026-10-24');
    expect(at('2026-10-24T22:00:00Z')).toBe('2026-10-25'); // midnight CEST, the night clocks go back
    expect(() => todayInOslo(new Date('not a date'))).toThrow(RangeError);
    expect(() => todayInOslo(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('isValidIsoDate reads exactly what the regular expression it replaced read', () => {
  // The former reader: /^(\d{4})-(\d{2})-(\d{2})$/ and the same year, month and day checks.
  const reference = (s: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const days = mo === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
    return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= days;
  };

  it('on every day of some years and on look-alikes', () => {
    const samples: string[] = [];
    for (const y of ['1899', '1900', '2000', '2024', '2100', '2200', '2201', '0000', '9999']) {
      for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) samples.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    }
    samples.push(
      '', '2026-1-01', '2026-01-1', '2026/01/01', '2026-01-01\n', '\n2026-01-01', ' 2026-01-01', '2026-01-01 ', '+2026-01-01', '20260-01-01',
      '２０２６-01-01', '٢٠٢٦-01-01', '2026-0١-01', '2026-01-0a', '2026-01-0:', '2026-01-0/', '2026_01_01', '2026-01-01T00:00', '2026−01−01',
    );
    for (const s of samples) expect([s, isValidIsoDate(s)]).toEqual([s, reference(s)]);
  });
});
