/**
 * What a person tells the opportunity map about themselves. Every field is optional: the rules
 * answer `unknown` (and say what to find out) when a field they need is missing.
 *
 * The server builds its zod schema from the arrays below, so they are the single source of the
 * allowed values. The domain does not validate free input; `eligibilityFor` only refuses values
 * that no schema built from these arrays could let through (see `assertProfile`).
 */
import { residenceBases, type ResidenceBasis } from '../guidance-right.ts';

/** Highest schooling completed, in Norwegian terms (a foreign school counts as its Norwegian equivalent). */
export const schoolingLevels = ['none', 'some-primary', 'primary', 'upper-secondary', 'higher'] as const;
export type SchoolingLevel = (typeof schoolingLevels)[number];

/** Norwegian level on the CEFR scale used by Norskprøven, lowest first. */
export const norwegianLevels = ['none', 'A1', 'A2', 'B1', 'B2', 'C1'] as const;
export type NorwegianLevel = (typeof norwegianLevels)[number];

export interface Profile {
  /** Age in whole years today (not on the settlement date: see the reviewNote on the § 11 rule). */
  age?: number;
  residenceBasis?: ResidenceBasis;
  /** Whole years lived in Norway. No rule uses it yet: the seeds give no verified threshold. */
  yearsInNorway?: number;
  schooling?: SchoolingLevel;
  /** Whether the foreign education has been recognised in Norway (NOKUT / the county). */
  foreignEducationRecognised?: boolean;
  norwegianLevel?: NorwegianLevel;
  /** Whole years of practice relevant to the trade or profession in question. */
  yearsOfRelevantPractice?: number;
  /** In paid work now. */
  employed?: boolean;
}

export const profileFields = [
  'age',
  'residenceBasis',
  'yearsInNorway',
  'schooling',
  'foreignEducationRecognised',
  'norwegianLevel',
  'yearsOfRelevantPractice',
  'employed',
] as const satisfies readonly (keyof Profile)[];
export type ProfileField = (typeof profileFields)[number];

/** True when `level` is at least `min` on the CEFR scale. */
export function norwegianAtLeast(level: NorwegianLevel, min: NorwegianLevel): boolean {
  return norwegianLevels.indexOf(level) >= norwegianLevels.indexOf(min);
}

const MAX_AGE = 130;

/**
 * Refuses values the server's schema can never produce (a negative age, an unknown enum value).
 * Such a value is a programming error upstream, and a rule computed from it would be garbage.
 *
 * @throws RangeError naming the field.
 */
export function assertProfile(p: Profile): void {
  const wholeNumber = (field: 'age' | 'yearsInNorway' | 'yearsOfRelevantPractice', max: number): void => {
    const v = p[field];
    if (v !== undefined && !(Number.isInteger(v) && v >= 0 && v <= max)) {
      throw new RangeError(`${field} must be a whole number 0–${max}: ${String(v)}`);
    }
  };
  wholeNumber('age', MAX_AGE);
  wholeNumber('yearsInNorway', MAX_AGE);
  wholeNumber('yearsOfRelevantPractice', MAX_AGE);
  const oneOf = (field: 'residenceBasis' | 'schooling' | 'norwegianLevel', allowed: readonly string[]): void => {
    const v = p[field];
    if (v !== undefined && !allowed.includes(v)) throw new RangeError(`${field} is not one of ${allowed.join(', ')}: ${String(v)}`);
  };
  oneOf('residenceBasis', residenceBases);
  oneOf('schooling', schoolingLevels);
  oneOf('norwegianLevel', norwegianLevels);
  for (const field of ['foreignEducationRecognised', 'employed'] as const) {
    const v = p[field];
    if (v !== undefined && typeof v !== 'boolean') throw new RangeError(`${field} must be true or false: ${String(v)}`);
  }
}
