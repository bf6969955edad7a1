import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import { todayInOslo } from '../../../domain/index.ts';
import { exportQuery, postponementEnd, postponementInput, postponementJson, postponementList } from './schemas.ts';
import { createPostponement, endPostponement, exportPostponements, listPostponements } from './service.ts';

export async function postponementRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['postponements'];

  r.post('/participants/:id/postponements', {
    schema: {
      tags, summary: "Postpone the participant's guidance with a standard reason; send the participant's version (409 if stale)",
      params: idParam, body: postponementInput, response: { 201: postponementJson, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await createPostponement(db, actorOf(req), req.params.id, req.body)));

  r.get('/participants/:id/postponements', {
    schema: { tags, summary: "The participant's postponements, newest first", params: idParam, response: { 200: postponementList, ...errorResponses } },
  }, (req) => listPostponements(db, actorOf(req), req.params.id));

  r.post('/postponements/:id/end', {
    schema: {
      tags, summary: 'End a postponement (guidance resumes); send its version (409 if stale)',
      params: idParam, body: postponementEnd, response: { 200: postponementJson, ...errorResponses },
    },
  }, (req) => endPostponement(db, actorOf(req), req.params.id, req.body.version));

  r.get('/postponements/export.csv', {
    schema: {
      tags, summary: "The municipality's postponements as CSV for registration in NIR (personal data; municipality roles)",
      querystring: exportQuery, response: { 200: z.string(), ...errorResponses },
    },
  }, async (req, reply) => {
    const csv = await exportPostponements(db, actorOf(req), req.query);
    return reply.type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="utsettelser-${todayInOslo()}.csv"`)
      .header('cache-control', 'no-store')
      .send(csv);
  });
}
