import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses, noContent } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import {
  followUpProposalJson, navHandoverInput, navHandoverJson, navHandoverSourcesJson, removeBody, talkInput, talkJson, talkList, talkPatch,
  talkSettingsInput, talkSettingsJson,
} from './schemas.ts';
import { listTalks, recordTalk, removeTalk, updateTalk } from './service.ts';
import { getTalkSettings, updateTalkSettings } from './settings.ts';
import { followUpProposalFor } from './follow-up.ts';
import { navHandoverSources, prepareNavHandover } from './nav-handover.ts';

/**
 * Before and after each guidance conversation (issue 13 items 4 and 5): the pre-talk and follow-up talk on an order,
 * the settings that go with them, the follow-up conversation proposal and the hand-over summary for NAV.
 */
export async function talkRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['talks'];

  r.get('/orders/:id/talks', {
    schema: {
      tags, summary: "An order's pre-talk and follow-up talk, what is missing, and who can be named (both sides, in the order's scope)",
      params: idParam, response: { 200: talkList, ...errorResponses },
    },
  }, (req) => listTalks(db, actorOf(req), req.params.id));

  r.post('/orders/:id/talks', {
    schema: { tags, summary: 'Record a pre-talk or follow-up talk (adviser or counsellor)', params: idParam, body: talkInput, response: { 201: talkJson, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await recordTalk(db, actorOf(req), req.params.id, req.body)));

  r.patch('/talks/:id', {
    schema: { tags, summary: 'Change a talk (the side that recorded it; 409 if stale)', params: idParam, body: talkPatch, response: { 200: talkJson, ...errorResponses } },
  }, (req) => updateTalk(db, actorOf(req), req.params.id, req.body));

  r.post('/talks/:id/remove', {
    schema: { tags, summary: 'Delete a talk (soft: kept for the audit trail and the export; 409 if stale)', params: idParam, body: removeBody, response: { 204: noContent, ...errorResponses } },
  }, async (req, reply) => {
    await removeTalk(db, actorOf(req), req.params.id, req.body.version);
    return reply.code(204).send(null);
  });

  r.get('/talk-settings', {
    schema: { tags, summary: "Your organisation's settings for talks and follow-up conversations", response: { 200: talkSettingsJson, ...errorResponses } },
  }, (req) => getTalkSettings(db, actorOf(req)));

  r.put('/talk-settings', {
    schema: {
      tags, summary: 'Change them (the centre lead: talks expected; the municipality lead: months before the programme end)',
      body: talkSettingsInput, response: { 200: talkSettingsJson, ...errorResponses },
    },
  }, (req) => updateTalkSettings(db, actorOf(req), req.body));

  r.get('/participants/:id/follow-up-proposal', {
    schema: {
      tags, summary: 'Whether a follow-up conversation is proposed: the programme ends within the municipality\'s months (municipality roles)',
      params: idParam, response: { 200: followUpProposalJson, ...errorResponses },
    },
  }, (req) => followUpProposalFor(db, actorOf(req), req.params.id));

  r.get('/participants/:id/nav-handover', {
    schema: {
      tags, summary: 'What the hand-over summary for NAV can hold (municipality roles; audited)',
      params: idParam, response: { 200: navHandoverSourcesJson, ...errorResponses },
    },
  }, (req) => navHandoverSources(db, actorOf(req), req.params.id));

  r.post('/participants/:id/nav-handover', {
    schema: {
      tags, summary: 'Prepare the hand-over summary for NAV with only the ticked parts (municipality roles; audited with the parts and the format)',
      params: idParam, body: navHandoverInput, response: { 200: navHandoverJson, ...errorResponses },
    },
  }, (req) => prepareNavHandover(db, actorOf(req), req.params.id, req.body));
}
