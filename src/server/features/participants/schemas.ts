import { z } from 'zod';
import { countryCodePattern, deadlineStatuses, genders, postponementReasonCodes, residenceBases } from '../../../domain/index.ts';
import { isoDate, languageCode, nationalId, pastOrTodayDate, personName, version } from '../../http/fields.ts';

const orderStatusEnum = z.enum(['draft', 'sent', 'accepted', 'rejected', 'scheduled', 'completed', 'cancelled']);

export const participantInput = z.object({
  givenName: personName,
  familyName: personName,
  birthDate: pastOrTodayDate,
  nationalId: nationalId.nullable().optional(),
  preferredLanguage: languageCode,
  interpreterLanguage: languageCode.nullable().optional(),
  residenceBasis: z.enum(residenceBases),
  settlementDate: isoDate,
  programmeRequestDate: isoDate.nullable().optional(),
  // Optional, for the county fact sheet (statistics); never required to register someone.
  gender: z.enum(genders).nullable().optional(),
  countryBackground: z.string().max(2, { error: 'country.invalid' }).regex(countryCodePattern, { error: 'country.invalid' }).nullable().optional()
    .describe('Country background, ISO 3166-1 alpha-2 in upper case (e.g. SY, UA)'),
}).strict();

export const participantPatch = participantInput.partial().extend({ version }).strict();

export const participantJson = z.object({
  id: z.uuid(),
  version: z.number().int(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string(),
  nationalId: z.string().nullable(),
  preferredLanguage: z.string(),
  interpreterLanguage: z.string().nullable(),
  residenceBasis: z.enum(residenceBases),
  settlementDate: z.string(),
  programmeRequestDate: z.string().nullable(),
  gender: z.enum(genders).nullable(),
  countryBackground: z.string().nullable(),
  municipality: z.object({ id: z.uuid(), name: z.string() }),
  guidanceRight: z.enum(['right-and-duty', 'right', 'none']),
  deadlines: z.object({
    decision: z.string().describe('YYYY-MM-DD: the programme decision deadline'),
    startsFrom: z.enum(['settlement', 'programme-request']),
    status: z.enum(deadlineStatuses),
    daysLeft: z.number().int(),
  }),
  latestOrder: z.object({ id: z.uuid(), status: orderStatusEnum }).nullable(),
  postponement: z.object({
    id: z.uuid(), reason: z.enum(postponementReasonCodes), expectedDate: z.string(),
    reminderDue: z.boolean().describe('The approximate new date is near (or passed): time to order guidance again'),
  }).nullable().describe('The open postponement of guidance, if any'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const participantListQuery = z.object({
  status: z.enum(deadlineStatuses).optional(),
  q: z.string().trim().max(100).optional().describe('Part of the given or family name'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
}).strict();

export const participantList = z.object({ items: z.array(participantJson), nextCursor: z.string().nullable() });

export type ParticipantInput = z.infer<typeof participantInput>;
export type ParticipantPatch = z.infer<typeof participantPatch>;
export type ParticipantJson = z.infer<typeof participantJson>;
