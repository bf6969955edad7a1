import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses, noContent } from '../../http/openapi.ts';
import { paperAnswerInput, surveyResultsJson, surveyResultsQuery } from './schemas.ts';
import { enterPaperAnswer, surveyResults } from './service.ts';

/** Staff routes of the participants' survey: paper forms typed in, and the centre's results (issue 14, item 4). */
export async function participantSurveyRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['participant-survey'];

  r.post('/survey/paper-answers', {
    schema: {
      tags, summary: 'Type in one anonymous paper survey form (centre roles): language, quarter and answers, nothing about the person',
      body: paperAnswerInput, response: { 204: noContent, ...errorResponses },
    },
  }, async (req, reply) => {
    await enterPaperAnswer(db, actorOf(req), req.body);
    return reply.code(204).send(null);
  });

  r.get('/survey/results', {
    schema: {
      tags, summary: "A centre's survey results per quarter and language, suppressed under five (centre roles: own centre; statistics reader: centreId)",
      querystring: surveyResultsQuery, response: { 200: surveyResultsJson, ...errorResponses },
    },
  }, (req) => surveyResults(db, actorOf(req), req.query.centreId));
}
