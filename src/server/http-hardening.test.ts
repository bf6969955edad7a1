/**
 * Findings 5, 6 and 9 of the security review: security headers on every response, CSRF bound to the session with
 * an Origin check, no caching of personal data, name searches out of URLs, and "sign out everywhere" ending the
 * calendar feed too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, count, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from './test/harness.ts';
import { newcomer, participantWithOrder, sides } from './test/fixtures.ts';
import { auditEvents, calendarFeeds, participants } from './db/schema.ts';

describe.each(databaseKinds)('HTTP hardening on %s', (kind) => {
  let t: TestApp;
  const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'veivalg-web-'));
  fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Veivalg</title><div id="root"></div>');
  const db = () => t.database.db;
  const participantCount = async () => (await db().select({ n: count() }).from(participants))[0]!.n;

  beforeAll(async () => { t = await startTestApp(kind, { webRoot, production: true }); });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
  });

  describe('security headers (finding 5)', () => {
    it.each([
      ['the web app', '/deltakere'],
      ["the participant's page", '/p/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'],
      ['an API answer', '/api/health'],
      ['an API error', '/api/v1/participants'],
      ['an unknown API path', '/api/v1/nothing-here'],
    ])('%s carries CSP, frame-ancestors none, nosniff, Referrer-Policy and (in production) HSTS', async (_what, url) => {
      const res = await fetch(t.url + url);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    });
  });

  describe('CSRF (finding 6)', () => {
    const body = () => newcomer(`Csrf-${Math.random().toString(36).slice(2)}`);

    it("another session's CSRF token is refused: the token is bound to the session", async () => {
      const a = await t.as(sides.bergen.adviser);
      const b = await t.as(sides.bergen.adviser);
      expect(a.cookies.get('csrf')).not.toBe(b.cookies.get('csrf'));
      const before = await participantCount();
      a.sendCsrf = false;
      const res = await a.request('POST', '/api/v1/participants', body(), { 'x-csrf-token': b.cookies.get('csrf')! });
      expect(res.status).toBe(403);
      expect(res.body.error).toBe('csrf');
      // A cookie planted by someone else (a sibling subdomain can set cookies) that matches the header does not help either.
      a.cookies.set('csrf', 'planted');
      const planted = await a.request('POST', '/api/v1/participants', body(), { 'x-csrf-token': 'planted' });
      expect(planted.status).toBe(403);
      expect(await participantCount()).toBe(before);
    });

    it('a state-changing request from another origin (Origin or Referer) is refused, even with the right token', async () => {
      const a = await t.as(sides.bergen.adviser);
      const before = await participantCount();
      for (const headers of <Record<string, string>[]>[
        { origin: 'https://evil.example' },
        { origin: 'null' },
        { referer: 'https://evil.example/page' },
        { origin: 'http://veivalg.test.evil.example' },
      ]) {
        const res = await a.request('POST', '/api/v1/participants', body(), headers);
        expect(res.status, JSON.stringify(headers)).toBe(403);
        expect(res.body.error).toBe('origin');
      }
      // Sign-in from another site is refused too (login CSRF would sign the victim in as the attacker).
      const login = await t.client().request('POST', '/api/v1/auth/login', { email: sides.bergen.adviser, password: 'veivalg-demo' }, { origin: 'https://evil.example' });
      expect(login.status).toBe(403);
      expect(await participantCount()).toBe(before);
      // From PUBLIC_URL's origin (a page of the app) it goes through.
      const own = await a.request('POST', '/api/v1/participants', body(), { origin: 'http://veivalg.test', referer: 'http://veivalg.test/deltakere/ny' });
      expect(own.status).toBe(201);
      // Reads are not state-changing: a GET with a foreign Origin is answered (CORS keeps its answer from the other site).
      expect((await a.request('GET', '/api/v1/auth/me', undefined, { origin: 'https://evil.example' })).status).toBe(200);
    });
  });

  describe('caching and URLs (finding 9)', () => {
    it('every API answer says no-store, answers with personal data and errors alike', async () => {
      const adviser = await t.as(sides.bergen.adviser);
      const { participantId } = await participantWithOrder(t, 'bergen', 'sent');
      for (const url of ['/api/v1/participants', `/api/v1/participants/${participantId}`, `/api/v1/participants/${participantId}/orders`, '/api/v1/auth/me', '/api/v1/nothing']) {
        expect((await adviser.get(url)).headers.get('cache-control'), url).toBe('no-store');
      }
      expect((await adviser.post('/api/v1/participants/search', { q: 'Test' })).headers.get('cache-control')).toBe('no-store');
    });

    it("the participant's page HTML is no-store with no Referer, not @fastify/static's public caching", async () => {
      const res = await fetch(`${t.url}/p/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(await res.text()).toContain('<div id="root">');
    });

    it('a name search travels in the body; the list refuses a name in its query string', async () => {
      const adviser = await t.as(sides.bergen.adviser);
      const made = await adviser.post('/api/v1/participants', newcomer('Søkbarsen'));
      expect(made.status).toBe(201);
      const hits = await adviser.post('/api/v1/participants/search', { q: 'søkbar' });
      expect(hits.status).toBe(200);
      expect(hits.body.items.map((p: { id: string }) => p.id)).toEqual([made.body.id]);
      expect((await adviser.get('/api/v1/participants?q=S%C3%B8kbarsen')).body).toMatchObject({ error: 'validation', fields: [{ path: 'q' }] });
      // Another municipality's adviser finds nothing by the name.
      const drammen = await t.as(sides.drammen.adviser);
      expect((await drammen.post('/api/v1/participants/search', { q: 'Søkbarsen' })).body.items).toEqual([]);
    });

    it('"sign out everywhere" also ends the calendar feed address, and says so in the audit trail', async () => {
      const counsellor = await t.as(sides.bergen.counsellor);
      const made = await counsellor.post('/api/v1/calendar/feed');
      expect(made.status).toBe(201);
      const feedPath = new URL(made.body.url).pathname;
      expect((await t.client().get(feedPath)).status).toBe(200);
      const other = await t.as(sides.bergen.counsellor);
      expect((await counsellor.post('/api/v1/auth/logout-everywhere')).status).toBe(204);
      expect((await t.client().get(feedPath)).status).toBe(404);
      expect((await other.get('/api/v1/auth/me')).status).toBe(401);
      const [user] = await db().select({ userId: calendarFeeds.userId }).from(calendarFeeds);
      expect(user).toBeUndefined();
      const revoked = await db().select().from(auditEvents).where(eq(auditEvents.type, 'calendar-feed.revoked')).orderBy(asc(auditEvents.id));
      expect(revoked).toHaveLength(1);
    });
  });
});
