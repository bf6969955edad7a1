import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestApp, type TestApp } from './test/harness.ts';
import { loadDemoIfEmpty } from './demo/seed.ts';
import { users } from './db/schema.ts';

describe.each(databaseKinds)('the app on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind, { seed: false }); });
  afterAll(async () => { await t?.close(); });

  it('reports health and which database it runs on', async () => {
    const res = await t.client().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: kind });
  });

  it('never loads demo data in production, and loads it once into an empty database otherwise', async () => {
    expect(await loadDemoIfEmpty(t.database.db, { production: true })).toBe(false);
    expect(await t.database.db.select().from(users)).toHaveLength(0);
    expect(await loadDemoIfEmpty(t.database.db, { production: false })).toBe(true);
    const count = (await t.database.db.select().from(users)).length;
    expect(count).toBeGreaterThan(5);
    expect(await loadDemoIfEmpty(t.database.db, { production: false })).toBe(false);
    expect(await t.database.db.select().from(users)).toHaveLength(count);
  });

  it('documents every API route in the OpenAPI document, and documents no route that does not exist', async () => {
    const doc = (await t.client().get('/api/openapi.json')).body;
    expect(doc.openapi).toMatch(/^3\./);
    const routes = t.app.registeredRoutes.filter((r) => r.url.startsWith('/api') && r.method !== 'HEAD');
    // Each route fastify registered under /api, as the document writes its path (/participants/:id → /participants/{id}).
    const asDocumented = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const undocumented = routes.filter((r) => !r.hidden && !doc.paths[asDocumented(r.url)]?.[r.method.toLowerCase()]);
    expect(undocumented.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    // Hidden on purpose, and only these: the document itself.
    expect(routes.filter((r) => r.hidden).map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/openapi.json']);
    const registered = new Set(routes.map((r) => `${r.method.toLowerCase()} ${asDocumented(r.url)}`));
    const documentedOnly = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)).filter((op) => !registered.has(op));
    expect(documentedOnly).toEqual([]);
    expect(routes.length).toBeGreaterThan(150);
    expect(doc.paths['/api/v1/participants'].post.requestBody.content['application/json'].schema.required)
      .toEqual(expect.arrayContaining(['givenName', 'familyName', 'birthDate', 'residenceBasis', 'settlementDate', 'preferredLanguage']));
  });

  it('answers unknown API paths with a JSON 404 and no stack trace', async () => {
    const res = await t.client().get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'not_found', message: 'Finner ikke det du ba om.' });
  });
});
