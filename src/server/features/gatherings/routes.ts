import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import type { Senders } from '../../outbox/outbox.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import {
  cancelInput, followUpInput, followUpJson, followUpPatch, gatheringInput, gatheringJson, gatheringList, gatheringPatch, letterInput, noticeInput,
  noticeResult, registrationInput, resultsJson, surveyInput,
} from './schemas.ts';
import { createGathering, getGathering, listGatherings, sendNotices, updateGathering } from './plan.ts';
import { cancelRegistration, register } from './registrations.ts';
import { answerSurvey, surveyResults } from './survey.ts';
import { addFollowUp, sendLetter, updateFollowUp } from './follow-up.ts';

/** County gatherings (issue 14 items 1–3): planning, registration, survey and follow-up. */
export async function gatheringRoutes(app: FastifyInstance, { db, publicUrl, senders }: { db: Db; publicUrl: string; senders: Senders }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['gatherings'];
  const deps = { publicUrl, senders };

  r.get('/gatherings', {
    schema: { tags, summary: "Your centre's gatherings, or those your municipality is invited to", response: { 200: gatheringList, ...errorResponses } },
  }, (req) => listGatherings(db, actorOf(req)));

  r.post('/gatherings', {
    schema: { tags, summary: 'Plan a gathering (the centre lead as county coordinator)', body: gatheringInput, response: { 201: gatheringJson, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await createGathering(db, actorOf(req), req.body)));

  r.get('/gatherings/:id', {
    schema: { tags, summary: 'One gathering: plan, invited municipalities, registrations (a municipality sees its own)', params: idParam, response: { 200: gatheringJson, ...errorResponses } },
  }, (req) => getGathering(db, actorOf(req), req.params.id));

  r.patch('/gatherings/:id', {
    schema: {
      tags, summary: 'Change the plan (coordinator; 409 if stale). A raised cap moves the waiting up', params: idParam, body: gatheringPatch,
      response: { 200: gatheringJson, ...errorResponses },
    },
  }, (req) => updateGathering(db, deps, actorOf(req), req.params.id, req.body));

  r.post('/gatherings/:id/notices', {
    schema: {
      tags, summary: 'Send invitations, a reminder or the survey in the app and by e-mail (a link only)', params: idParam, body: noticeInput,
      response: { 200: noticeResult, ...errorResponses },
    },
  }, (req) => sendNotices(db, deps, actorOf(req), req.params.id, req.body.kind));

  r.post('/gatherings/:id/registrations', {
    schema: {
      tags, summary: "Register one of your municipality's staff (a seat under the cap, else the waiting list)", params: idParam, body: registrationInput,
      response: { 201: gatheringJson, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await register(db, deps, actorOf(req), req.params.id, req.body.userId)));

  r.post('/gathering-registrations/:id/cancel', {
    schema: {
      tags, summary: 'Cancel a registration before the start (the municipality, or the coordinator); the first waiting moves up',
      params: idParam, body: cancelInput, response: { 200: gatheringJson, ...errorResponses },
    },
  }, (req) => cancelRegistration(db, deps, actorOf(req), req.params.id, req.body.version));

  r.post('/gatherings/:id/survey', {
    schema: {
      tags, summary: 'Answer the survey once (registered staff, from the last day); stored without your name', params: idParam, body: surveyInput,
      response: { 201: gatheringJson, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await answerSurvey(db, actorOf(req), req.params.id, req.body)));

  r.get('/gatherings/:id/results', {
    schema: { tags, summary: 'Survey results without names; hidden below five answers (centre)', params: idParam, response: { 200: resultsJson, ...errorResponses } },
  }, (req) => surveyResults(db, actorOf(req), req.params.id));

  r.post('/gatherings/:id/follow-ups', {
    schema: { tags, summary: 'Add a follow-up point with owner and due date (coordinator)', params: idParam, body: followUpInput, response: { 201: followUpJson, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await addFollowUp(db, actorOf(req), req.params.id, req.body)));

  r.patch('/gathering-follow-ups/:id', {
    schema: { tags, summary: 'Change or close a follow-up point (coordinator; 409 if stale)', params: idParam, body: followUpPatch, response: { 200: followUpJson, ...errorResponses } },
  }, (req) => updateFollowUp(db, actorOf(req), req.params.id, req.body));

  r.post('/gatherings/:id/letter', {
    schema: {
      tags, summary: 'Send the follow-up letter once to everyone registered, in the app (coordinator)', params: idParam, body: letterInput,
      response: { 200: gatheringJson, ...errorResponses },
    },
  }, (req) => sendLetter(db, deps, actorOf(req), req.params.id, req.body.text, req.body.version));
}
