import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import { orderInput, orderItems, orderJson, orderList, orderListQuery, transitionInput } from './schemas.ts';
import { createOrder, getOrder, listOrders, listParticipantOrders, transitionOrder } from './service.ts';

export async function orderRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['orders'];

  r.post('/participants/:id/orders', {
    schema: {
      tags, summary: 'Order career guidance for a participant (created as a draft; send it with a transition)',
      params: idParam, body: orderInput, response: { 201: orderJson, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await createOrder(db, actorOf(req), req.params.id, req.body)));

  r.get('/participants/:id/orders', {
    schema: { tags, summary: "A participant's orders", params: idParam, response: { 200: orderItems, ...errorResponses } },
  }, async (req) => ({ items: await listParticipantOrders(db, actorOf(req), req.params.id) }));

  r.get('/orders', {
    schema: { tags, summary: 'Orders in your scope, earliest decision deadline first', querystring: orderListQuery, response: { 200: orderList, ...errorResponses } },
  }, (req) => listOrders(db, actorOf(req), req.query));

  r.get('/orders/:id', {
    schema: { tags, summary: 'One order with its history', params: idParam, response: { 200: orderJson, ...errorResponses } },
  }, (req) => getOrder(db, actorOf(req), req.params.id));

  r.post('/orders/:id/transitions', {
    schema: {
      tags, summary: 'Move an order to another status (reason required for rejected and cancelled)',
      params: idParam, body: transitionInput, response: { 200: orderJson, ...errorResponses },
    },
  }, (req) => transitionOrder(db, actorOf(req), req.params.id, req.body));
}
