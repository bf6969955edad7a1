import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { requireRole } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { idParam } from '../../http/fields.ts';
import { countyJson, organisationInput, organisationJson, organisationPatch, userCreated, userInput, userJson, userPatch } from './schemas.ts';
import * as admin from './service.ts';
import { administrators } from './policy.ts';
import type { Senders } from '../../outbox/outbox.ts';

export async function adminRoutes(app: FastifyInstance, { db, publicUrl, senders, localPasswords }: { db: Db; publicUrl: string; senders: Senders; localPasswords?: boolean }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['admin'];
  const asAdmin = (req: Parameters<typeof requireRole>[0]) => requireRole(req, administrators);

  r.get('/admin/counties', { schema: { tags, summary: 'Counties', response: { 200: z.object({ items: z.array(countyJson) }), ...errorResponses } } },
    async (req) => { asAdmin(req); return { items: await admin.listCounties(db) }; });

  r.get('/admin/organisations', { schema: { tags, summary: 'Organisations', response: { 200: z.object({ items: z.array(organisationJson) }), ...errorResponses } } },
    async (req) => { asAdmin(req); return { items: await admin.listOrganisations(db) }; });

  r.post('/admin/organisations', { schema: { tags, summary: 'Create an organisation', body: organisationInput, response: { 201: organisationJson, ...errorResponses } } },
    async (req, reply) => reply.code(201).send(await admin.createOrganisation(db, asAdmin(req), req.body)));

  r.patch('/admin/organisations/:id', {
    schema: { tags, summary: "Change an organisation, e.g. a municipality's career centre", params: idParam, body: organisationPatch, response: { 200: organisationJson, ...errorResponses } },
  }, async (req) => admin.updateOrganisation(db, asAdmin(req), req.params.id, req.body));

  r.get('/admin/users', { schema: { tags, summary: 'Users', response: { 200: z.object({ items: z.array(userJson) }), ...errorResponses } } },
    async (req) => { asAdmin(req); return { items: await admin.listUsers(db) }; });

  r.post('/admin/users', {
    schema: {
      tags, summary: 'Create a user. The one-time link to set the password is e-mailed when SMTP is configured, otherwise returned here',
      body: userInput,
      response: { 201: userCreated, ...errorResponses },
    },
  }, async (req, reply) => reply.code(201).send(await admin.createUser(db, asAdmin(req), req.body, publicUrl, senders, localPasswords ?? true)));

  r.patch('/admin/users/:id', {
    schema: { tags, summary: 'Change or deactivate a user', params: idParam, body: userPatch, response: { 200: userJson, ...errorResponses } },
  }, async (req) => admin.updateUser(db, asAdmin(req), req.params.id, req.body));
}
