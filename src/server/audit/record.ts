import { auditEvents } from '../db/schema.ts';
import type { Db } from '../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { auditEvent, type AuditEvent } from './events.ts';
import { auditEventWritten } from './chainer.ts';

type Writer = Pick<Db, 'insert'>;
export type AuditActor = Pick<Actor, 'userId' | 'organisationId'> | { userId: string; organisationId: string | null };

/**
 * Appends one event. Call it inside the same transaction as the change it records, so that a change without
 * its audit event cannot happen. The event is written unchained; the chainer (chainer.ts), woken here, adds it to
 * the hash chain after the commit.
 */
export async function recordAudit(db: Writer, actor: AuditActor | null, event: AuditEvent): Promise<void> {
  const parsed = auditEvent.parse(event);
  const { type, ...data } = parsed;
  await db.insert(auditEvents).values({
    type,
    actorUserId: actor?.userId ?? null,
    actorOrganisationId: actor?.organisationId ?? null,
    participantId: 'participantId' in data ? data.participantId : null,
    orderId: 'orderId' in data ? data.orderId : null,
    data,
  });
  auditEventWritten();
}
