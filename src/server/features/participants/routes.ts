import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import { participantInput, participantJson, participantList, participantListQuery, participantPatch, participantSearchBody, participantCreated } from './schemas.ts';
import { createParticipant, getParticipant, listParticipants, updateParticipant } from './service.ts';

export async function participantRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['participants'];

  r.get('/participants', {
    schema: {
      tags, summary: 'Participants in your scope, earliest decision deadline first',
      querystring: participantListQuery, response: { 200: participantList, ...errorResponses },
    },
  }, (req) => listParticipants(db, actorOf(req), req.query));

  r.post('/participants/search', {
    schema: {
      tags, summary: 'Search participants in your scope by name (the search term in the body, out of URLs and logs)',
      body: participantSearchBody, response: { 200: participantList, ...errorResponses },
    },
  }, (req) => listParticipants(db, actorOf(req), req.body));

  r.post('/participants', {
    schema: {
      tags, summary: 'Register a participant in your municipality (409 with a link to the existing record when the national id is already registered here)',
      body: participantInput, response: { 201: participantCreated, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await createParticipant(db, actorOf(req), req.body)));

  r.get('/participants/:id', {
    schema: { tags, summary: 'One participant', params: idParam, response: { 200: participantJson, ...errorResponses } },
  }, (req) => getParticipant(db, actorOf(req), req.params.id));

  r.patch('/participants/:id', {
    schema: {
      tags, summary: 'Change a participant; send the version you read (409 if stale)',
      params: idParam, body: participantPatch, response: { 200: participantJson, ...errorResponses },
    },
  }, (req) => updateParticipant(db, actorOf(req), req.params.id, req.body));
}
