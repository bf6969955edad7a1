/**
 * Norwegian national identity numbers.
 *
 * We accept only the two kinds a settled refugee can hold: fødselsnummer (fnr), given when the
 * person is registered as resident, and D-nummer (dnr), the temporary number many have before
 * that. H-numbers (health-service emergency numbers) and Test Norge synthetic numbers are valid
 * to the library but do not identify a real resident, so we return null for them.
 *
 * The checksum and date rules (including the 2032 extension of the first control digit) live in
 * NAV's maintained @navikt/fnrvalidator so we do not keep our own copy of them.
 */
import { idnr } from '@navikt/fnrvalidator';

// ASCII digits only: the library's own check uses \d, and we want to be explicit that nothing
// else (spaces, dashes, full-width digits) gets through. Callers strip formatting first.
const ELEVEN_DIGITS = /^[0-9]{11}$/;

/** 'fnr' or 'dnr' if `s` is exactly 11 digits and a valid number of that kind, otherwise null. */
export function nationalIdKind(s: string): 'fnr' | 'dnr' | null {
  if (!ELEVEN_DIGITS.test(s)) return null;
  const result = idnr(s);
  if (result.status !== 'valid') return null;
  return result.type === 'fnr' || result.type === 'dnr' ? result.type : null;
}
