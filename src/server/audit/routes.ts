import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { auditEvents, participantCorrections, participants, users } from '../db/schema.ts';
import { actorOf } from '../auth/guard.ts';
import { roles, type Role } from '../auth/actor.ts';
import { errorResponses } from '../http/openapi.ts';
import { trustedJsonFor200 } from '../http/trusted-serializer.ts';
import { idParam } from '../http/fields.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { participantScope } from '../features/participants/policy.ts';
import { recordAudit } from './record.ts';

/** The audit trail; the web app's `AuditEvent` type is inferred from it (src/web/types.ts). */
export const trail = z.object({
  items: z.array(z.object({
    id: z.number(), at: z.string(), type: z.string(),
    actor: z.object({ id: z.uuid(), name: z.string(), role: z.enum(roles) }).nullable(),
    participantId: z.uuid().nullable(), orderId: z.uuid().nullable(), data: z.record(z.string(), z.unknown()),
    correction: z.object({ oldValue: z.string().nullable(), newValue: z.string().nullable(), reason: z.string() }).nullable().optional()
      .describe("participant.corrected, for the participant's municipality lead: the values and the reason, from the correction's record (null once erased)"),
  })),
});

const TRAIL_LIMIT = 500;
const auditRoles: readonly Role[] = ['municipality-lead', 'career-centre-lead', 'administrator'];

export async function auditRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/participants/:id/audit', {
    schema: {
      tags: ['audit'], summary: "A participant's audit trail, newest first (leads in scope and administrators)",
      params: idParam, response: { 200: trail, ...errorResponses },
    },
    // Up to 500 events, list events with 50 participant ids each (about 1 MB): built below in the schema's field
    // order, so written with JSON.stringify instead of walking the schema over every id again (audit.test.ts checks
    // the bytes are the schema serializer's).
    serializerCompiler: trustedJsonFor200,
  }, async (req) => {
    const actor = actorOf(req);
    const id = req.params.id;
    // Leads see trails of participants in their scope; administrators of any participant, but no personal data.
    // As on every participant route, out of scope (another organisation's record) is 404 before the role is
    // considered; a role without the trail gets 403 only for a participant it may otherwise see.
    const scope = actor.role === 'administrator' ? undefined : participantScope(actor);
    if (scope === null) throw notFound();
    const [found] = await db.select({ id: participants.id }).from(participants).where(and(eq(participants.id, id), scope)).limit(1);
    if (!found) throw notFound();
    if (!auditRoles.includes(actor.role)) throw forbidden();
    await recordAudit(db, actor, { type: 'participant.audit-viewed', participantId: id });
    // The newest 500 events that name the participant: as participant_id (the index on (participant_id, id), read
    // backwards, stops after 500) or among a list's data.participantIds (audit_event_participants, written by the
    // events' insert trigger: its primary key (participant_id, event_id), read backwards, stops after 500 too).
    // Each branch is limited on its own: one OR made PostgreSQL fetch every matching event before sorting, and the
    // GIN index on data that this replaced could not give events in id order (4.1 s for a participant named by
    // 20,594 list events at 2 M events, issue 19; migration 0031).
    const { rows: newest } = await db.execute<{ id: string | number }>(sql`
      (SELECT id FROM audit_events WHERE participant_id = ${id} ORDER BY id DESC LIMIT ${TRAIL_LIMIT})
      UNION
      (SELECT event_id AS id FROM audit_event_participants WHERE participant_id = ${id} ORDER BY event_id DESC LIMIT ${TRAIL_LIMIT})
      ORDER BY id DESC LIMIT ${TRAIL_LIMIT}`) as unknown as { rows: { id: string | number }[] };
    const rows = newest.length === 0 ? [] : await db.select({ e: auditEvents, actorName: users.name, actorRole: users.role })
      .from(auditEvents).leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(inArray(auditEvents.id, newest.map((r) => Number(r.id))))
      .orderBy(desc(auditEvents.id));
    // The values of a correction stay out of the trail (it is kept for ever); the lead who may correct sees them
    // beside the event, read from the correction's record, which retention and erasure remove.
    const correctionIds = actor.role === 'municipality-lead'
      ? rows.filter(({ e }) => e.type === 'participant.corrected').map(({ e }) => String((e.data as { correctionId?: string }).correctionId))
      : [];
    const corrections = new Map((correctionIds.length
      ? await db.select().from(participantCorrections).where(and(eq(participantCorrections.participantId, id), inArray(participantCorrections.id, correctionIds)))
      : []).map((c) => [c.id, { oldValue: c.oldValue, newValue: c.newValue, reason: c.reason }]));
    return {
      items: rows.map(({ e, actorName, actorRole }) => ({
        id: e.id, at: e.at.toISOString(), type: e.type,
        actor: e.actorUserId && actorName && actorRole ? { id: e.actorUserId, name: actorName, role: actorRole } : null,
        participantId: e.participantId, orderId: e.orderId, data: e.data as Record<string, unknown>,
        ...(correctionIds.length && e.type === 'participant.corrected'
          ? { correction: corrections.get(String((e.data as { correctionId?: string }).correctionId)) ?? null } : {}),
      })),
    };
  });
}
