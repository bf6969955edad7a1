/**
 * Rules for the statistics dashboards and the county fact sheet (issue 8; DOMAIN.md § 10, seed 004):
 * age bands, small-number suppression and the median. The server builds its SQL from these tables (age bands,
 * the schooling order) so that the rule lives here once; a test checks the SQL figures against these functions.
 */
import { ageOn, isValidIsoDate, type IsoDate } from './dates.ts';
import { schoolingLevels, type SchoolingLevel } from './eligibility/profile.ts';
import type { RuleSource } from './rule-source.ts';

export interface AgeBand {
  key: string;
  /** Inclusive whole years; max null = no upper limit. */
  min: number;
  max: number | null;
}

/**
 * The fact sheet's age bands. The seed's table starts "Under 20 år" and then "21–24", which leaves out
 * the 20-year-olds; the issue asks for 20–24, and we follow it (see reviewNote).
 */
export const ageBands: readonly AgeBand[] = [
  { key: 'under-20', min: 0, max: 19 },
  { key: '20-24', min: 20, max: 24 },
  { key: '25-29', min: 25, max: 29 },
  { key: '30-49', min: 30, max: 49 },
  { key: '50-plus', min: 50, max: null },
];
export type AgeBandKey = 'under-20' | '20-24' | '25-29' | '30-49' | '50-plus';

export const ageBandsSource: RuleSource = {
  law: 'Kompetanse Norge/HK-dir: Offentlige karrieresentre og brukernes erfaringer med karriereveiledning 2020 (tabell 2)',
  seed: '004_7de5c590806d3e6a.txt: "Alder 2019  2020 … Under 20 år … 21–24  20 %  19 % … 25–29 … 30–49  49 %  52 % … 50 og eldre  7 %  7 %"',
  effectiveFrom: '2021-01-01',
  reviewNote:
    'The published table jumps from "Under 20 år" to "21–24", so a 20-year-old falls in no band there; we count 20 in 20–24 ' +
    'as issue 8 says. We measure the age on the last day of the fact-sheet year. Confirm both with HK-dir before comparing figures.',
};

/** The band an age falls in. @throws RangeError for a negative or fractional age. */
export function ageBand(age: number): AgeBandKey {
  if (!Number.isInteger(age) || age < 0) throw new RangeError(`age must be a whole number ≥ 0: ${age}`);
  const band = ageBands.find((b) => age >= b.min && (b.max === null || age <= b.max));
  return band!.key as AgeBandKey;
}

/** The band of a person born on `birthDate`, measured on `on` (the fact sheet uses 31 December of its year). */
export function ageBandOn(birthDate: IsoDate, on: IsoDate): AgeBandKey {
  return ageBand(ageOn(birthDate, on));
}

/**
 * Highest completed schooling from the handover brief's schooling item (`completedLevels`, src/domain/handover-checklist.ts).
 * The levels are ordered lowest first in `schoolingLevels`, so the highest is the one with the largest index.
 * Null when nothing is recorded: shown as "unknown" in the fact sheet.
 */
export function highestSchooling(completedLevels: readonly string[] | null | undefined): SchoolingLevel | null {
  let best = -1;
  for (const level of completedLevels ?? []) best = Math.max(best, schoolingLevels.indexOf(level as SchoolingLevel));
  return best < 0 ? null : schoolingLevels[best]!;
}

/** What a count shows as when it is suppressed. */
export const UNDER_5 = 'under-5' as const;
/** A cell of a table hidden by suppression (primary or secondary): its size is not told, not even "under 5". */
export const HIDDEN = 'hidden' as const;
export type ShownCount = number | typeof UNDER_5 | typeof HIDDEN;

/** Counts from 1 to this are hidden outside the reader's own organisation. */
export const SUPPRESS_BELOW = 5;

export const suppressionSource: RuleSource = {
  law: 'personvernforordningen art. 5 nr. 1 bokstav c og art. 9 (dataminimering, særlige kategorier); SSB-praksis for små tall',
  seed: '000_4d34fa87f84c09e3.txt (the § 11 target group is small per municipality; refugee status is sensitive, DOMAIN.md § 11)',
  effectiveFrom: '2021-01-01',
  reviewNote:
    'Threshold 5 ("under 5" for 1–4, 0 shown as 0) is the product rule in issue 8, in line with common Norwegian practice for ' +
    'published statistics. Secondary suppression (suppressGroup, issue 16) protects a table whose cells add up to a published ' +
    'total against subtraction. Left open: a table whose only non-zero cells are all 1 (e.g. five countries of one person each ' +
    'with a total of 5), and differencing between two periods or two levels; a person with privacy expertise should confirm.',
};

/** A count as the reader may see it: exact inside their own organisation, 1–4 as "under 5" outside it. */
export function suppress(count: number, exact: boolean): ShownCount {
  if (exact || count === 0 || count >= SUPPRESS_BELOW) return count;
  return UNDER_5;
}

/**
 * The cells of one table that add up to a published total (gender, age bands, reasons …), as the reader may see
 * them. Primary: a count of 1–4 outside the own organisation is hidden. Secondary: when a cell is hidden, the
 * smallest other cell is hidden too (a non-zero one first; a zero only when no other cell has people), so that the
 * hidden cell cannot be worked out by subtracting the shown cells from the total (issue 16: total 8, women 7,
 * men 0, other 0 told that the fourth cell was 1). Every hidden cell shows as HIDDEN, not "under 5": a secondary
 * cell may be large, and telling the two kinds apart would narrow them down again (1 + 5 = 6 would give both).
 */
export function suppressGroup(counts: readonly number[], exact: boolean): ShownCount[] {
  if (exact) return [...counts];
  const hidden = counts.map((n) => suppress(n, false) === UNDER_5);
  if (hidden.some(Boolean)) {
    const others = counts.map((n, i) => ({ n, i })).filter(({ i }) => !hidden[i]);
    const complement = others.filter(({ n }) => n > 0).sort((a, b) => a.n - b.n || a.i - b.i)[0] ?? others[0];
    if (complement) hidden[complement.i] = true;
  }
  return counts.map((n, i) => (hidden[i] ? HIDDEN : n));
}

/**
 * A share in per cent (one decimal) of part in whole. Null when the whole is 0, or when outside the own organisation
 * either count is 1–4 (a share of a small number would reveal it).
 */
export function shownShare(part: number, whole: number, exact: boolean): number | null {
  if (whole === 0) return null;
  if (!exact && (suppress(part, false) === UNDER_5 || suppress(whole, false) === UNDER_5)) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/**
 * A figure computed over `n` people (a median, an average): null when there are none, or outside the own
 * organisation when there are fewer than five (the figure would describe one of a handful of people).
 */
export function shownOver(value: number | null, n: number, exact: boolean): number | null {
  if (n === 0 || value === null) return null;
  if (!exact && n < SUPPRESS_BELOW) return null;
  return Math.round(value * 10) / 10;
}

/**
 * The median: the middle value, or the mean of the two middle values (as PostgreSQL's percentile_cont(0.5),
 * which the server uses on large tables). Null for no values.
 */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The median of values given as counts per value (a histogram: the statistics summary keeps days and minutes this
 * way), exactly as PostgreSQL's percentile_cont(0.5) over the values one by one: the middle value, or for an even
 * number of values lo + (hi − lo) × 0.5 of the two middle ones. Null when there are none; counts ≤ 0 are skipped.
 */
export function medianOfCounts(counts: Iterable<{ value: number; n: number }>): number | null {
  const sorted = [...counts].filter((c) => c.n > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((s, c) => s + c.n, 0);
  if (total === 0) return null;
  const at = (pos: number) => {
    let seen = 0;
    for (const c of sorted) { seen += c.n; if (pos < seen) return c.value; }
    return sorted[sorted.length - 1]!.value;
  };
  const lo = at(Math.floor((total - 1) / 2));
  const hi = at(Math.ceil((total - 1) / 2));
  return lo + (hi - lo) * 0.5;
}

/**
 * Guidance held in time: on or before the decision deadline (§ 11 says guidance "bør" take place before the
 * programme decision; decision-deadline.ts). Held after the deadline still counts as held, not as in time.
 */
export function heldBeforeDeadline(p: { guidanceHeldOn: IsoDate | null; decisionDeadline: IsoDate }): boolean {
  if (p.guidanceHeldOn !== null && !isValidIsoDate(p.guidanceHeldOn)) throw new RangeError(`not a valid IsoDate: ${p.guidanceHeldOn}`);
  return p.guidanceHeldOn !== null && p.guidanceHeldOn <= p.decisionDeadline;
}

/** Genders recorded for the fact sheet (optional on the participant). */
export const genders = ['female', 'male', 'other'] as const;
export type Gender = (typeof genders)[number];

/** ISO 3166-1 alpha-2, upper case (e.g. "SY", "UA", "ER"). */
export const countryCodePattern = /^[A-Z]{2}$/;
