/**
 * Calendar dates as plain 'YYYY-MM-DD' strings.
 *
 * Why strings and integer arithmetic instead of `Date`: the legal deadlines here are counted in
 * calendar days and months in Norway. A `Date` is an instant, and converting it back to a day
 * depends on the time zone of the machine (server in UTC, browser in Oslo), which shifts dates
 * around midnight and at daylight-saving changes. Strings compare and store without surprises.
 */

/** A calendar date written 'YYYY-MM-DD' (ISO 8601, no time, no zone). Check with {@link isValidIsoDate}. */
export type IsoDate = string;

// Years outside this range are almost certainly typing errors in a case file, so we refuse them.
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * 'YYYY-MM-DD' read character by character: the same strings as /^(\d{4})-(\d{2})-(\d{2})$/ (ASCII digits only), without
 * the match array and three substrings a regular expression allocates (the list computes dates for every row).
 */
function tryParse(input: string): Ymd | null {
  const s = typeof input === 'string' ? input : String(input); // as RegExp#exec reads it
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 0 || m < 0 || d < 0) return null;
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  if (m < 1 || m > 12) return null;
  if (d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

/** The number written in s[from, to) with ASCII digits only, or -1. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

// Invalid input is a programming or data error upstream; failing loudly beats computing a
// deadline from garbage.
function parse(s: IsoDate, what: string): Ymd {
  const ymd = tryParse(s);
  if (!ymd) throw new RangeError(`${what} is not a valid IsoDate (YYYY-MM-DD, years ${MIN_YEAR}–${MAX_YEAR}): ${JSON.stringify(s)}`);
  return ymd;
}

function format({ y, m, d }: Ymd): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
 * Pure integer arithmetic, so no time zone or daylight saving can creep in.
 */
function dayNumber({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12; // March = 0 … February = 11
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link dayNumber} (Howard Hinnant's civil_from_days). */
function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** Strict check: exactly 'YYYY-MM-DD', a real calendar date, year 1900–2200. */
export function isValidIsoDate(s: string): boolean {
  return tryParse(s) !== null;
}

/**
 * Adds whole calendar months.
 *
 * Norwegian practice for a deadline counted in months: the same day number in the target month,
 * or that month's last day when the day does not exist (31 Jan + 3 months = 30 Apr;
 * 30 Nov 2027 + 3 months = 29 Feb 2028). `months` may be negative.
 *
 * @throws RangeError on an invalid date, a non-integer `months`, or a result outside 1900–2200.
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer: ${months}`);
  const { y, m, d } = parse(date, 'date');
  const zeroBased = y * 12 + (m - 1) + months;
  const ty = Math.floor(zeroBased / 12);
  const tm = zeroBased - ty * 12 + 1;
  const result = { y: ty, m: tm, d: Math.min(d, daysInMonth(ty, tm)) };
  if (ty < MIN_YEAR || ty > MAX_YEAR) throw new RangeError(`result year ${ty} is outside ${MIN_YEAR}–${MAX_YEAR}`);
  return format(result);
}

/** `to − from` in whole calendar days; negative when `to` is before `from`. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(parse(to, 'to')) - dayNumber(parse(from, 'from'));
}

/**
 * Adds whole calendar days (may be negative). Not in the original brief: added because the
 * server's SQL twin of deadlineStatus (status-filter.ts) needs `today + DUE_SOON_DAYS`.
 *
 * @throws RangeError on an invalid date, a non-integer `days`, or a result outside 1900–2200.
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer: ${days}`);
  const result = fromDayNumber(dayNumber(parse(date, 'date')) + days);
  if (result.y < MIN_YEAR || result.y > MAX_YEAR) throw new RangeError(`result year ${result.y} is outside ${MIN_YEAR}–${MAX_YEAR}`);
  return format(result);
}

/**
 * Age in whole years on a given day.
 *
 * We compare (month, day) pairs and nothing else: a person has had this year's birthday when
 * (month, day) of `on` is at or after (month, day) of `birthDate`. Consequence, chosen
 * deliberately: someone born on 29 February has NOT had their birthday on 28 February in a
 * non-leap year; it counts from 1 March (born 2000-02-29 → 17 on 2018-02-28, 18 on 2018-03-01).
 * We do not assume 28 February, so an age limit is never reached a day early.
 *
 * Returns a negative number when `on` is before the birth year's birthday (i.e. before birth).
 */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const b = parse(birthDate, 'birthDate');
  const o = parse(on, 'on');
  const hadBirthday = o.m > b.m || (o.m === b.m && o.d >= b.d);
  return o.y - b.y - (hadBirthday ? 0 : 1);
}

/**
 * Today's calendar date in Norway (Europe/Oslo), whatever the time zone of the machine.
 * Deadlines are Norwegian calendar days: at 00:30 in Oslo it is already the next day even though
 * a UTC server still says yesterday.
 */
// Built once: constructing an Intl.DateTimeFormat costs more than formatting with it, and every
// participant in a queue page asks for today's date (bench/participants-list.ts found ~4 % there).
const osloDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function todayInOslo(now: Date = new Date()): IsoDate {
  // Oslo's midnight is always on a whole UTC minute (its offsets are whole hours), so the date of one UTC minute is
  // the date of all of it: formatted once a minute, not on every call (several per request; 1 % of the server's
  // CPU under load, bench/load.ts --profile). An invalid Date has no minute and is formatted, and refused, as before.
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute.minute) lastMinute = { minute, date: osloDateOf(now) };
  return lastMinute.date;
}

let lastMinute: { minute: number; date: IsoDate } = { minute: NaN, date: '' };

function osloDateOf(now: Date): IsoDate {
  // en-CA formats as YYYY-MM-DD; we still assemble from parts so an ICU formatting change cannot
  // break the shape.
  const parts = osloDate.formatToParts(now);
  const part = (type: 'year' | 'month' | 'day'): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
