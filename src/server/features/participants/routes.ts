import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import { correctionInput, correctionJson, eraseInput, exportQuery, participantAccessJson, participantExportJson, participantInput, participantJson, participantList, participantListQuery, participantPatch, participantSearchBody, participantCreated } from './schemas.ts';
import { createParticipant, getParticipant, listParticipants, updateParticipant } from './service.ts';
import { participantAccess } from './access.ts';
import { correctParticipant, eraseParticipant, exportParticipant } from './data-subject.ts';
import { noContent } from '../../http/openapi.ts';
import { trustedJsonFor200 } from '../../http/trusted-serializer.ts';

export async function participantRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['participants'];

  r.get('/participants', {
    schema: {
      tags, summary: 'Participants in your scope, earliest decision deadline first',
      querystring: participantListQuery, response: { 200: participantList, ...errorResponses },
    },
    serializerCompiler: trustedJsonFor200, // listParticipants builds the items in the schema's shape (service.ts toJson)
  }, (req) => listParticipants(db, actorOf(req), req.query));

  r.post('/participants/search', {
    schema: {
      tags, summary: 'Search participants in your scope by name (the search term in the body, out of URLs and logs)',
      body: participantSearchBody, response: { 200: participantList, ...errorResponses },
    },
    serializerCompiler: trustedJsonFor200,
  }, (req) => listParticipants(db, actorOf(req), req.body));

  r.post('/participants', {
    schema: {
      tags, summary: 'Register a participant in your municipality (409 with a link to the existing record when the national id is already registered here)',
      body: participantInput, response: { 201: participantCreated, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await createParticipant(db, actorOf(req), req.body)));

  r.get('/participants/:id', {
    schema: { tags, summary: 'One participant', params: idParam, response: { 200: participantJson, ...errorResponses } },
    serializerCompiler: trustedJsonFor200, // toJson, as on the list (serializer.test.ts checks the bytes)
  }, (req) => getParticipant(db, actorOf(req), req.params.id));

  r.patch('/participants/:id', {
    schema: {
      tags, summary: 'Change a participant; send the version you read (409 if stale)',
      params: idParam, body: participantPatch, response: { 200: participantJson, ...errorResponses },
    },
    serializerCompiler: trustedJsonFor200,
  }, (req) => updateParticipant(db, actorOf(req), req.params.id, req.body));

  r.get('/participants/:id/access', {
    schema: {
      tags, summary: 'Which organisations can see this participant today, and why (municipality lead)',
      params: idParam, response: { 200: participantAccessJson, ...errorResponses },
    },
  }, (req) => participantAccess(db, actorOf(req), req.params.id));

  r.get('/participants/:id/export', {
    schema: {
      tags, summary: 'Everything Veivalg holds about the participant, one section per table (municipality lead; audited)',
      params: idParam, querystring: exportQuery, response: { 200: participantExportJson, ...errorResponses },
    },
  }, (req) => exportParticipant(db, actorOf(req), req.params.id, req.query));

  r.post('/participants/:id/corrections', {
    schema: {
      tags, summary: 'Correct one field with a reason (municipality lead; the value before and after is kept in the correction, the field in the audit trail)',
      params: idParam, body: correctionInput, response: { 201: correctionJson, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await correctParticipant(db, actorOf(req), req.params.id, req.body)));

  r.post('/participants/:id/erase', {
    schema: {
      tags, summary: "Erase the participant's personal data (anonymise; statistics stay) with a reason (municipality lead; audited)",
      params: idParam, body: eraseInput, response: { 204: noContent, ...errorResponses },
    },
  }, async (req, reply) => {
    await eraseParticipant(db, actorOf(req), req.params.id, req.body);
    return reply.code(204).send(null);
  });
}
