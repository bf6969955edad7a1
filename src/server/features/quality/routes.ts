import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import { countySummary, evaluationInput, evaluationJson, evaluationList } from './schemas.ts';
import { countySummaries, getEvaluation, listEvaluations, saveCurrentEvaluation } from './service.ts';

/** A career centre's yearly self-evaluation against the national quality framework (issue 14, item 5). */
export async function qualityRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['quality'];

  r.get('/quality-evaluations', {
    schema: { tags, summary: "Your centre's self-evaluations, newest year first, with summaries (centre roles)", response: { 200: evaluationList, ...errorResponses } },
  }, (req) => listEvaluations(db, actorOf(req)));

  r.put('/quality-evaluations/current', {
    schema: {
      tags, summary: "Save this year's self-evaluation (centre lead): score, evidence and improvement action per framework area; version null the first time",
      body: evaluationInput, response: { 200: evaluationJson, ...errorResponses },
    },
  }, (req) => saveCurrentEvaluation(db, actorOf(req), req.body));

  r.get('/quality-evaluations/county', {
    schema: {
      tags, summary: 'Summaries (scores only) of the career centres in your county (centre lead) or of every centre (statistics reader)',
      response: { 200: countySummary, ...errorResponses },
    },
  }, (req) => countySummaries(db, actorOf(req)));

  r.get('/quality-evaluations/:id', {
    schema: { tags, summary: 'One self-evaluation of your centre, any year (centre roles)', params: idParam, response: { 200: evaluationJson, ...errorResponses } },
  }, (req) => getEvaluation(db, actorOf(req), req.params.id));
}
