import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema.ts';
import { requireRole } from '../../auth/guard.ts';
import { counsellorListReaders, listedCounsellors } from './policy.ts';
import { errorResponses } from '../../http/openapi.ts';

/** The counsellors at your career centre; the web app's `Counsellor` type is inferred from it (src/web/types.ts). */
export const counsellorList = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string() })) });

export async function careerCentreRoutes(app: FastifyInstance, { db }: { db: Db }) {
  app.withTypeProvider<ZodTypeProvider>().get('/career-centre/counsellors', {
    schema: {
      tags: ['career-centre'], summary: 'Counsellors at your career centre (to assign an order)',
      response: { 200: counsellorList, ...errorResponses },
    },
  }, async (req) => {
    const actor = requireRole(req, counsellorListReaders);
    const items = await db.select({ id: users.id, name: users.name, email: users.email }).from(users)
      .where(and(eq(users.organisationId, actor.organisationId!), eq(users.active, true), listedCounsellors()))
      .orderBy(asc(users.name));
    return { items };
  });
}
