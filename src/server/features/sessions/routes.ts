import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import { briefingJson, letterJson, letterQuery, outcomeInput, sessionInput, sessionItems, sessionJson, sessionPatch } from './schemas.ts';
import {
  createSession, getSession, interpreterBriefing, listOrderSessions, recordOutcome, sessionLetter, updateSession,
} from './service.ts';

export async function sessionRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sessions'];

  r.post('/orders/:id/sessions', {
    schema: {
      tags, summary: 'Book a session for an accepted or scheduled order (centre); the first one schedules the order. 409 on a double booking',
      params: idParam, body: sessionInput, response: { 201: sessionJson, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await createSession(db, actorOf(req), req.params.id, req.body)));

  r.get('/orders/:id/sessions', {
    schema: { tags, summary: "An order's sessions, earliest first", params: idParam, response: { 200: sessionItems, ...errorResponses } },
  }, async (req) => ({ items: await listOrderSessions(db, actorOf(req), req.params.id) }));

  r.get('/sessions/:id', {
    schema: { tags, summary: 'One session', params: idParam, response: { 200: sessionJson, ...errorResponses } },
  }, (req) => getSession(db, actorOf(req), req.params.id));

  r.patch('/sessions/:id', {
    schema: {
      tags, summary: 'Change a session before its outcome is recorded (centre); send the version you read',
      params: idParam, body: sessionPatch, response: { 200: sessionJson, ...errorResponses },
    },
  }, (req) => updateSession(db, actorOf(req), req.params.id, req.body));

  r.post('/sessions/:id/outcome', {
    schema: {
      tags, summary: 'Record what happened (once): held, no-show, broken-off or cancelled (reason required for the last two)',
      params: idParam, body: outcomeInput, response: { 200: sessionJson, ...errorResponses },
    },
  }, (req) => recordOutcome(db, actorOf(req), req.params.id, req.body));

  r.get('/sessions/:id/letter', {
    schema: {
      tags, summary: "The appointment letter's content in Norwegian and the participant's language (the web app prints it)",
      params: idParam, querystring: letterQuery, response: { 200: letterJson, ...errorResponses },
    },
  }, (req) => sessionLetter(db, actorOf(req), req.params.id, req.query.lang));

  r.get('/sessions/:id/interpreter-briefing', {
    schema: {
      tags, summary: 'A briefing for the interpreter without personal data: time, note and glossary terms (centre)',
      params: idParam, response: { 200: briefingJson, ...errorResponses },
    },
  }, (req) => interpreterBriefing(db, actorOf(req), req.params.id));
}
