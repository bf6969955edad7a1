import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, count, eq } from 'drizzle-orm';
import { databaseKinds, startTestApp, type TestApp } from '../test/harness.ts';
import { ApiClient } from '../test/client.ts';
import { freePort, startOidcProvider, type TestOidcProvider } from '../test/oidc-provider.ts';
import { auditEvents, organisations, sessions, users } from '../db/schema.ts';
import { buildApp } from '../app.ts';
import type { OidcProviderConfig } from '../config.ts';

/** The cookies a browser keeps per site: the app's are the ApiClient's own, so it is signed in afterwards. */
type Jar = Map<string, string>;

function keepCookies(jar: Jar, res: Response) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const [name, ...rest] = pair!.split('=');
    const value = rest.join('=');
    if (!value || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c)) jar.delete(name!.trim());
    else jar.set(name!.trim(), value);
  }
}

/**
 * Walks a browser's path through the sign-in: the app's start address, the provider's sign-in form (any password
 * is accepted there; `login` becomes the subject), the callback, and the page the app lands on. Redirects are
 * followed by hand, so each step's cookies go only to their own site. `beforeCallback` may hand the callback to
 * another browser (a forged sign-in) or keep it to replay.
 */
async function signInWithProvider(app: ApiClient, providerId: string, login: string, beforeCallback?: (url: string) => Promise<string | void>) {
  const appOrigin = new URL(app.baseUrl).origin;
  const providerJar: Jar = new Map();
  let url = `${app.baseUrl}/api/v1/auth/oidc/${providerId}/start`;
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 15; hop++) {
    const target = new URL(url);
    const jar = target.origin === appOrigin ? app.cookies : providerJar;
    if (target.pathname.endsWith('/callback') && beforeCallback) {
      const page = await beforeCallback(url);
      if (page) return { page, callbackUrl: url };
    }
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET', redirect: 'manual', body,
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    });
    keepCookies(jar, res);
    body = undefined;
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location')!, url);
      if (next.origin === appOrigin && !next.pathname.startsWith('/api/')) return { page: next.pathname, callbackUrl: url };
      url = next.href;
    } else if (res.status === 200 && target.pathname.startsWith('/interaction/')) {
      await res.text();
      body = new URLSearchParams({ prompt: 'login', login, password: 'any' });
    } else {
      throw new Error(`unexpected ${res.status} at ${target.pathname}: ${await res.text()}`);
    }
  }
  throw new Error('too many redirects');
}

describe.each(databaseKinds)('sign-in with an OpenID Connect provider on %s', (kind) => {
  let t: TestApp;
  let idp: TestOidcProvider;
  let bergenId: string;

  beforeAll(async () => {
    const port = await freePort();
    idp = await startOidcProvider({ appUrls: [`http://127.0.0.1:${port}`], providerIds: ['default', 'bergen'] });
    const provider = { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret };
    // The Bergen provider's organisation is known only after seeding: it is set on the options the app reads lazily.
    const providers: OidcProviderConfig[] = [{ id: 'default', name: 'Testpålogging', ...provider }, { id: 'bergen', name: 'Bergen kommune', ...provider }];
    t = await startTestApp(kind, { port, app: { oidcProviders: providers } });
    const [bergen] = await t.database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, 'Bergen kommune'));
    bergenId = bergen!.id;
    providers[1]!.organisationId = bergenId;
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  const countOf = async (table: typeof users | typeof sessions) => (await t.database.db.select({ n: count() }).from(table))[0]!.n;

  it('lists the providers for the sign-in page, and password sign-in as on', async () => {
    const res = await t.client().get('/api/v1/auth/providers');
    expect(res.body).toEqual({ localPasswords: true, providers: [{ id: 'default', name: 'Testpålogging' }, { id: 'bergen', name: 'Bergen kommune' }] });
  });

  it('signs in the user an administrator linked by e-mail, with PKCE, state and nonce, and audits it', async () => {
    const c = t.client();
    const start = await fetch(`${t.url}/api/v1/auth/oidc/default/start`, { redirect: 'manual' });
    const authorise = new URL(start.headers.get('location')!);
    expect(authorise.origin).toBe(idp.issuer);
    expect(authorise.searchParams.get('code_challenge_method')).toBe('S256');
    for (const p of ['code_challenge', 'state', 'nonce']) expect(authorise.searchParams.get(p)?.length).toBeGreaterThanOrEqual(43);
    const stateCookie = start.headers.getSetCookie().find((x) => x.startsWith('veivalg_oidc='))!;
    expect(stateCookie).toMatch(/HttpOnly/i);
    expect(stateCookie).toMatch(/Path=\/api\/v1\/auth\/oidc/);

    expect((await signInWithProvider(c, 'default', 'radgiver@bergen.demo')).page).toBe('/');
    const me = await c.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email: 'radgiver@bergen.demo', role: 'programme-adviser' });
    const [ragnhild] = await t.database.db.select().from(users).where(eq(users.email, 'radgiver@bergen.demo'));
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, ragnhild!.id)).orderBy(asc(auditEvents.id));
    expect(events.map((e) => [e.type, e.data])).toContainEqual(['user.signed-in', { provider: 'default' }]);
    // The signed-in session works for state-changing requests too (csrf cookie set as with a password).
    expect(c.cookies.get('csrf')).toBeTruthy();
  });

  it('shows "not registered" to an unknown identity and creates nothing', async () => {
    const [usersBefore, sessionsBefore] = [await countOf(users), await countOf(sessions)];
    const c = t.client();
    expect((await signInWithProvider(c, 'default', 'ukjent@ingen.demo')).page).toBe('/logg-inn/ikke-registrert');
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);
    expect([await countOf(users), await countOf(sessions)]).toEqual([usersBefore, sessionsBefore]);
  });

  it('signs in by the provider subject (object id) the administrator linked, before the first sign-in', async () => {
    const subject = 'entra-object-id-4711';
    expect((await signInWithProvider(t.client(), 'default', subject)).page).toBe('/logg-inn/ikke-registrert');
    const admin = await t.as('admin@veivalg.demo');
    const created = await admin.post('/api/v1/admin/users', {
      email: 'ny.radgiver@bergen.demo', name: 'Nina Ny', role: 'programme-adviser', organisationId: bergenId, oidcSubject: subject,
    });
    expect(created.status).toBe(201);
    expect(created.body.user.oidcSubject).toBe(subject);
    const c = t.client();
    expect((await signInWithProvider(c, 'default', subject)).page).toBe('/');
    expect((await c.get('/api/v1/auth/me')).body.user.email).toBe('ny.radgiver@bergen.demo');
    // One identity, one user: linking it to a second user is refused at the field.
    const again = await admin.post('/api/v1/admin/users', { email: 'to@bergen.demo', name: 'To', role: 'programme-adviser', organisationId: bergenId, oidcSubject: subject });
    expect(again.status).toBe(409);
    expect(again.body.fields).toEqual([{ path: 'oidcSubject', message: expect.any(String) }]);
  });

  it('does not let an e-mail sign in to a user linked to another subject', async () => {
    const admin = await t.as('admin@veivalg.demo');
    const [leder] = await t.database.db.select().from(users).where(eq(users.email, 'leder@bergen.demo'));
    expect((await admin.patch(`/api/v1/admin/users/${leder!.id}`, { oidcSubject: 'lars-object-id', version: leder!.version })).status).toBe(200);
    expect((await signInWithProvider(t.client(), 'default', 'leder@bergen.demo')).page).toBe('/logg-inn/ikke-registrert');
    expect((await signInWithProvider(t.client(), 'default', 'lars-object-id')).page).toBe('/');
  });

  it('refuses a deactivated user', async () => {
    const admin = await t.as('admin@veivalg.demo');
    const [voss] = await t.database.db.select().from(users).where(eq(users.email, 'radgiver@voss.demo'));
    expect((await admin.patch(`/api/v1/admin/users/${voss!.id}`, { active: false, version: voss!.version })).status).toBe(200);
    expect((await signInWithProvider(t.client(), 'default', 'radgiver@voss.demo')).page).toBe('/logg-inn/ikke-registrert');
  });

  it('signs in only its own organisation\'s users with an organisation\'s provider', async () => {
    expect((await signInWithProvider(t.client(), 'bergen', 'radgiver@bergen.demo')).page).toBe('/');
    expect((await signInWithProvider(t.client(), 'bergen', 'radgiver@drammen.demo')).page).toBe('/logg-inn/ikke-registrert');
  });

  it('refuses a callback in a browser that did not start the sign-in, and a replayed callback', async () => {
    const victim = t.client();
    const forged = await signInWithProvider(t.client(), 'default', 'radgiver@drammen.demo', async (url) => {
      const res = await fetch(url, { redirect: 'manual' });
      return new URL(res.headers.get('location')!, url).pathname;
    });
    expect(forged.page).toBe('/logg-inn/feilet');
    expect((await victim.get('/api/v1/auth/me')).status).toBe(401);

    const c = t.client();
    let kept = '';
    let state = '';
    expect((await signInWithProvider(c, 'default', 'radgiver@drammen.demo', async (url) => { kept = url; state = c.cookies.get('veivalg_oidc')!; })).page).toBe('/');
    const replay = await fetch(kept, { redirect: 'manual', headers: { cookie: `veivalg_oidc=${state}` } });
    expect(replay.headers.get('location')).toBe('/logg-inn/feilet');
    expect(replay.headers.getSetCookie().some((x) => x.startsWith('veivalg_session='))).toBe(false);
  });

  it('sends the browser to the provider an error came from back to "sign-in failed", and 404 for an unknown provider', async () => {
    const c = t.client();
    const start = await fetch(`${t.url}/api/v1/auth/oidc/default/start`, { redirect: 'manual' });
    keepCookies(c.cookies, start);
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const denied = await fetch(`${t.url}/api/v1/auth/oidc/default/callback?error=access_denied&state=${state}&iss=${encodeURIComponent(idp.issuer)}`, {
      redirect: 'manual', headers: { cookie: `veivalg_oidc=${c.cookies.get('veivalg_oidc')}` },
    });
    expect(denied.status).toBe(302);
    expect(denied.headers.get('location')).toBe('/logg-inn/feilet');
    expect((await t.client().get('/api/v1/auth/oidc/nobody/start')).status).toBe(404);
  });

  it('ends the provider\'s session too on sign-out (RP-initiated logout), and only the app\'s for a password', async () => {
    const c = t.client();
    await signInWithProvider(c, 'default', 'veileder@vestland.demo');
    const out = await c.post('/api/v1/auth/logout');
    expect(out.status).toBe(200);
    const end = new URL(out.body.redirectTo);
    expect(end.origin).toBe(idp.issuer);
    expect(end.searchParams.get('client_id')).toBe(idp.clientId);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${t.url}/logg-inn`);
    expect((await fetch(end)).status).toBe(200); // the provider's "sign out?" page
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);

    const withPassword = await t.as('veileder@vestland.demo');
    expect((await withPassword.post('/api/v1/auth/logout')).status).toBe(204);
  });

  it('with LOCAL_PASSWORDS off, password sign-in and password links do not exist', async () => {
    const app = await buildApp({
      database: t.database, publicUrl: t.url, webRoot: '/nonexistent', localPasswords: false,
      oidcProviders: [{ id: 'default', name: 'Testpålogging', issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret }],
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = app.server.address();
      const c = new ApiClient(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
      expect((await c.post('/api/v1/auth/login', { email: 'radgiver@bergen.demo', password: 'veivalg-demo' })).status).toBe(404);
      expect((await c.post('/api/v1/auth/set-password', { token: 'x', password: 'a-long-enough-password' })).status).toBe(404);
      expect((await c.get('/api/v1/auth/providers')).body).toEqual({ localPasswords: false, providers: [{ id: 'default', name: 'Testpålogging' }] });
      // A new user gets no password link: they sign in with the provider.
      // (Signed in through the first app: sessions live in the shared database, so the cookies work on this one.)
      const signedIn = t.client();
      expect((await signInWithProvider(signedIn, 'default', 'admin@veivalg.demo')).page).toBe('/');
      const admin = new ApiClient(c.baseUrl);
      for (const [k, v] of signedIn.cookies) admin.cookies.set(k, v);
      const created = await admin.post('/api/v1/admin/users', { email: 'uten.passord@bergen.demo', name: 'Uten Passord', role: 'programme-adviser', organisationId: bergenId });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ setPasswordUrl: null, emailed: false, user: { hasPassword: false } });
    } finally {
      await app.close();
    }
  });
});
