import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import { centreHours, participantHours } from './service.ts';

const line = z.object({ usedMinutes: z.number().int(), estimateMinutes: z.number().int(), remainingMinutes: z.number().int(), overEstimate: z.boolean() });
const source = z.object({ law: z.string(), seed: z.string().optional(), effectiveFrom: z.string(), reviewNote: z.string().optional() })
  .describe('Where the estimate comes from (a cost estimate behind § 11, not an entitlement)');
const ref = z.object({ id: z.uuid(), name: z.string() });

/** The answers; the web app's types are inferred from them (types only). */
export const participantHoursJson = z.object({ participantId: z.uuid(), individual: line, group: line, source });
export const centreHoursJson = z.object({
  items: z.array(z.object({ participant: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }), municipality: ref, individual: line, group: line })),
  totals: z.object({ participants: z.number().int(), individualMinutes: z.number().int(), groupMinutes: z.number().int() }),
  source,
});

export async function hoursRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['hours'];

  r.get('/participants/:id/hours', {
    schema: {
      tags, summary: 'Guidance time used against the estimate of 1.5 h individual + 1.5 h group',
      params: idParam, response: { 200: participantHoursJson, ...errorResponses },
    },
  }, (req) => participantHours(db, actorOf(req), req.params.id));

  r.get('/career-centre/hours', {
    schema: {
      tags, summary: "Time used per participant of your centre's accepted orders (career-centre lead)",
      response: { 200: centreHoursJson, ...errorResponses },
    },
  }, (req) => centreHours(db, actorOf(req)));
}
