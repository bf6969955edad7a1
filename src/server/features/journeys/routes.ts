import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import { journeyIdParam, journeyJson, journeyList, planInput, planJson, planOverview as planOverviewJson, planParams } from './schemas.ts';
import { exampleJourney, exampleJourneys, getPlan, planOverview, savePlan } from './service.ts';

/** Example journeys (public, no personal data) and a participant's own Plan A and B (scoped, audited). */
export async function journeyRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/map/journeys', {
    schema: {
      tags: ['map'], summary: 'Example journeys through the opportunity map (fictional personas), with time to goal, living-cost gaps and hand-overs',
      security: [], response: { 200: journeyList, ...errorResponses },
    },
  }, () => exampleJourneys());

  r.get('/map/journeys/:id', {
    schema: { tags: ['map'], summary: 'One example journey', security: [], params: journeyIdParam, response: { 200: journeyJson, ...errorResponses } },
  }, (req) => exampleJourney(req.params.id));

  const tags = ['journey-plans'];
  r.get('/participants/:id/journey-plans', {
    schema: {
      tags, summary: "The participant's Plan A and Plan B (version 0 = not saved yet) and the eligibility profile built from the participant and the handover brief",
      params: idParam, response: { 200: planOverviewJson, ...errorResponses },
    },
  }, (req) => planOverview(db, actorOf(req), req.params.id));

  r.get('/participants/:id/journey-plans/:plan', {
    schema: { tags, summary: 'One plan (A or B)', params: planParams, response: { 200: planJson, ...errorResponses } },
  }, (req) => getPlan(db, actorOf(req), req.params.id, req.params.plan));

  r.put('/participants/:id/journey-plans/:plan', {
    schema: {
      tags, summary: 'Save a plan: the municipality and the counsellors of a centre with an order; send the version you read (0 to create; 409 if stale)',
      params: planParams, body: planInput, response: { 200: planJson, ...errorResponses },
    },
  }, (req) => savePlan(db, actorOf(req), req.params.id, req.params.plan, req.body));
}
