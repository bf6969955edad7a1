import { z } from 'zod';
import { deadlineStatuses, followUpPurposes, noteStatuses, orderKinds, orderStatuses } from '../../../domain/index.ts';
import { freeText, isoDate, languageCode, reasonText, version } from '../../http/fields.ts';
import { textLimits } from '../../../domain/text-limits.ts';
import { completenessJson } from '../brief/schemas.ts';
import { talkMarker } from '../talks/schemas.ts';

export const orderInput = z.object({
  format: z.enum(['individual', 'group']),
  preferredFrom: isoDate.nullable().optional(),
  preferredTo: isoDate.nullable().optional(),
  language: languageCode,
  interpreterLanguage: languageCode.nullable().optional(),
  mode: z.enum(['in-person', 'digital']),
  message: freeText(textLimits.orderMessage).optional(),
  // A later conversation (issue 13 item 5): a purpose instead of a § 11 deadline.
  kind: z.enum(orderKinds).optional().describe("'first' (default): the § 11 guidance; 'follow-up': a later conversation with a purpose and no legal deadline"),
  purpose: z.enum(followUpPurposes).optional().describe("Required with kind 'follow-up'"),
  purposeText: z.string().trim().max(textLimits.orderPurposeText).optional().describe("Required with purpose 'other'"),
}).strict();

export const transitionInput = z.object({
  to: z.enum(orderStatuses),
  reason: reasonText.optional(),
  counsellorId: z.uuid().optional(),
  version: version.optional(),
}).strict();

const ref = z.object({ id: z.uuid(), name: z.string() });

export const orderJson = z.object({
  id: z.uuid(),
  version: z.number().int(),
  participantId: z.uuid(),
  participant: z.object({
    id: z.uuid(), givenName: z.string(), familyName: z.string(),
    decisionDeadline: z.string().nullable().describe('The § 12 deadline; null when not covered by § 11, and always on a follow-up order'), deadlineStatus: z.enum(deadlineStatuses),
  }),
  municipality: ref,
  careerCentre: ref,
  status: z.enum(orderStatuses),
  format: z.enum(['individual', 'group']),
  preferredFrom: z.string().nullable(),
  preferredTo: z.string().nullable(),
  language: z.string(),
  interpreterLanguage: z.string().nullable(),
  mode: z.enum(['in-person', 'digital']),
  message: z.string(),
  kind: z.enum(orderKinds),
  purpose: z.enum(followUpPurposes).nullable(),
  purposeText: z.string(),
  talks: talkMarker.describe('Pre-talk and follow-up talk: expected by the centre, and which are missing (issue 13 item 4)'),
  assignedCounsellor: ref.nullable(),
  rejectionReason: z.string().nullable(),
  cancellationReason: z.string().nullable(),
  history: z.array(z.object({
    from: z.string(), to: z.string(), at: z.string(), by: ref, reason: z.string().nullable(),
  })),
  brief: completenessJson.describe("The handover brief against this career centre's checklist; an order is sent only when complete"),
  note: z.object({
    id: z.uuid(), status: z.enum(noteStatuses), lastSentAt: z.string().nullable(), sentNumber: z.number().int().nullable(),
    readByMunicipality: z.boolean().describe('Someone in the municipality has opened the newest sent snapshot'),
  }).nullable().describe("The order's note at a glance, without opening it (no read receipt). The municipality sees it only once sent"),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const orderListQuery = z.object({
  status: z.enum(orderStatuses).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
}).strict();

export const orderList = z.object({ items: z.array(orderJson), nextCursor: z.string().nullable() });
export const orderItems = z.object({ items: z.array(orderJson) });

export type OrderInput = z.infer<typeof orderInput>;
export type TransitionInput = z.infer<typeof transitionInput>;
export type OrderJson = z.infer<typeof orderJson>;
