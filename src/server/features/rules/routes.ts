import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { requireRole } from '../../auth/guard.ts';
import { errorResponses } from '../../http/openapi.ts';
import { ruleChangesJson } from './schemas.ts';
import { ruleChanges } from './service.ts';
import { ruleChangeRoles } from './policy.ts';

export async function ruleRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/rules/changes', {
    schema: {
      tags: ['rules'],
      summary: 'The dated § 11 rules with their sources, and whom each past or coming change affects (leads and administrators)',
      response: { 200: ruleChangesJson, ...errorResponses },
    },
  }, (req) => ruleChanges(db, requireRole(req, ruleChangeRoles)));
}
