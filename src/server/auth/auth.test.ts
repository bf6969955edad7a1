import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, desc, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../test/harness.ts';
import { auditEvents, participants, sessions, users } from '../db/schema.ts';
import { FREE_ATTEMPTS } from './sign-in-pause.ts';

describe.each(databaseKinds)('sign-in on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  it('sets an httpOnly SameSite session cookie and a readable csrf cookie', async () => {
    const c = t.client();
    const res = await c.login('radgiver@bergen.demo');
    expect(res.status).toBe(204);
    const cookies = res.headers.getSetCookie();
    const session = cookies.find((x) => x.startsWith('veivalg_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const csrf = cookies.find((x) => x.startsWith('csrf='))!;
    expect(csrf).not.toMatch(/HttpOnly/i);
    expect(csrf).toMatch(/SameSite=Strict/i);
    expect((await c.get('/api/v1/auth/me')).body.user).toMatchObject({ email: 'radgiver@bergen.demo', role: 'programme-adviser', organisation: { name: 'Bergen kommune', kind: 'municipality' } });
  });

  it('answers 401 to a wrong password and to an unknown e-mail, alike', async () => {
    const wrong = await t.client().post('/api/v1/auth/login', { email: 'radgiver@drammen.demo', password: 'feil-passord' });
    const unknown = await t.client().post('/api/v1/auth/login', { email: 'ingen@finnes.demo', password: 'feil-passord' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('pauses an account after repeated failed sign-ins, even for the right password', async () => {
    const email = 'veileder@buskerud.demo';
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      expect((await t.client().post('/api/v1/auth/login', { email, password: `gjett-${i}` })).status).toBe(401);
    }
    const paused = await t.client().post('/api/v1/auth/login', { email, password: 'veivalg-demo' });
    expect(paused.status).toBe(429);
    expect(Number(paused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(paused.body.message).toMatch(/Prøv igjen om \d+ sekunder/);
  });

  it('refuses a state-changing request without the matching x-csrf-token and stores nothing', async () => {
    const c = await t.as('radgiver@bergen.demo');
    const before = (await t.database.db.select().from(participants)).length;
    c.sendCsrf = false;
    const body = { givenName: 'Csrf', familyName: 'Test', birthDate: '1990-01-01', residenceBasis: 'refugee', settlementDate: '2026-10-01', preferredLanguage: 'ar' };
    const missing = await c.post('/api/v1/participants', body);
    expect(missing.status).toBe(403);
    expect(missing.body.error).toBe('csrf');
    const forged = await c.request('POST', '/api/v1/participants', body, { 'x-csrf-token': 'forged' });
    expect(forged.status).toBe(403);
    expect((await t.database.db.select().from(participants)).length).toBe(before);
    c.sendCsrf = true;
    expect((await c.post('/api/v1/participants', body)).status).toBe(201);
  });

  it('signs out of one session, or of every session', async () => {
    const a = await t.as('leder@bergen.demo');
    const b = await t.as('leder@bergen.demo');
    const c = await t.as('leder@bergen.demo');
    expect((await a.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await a.get('/api/v1/auth/me')).status).toBe(401);
    expect((await b.get('/api/v1/auth/me')).status).toBe(200);
    expect((await b.post('/api/v1/auth/logout-everywhere')).status).toBe(204);
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('tells the web app who is signed in and until when without a 401, and extends the session on request', async () => {
    expect(await t.client().get('/api/v1/auth/session')).toMatchObject({ status: 200, body: { user: null, expiresAt: null } });
    const a = await t.as('radgiver@bergen.demo');
    const first = await a.get('/api/v1/auth/session');
    expect(first.body.user).toMatchObject({ email: 'radgiver@bergen.demo', role: 'programme-adviser' });
    const ends = Date.parse(first.body.expiresAt);
    expect(ends - Date.now()).toBeGreaterThan(9.9 * 3600_000);
    // Extending moves the end to a working day from now, audited; the cookies get the same lifetime.
    const [session] = await t.database.db.select().from(sessions).where(eq(sessions.userId, first.body.user.id)).orderBy(desc(sessions.expiresAt)).limit(1);
    await t.database.db.update(sessions).set({ expiresAt: new Date(Date.now() + 60_000) }).where(eq(sessions.tokenHash, session!.tokenHash));
    const soon = Date.parse((await a.get('/api/v1/auth/session')).body.expiresAt);
    const extended = await a.post('/api/v1/auth/session/extend');
    expect(extended.status).toBe(200);
    expect(Date.parse(extended.body.expiresAt)).toBeGreaterThan(soon + 9 * 3600_000);
    expect(extended.headers.getSetCookie().find((x) => x.startsWith('veivalg_session='))).toMatch(/Max-Age=36000/);
    const audited = await t.database.db.select().from(auditEvents).where(eq(auditEvents.type, 'user.session-extended')).orderBy(asc(auditEvents.id));
    expect(audited.length).toBeGreaterThanOrEqual(1);
    // Without the csrf header: refused, nothing extended. Signed out: null again, and nothing to extend (401).
    a.sendCsrf = false;
    expect((await a.post('/api/v1/auth/session/extend')).status).toBe(403);
    a.sendCsrf = true;
    expect((await a.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await a.get('/api/v1/auth/session')).body).toEqual({ user: null, expiresAt: null });
    expect((await a.post('/api/v1/auth/session/extend')).status).toBe(401);
  });

  it('lets a new user set a password once through the one-time link, then sign in', async () => {
    const admin = await t.as('admin@veivalg.demo');
    const orgs = (await admin.get('/api/v1/admin/organisations')).body.items;
    const bergen = orgs.find((o: { name: string }) => o.name === 'Bergen kommune');
    const created = await admin.post('/api/v1/admin/users', { email: 'Ny.Radgiver@bergen.demo', name: 'Ny Rådgiver', role: 'programme-adviser', organisationId: bergen.id });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ email: 'ny.radgiver@bergen.demo', hasPassword: false });
    const url = new URL(created.body.setPasswordUrl);
    // The token travels in the fragment, which browsers never send to a server.
    expect(url.pathname).toBe('/sett-passord');
    const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
    expect(token.length).toBeGreaterThan(30);

    const anon = t.client();
    expect((await anon.post('/api/v1/auth/set-password', { token, password: 'kort' })).body.fields[0].path).toBe('password');
    expect((await anon.post('/api/v1/auth/set-password', { token, password: 'et langt nok passord' })).status).toBe(204);
    expect((await anon.post('/api/v1/auth/set-password', { token, password: 'et annet langt passord' })).status).toBe(400);
    await anon.login('ny.radgiver@bergen.demo', 'et langt nok passord');
    const [stored] = await t.database.db.select().from(users).where(eq(users.email, 'ny.radgiver@bergen.demo'));
    expect(stored!.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('a deactivated user is signed out and cannot sign in', async () => {
    const admin = await t.as('admin@veivalg.demo');
    const voss = await t.as('radgiver@voss.demo');
    const user = (await admin.get('/api/v1/admin/users')).body.items.find((u: { email: string }) => u.email === 'radgiver@voss.demo');
    expect((await admin.patch(`/api/v1/admin/users/${user.id}`, { active: false, version: user.version })).status).toBe(200);
    expect((await voss.get('/api/v1/auth/me')).status).toBe(401);
    expect((await t.client().post('/api/v1/auth/login', { email: 'radgiver@voss.demo', password: 'veivalg-demo' })).status).toBe(401);
  });
});
