import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    readConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
};

const provider = { id: 'bergen', name: 'Bergen kommune', issuer: 'https://login.microsoftonline.com/tenant/v2.0', clientId: 'app', clientSecret: 's3cret' };

describe('configuration from the environment', () => {
  it('has working defaults for a demo: embedded database, passwords on, no providers, no metrics', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, localPasswords: true, oidcProviders: [], metricsToken: undefined, publicUrl: 'http://localhost:3000' });
  });

  it('treats an empty variable as not set', () => {
    expect(readConfig({ DATABASE_URL: '', PORT: '' }).databaseUrl).toBeUndefined();
  });

  it('names every wrong variable at once, with what it must be', () => {
    const problems = problemsOf({
      PORT: 'åtte', DATABASE_URL: 'mysql://x', PUBLIC_URL: 'veivalg.no', SMTP_URL: 'http://mail', SECURE_COOKIES: 'ja',
      LOCAL_PASSWORDS: 'kanskje', METRICS_TOKEN: 'kort',
    });
    expect(problems).toEqual([
      'PORT: must be a port number',
      'DATABASE_URL: must be a postgres:// URL (or empty for the embedded database)',
      'PUBLIC_URL: must be an http(s) URL',
      'SMTP_URL: must be an smtp:// or smtps:// URL',
      'SECURE_COOKIES: must be "true" or "false"',
      'LOCAL_PASSWORDS: must be "on" or "off"',
      'METRICS_TOKEN: must be at least 16 characters',
    ]);
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT: must be a port number \(0–65535\)/);
  });

  it('reads identity providers from OIDC_PROVIDERS, and one global provider from OIDC_ISSUER', () => {
    const config = readConfig({
      OIDC_PROVIDERS: JSON.stringify([{ ...provider, organisationId: '2b1c4c9e-8a57-4d7a-9d61-0a5a3b1c2d3e' }]),
      OIDC_ISSUER: 'https://idporten.no', OIDC_CLIENT_ID: 'veivalg', OIDC_CLIENT_SECRET: 'x', OIDC_NAME: 'ID-porten',
      LOCAL_PASSWORDS: 'off',
    });
    expect(config.localPasswords).toBe(false);
    expect(config.oidcProviders.map((p) => [p.id, p.name, p.organisationId])).toEqual([
      ['bergen', 'Bergen kommune', '2b1c4c9e-8a57-4d7a-9d61-0a5a3b1c2d3e'], ['default', 'ID-porten', undefined],
    ]);
  });

  it('explains a wrong provider list: bad JSON, a missing field, http to another machine, a repeated id', () => {
    expect(problemsOf({ OIDC_PROVIDERS: '[{' })).toEqual(['OIDC_PROVIDERS: must be a JSON array of { id, name, issuer, clientId, clientSecret, organisationId? }']);
    const { clientSecret: _, ...noSecret } = provider;
    expect(problemsOf({ OIDC_PROVIDERS: JSON.stringify([noSecret]) })).toEqual([expect.stringMatching(/^OIDC_PROVIDERS: \[0\.clientSecret\]/)]);
    expect(problemsOf({ OIDC_PROVIDERS: JSON.stringify([{ ...provider, issuer: 'http://idp.example.no' }]) }))
      .toEqual(['OIDC_PROVIDERS: [0.issuer] must be an https URL (http only for localhost)']);
    expect(readConfig({ OIDC_ISSUER: 'http://127.0.0.1:4000', OIDC_CLIENT_ID: 'a', OIDC_CLIENT_SECRET: 'b' }).oidcProviders).toHaveLength(1);
    expect(problemsOf({ OIDC_PROVIDERS: JSON.stringify([provider, provider]) })).toEqual(['OIDC_PROVIDERS: the id "bergen" is used twice']);
  });

  it('refuses half a global provider, and passwords off with no provider (nobody could sign in)', () => {
    expect(problemsOf({ OIDC_ISSUER: 'https://idp.example.no' })).toEqual([
      'OIDC_CLIENT_ID: is required with OIDC_ISSUER', 'OIDC_CLIENT_SECRET: is required with OIDC_ISSUER',
    ]);
    expect(problemsOf({ LOCAL_PASSWORDS: 'off' })).toEqual([
      'LOCAL_PASSWORDS: is off, but no identity provider is configured (OIDC_PROVIDERS or OIDC_ISSUER): nobody could sign in',
    ]);
  });
});
