import { describe, expect, it } from 'vitest';
import {
  HKDIR_RESPONSE_RATE_2020, isScaleValue, paperPeriodAllowed, periodDays, previousPeriod, responseRate, scoreQuestion, surveyPeriod,
} from './participant-survey.ts';
import { HIDDEN, UNDER_5 } from './statistics.ts';

describe('survey period: the quarter in Norway, nothing finer', () => {
  it.each([
    ['2026-01-01T00:30:00+01:00', '2026-Q1'],
    // 31 March 23:30 UTC is already 1 April in Oslo (summer time).
    ['2026-03-31T23:30:00Z', '2026-Q2'],
    ['2026-06-30T12:00:00Z', '2026-Q2'],
    ['2026-09-30T21:59:00Z', '2026-Q3'],
    ['2026-12-31T22:59:00Z', '2026-Q4'],
    // New Year's Eve 23:30 UTC is 1 January in Oslo.
    ['2026-12-31T23:30:00Z', '2027-Q1'],
  ])('%s → %s', (at, period) => {
    expect(surveyPeriod(new Date(at))).toBe(period);
  });

  it('the quarter before, and the days a quarter covers', () => {
    expect(previousPeriod('2026-Q1')).toBe('2025-Q4');
    expect(previousPeriod('2026-Q3')).toBe('2026-Q2');
    expect(periodDays('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodDays('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(() => previousPeriod('2026-Q5' as never)).toThrow(RangeError);
  });

  it('paper answers go under this quarter or the one before, never later or years back', () => {
    const now = new Date('2026-02-10T10:00:00Z');
    expect(paperPeriodAllowed('2026-Q1', now)).toBe(true);
    expect(paperPeriodAllowed('2025-Q4', now)).toBe(true);
    expect(paperPeriodAllowed('2025-Q3', now)).toBe(false);
    expect(paperPeriodAllowed('2026-Q2', now)).toBe(false);
    expect(paperPeriodAllowed('2026-q1', now)).toBe(false);
  });
});

describe('scale values: only the five steps', () => {
  it.each([[1, true], [5, true], [3, true], [0, false], [6, false], [2.5, false], ['3', false], [null, false], [Number.NaN, false]])('%s → %s', (v, ok) => {
    expect(isScaleValue(v)).toBe(ok);
  });
});

describe('scoring with suppression (statistics.ts rules, never exact: the answers are anonymous)', () => {
  it.each([
    {
      name: 'no answers', values: [],
      expected: { answered: 0, mean: null, distribution: [0, 0, 0, 0, 0], positiveShare: null },
    },
    {
      name: 'three answers: nothing told, not even which steps are empty', values: [5, 5, 1],
      expected: { answered: UNDER_5, mean: null, distribution: [HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN], positiveShare: null },
    },
    {
      name: 'five answers all on one step: shown', values: [4, 4, 4, 4, 4],
      expected: { answered: 5, mean: 4, distribution: [0, 0, 0, 5, 0], positiveShare: 100 },
    },
    {
      name: 'twenty answers, one lonely 1: the 1 and the smallest other cell are hidden',
      values: [1, ...Array(5).fill(3), ...Array(6).fill(4), ...Array(8).fill(5)],
      expected: { answered: 20, mean: 4, distribution: [HIDDEN, 0, HIDDEN, 6, 8], positiveShare: 70 },
    },
    {
      name: '"no interpreter" (null) is not an answer to that question', values: [null, null, 5, 5, 5, 4, 4],
      // Both cells are under five; with no other non-zero cell, a zero is hidden too (statistics.ts suppressGroup).
      expected: { answered: 5, mean: 4.6, distribution: [HIDDEN, 0, 0, HIDDEN, HIDDEN], positiveShare: 100 },
    },
  ])('$name', ({ values, expected }) => {
    const r = scoreQuestion(values);
    expect(r.distribution).toEqual(expected.distribution);
    expect(r.answered).toBe(expected.answered);
    expect(r.mean).toBe(expected.mean);
    expect(r.positiveShare).toBe(expected.positiveShare);
  });
});

describe('response rate against HK-dir\'s 11 %', () => {
  it.each([
    [0, 0, null],
    [3, 40, null], // under five answers: not told
    [12, 4, null], // under five guided: not told
    [5, 40, 12.5],
    [16, 40, 40],
  ])('%i answers of %i guided → %s', (answers, guided, rate) => {
    expect(responseRate(answers, guided)).toBe(rate);
  });
  it('the figure to beat is the seed\'s', () => expect(HKDIR_RESPONSE_RATE_2020).toBe(11));
});
