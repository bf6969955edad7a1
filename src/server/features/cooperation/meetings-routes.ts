import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses, noContent } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import {
  actionInput, actionJson, actionList, actionPatch, actionsQuery, meetingInput, meetingJson, meetingPatch, peopleList, peopleQuery, practiceJson,
  removeBody, seriesDetail, seriesInput, seriesList, seriesPatch,
} from './meetings-schemas.ts';
import {
  createAction, createMeeting, createSeries, getMeeting, getSeries, listActions, listSeries, meetingIcs, meetingPeople, removeAction,
  removeMeeting, updateAction, updateMeeting, updateSeries,
} from './meetings-service.ts';
import { comparingPractice } from './practice-service.ts';

/**
 * Cooperation meetings, their actions and the comparing-practice table (issue 13 items 2 and 6). Only invitees and the
 * leads of the two parties see a series and its meetings; anyone else gets 404.
 */
export async function meetingRoutes(app: FastifyInstance, { db, publicUrl }: { db: Db; publicUrl: string }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cooperation'];

  r.get('/cooperation/meeting-series', {
    schema: { tags, summary: 'Meeting series you are invited to, and as a lead every series of your organisation', response: { 200: seriesList, ...errorResponses } },
  }, (req) => listSeries(db, actorOf(req)));

  r.post('/cooperation/meeting-series', {
    schema: {
      tags, summary: 'Start a meeting series with invitees from both sides (leads)',
      body: seriesInput, response: { 201: seriesDetail, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await createSeries(db, actorOf(req), req.body)));

  r.get('/cooperation/meeting-series/:id', {
    schema: { tags, summary: 'A series with its meetings (invitees and the parties\' leads; 404 otherwise)', params: idParam, response: { 200: seriesDetail, ...errorResponses } },
  }, (req) => getSeries(db, actorOf(req), req.params.id));

  r.patch('/cooperation/meeting-series/:id', {
    schema: { tags, summary: "Change a series' title, interval or invitees (the parties' leads; 409 if stale)", params: idParam, body: seriesPatch, response: { 200: seriesDetail, ...errorResponses } },
  }, (req) => updateSeries(db, actorOf(req), req.params.id, req.body));

  r.get('/cooperation/meeting-people', {
    schema: {
      tags, summary: 'Active staff of your centre and a municipality (or all it serves) a lead may invite',
      querystring: peopleQuery, response: { 200: peopleList, ...errorResponses },
    },
  }, (req) => meetingPeople(db, actorOf(req), req.query.municipalityId));

  r.post('/cooperation/meeting-series/:id/meetings', {
    schema: { tags, summary: 'Plan a meeting in a series (the parties\' leads)', params: idParam, body: meetingInput, response: { 201: meetingJson, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await createMeeting(db, actorOf(req), req.params.id, req.body)));

  r.get('/cooperation/meetings/:id', {
    schema: { tags, summary: 'A meeting with agenda, minutes and actions', params: idParam, response: { 200: meetingJson, ...errorResponses } },
  }, (req) => getMeeting(db, actorOf(req), req.params.id));

  r.patch('/cooperation/meetings/:id', {
    schema: {
      tags, summary: 'Write the agenda or minutes (invitees and leads); move the meeting (leads). National ids are refused; 409 if stale',
      params: idParam, body: meetingPatch, response: { 200: meetingJson, ...errorResponses },
    },
  }, (req) => updateMeeting(db, actorOf(req), req.params.id, req.body));

  r.post('/cooperation/meetings/:id/remove', {
    schema: { tags, summary: 'Delete a meeting (the parties\' leads; soft, in the audit trail; 409 if stale)', params: idParam, body: removeBody, response: { 204: noContent, ...errorResponses } },
  }, async (req, reply) => {
    await removeMeeting(db, actorOf(req), req.params.id, req.body.version);
    return reply.code(204).send(null);
  });

  r.get('/cooperation/meetings/:id/ical', {
    schema: { tags, summary: 'The meeting as an iCalendar file (no personal data)', params: idParam, response: { 200: z.string(), ...errorResponses } },
  }, async (req, reply) => {
    const body = await meetingIcs(db, actorOf(req), req.params.id, publicUrl);
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="samarbeidsmote.ics"')
      .header('cache-control', 'private, no-store').send(body);
  });

  r.post('/cooperation/meetings/:id/actions', {
    schema: { tags, summary: 'Agree an action with an owner and a due date (invitees and leads)', params: idParam, body: actionInput, response: { 201: actionJson, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await createAction(db, actorOf(req), req.params.id, req.body)));

  r.patch('/cooperation/actions/:id', {
    schema: { tags, summary: 'Change an action or its status (whoever sees its meeting; 409 if stale)', params: idParam, body: actionPatch, response: { 200: actionJson, ...errorResponses } },
  }, (req) => updateAction(db, actorOf(req), req.params.id, req.body));

  r.post('/cooperation/actions/:id/remove', {
    schema: { tags, summary: 'Delete an action (a lead or whoever wrote it; soft, in the audit trail; 409 if stale)', params: idParam, body: removeBody, response: { 204: noContent, ...errorResponses } },
  }, async (req, reply) => {
    await removeAction(db, actorOf(req), req.params.id, req.body.version);
    return reply.code(204).send(null);
  });

  r.get('/cooperation/actions', {
    schema: { tags, summary: 'Open actions: your own, or for a lead those of your parties\' meetings; overdue marked', querystring: actionsQuery, response: { 200: actionList, ...errorResponses } },
  }, (req) => listActions(db, actorOf(req), req.query.view));

  r.get('/cooperation/practice', {
    schema: { tags, summary: 'Comparing practice per municipality (leads); small numbers suppressed as in the statistics', response: { 200: practiceJson, ...errorResponses } },
  }, (req) => comparingPractice(db, actorOf(req)));
}
