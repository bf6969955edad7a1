import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../test/harness.ts';
import { openDatabase } from '../db/client.ts';
import { buildApp } from '../app.ts';
import { jobQueueDepth } from './metrics.ts';

const METRICS_TOKEN = 'test-metrics-token-0123456789';

describe.each(databaseKinds)('health and metrics on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind, { app: { metricsToken: METRICS_TOKEN } }); });
  afterAll(async () => { await t?.close(); });

  const scrape = (token?: string) => fetch(`${t.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('is live, and ready when the database answers and holds every migration of this build', async () => {
    expect((await t.client().get('/api/health/live')).body).toEqual({ status: 'ok' });
    const ready = await t.client().get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', checks: { database: 'ok', migrations: 'ok' } });
  });

  it('is not ready while a migration of this build is missing from the database', async () => {
    // The serving role may only read the migration journal: change it as the owner (on PGlite one role does both).
    type Row = { id: number; hash: string; created_at: string };
    const db = t.database.db;
    const owner = t.ownerUrl ? new pg.Client({ connectionString: t.ownerUrl }) : null;
    await owner?.connect();
    const [last] = owner
      ? (await owner.query<Row>('select id, hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1')).rows
      : (await db.execute(sql`select id, hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`) as unknown as { rows: Row[] }).rows;
    if (owner) await owner.query('delete from drizzle.__drizzle_migrations where id = $1', [last!.id]);
    else await db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${last!.id}`);
    try {
      const ready = await t.client().get('/api/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toEqual({ status: 'unavailable', checks: { database: 'ok', migrations: 'failed' } });
      expect((await t.client().get('/api/health/live')).status).toBe(200);
    } finally {
      if (owner) {
        await owner.query('insert into drizzle.__drizzle_migrations (id, hash, created_at) values ($1, $2, $3)', [last!.id, last!.hash, last!.created_at]);
        await owner.end();
      } else {
        await db.execute(sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${last!.id}, ${last!.hash}, ${last!.created_at})`);
      }
    }
    expect((await t.client().get('/api/health/ready')).status).toBe(200);
  });

  it('hides /metrics without the token: 401 for a missing or wrong token', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape('wrong-token-0123456789abcdef')).status).toBe(401);
    expect((await scrape(`${METRICS_TOKEN}x`)).status).toBe(401);
  });

  it('answers 404 at /metrics when no METRICS_TOKEN is set', async () => {
    const app = await buildApp({ database: t.database, publicUrl: 'http://veivalg.test', webRoot: '/nonexistent' });
    try {
      expect((await app.inject({ url: '/metrics', headers: { authorization: 'Bearer anything-at-all-here' } })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('counts requests and latency per route pattern, never the raw address, with errors, pool use and queue depth', async () => {
    const id = randomUUID();
    const adviser = await t.as('radgiver@bergen.demo');
    expect((await adviser.get(`/api/v1/participants/${id}`)).status).toBe(404);
    await t.client().get('/api/v1/p/a-secret-participant-token');
    jobQueueDepth.set({ queue: 'outbox' }, 3);
    const res = await scrape(METRICS_TOKEN);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/veivalg_http_requests_total\{method="GET",route="\/api\/v1\/participants\/:id",status="404"\} [1-9]/);
    expect(text).toMatch(/veivalg_http_request_duration_seconds_bucket\{le="0.5",method="GET",route="\/api\/v1\/participants\/:id"\} [1-9]/);
    expect(text).toMatch(/veivalg_http_requests_total\{method="POST",route="\/api\/v1\/auth\/login",status="204"\} [1-9]/);
    expect(text).toContain('route="/api/v1/p/:token"');
    expect(text).not.toContain(id);
    expect(text).not.toContain('a-secret-participant-token');
    expect(text).toContain('# TYPE veivalg_http_errors_total counter');
    expect(text).toContain('veivalg_job_queue_depth{queue="outbox"} 3');
    expect(text).toContain('veivalg_process_cpu_seconds_total');
    if (kind === 'postgres') expect(text).toMatch(/veivalg_db_pool_connections\{state="total"\} [1-9]/);
  });
});

describe('health without a database', () => {
  it('is not ready, but still live, when the database does not answer', async () => {
    const database = await openDatabase({});
    const app = await buildApp({ database, publicUrl: 'http://veivalg.test', webRoot: '/nonexistent' });
    await database.close();
    try {
      const ready = await app.inject({ url: '/api/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'unavailable', checks: { database: 'failed', migrations: 'failed' } });
      expect((await app.inject({ url: '/api/health/live' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  }, 120_000);
});
