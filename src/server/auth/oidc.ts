import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eq, lt, or } from 'drizzle-orm';
import * as client from 'openid-client';
import { z } from 'zod';
import type { OidcProviderConfig } from '../config.ts';
import type { Db } from '../db/client.ts';
import { oidcSignIns, users } from '../db/schema.ts';
import { recordAudit } from '../audit/record.ts';
import { notFound } from '../http/errors.ts';
import { errorResponses } from '../http/openapi.ts';
import { startSession } from './session.ts';
import { hashToken } from './tokens.ts';

/** Holds the state between the redirect out and the callback; the verifier and nonce stay in the database. */
const STATE_COOKIE = 'veivalg_oidc';
const COOKIE_PATH = '/api/v1/auth/oidc';
const SIGN_IN_MINUTES = 10;

// Web pages the callback sends the browser to (see src/web/features/auth/SignInResultPage.tsx).
const NOT_REGISTERED_PAGE = '/logg-inn/ikke-registrert';
const FAILED_PAGE = '/logg-inn/feilet';

/** OpenID Connect sign-in (authorisation code flow with PKCE, state and nonce) with the configured providers. */
export class OidcProviders {
  // Provider metadata (discovery) is cached per process: it is configuration, not state of a sign-in.
  private readonly discovered = new Map<string, Promise<client.Configuration>>();

  constructor(readonly list: OidcProviderConfig[], private readonly publicUrl: string) {}

  find(id: string): OidcProviderConfig | undefined {
    return this.list.find((p) => p.id === id);
  }

  callbackUrl(provider: OidcProviderConfig): string {
    return `${this.publicUrl}${COOKIE_PATH}/${provider.id}/callback`;
  }

  configuration(provider: OidcProviderConfig): Promise<client.Configuration> {
    let found = this.discovered.get(provider.id);
    if (!found) {
      const issuer = new URL(provider.issuer);
      // Plain http only for a provider on this machine (development and tests); the config refuses it elsewhere.
      const execute = issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [];
      found = client.discovery(issuer, provider.clientId, provider.clientSecret, undefined, { execute });
      // A provider that is down now may answer later: do not keep the failure.
      found.catch(() => this.discovered.delete(provider.id));
      this.discovered.set(provider.id, found);
    }
    return found;
  }

  /** Where to send the browser to end the provider's session too (RP-initiated logout), if the provider offers it. */
  async endSessionUrl(providerId: string): Promise<string | undefined> {
    const provider = this.find(providerId);
    if (!provider) return undefined;
    try {
      const config = await this.configuration(provider);
      if (!config.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(config, { post_logout_redirect_uri: `${this.publicUrl}/logg-inn` }).href;
    } catch {
      return undefined; // the app session is ended in any case
    }
  }
}

/** The sign-in methods; the web app's type is inferred from it (types only). */
export const providersResponse = z.object({
  localPasswords: z.boolean(),
  providers: z.array(z.object({ id: z.string(), name: z.string() })),
});
const providerParams = z.object({ provider: z.string().max(40) }).strict();
const callbackQuery = z.record(z.string(), z.unknown());

export async function oidcRoutes(app: FastifyInstance, opts: { db: Db; providers: OidcProviders; localPasswords: boolean; secureCookies: boolean }) {
  const { db, providers } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, secure: opts.secureCookies, path: COOKIE_PATH };

  r.get('/providers', {
    schema: { tags: ['auth'], summary: 'How staff can sign in: the identity providers, and whether passwords are on', response: { 200: providersResponse } },
  }, async () => ({ localPasswords: opts.localPasswords, providers: providers.list.map((p) => ({ id: p.id, name: p.name })) }));

  r.get('/oidc/:provider/start', {
    schema: { tags: ['auth'], summary: 'Start sign-in with an identity provider (redirects to it)', params: providerParams, response: errorResponses },
  }, async (req, reply) => {
    const provider = providers.find(req.params.provider);
    if (!provider) throw notFound();
    const config = await providers.configuration(provider);
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const now = Date.now();
    // Abandoned sign-ins are cleared as new ones start: the table holds only the last few minutes.
    await db.delete(oidcSignIns).where(lt(oidcSignIns.expiresAt, new Date(now)));
    await db.insert(oidcSignIns).values({
      stateHash: hashToken(state), providerId: provider.id, codeVerifier, nonce, expiresAt: new Date(now + SIGN_IN_MINUTES * 60_000),
    });
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: providers.callbackUrl(provider),
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    reply.setCookie(STATE_COOKIE, state, { ...cookieOptions, maxAge: SIGN_IN_MINUTES * 60 });
    return reply.redirect(url.href, 302);
  });

  r.get('/oidc/:provider/callback', {
    schema: { tags: ['auth'], summary: 'The identity provider returns here; starts the session of the linked user', params: providerParams, querystring: callbackQuery },
  }, async (req, reply) => {
    const provider = providers.find(req.params.provider);
    if (!provider) throw notFound();
    const state = req.cookies[STATE_COOKIE];
    reply.clearCookie(STATE_COOKIE, cookieOptions);
    // One use: the row goes whatever happens next, so a callback cannot be replayed.
    const [pending] = state
      ? await db.delete(oidcSignIns).where(eq(oidcSignIns.stateHash, hashToken(state))).returning()
      : [];
    if (!state || !pending || pending.providerId !== provider.id || pending.expiresAt.getTime() < Date.now()) {
      req.log.info({ provider: provider.id }, 'oidc sign-in refused: no pending sign-in for this browser');
      return reply.redirect(FAILED_PAGE, 302);
    }

    let claims: client.IDToken;
    try {
      const config = await providers.configuration(provider);
      const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      const tokens = await client.authorizationCodeGrant(config, new URL(providers.callbackUrl(provider) + query), {
        pkceCodeVerifier: pending.codeVerifier, expectedState: state, expectedNonce: pending.nonce, idTokenExpected: true,
      });
      claims = tokens.claims()!;
      // Some providers put the e-mail in the ID token (Entra ID), others only at the userinfo endpoint.
      if (claims.email === undefined && config.serverMetadata().userinfo_endpoint) {
        const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        claims = { ...claims, email: info.email, email_verified: info.email_verified };
      }
    } catch (err) {
      // The provider's error code (access_denied, invalid_grant …) helps the operator; it holds no personal data.
      const code = err instanceof client.AuthorizationResponseError || err instanceof client.ResponseBodyError ? err.error : (err as Error).name;
      req.log.warn({ provider: provider.id, code }, 'oidc sign-in failed');
      return reply.redirect(FAILED_PAGE, 302);
    }

    const user = await linkedUser(db, provider, claims);
    if (!user) {
      // Nothing is created for an unknown identity: an administrator must add the person first.
      req.log.info({ provider: provider.id }, 'oidc sign-in refused: identity not linked to an active user');
      return reply.redirect(NOT_REGISTERED_PAGE, 302);
    }
    await startSession(db, reply, user.id, opts.secureCookies, provider.id);
    await recordAudit(db, { userId: user.id, organisationId: user.organisationId }, { type: 'user.signed-in', provider: provider.id });
    return reply.redirect('/', 302);
  });
}

/**
 * The active user an administrator linked to this identity: by the provider's subject (or Entra ID's object id,
 * `oid`) first, then by e-mail for a user not linked to another subject. A provider tied to an organisation signs
 * in only that organisation's users.
 */
async function linkedUser(db: Db, provider: OidcProviderConfig, claims: client.IDToken) {
  const subjects = [claims.sub, typeof claims.oid === 'string' ? claims.oid : undefined].filter((s): s is string => !!s);
  const email = typeof claims.email === 'string' && claims.email_verified !== false ? claims.email.trim().toLowerCase() : undefined;
  const [bySubject] = await db.select().from(users).where(or(...subjects.map((s) => eq(users.oidcSubject, s)))).limit(1);
  const [byEmail] = !bySubject && email ? await db.select().from(users).where(eq(users.email, email)).limit(1) : [];
  const user = bySubject ?? (byEmail && (!byEmail.oidcSubject || subjects.includes(byEmail.oidcSubject)) ? byEmail : undefined);
  if (!user || !user.active) return undefined;
  if (provider.organisationId && user.organisationId !== provider.organisationId) return undefined;
  return user;
}
