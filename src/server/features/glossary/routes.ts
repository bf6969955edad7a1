import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import { defaultsResult, glossaryList, glossaryQuery, termInput, termJson, termPatch } from './schemas.ts';
import { createTerm, listTerms, loadDefaults, updateTerm } from './service.ts';

export async function glossaryRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['glossary'];

  r.get('/glossary', {
    schema: { tags, summary: "Your career centre's glossary of guidance terms (for interpreter briefings)", querystring: glossaryQuery, response: { 200: glossaryList, ...errorResponses } },
  }, (req) => listTerms(db, actorOf(req), req.query.includeArchived === 'true'));

  r.post('/glossary', {
    schema: { tags, summary: 'Add a term (centre roles)', body: termInput, response: { 201: termJson, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await createTerm(db, actorOf(req), req.body)));

  r.patch('/glossary/:id', {
    schema: { tags, summary: 'Change or archive a term; send the version you read', params: idParam, body: termPatch, response: { 200: termJson, ...errorResponses } },
  }, (req) => updateTerm(db, actorOf(req), req.params.id, req.body));

  r.post('/glossary/defaults', {
    schema: { tags, summary: 'Add the default guidance terms the centre does not have yet', response: { 200: defaultsResult, ...errorResponses } },
  }, (req) => loadDefaults(db, actorOf(req)));
}
