import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { errorResponses } from '../../http/openapi.ts';
import { surveyAnswerInput, surveyStateJson } from './schemas.ts';
import { submitAnswer, surveyState } from './service.ts';

const tokenParam = z.object({ token: z.string().max(100) });

/**
 * The survey on the participant's page: no session, the page link's token is the key (404 when unknown, expired or
 * revoked). Registered by participant-page/routes.ts inside its rate-limited scope, so the same limit per client
 * address covers these. The address is used for that limit only and never stored with an answer; the request log
 * shows the route with the token replaced (app.ts redactUrl), never the body.
 */
export function participantSurveyPublicRoutes(app: FastifyInstance, { db, limit, windowMs }: { db: Db; limit: number; windowMs: number }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['participant-survey'];
  const noStore = async (_req: unknown, reply: { header: (k: string, v: string) => unknown }) => { reply.header('cache-control', 'no-store'); };

  r.get('/p/:token/survey', {
    config: { rateLimit: { max: limit, timeWindow: windowMs } },
    onRequest: noStore,
    schema: {
      tags, summary: 'Whether this page link may answer the survey (guidance held, not answered yet); 404 when the link does not work',
      security: [], params: tokenParam, response: { 200: surveyStateJson, ...errorResponses },
    },
  }, async (req, reply) => {
    reply.header('referrer-policy', 'no-referrer');
    return surveyState(db, req.params.token);
  });

  r.post('/p/:token/survey', {
    config: { rateLimit: { max: limit, timeWindow: windowMs } },
    onRequest: noStore,
    schema: {
      tags, summary: 'Answer the survey anonymously, once per link: 201 when counted, 200 when this link had already answered (counted once)',
      security: [], params: tokenParam, body: surveyAnswerInput,
      response: { 200: surveyStateJson, 201: surveyStateJson, ...errorResponses },
    },
  }, async (req, reply) => {
    reply.header('referrer-policy', 'no-referrer');
    const { counted } = await submitAnswer(db, req.params.token, req.body);
    return reply.code(counted ? 201 : 200).send({ status: 'answered' as const });
  });
}
