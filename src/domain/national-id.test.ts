import { idnr } from '@navikt/fnrvalidator';
import { describe, expect, it } from 'vitest';
import { nationalIdKind } from './national-id.ts';

/**
 * Builds an 11-digit number from 9 digits with the classic mod-11 control digits, so the test
 * data is derived, not copied. Returns null when a control digit would be 10 (no such number).
 */
function withControlDigits(nine: string): string | null {
  const d = nine.split('').map(Number);
  const k1Weights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const k2Weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const control = (digits: number[], weights: number[]) => {
    const k = 11 - (digits.reduce((sum, x, i) => sum + x * (weights[i] ?? 0), 0) % 11);
    return k === 11 ? 0 : k;
  };
  const k1 = control(d, k1Weights);
  if (k1 === 10) return null;
  const k2 = control([...d, k1], k2Weights);
  if (k2 === 10) return null;
  return `${nine}${k1}${k2}`;
}

// Synthetic numbers (not real people), verified against the library in the first test below.
const FNR = '15039010043'; // born 15.03.1990
const FNR_LEAP_DAY = '29020010027'; // born 29.02.2000
const DNR = '55039010037'; // D-number: first digit + 4
const DNR_2 = '41128510034';
const HNR = '13527248013'; // H-number from the library's README
const TNR = '10915596784'; // Test Norge synthetic number from the library's README

describe('test data', () => {
  it.each([
    [FNR, 'fnr'],
    [FNR_LEAP_DAY, 'fnr'],
    [DNR, 'dnr'],
    [DNR_2, 'dnr'],
    [HNR, 'hnr'],
    [TNR, 'tnr'],
  ])('library accepts %s as %s', (n, type) => {
    expect(idnr(n)).toEqual({ status: 'valid', type });
  });

  it('the generator reproduces the hard-coded numbers', () => {
    expect(withControlDigits(FNR.slice(0, 9))).toBe(FNR);
    expect(withControlDigits(DNR.slice(0, 9))).toBe(DNR);
    expect(withControlDigits('300290102')).toBe('30029010281');
  });

  it('library rejects 30.02 for its date, not its checksum', () => {
    expect(idnr('30029010281')).toEqual({ status: 'invalid', reasons: ['invalid date'] });
  });
});

describe('nationalIdKind', () => {
  it.each<[string, string, 'fnr' | 'dnr' | null]>([
    ['valid fnr', FNR, 'fnr'],
    ['valid fnr born on a leap day', FNR_LEAP_DAY, 'fnr'],
    ['valid dnr', DNR, 'dnr'],
    ['valid dnr (2)', DNR_2, 'dnr'],
    ['H-number is not a resident id', HNR, null],
    ['Test Norge number is not a resident id', TNR, null],
    ['invalid second control digit', '15039010044', null],
    ['invalid first control digit', '15039010053', null],
    ['impossible date (30.02), correct control digits', '30029010281', null],
    ['10 digits', FNR.slice(0, 10), null],
    ['12 digits', `${FNR}0`, null],
    ['empty', '', null],
    ['letters', '1503901004A', null],
    ['all letters', 'abcdefghijk', null],
    ['with a space', '150390 10043', null],
    ['leading space', ` ${FNR}`, null],
    ['trailing newline', `${FNR}\n`, null],
    ['full-width digits', '１５０３９０１００４３', null],
  ])('%s (%j) → %s', (_label, input, expected) => {
    expect(nationalIdKind(input)).toBe(expected);
  });

  it('every generated number for a range of birth dates is an fnr, and +40 on the day makes it a dnr', () => {
    let checked = 0;
    for (const ddmmyy of ['010185', '311299', '150390', '290200', '010101']) {
      for (let individual = 100; individual < 200; individual++) {
        const fnr = withControlDigits(`${ddmmyy}${individual}`);
        if (fnr) {
          expect(nationalIdKind(fnr)).toBe('fnr');
          checked++;
        }
        const day = Number(ddmmyy.slice(0, 2)) + 40;
        const dnr = withControlDigits(`${day}${ddmmyy.slice(2)}${individual}`);
        if (dnr) {
          expect(nationalIdKind(dnr)).toBe('dnr');
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
