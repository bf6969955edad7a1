import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import {
  attendanceInput, groupListQuery, groupSessionInput, groupSessionJson, groupSessionList, groupSessionPatch, registrationInput, withdrawInput,
} from './schemas.ts';
import {
  createGroupSession, getGroupSession, listGroupSessions, recordAttendance, register, updateGroupSession, withdraw,
} from './service.ts';

export async function groupSessionRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['group-sessions'];

  r.get('/group-sessions', {
    schema: {
      tags, summary: "Group sessions and webinars: a centre's own, or those of the centre serving your municipality (no names)",
      querystring: groupListQuery, response: { 200: groupSessionList, ...errorResponses },
    },
  }, (req) => listGroupSessions(db, actorOf(req), req.query));

  r.post('/group-sessions', {
    schema: { tags, summary: 'Create a group session or webinar (centre); 409 on a double booking', body: groupSessionInput, response: { 201: groupSessionJson, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await createGroupSession(db, actorOf(req), req.body)));

  r.get('/group-sessions/:id', {
    schema: { tags, summary: 'One group session with its registrations (a municipality sees its own)', params: idParam, response: { 200: groupSessionJson, ...errorResponses } },
  }, (req) => getGroupSession(db, actorOf(req), req.params.id));

  r.patch('/group-sessions/:id', {
    schema: {
      tags, summary: 'Change or cancel (cancellationReason) a group session (centre); send the version you read',
      params: idParam, body: groupSessionPatch, response: { 200: groupSessionJson, ...errorResponses },
    },
  }, (req) => updateGroupSession(db, actorOf(req), req.params.id, req.body));

  r.post('/group-sessions/:id/registrations', {
    schema: {
      tags, summary: "Register one of your municipality's participants (needs a sent order to the centre); 409 when the room is full",
      params: idParam, body: registrationInput, response: { 201: groupSessionJson, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await register(db, actorOf(req), req.params.id, req.body.participantId)));

  r.post('/group-sessions/:id/attendance', {
    schema: {
      tags, summary: 'Record attendance once per registration (centre, after the start); attending counts as held guidance',
      params: idParam, body: attendanceInput, response: { 200: groupSessionJson, ...errorResponses },
    },
  }, (req) => recordAttendance(db, actorOf(req), req.params.id, req.body));

  r.post('/group-registrations/:id/withdraw', {
    schema: {
      tags, summary: 'Withdraw a registration before the session starts (municipality); send its version',
      params: idParam, body: withdrawInput, response: { 200: groupSessionJson, ...errorResponses },
    },
  }, (req) => withdraw(db, actorOf(req), req.params.id, req.body.version));
}
