import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses, noContent } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import { AppError } from '../../http/errors.ts';
import rateLimit from '@fastify/rate-limit';
import { databaseStore, type RateLimitOptions } from '../../http/rate-limit.ts';
import {
  createdLinkJson, languageQuery, linkInput, linkJson, linkList, overrideInput, pageJson, pageQuery, resourceInput, resourceJson,
  resourceList, sendInput, tokenParam, translationList, versionBody,
} from './schemas.ts';
import {
  addResource, createLink, listLinks, listResources, listTranslations, publicPage, removeResource, revokeLink, saveOverride, sendLink,
  type Senders,
} from './service.ts';
import { participantSurveyPublicRoutes } from '../participant-survey/public-routes.ts';

/** The public page's default limit per client IP: far above what one person reading and switching languages needs. */
export const DEFAULT_PAGE_RATE_LIMIT: RateLimitOptions = { limit: 120, windowMs: 60_000 };

export async function participantPageRoutes(
  app: FastifyInstance,
  { db, publicUrl, senders, pageRateLimit }: { db: Db; publicUrl: string; senders: Senders; pageRateLimit?: RateLimitOptions },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['participant-page'];

  r.get('/participants/:id/page-links', {
    schema: {
      tags, summary: "Links to the participant's page (never their tokens), the brief's background and the sending channels",
      params: idParam, response: { 200: linkList, ...errorResponses },
    },
  }, (req) => listLinks(db, actorOf(req), req.params.id, senders));

  r.post('/participants/:id/page-links', {
    schema: {
      tags, summary: "Make a link to the participant's page; the URL with its token is in this answer only",
      params: idParam, body: linkInput, response: { 201: createdLinkJson, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).header('cache-control', 'no-store')
    .send(await createLink(db, actorOf(req), req.params.id, req.body, publicUrl)));

  r.post('/page-links/:id/revoke', {
    schema: {
      tags, summary: 'Revoke a link at once; send its version (409 if stale)',
      params: idParam, body: versionBody, response: { 200: linkJson, ...errorResponses },
    },
  }, (req) => revokeLink(db, actorOf(req), req.params.id, req.body.version));

  r.post('/page-links/:id/send', {
    schema: {
      tags, summary: 'Send a link you just made by SMS or e-mail; the message holds only a neutral sentence and the link. 204 when sent, 202 when queued for another try',
      params: idParam, body: sendInput, response: { 202: noContent, 204: noContent, ...errorResponses },
    },
  }, async (req, reply) => {
    const { sent } = await sendLink(db, actorOf(req), req.params.id, req.body, senders, publicUrl);
    return reply.code(sent ? 204 : 202).send(null);
  });

  r.get('/participants/:id/page-resources', {
    schema: { tags, summary: "Resources on the participant's page", params: idParam, response: { 200: resourceList, ...errorResponses } },
  }, (req) => listResources(db, actorOf(req), req.params.id));

  r.post('/participants/:id/page-resources', {
    schema: {
      tags, summary: "Add a map offer or an external https link to the participant's page",
      params: idParam, body: resourceInput, response: { 201: resourceJson, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await addResource(db, actorOf(req), req.params.id, req.body)));

  r.post('/page-resources/:id/remove', {
    schema: {
      tags, summary: "Remove a resource from the participant's page; send its version (409 if stale)",
      params: idParam, body: versionBody, response: { 204: noContent, ...errorResponses },
    },
  }, async (req, reply) => {
    await removeResource(db, actorOf(req), req.params.id, req.body.version);
    return reply.code(204).send(null);
  });

  r.get('/info-translations', {
    schema: {
      tags, summary: "The information package's sections in one language with the centre's replacements and reviews (centre roles)",
      querystring: languageQuery, response: { 200: translationList, ...errorResponses },
    },
  }, (req) => listTranslations(db, actorOf(req), req.query.language));

  r.post('/info-translations', {
    schema: {
      tags, summary: "Replace a section's translation or record its review by a qualified translator (centre lead); version null for the first",
      body: overrideInput, response: { 200: translationList, ...errorResponses },
    },
  }, (req) => saveOverride(db, actorOf(req), req.body));

  // The participant's page itself: no session, the token is the key. Same 404 for unknown, expired and revoked.
  // Each view writes an audit row and the link's last use, and anyone can call it: a limit per client IP, counted
  // in the database so that it holds across app instances (http/rate-limit.ts), refuses floods and fast token
  // guessing in onRequest, before any other database write. Unknown tokens count too.
  const { limit, windowMs } = pageRateLimit ?? DEFAULT_PAGE_RATE_LIMIT;
  await app.register(rateLimit, {
    global: false, store: databaseStore(db), hook: 'onRequest',
    keyGenerator: (req) => `participant-page:${req.ip}`,
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
    addHeaders: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false, 'retry-after': true },
    errorResponseBuilder: (_req, { ttl }) => new AppError(429, 'rate-limited', { n: Math.max(1, Math.ceil(ttl / 1000)) }),
  });
  r.get('/p/:token', {
    config: { rateLimit: { max: limit, timeWindow: windowMs } },
    // Runs before the limit's own onRequest hook, so a refusal is not cached either.
    onRequest: async (_req, reply) => { reply.header('cache-control', 'no-store'); },
    schema: {
      tags, summary: "The participant's page by the token in its link (no sign-in); 404 when unknown, expired or revoked",
      security: [], params: tokenParam, querystring: pageQuery, response: { 200: pageJson, ...errorResponses },
    },
  }, async (req, reply) => {
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    return publicPage(db, req.params.token, req.query.lang);
  });
  // The anonymous survey on the same page (issue 14), under the same limit per client address.
  participantSurveyPublicRoutes(app, { db, limit, windowMs });
}
