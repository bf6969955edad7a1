import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { migrationsFolder, type Db } from '../db/client.ts';

const check = z.enum(['ok', 'failed']);
const readyResponse = z.object({ status: z.enum(['ok', 'unavailable']), checks: z.object({ database: check, migrations: check }) });

/** The migrations checked in with this build (drizzle-kit's journal): `when` is what the migrator stores as created_at. */
function journalMigrations(): number[] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
  return journal.entries.map((e) => e.when);
}

/**
 * Health for a platform such as Kubernetes: `live` says the process answers (restart it if not); `ready` says it
 * can serve (send it traffic): the database answers and holds every migration this build ships.
 */
export async function healthRoutes(app: FastifyInstance, opts: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const expected = journalMigrations();

  r.get('/api/health/live', {
    schema: { tags: ['health'], summary: 'Liveness: the process answers', response: { 200: z.object({ status: z.literal('ok') }) } },
  }, async () => ({ status: 'ok' as const }));

  r.get('/api/health/ready', {
    schema: {
      tags: ['health'], summary: 'Readiness: the database answers and every migration is applied',
      response: { 200: readyResponse, 503: readyResponse },
    },
  }, async (req, reply) => {
    let database: 'ok' | 'failed' = 'ok';
    let migrations: 'ok' | 'failed' = 'failed';
    try {
      const result = await opts.db.execute(sql`select created_at from drizzle.__drizzle_migrations`);
      const applied = new Set((result as unknown as { rows: { created_at: string | number }[] }).rows.map((row) => Number(row.created_at)));
      if (expected.every((when) => applied.has(when))) migrations = 'ok';
    } catch (err) {
      database = 'failed';
      req.log.warn({ err: { message: (err as Error).message } }, 'readiness: database check failed');
    }
    const ok = database === 'ok' && migrations === 'ok';
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' as const : 'unavailable' as const, checks: { database, migrations } });
  });
}
