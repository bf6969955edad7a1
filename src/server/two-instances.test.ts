/**
 * Two app instances on one database, as behind a load balancer: state that matters across requests (sessions,
 * CSRF, sign-in pauses, rate limits, seats) lives in the database, so the flow gives the same results as one
 * instance. On PostgreSQL each instance has its own connection pool; on PGlite they share the embedded database.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { openDatabase, type Database } from './db/client.ts';
import { buildApp } from './app.ts';
import { seedDemo } from './demo/seed.ts';
import { ApiClient } from './test/client.ts';
import { databaseKinds, freshPostgres, type TestApp } from './test/harness.ts';
import { newcomer, osloAt, participantWithOrder } from './test/fixtures.ts';
import { groupRegistrations } from './db/schema.ts';

async function instance(database: Database, kind: TestApp['kind']): Promise<TestApp> {
  const app = await buildApp({ database, publicUrl: 'http://veivalg.test', webRoot: '/nonexistent', participantPageRateLimit: { limit: 4, windowMs: 60_000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    kind, url, app, database,
    client: () => new ApiClient(url),
    async as(email) { const c = new ApiClient(url); await c.login(email); return c; },
    async close() { await app.close(); },
  };
}

/** The same browser (its cookies) talking to the other instance. */
function sameBrowserOn(other: TestApp, c: ApiClient): ApiClient {
  const moved = other.client();
  for (const [k, v] of c.cookies) moved.cookies.set(k, v);
  return moved;
}

describe.each(databaseKinds)('two app instances on one %s database', (kind) => {
  let a: TestApp;
  let b: TestApp;
  const databases: Database[] = [];
  let pgdb: Awaited<ReturnType<typeof freshPostgres>> | null = null;

  beforeAll(async () => {
    pgdb = kind === 'postgres' ? await freshPostgres() : null;
    const first = await openDatabase(pgdb ? { databaseUrl: pgdb.url, ownerUrl: pgdb.ownerUrl } : {});
    await seedDemo(first.db, { participantsPerMunicipality: 6 });
    const second = pgdb ? await openDatabase({ databaseUrl: pgdb.url, ownerUrl: pgdb.ownerUrl }) : first;
    databases.push(first, ...(second === first ? [] : [second]));
    a = await instance(first, kind);
    b = await instance(second, kind);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    for (const d of databases) await d.close();
    await pgdb?.drop();
  });

  it('signs in on one, acts on the other (with the CSRF check), and signing out on one ends the session on both', async () => {
    const onA = await a.as('radgiver@bergen.demo');
    const onB = sameBrowserOn(b, onA);
    expect((await onB.get('/api/v1/auth/me')).status).toBe(200);
    const created = await onB.post('/api/v1/participants', newcomer('Tvillingsen'));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await onA.get(`/api/v1/participants/${created.body.id}`)).body.familyName).toBe('Tvillingsen');
    // The CSRF check holds on both: without the header, B refuses as A would.
    onB.sendCsrf = false;
    expect((await onB.post('/api/v1/participants', newcomer('Uten'))).status).toBe(403);
    onB.sendCsrf = true;
    expect((await onB.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await onA.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('failed sign-ins count across instances: the pause starts after five, wherever they were tried', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await (i % 2 ? b : a).client().post('/api/v1/auth/login', { email: 'leder@bergen.demo', password: `feil-${i}` });
      expect(res.status).toBe(401);
    }
    const paused = await b.client().post('/api/v1/auth/login', { email: 'leder@bergen.demo', password: 'veivalg-demo' });
    expect(paused.status).toBe(429);
    expect(paused.body.error).toBe('sign_in_paused');
    expect((await a.client().post('/api/v1/auth/login', { email: 'leder@bergen.demo', password: 'veivalg-demo' })).status).toBe(429);
  });

  it("the participant page's rate limit is one count for a client across both instances", async () => {
    const adviser = await a.as('radgiver@bergen.demo');
    const p = (await adviser.post('/api/v1/participants', newcomer('Grensesen'))).body;
    const made = await adviser.post(`/api/v1/participants/${p.id}/page-links`, { language: 'nb', background: 'primary' });
    expect(made.status).toBe(201);
    const path = `/api/v1/p/${new URL(made.body.url).pathname.split('/').pop()}`;
    // Limit 4 a minute: two on each instance pass, the fifth is refused on either.
    for (const inst of [a, b, a, b]) expect((await inst.client().get(path)).status).toBe(200);
    const refused = await b.client().get(path);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await a.client().get(path)).status).toBe(429);
  });

  it('gives the last seat of a group session to exactly one of two registrations sent through both instances at once', async () => {
    const counsellor = await a.as('veileder@vestland.demo');
    const g = (await counsellor.post('/api/v1/group-sessions', {
      title: 'Gruppeveiledning på arabisk', language: 'ar', mode: 'in-person', place: 'Karriere Vestland, Bergen',
      startsAt: osloAt(33, '10:00'), durationMinutes: 90, capacity: 1,
    })).body;
    const bergen = await participantWithOrder(a, 'bergen', 'sent');
    const voss = await participantWithOrder(b, 'voss', 'sent');
    const [x, y] = await Promise.all([
      (await a.as('radgiver@bergen.demo')).post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: bergen.participantId }),
      (await b.as('radgiver@voss.demo')).post(`/api/v1/group-sessions/${g.id}/registrations`, { participantId: voss.participantId }),
    ]);
    expect([x.status, y.status].sort()).toEqual([201, 409]);
    expect([x, y].find((r) => r.status === 409)!.body.error).toBe('group.full');
    const rows = await a.database.db.select().from(groupRegistrations)
      .where(and(eq(groupRegistrations.groupSessionId, g.id), eq(groupRegistrations.status, 'registered')));
    expect(rows).toHaveLength(1);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('instances starting at once on an empty PostgreSQL database', () => {
  it('all start: one migrates while the others wait for its lock', async () => {
    const pgdb = await freshPostgres();
    try {
      const settled = await Promise.allSettled([1, 2, 3].map(() => openDatabase({ databaseUrl: pgdb.url, ownerUrl: pgdb.ownerUrl })));
      const opened = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      try {
        // Every instance starts (a failed start would show its reason here), and the migrations ran once.
        expect(settled.map((s) => (s.status === 'rejected' ? String(s.reason) : 'started'))).toEqual(['started', 'started', 'started']);
        const [row] = await opened[0]!.db.select({ n: sql<number>`(select count(*)::int from drizzle.__drizzle_migrations)` }).from(sql`(select 1) as one`);
        const files = readdirSync(new URL('./db/migrations/', import.meta.url)).filter((f) => f.endsWith('.sql'));
        expect(row!.n).toBe(files.length);
      } finally {
        for (const d of opened) await d.close();
      }
    } finally {
      await pgdb.drop();
    }
  });
});
