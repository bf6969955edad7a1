import { describe, expect, it } from 'vitest';
import {
  HIDDEN, UNDER_5, ageBand, ageBandOn, ageBands, ageBandsSource, heldBeforeDeadline, highestSchooling, median, shownOver, shownShare, suppress, suppressGroup, suppressionSource,
} from './statistics.ts';

describe('age bands of the fact sheet', () => {
  it.each([
    [0, 'under-20'], [19, 'under-20'], [20, '20-24'], [24, '20-24'], [25, '25-29'], [29, '25-29'],
    [30, '30-49'], [49, '30-49'], [50, '50-plus'], [97, '50-plus'],
  ] as const)('age %i is in band %s', (age, band) => { expect(ageBand(age)).toBe(band); });

  it('covers every age once, and cites the published table', () => {
    for (let age = 0; age <= 120; age++) expect(ageBands.filter((b) => age >= b.min && (b.max === null || age <= b.max))).toHaveLength(1);
    expect(ageBandsSource.seed).toContain('21–24');
    expect(ageBandsSource.reviewNote).toContain('20-year-old');
  });

  it('measures the age on the given day, birthday included', () => {
    expect(ageBandOn('2006-12-31', '2026-12-31')).toBe('20-24');
    expect(ageBandOn('2007-01-01', '2026-12-31')).toBe('under-20');
    expect(() => ageBand(-1)).toThrow(RangeError);
    expect(() => ageBand(2.5)).toThrow(RangeError);
  });
});

describe('small-number suppression', () => {
  it.each([
    [0, false, 0], [1, false, UNDER_5], [4, false, UNDER_5], [5, false, 5], [1234, false, 1234],
    [0, true, 0], [1, true, 1], [4, true, 4], [5, true, 5],
  ] as const)('count %i (own organisation: %s) shows as %s', (n, exact, shown) => { expect(suppress(n, exact)).toBe(shown); });

  it.each([
    [3, 10, true, 30], [3, 10, false, null], [6, 10, false, 60], [10, 4, false, null], [0, 10, false, 0], [0, 0, true, null], [1, 3, true, 33.3],
  ] as const)('share %i of %i (own: %s) is %s', (part, whole, exact, shown) => { expect(shownShare(part, whole, exact)).toBe(shown); });

  it.each([
    [12.34, 4, true, 12.3], [12.34, 4, false, null], [12.34, 5, false, 12.3], [null, 7, true, null], [3, 0, true, null],
  ] as const)('a figure %s over %i people (own: %s) shows as %s', (value, n, exact, shown) => { expect(shownOver(value, n, exact)).toBe(shown); });
});

describe('secondary suppression: a table that adds up to a published total', () => {
  const H = HIDDEN;
  it.each<[string, number[], boolean, (number | typeof HIDDEN)[]]>([
    // Issue 16: total 8, women 7, men 0, other 0, unknown 1 → the 1 could be worked out; now women is hidden too.
    ['the fact-sheet case', [7, 0, 0, 1], false, [H, 0, 0, H]],
    ['nothing small: all shown', [7, 5, 0, 12], false, [7, 5, 0, 12]],
    ['all zero: all shown', [0, 0, 0], false, [0, 0, 0]],
    ['the smallest non-zero other cell is the complement', [20, 9, 6, 2], false, [20, 9, H, H]],
    ['a tie takes the first', [6, 6, 3], false, [H, 6, H]],
    ['two small cells still get a complement (1 + 1 = 2 would tell both)', [5, 1, 1, 30], false, [H, H, H, 30]],
    ['only zeros besides: a zero is hidden, so the sum does not pin the cell', [0, 3, 0], false, [H, H, 0]],
    ['a single cell', [3], false, [H]],
    ['no cells', [], false, []],
    ['own organisation: exact', [7, 0, 0, 1], true, [7, 0, 0, 1]],
  ])('%s: %j (exact: %s) → %j', (_label, counts, exact, shown) => {
    expect(suppressGroup(counts, exact)).toEqual(shown);
  });

  it('never leaves exactly one hidden cell where another could hide it', () => {
    for (let a = 0; a <= 8; a++) for (let b = 0; b <= 8; b++) for (let c = 0; c <= 8; c++) {
      const shown = suppressGroup([a, b, c], false);
      const hiddenCount = shown.filter((v) => v === HIDDEN).length;
      expect(hiddenCount === 0 || hiddenCount >= 2, `${[a, b, c]}`).toBe(true);
      // Shown cells are told exactly and are never 1–4.
      shown.forEach((v, i) => { if (v !== HIDDEN) { expect(v).toBe([a, b, c][i]); expect(v === 0 || (v as number) >= 5).toBe(true); } });
    }
  });

  it('states what it leaves open', () => {
    expect(suppressionSource.reviewNote).toContain('Secondary suppression');
  });
});

describe('median', () => {
  it.each([
    [[], null], [[7], 7], [[3, 1, 2], 2], [[4, 1, 3, 2], 2.5], [[10, 10, 0, 0], 5],
  ] as const)('median of %j is %s', (values, m) => { expect(median(values)).toBe(m); });
});

describe('held before the deadline', () => {
  it.each([
    [null, '2026-03-01', false], ['2026-02-28', '2026-03-01', true], ['2026-03-01', '2026-03-01', true], ['2026-03-02', '2026-03-01', false],
  ] as const)('held %s with deadline %s → %s', (heldOn, deadline, inTime) => {
    expect(heldBeforeDeadline({ guidanceHeldOn: heldOn, decisionDeadline: deadline })).toBe(inTime);
  });
});

describe('highest schooling from the handover brief', () => {
  it.each([
    [null, null], [[], null], [['primary'], 'primary'], [['higher', 'primary', 'upper-secondary'], 'higher'], [['none'], 'none'], [['bogus'], null],
  ] as const)('%j → %s', (levels, highest) => { expect(highestSchooling(levels as string[] | null)).toBe(highest); });
});
