import { isValidIsoDate, residenceBases } from '../../../domain/index.ts';
import type { FieldError } from '../../api.ts';
import { toInputDate, toIsoDate } from '../../format.ts';
import type { z } from 'zod';
import type { participantInput } from '../../../server/features/participants/schemas.ts';
import type { AssertTrue, Participant, SameType } from '../../types.ts';

export const participantFieldNames = [
  'givenName',
  'familyName',
  'birthDate',
  'nationalId',
  'preferredLanguage',
  'interpreterLanguage',
  'residenceBasis',
  'permitDate',
  'settlementDate',
  'programmeRequestDate',
  // Optional: a follow-up conversation is proposed when it is near (issue 13 item 5).
  'programmeEndDate',
  // Optional, for the county fact sheet (statistics).
  'gender',
  'countryBackground',
] as const;
export type ParticipantField = (typeof participantFieldNames)[number];
/** The form has exactly the fields of the registration the server takes (participantInput). */
export type ParticipantFieldsMatchServer = AssertTrue<SameType<ParticipantField, keyof z.input<typeof participantInput>>>;
export type ParticipantFormValues = Record<ParticipantField, string>;
export type FieldErrors = Partial<Record<string, string>>;

const dateFields = ['birthDate', 'permitDate', 'settlementDate', 'programmeRequestDate', 'programmeEndDate'] as const;
const optionalFields: readonly ParticipantField[] = ['nationalId', 'interpreterLanguage', 'permitDate', 'programmeRequestDate', 'programmeEndDate', 'gender', 'countryBackground'];

export const emptyParticipant: ParticipantFormValues = {
  givenName: '',
  familyName: '',
  birthDate: '',
  nationalId: '',
  preferredLanguage: '',
  interpreterLanguage: '',
  residenceBasis: '',
  permitDate: '',
  settlementDate: '',
  programmeRequestDate: '',
  programmeEndDate: '',
  gender: '',
  countryBackground: '',
};

export function valuesFrom(participant: Participant): ParticipantFormValues {
  return {
    givenName: participant.givenName,
    familyName: participant.familyName,
    birthDate: toInputDate(participant.birthDate),
    nationalId: participant.nationalId ?? '',
    preferredLanguage: participant.preferredLanguage,
    interpreterLanguage: participant.interpreterLanguage ?? '',
    residenceBasis: participant.residenceBasis,
    permitDate: toInputDate(participant.permitDate),
    settlementDate: toInputDate(participant.settlementDate),
    programmeRequestDate: toInputDate(participant.programmeRequestDate),
    programmeEndDate: toInputDate(participant.programmeEndDate),
    gender: participant.gender ?? '',
    countryBackground: participant.countryBackground ?? '',
  };
}

function normalised(field: ParticipantField, value: string): string {
  if ((dateFields as readonly string[]).includes(field)) return toIsoDate(value);
  if (field === 'nationalId') return value.replace(/\s/g, '');
  if (field === 'countryBackground') return value.trim().toUpperCase();
  return value.trim();
}

/**
 * Form values → API body. An empty required field is left out, so the server answers "required" for it;
 * an empty optional field is sent as null (cleared).
 */
export function toPayload(values: ParticipantFormValues, only?: readonly ParticipantField[]): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of only ?? participantFieldNames) {
    const value = normalised(field, values[field]);
    if (value === '') {
      if (optionalFields.includes(field)) payload[field] = null;
    } else {
      payload[field] = value;
    }
  }
  return payload;
}

/** The fields whose value differs from the stored participant: a PATCH sends only those. */
export function changedFields(values: ParticipantFormValues, original: ParticipantFormValues): ParticipantField[] {
  return participantFieldNames.filter((field) => normalised(field, values[field]) !== normalised(field, original[field]));
}

/**
 * Date fields that are filled in but are not a real date. The server rejects them too (and stores nothing);
 * this message only adds what format the field accepts, in the words the field's help text uses.
 */
export function dateFormatErrors(values: ParticipantFormValues, message: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of dateFields) {
    const value = values[field].trim();
    if (value && !isValidIsoDate(toIsoDate(value))) errors[field] = message;
  }
  return errors;
}

export function fieldErrorsFrom(fields: FieldError[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { path, message } of fields) {
    const key = path || '_form';
    errors[key] ??= message;
  }
  return errors;
}

export const isResidenceBasis = (value: string): value is (typeof residenceBases)[number] =>
  (residenceBases as readonly string[]).includes(value);
