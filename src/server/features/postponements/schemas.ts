import { z } from 'zod';
import { textLimits } from '../../../domain/text-limits.ts';
import { postponementDecidedWith, postponementReasonCodes } from '../../../domain/index.ts';
import { isoDate, reasonText, version } from '../../http/fields.ts';

export const postponementInput = z.object({
  reason: z.enum(postponementReasonCodes),
  // Required when the reason is 'other' (checked in the service, so the error names this field).
  reasonText: reasonText.max(textLimits.postponementReasonText).nullable().optional(),
  justification: reasonText.min(1),
  expectedDate: isoDate.describe('YYYY-MM-DD: the approximate new date for guidance; today or later'),
  decidedWith: z.enum(postponementDecidedWith),
  version: version.describe("The participant's version you read (409 if stale)"),
}).strict();

export const postponementEnd = z.object({ version: version.describe("The postponement's version you read") }).strict();

export const postponementJson = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  reason: z.enum(postponementReasonCodes),
  reasonText: z.string().nullable(),
  justification: z.string(),
  expectedDate: z.string(),
  decidedWith: z.enum(postponementDecidedWith),
  decidedOn: z.string(),
  reminderDue: z.boolean(),
  endedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});

export const postponementList = z.object({ items: z.array(postponementJson) });

export const exportQuery = z.object({
  from: isoDate.optional().describe('First decided date (YYYY-MM-DD), included'),
  to: isoDate.optional().describe('Last decided date (YYYY-MM-DD), included'),
}).strict();

export type PostponementInput = z.infer<typeof postponementInput>;
export type PostponementJson = z.infer<typeof postponementJson>;
