import type { Server } from 'node:http';
import Provider from 'oidc-provider';

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (the certified `oidc-provider` package) on 127.0.0.1, for tests. Its development
 * sign-in form accepts any login and password; the login becomes the subject, and a login that looks like an
 * e-mail address is also the verified `email` claim. Consent is granted without asking (a first-party app).
 */
export async function startOidcProvider(opts: { port?: number; appUrls: string[]; providerIds?: string[] }): Promise<TestOidcProvider> {
  const clientId = 'veivalg';
  const clientSecret = 'veivalg-test-secret-0123456789abcdef';
  // The port must be known before the provider is made (it is the issuer): reserve one when none is given.
  const port = opts.port ?? await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const providerIds = opts.providerIds ?? ['default'];
  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: opts.appUrls.flatMap((url) => providerIds.map((id) => `${url}/api/v1/auth/oidc/${id}/callback`)),
      post_logout_redirect_uris: opts.appUrls.map((url) => `${url}/logg-inn`),
      grant_types: ['authorization_code'],
      response_types: ['code'],
    }],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ['test-only-cookie-key'] },
    async findAccount(_ctx, sub) {
      return {
        accountId: sub,
        claims: async () => (sub.includes('@') ? { sub, email: sub, email_verified: true, name: sub } : { sub, name: sub }),
      };
    },
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const server: Server = provider.listen(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  return {
    issuer, clientId, clientSecret,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    }).once('error', reject);
  });
}

export { freePort };
