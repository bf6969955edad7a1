import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { z } from 'zod';
import { lanes, norwegianLevels } from '../../../content/index.ts';
import { offerMarkdown } from '../../../content/markdown.ts';
import { requireRole } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { langOf } from '../../http/messages.ts';
import { eligibilityInput, eligibilityOutput, mapOverview, offerEdit, offerIdParam, publishedOffer, revisionList } from './schemas.ts';
import { editOffer, eligibility, offerRevisionList, publishedOffer as getOffer, publishedOffers, publishedOffersVersion } from './service.ts';
import { encodedJsonCache, sendEncodedJson } from '../../http/encoded-json.ts';
import { mapEditors } from './policy.ts';

/** The opportunity map: public, no sign-in, no personal data (the profile is not stored or logged). */
export async function mapRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['map'];
  const overview = encodedJsonCache();

  r.get('/map/offers', {
    schema: { tags, summary: 'Every offer on the opportunity map, with lanes and Norwegian levels', security: [], response: { 200: mapOverview, ...errorResponses } },
  }, async (req, reply) => {
    // The same for every visitor until an editor changes an offer: written, checked and compressed once per version.
    const answer = await overview(await publishedOffersVersion(db), async () =>
      JSON.stringify(z.encode(mapOverview, { lanes: [...lanes], offers: await publishedOffers(db), norwegianLevels: [...norwegianLevels] })));
    return sendEncodedJson(req, reply, answer);
  });

  r.get('/map/offers/:id', {
    schema: { tags, summary: 'One offer', security: [], params: offerIdParam, response: { 200: publishedOffer, ...errorResponses } },
  }, (req) => getOffer(db, req.params.id));

  r.get('/map/offers/:id/markdown', {
    schema: {
      tags, summary: 'One offer as Markdown (both languages, legal basis, sources), for publishing systems',
      security: [], params: offerIdParam, response: { 200: z.string(), ...errorResponses },
    },
  }, async (req, reply) => reply.type('text/markdown; charset=utf-8').send(offerMarkdown(await getOffer(db, req.params.id))));

  r.post('/map/eligibility', {
    schema: {
      tags, summary: 'What the rules say about each offer for a profile (every field optional; texts in the Accept-Language)',
      security: [], body: eligibilityInput, response: { 200: eligibilityOutput, ...errorResponses },
    },
  }, async (req) => eligibility(req.body.profile, req.body.offerIds, req.body.on, langOf(req.headers['accept-language'])));

  r.patch('/map/offers/:id', {
    schema: {
      tags, summary: "Edit an offer's texts (content editors); send the version you read",
      params: offerIdParam, body: offerEdit, response: { 200: publishedOffer, ...errorResponses },
    },
  }, (req) => editOffer(db, requireRole(req, mapEditors), req.params.id, req.body));

  r.get('/map/offers/:id/revisions', {
    schema: { tags, summary: "Earlier versions of an offer's texts, with who and when", params: offerIdParam, response: { 200: revisionList, ...errorResponses } },
  }, async (req) => {
    requireRole(req, mapEditors);
    return { items: await offerRevisionList(db, req.params.id) };
  });
}
