// Straight from their modules, not the domain's index (which would bring the eligibility rules and zod along).
import { norwegianLevels, schoolingLevels, type NorwegianLevel, type SchoolingLevel } from '../../../domain/eligibility/profile.ts';
import { residenceBases, type ResidenceBasis } from '../../../domain/guidance-right.ts';
import type { MapProfile } from './mapData.ts';

/**
 * The profile form as typed: every value a string, '' meaning "Vet ikke" (not given). It lives in React state
 * only, never in the URL or in storage: it can be personal data.
 */
export interface ProfileValues {
  age: string;
  residenceBasis: string;
  yearsInNorway: string;
  schooling: string;
  foreignEducationRecognised: string;
  norwegianLevel: string;
  yearsOfRelevantPractice: string;
  employed: string;
}

export type ProfileField = keyof ProfileValues;

export const numberFields = ['age', 'yearsInNorway', 'yearsOfRelevantPractice'] as const;
export type NumberField = (typeof numberFields)[number];

export const emptyProfile: ProfileValues = {
  age: '',
  residenceBasis: '',
  yearsInNorway: '',
  schooling: '',
  foreignEducationRecognised: '',
  norwegianLevel: '',
  yearsOfRelevantPractice: '',
  employed: '',
};

const MAX_YEARS = 130;

/** A whole number of years, or undefined for an empty field; NaN when the text is not one. */
function wholeYears(text: string): number | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (!/^\d{1,3}$/.test(value)) return Number.NaN;
  const n = Number(value);
  return n <= MAX_YEARS ? n : Number.NaN;
}

const oneOf = <T extends string>(list: readonly T[], value: string): T | undefined =>
  (list as readonly string[]).includes(value) ? (value as T) : undefined;

const yesNo = (value: string): boolean | undefined => (value === 'yes' ? true : value === 'no' ? false : undefined);

/** Fields whose text is not a whole number of years. */
export function invalidNumberFields(values: ProfileValues): NumberField[] {
  return numberFields.filter((field) => Number.isNaN(wholeYears(values[field])));
}

/** The API's profile: only the fields that were given. Call after {@link invalidNumberFields} found nothing. */
export function toProfile(values: ProfileValues): MapProfile {
  const profile: MapProfile = {};
  const age = wholeYears(values.age);
  if (age !== undefined && !Number.isNaN(age)) profile.age = age;
  const years = wholeYears(values.yearsInNorway);
  if (years !== undefined && !Number.isNaN(years)) profile.yearsInNorway = years;
  const practice = wholeYears(values.yearsOfRelevantPractice);
  if (practice !== undefined && !Number.isNaN(practice)) profile.yearsOfRelevantPractice = practice;
  const basis = oneOf<ResidenceBasis>(residenceBases, values.residenceBasis);
  if (basis) profile.residenceBasis = basis;
  const schooling = oneOf<SchoolingLevel>(schoolingLevels, values.schooling);
  if (schooling) profile.schooling = schooling;
  const level = oneOf<NorwegianLevel>(norwegianLevels, values.norwegianLevel);
  if (level) profile.norwegianLevel = level;
  const recognised = yesNo(values.foreignEducationRecognised);
  if (recognised !== undefined) profile.foreignEducationRecognised = recognised;
  const employed = yesNo(values.employed);
  if (employed !== undefined) profile.employed = employed;
  return profile;
}

export const isEmptyProfile = (profile: MapProfile): boolean => Object.keys(profile).length === 0;

/** What a participant page hands the map through router navigation state (never the URL). */
export interface MapNavigationState {
  mapProfile?: { age?: number; residenceBasis?: string };
}

/** The form values for a profile handed over from a participant; null when the state holds nothing usable. */
export function valuesFromNavigationState(state: unknown): ProfileValues | null {
  const handed = (state as MapNavigationState | null)?.mapProfile;
  if (!handed || typeof handed !== 'object') return null;
  const values = { ...emptyProfile };
  if (typeof handed.age === 'number' && Number.isInteger(handed.age) && handed.age >= 0 && handed.age <= MAX_YEARS) {
    values.age = String(handed.age);
  }
  if (typeof handed.residenceBasis === 'string' && oneOf(residenceBases, handed.residenceBasis)) {
    values.residenceBasis = handed.residenceBasis;
  }
  return values.age || values.residenceBasis ? values : null;
}
