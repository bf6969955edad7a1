import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { outboxChannels, outboxKinds, outboxStatuses } from '../db/schema.ts';
import { requireRole } from '../auth/guard.ts';
import { errorResponses } from '../http/openapi.ts';
import { listFailures } from './outbox.ts';

const failureJson = z.object({
  id: z.uuid(), kind: z.enum(outboxKinds), channel: z.enum(outboxChannels), status: z.enum(outboxStatuses),
  attempts: z.number().int(), lastError: z.string().nullable(), createdAt: z.string(), nextAttemptAt: z.string().nullable(),
});

/** The answer; the web app's type is inferred from it (types only). */
export const outboxJson = z.object({ pending: z.number().int(), items: z.array(failureJson) });

/** The administrator's view of e-mails and SMS that failed: what kind, how often tried, the error code. No recipient, no text. */
export async function outboxRoutes(app: FastifyInstance, { db }: { db: Db }) {
  app.withTypeProvider<ZodTypeProvider>().get('/admin/outbox', {
    schema: {
      tags: ['admin'], summary: 'E-mails and SMS given up or being retried, and how many are waiting (no recipients or texts)',
      response: { 200: outboxJson, ...errorResponses },
    },
  }, async (req) => {
    requireRole(req, ['administrator']);
    return listFailures(db);
  });
}
