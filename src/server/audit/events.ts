import { z } from 'zod';

/**
 * Every audited action has its own event type (after Documenso's typed audit log). Data carries ids and the
 * names of changed fields, never the personal values themselves: the trail must not become a second copy
 * of the sensitive data.
 */
const uuid = z.uuid();
const fieldNames = z.array(z.string());

export const auditEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('participant.created'), participantId: uuid }),
  z.object({ type: z.literal('participant.viewed'), participantId: uuid }),
  z.object({ type: z.literal('participant.listed'), participantIds: z.array(uuid) }),
  z.object({ type: z.literal('participant.updated'), participantId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('participant.audit-viewed'), participantId: uuid }),
  z.object({ type: z.literal('order.created'), participantId: uuid, orderId: uuid }),
  z.object({ type: z.literal('order.viewed'), participantId: uuid, orderId: uuid }),
  z.object({ type: z.literal('order.listed'), orderIds: z.array(uuid), participantIds: z.array(uuid) }),
  z.object({
    type: z.literal('order.transitioned'), participantId: uuid, orderId: uuid,
    from: z.string(), to: z.string(), assignedCounsellorId: uuid.nullable(),
  }),
  z.object({ type: z.literal('user.signed-in') }),
  z.object({ type: z.literal('user.sign-in-failed'), paused: z.boolean() }),
  z.object({ type: z.literal('user.signed-out') }),
  z.object({ type: z.literal('user.signed-out-everywhere') }),
  z.object({ type: z.literal('user.password-set') }),
  z.object({ type: z.literal('user.created'), userId: uuid }),
  z.object({ type: z.literal('user.updated'), userId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('organisation.created'), organisationId: uuid }),
  z.object({ type: z.literal('organisation.updated'), organisationId: uuid, changedFields: fieldNames }),
  z.object({ type: z.literal('offer.edited'), offerId: z.string(), version: z.number().int(), changedFields: fieldNames }),
]);

export type AuditEvent = z.infer<typeof auditEvent>;
export type AuditEventType = AuditEvent['type'];
