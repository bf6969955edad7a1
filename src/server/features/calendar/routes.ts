import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { actorOf } from '../../auth/guard.ts';
import { errorResponses, noContent } from '../../http/openapi.ts';
import { isoDate } from '../../http/fields.ts';
import { interpreterStatuses, sessionModes, sessionOutcomes } from '../../../domain/index.ts';
import { calendar, createFeed, feed, feedStatus, revokeFeed } from './service.ts';

const ref = z.object({ id: z.uuid(), name: z.string() });

const calendarQuery = z.object({
  from: isoDate.optional().describe('First day (default: Monday this week)'),
  to: isoDate.optional().describe('Last day, included (default: from + 6 days); at most 62 days'),
  counsellorId: z.uuid().optional().describe("A lead may pick one counsellor's calendar; a counsellor always sees their own"),
}).strict();

/** The calendar; the web app's calendar types are inferred from it (types only). */
export const calendarJson = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(z.object({
    type: z.enum(['session', 'group-session']),
    id: z.uuid(),
    reference: z.string(),
    title: z.string().describe("The participant's name (session) or the group session's title"),
    startsAt: z.string(),
    endsAt: z.string(),
    durationMinutes: z.number().int(),
    mode: z.enum(sessionModes),
    place: z.string().nullable(),
    meetingUrl: z.string().nullable(),
    counsellors: z.array(ref),
    interpreter: z.object({ language: z.string(), status: z.enum(interpreterStatuses) }).nullable(),
    status: z.enum(['planned', ...sessionOutcomes]),
    orderId: z.uuid().nullable(),
    participant: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }).nullable(),
  })),
});

export const feedJson = z.object({ active: z.boolean(), createdAt: z.string().nullable() });

export async function calendarRoutes(app: FastifyInstance, { db, publicUrl }: { db: Db; publicUrl: string }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calendar'];

  r.get('/calendar', {
    schema: {
      tags, summary: "A counsellor's own week, or the centre's calendar for a lead: sessions and group sessions",
      querystring: calendarQuery, response: { 200: calendarJson, ...errorResponses },
    },
  }, (req) => calendar(db, actorOf(req), req.query));

  r.get('/calendar/feed', {
    schema: { tags, summary: 'Whether you have a calendar feed (the address is shown only when it is made)', response: { 200: feedJson, ...errorResponses } },
  }, (req) => feedStatus(db, actorOf(req)));

  r.post('/calendar/feed', {
    schema: {
      tags, summary: 'Make a new secret iCalendar address for your sessions (centre roles); an earlier address stops working',
      response: { 201: z.object({ url: z.string(), createdAt: z.string() }), ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await createFeed(db, actorOf(req), publicUrl)));

  r.post('/calendar/feed/revoke', {
    schema: { tags, summary: 'Stop your calendar feed', response: { 204: noContent, ...errorResponses } },
  }, async (req, reply) => {
    await revokeFeed(db, actorOf(req));
    return reply.code(204).send(null);
  });
}

/** The feed itself, outside /api/v1: calendar apps fetch it without a session, by the secret in the address. */
export async function icalRoutes(app: FastifyInstance, { db, publicUrl }: { db: Db; publicUrl: string }) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/ical/:file', {
    schema: {
      tags: ['calendar'], summary: "A counsellor's sessions as iCalendar, titled by reference code only (no personal data)",
      security: [],
      params: z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/, { error: 'invalid' }).describe('{token}.ics') }),
      response: { 200: z.string(), ...errorResponses },
    },
  }, async (req, reply) => {
    const body = await feed(db, req.params.file.slice(0, -'.ics'.length), publicUrl);
    return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(body);
  });
}
