import { z } from 'zod';
import { textLimits } from '../../../domain/text-limits.ts';
import { countryCodePattern, deadlineStatuses, genders, guidanceRightReasons, postponementReasonCodes, residenceBases } from '../../../domain/index.ts';
import { infoLanguages } from '../../../content/info-packages/model.ts';
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
  permitDate: isoDate.nullable().optional()
    .describe('YYYY-MM-DD: the date the residence permit was granted (vedtaksdato); decides the law and the age that count. Not after settlementDate.'),
  programmeRequestDate: isoDate.nullable().optional(),
  programmeEndDate: isoDate.nullable().optional()
    .describe('YYYY-MM-DD: the planned end of the introduction programme (optional); a follow-up conversation is proposed when it is near. Not before settlementDate.'),
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
  permitDate: z.string().nullable(),
  programmeRequestDate: z.string().nullable(),
  programmeEndDate: z.string().nullable(),
  gender: z.enum(genders).nullable(),
  countryBackground: z.string().nullable(),
  municipality: z.object({ id: z.uuid(), name: z.string() }),
  guidanceRight: z.enum(['right-and-duty', 'right', 'none'])
    .describe('Under integreringsloven § 11: right and duty, right only (chapter 6A), or none = not covered by § 11 (career guidance at the centre is still open to them)'),
  guidanceRightBasis: z.object({
    reason: z.enum(guidanceRightReasons),
    law: z.enum(['integreringsloven', 'introduksjonsloven']).describe('The law that governs the person, by the permit date'),
    age: z.number().int().describe('Age on the deciding date'),
    decidingDate: z.enum(['permit-date', 'settlement-date-fallback']),
    provisional: z.boolean().describe('True when the permit date is missing and the settlement date stood in'),
    ruleId: z.string().nullable(),
    source: z.object({ law: z.string(), effectiveFrom: z.string(), url: z.string().nullable() }),
  }),
  guidanceRightChange: z.object({
    from: z.enum(['right-and-duty', 'right', 'none']).nullable(), to: z.enum(['right-and-duty', 'right', 'none']),
    on: z.string(), cause: z.enum(['rules', 'edit']),
  }).nullable().describe('The last change of the answer, by a rule change or an edit'),
  deadlines: z.object({
    decision: z.string().nullable().describe('YYYY-MM-DD: the § 12 programme decision deadline; null when not covered by § 11'),
    startsFrom: z.enum(['settlement', 'programme-request']).nullable(),
    status: z.enum(deadlineStatuses),
    daysLeft: z.number().int().nullable(),
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
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
}).strict();

/** A name search travels in the body, never in the URL: addresses end up in logs, proxies and browser history. */
export const participantSearchBody = z.object({
  status: z.enum(deadlineStatuses).optional(),
  q: z.string().trim().max(100).optional().describe('Part of the given or family name'),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(50),
}).strict();

export const participantCreated = participantJson.extend({
  registeredElsewhere: z.boolean().describe('Another municipality has a participant with this national id (a move); which one is not told'),
});

export const participantList = z.object({ items: z.array(participantJson), nextCursor: z.string().nullable() });

export type ParticipantInput = z.infer<typeof participantInput>;
export type ParticipantPatch = z.infer<typeof participantPatch>;
export type ParticipantJson = z.infer<typeof participantJson>;

// ─── Who has access (issue 15) ──────────────────────────────────────────────────────────────────────────────────

export const participantAccessJson = z.object({
  centreAccessDays: z.number().int().describe("The municipality's days of centre access after the feedback on a note"),
  items: z.array(z.object({
    organisationId: z.uuid(),
    organisationName: z.string(),
    kind: z.enum(['municipality', 'career-centre']),
    reason: z.enum(['registered-here', 'open-order', 'completed-awaiting-feedback', 'completed-within-period']),
    until: z.string().nullable().describe('Last day of access (YYYY-MM-DD) when it is known'),
    orders: z.array(z.object({ id: z.uuid(), status: orderStatusEnum, givesAccess: z.boolean() })),
  })),
});

export const exportQuery = z.object({
  format: z.enum(['json', 'print']).default('json').describe('print: the same data, read for the printable page (audited as such)'),
  language: z.enum(infoLanguages).optional()
    .describe("print only: the language the readable page is shown in (bokmål or the participant's), recorded in the audit trail"),
}).strict();

export const participantExportJson = z.object({
  participantId: z.uuid(),
  exportedAt: z.string(),
  preferredLanguage: z.string(),
  sections: z.record(z.string(), z.array(z.unknown())).describe('One section per table, named by the table, with its rows as stored'),
});

/** A correction (GDPR art. 16): one field of the registration, its new value as the API writes it, and why. */
export const correctionInput = z.object({
  version,
  field: z.enum(Object.keys(participantInput.shape) as [keyof typeof participantInput.shape, ...(keyof typeof participantInput.shape)[]]),
  value: z.string().max(100).nullable()
    .describe('The new value, checked as the field is on registration (dates YYYY-MM-DD, codes as codes); null empties an optional field'),
  reason: z.string().trim().min(1).max(textLimits.correctionReason).describe(`Why the value was wrong (required, at most ${textLimits.correctionReason} characters)`),
}).strict();

export const correctionJson = z.object({
  id: z.uuid(),
  field: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  reason: z.string(),
  correctedBy: z.object({ id: z.uuid(), name: z.string() }),
  at: z.string(),
});

export type CorrectionInput = z.infer<typeof correctionInput>;
export type CorrectionJson = z.infer<typeof correctionJson>;

export const eraseInput = z.object({
  version,
  reason: z.enum(['data-subject-request', 'registered-in-error', 'duplicate']),
}).strict();
