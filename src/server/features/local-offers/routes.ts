import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { requireRole } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import {
  editorAreas as areasSchema, editorLocalOffer, editorLocalOfferList, localOfferInput, localOfferRemove, localOfferUpdate, municipalityList,
  municipalityQuery, publicLocalOffer, publicLocalOfferList,
} from './schemas.ts';
import {
  createLocalOffer, editorAreas, getOwn, listOwn, localOffersFor, municipalities, publicLocalOffer as getPublic, removeLocalOffer, updateLocalOffer,
} from './service.ts';
import { z } from 'zod';
import { localOfferEditors } from './policy.ts';

/**
 * Local offers (issue 18). Public: the municipalities to choose from and the offers for one of them (no sign-in, no
 * personal data, never an editor's name). Editors: their own organisation's offers only (404 for any other).
 */
export async function localOfferRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['local-offers'];

  r.get('/map/municipalities', {
    schema: { tags, summary: 'The municipalities a reader can choose on the map', security: [], response: { 200: municipalityList, ...errorResponses } },
  }, () => municipalities(db));

  r.get('/map/local-offers', {
    schema: {
      tags, summary: 'The local offers on the map today for one municipality (its own and its county\'s)', security: [],
      querystring: municipalityQuery, response: { 200: publicLocalOfferList, ...errorResponses },
    },
  }, (req) => localOffersFor(db, req.query.municipalityId));

  r.get('/map/local-offers/:id', {
    schema: { tags, summary: 'One local offer, also when removed or past (plan steps name it)', security: [], params: idParam, response: { 200: publicLocalOffer, ...errorResponses } },
  }, (req) => getPublic(db, req.params.id));

  r.get('/local-offers/areas', {
    schema: { tags, summary: 'The editor\'s organisation, county and the municipalities an offer may name', response: { 200: areasSchema, ...errorResponses } },
  }, (req) => editorAreas(db, requireRole(req, localOfferEditors)));

  r.get('/local-offers', {
    schema: { tags, summary: 'The editor\'s organisation\'s local offers', response: { 200: editorLocalOfferList, ...errorResponses } },
  }, (req) => listOwn(db, requireRole(req, localOfferEditors)));

  r.get('/local-offers/:id', {
    schema: { tags, summary: 'One of the organisation\'s local offers, with its versions', params: idParam, response: { 200: editorLocalOffer, ...errorResponses } },
  }, (req) => getOwn(db, requireRole(req, localOfferEditors), req.params.id));

  r.post('/local-offers', {
    schema: { tags, summary: 'Add a local offer', body: localOfferInput, response: { 201: editorLocalOffer, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await createLocalOffer(db, requireRole(req, localOfferEditors), req.body)));

  r.put('/local-offers/:id', {
    schema: { tags, summary: 'Save a local offer as a new version; send the version you read', params: idParam, body: localOfferUpdate, response: { 200: editorLocalOffer, ...errorResponses } },
  }, (req) => updateLocalOffer(db, requireRole(req, localOfferEditors), req.params.id, req.body));

  r.post('/local-offers/:id/remove', {
    schema: {
      tags, summary: 'Remove a local offer from the map (kept for plan steps and notes that name it)', params: idParam, body: localOfferRemove,
      response: { 200: z.object({ id: z.uuid(), removed: z.literal(true) }), ...errorResponses },
    },
  }, (req) => removeLocalOffer(db, requireRole(req, localOfferEditors), req.params.id, req.body.version));
}
