import path from 'node:path';
import { z } from 'zod';

/** One OpenID Connect provider that staff can sign in with (see README, "Sign-in with an identity provider"). */
export interface OidcProviderConfig {
  /** Short name used in addresses (/api/v1/auth/oidc/{id}/start). */
  id: string;
  /** Shown on the sign-in button. */
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** When set, only users of this organisation may sign in with this provider (a municipality's own Entra ID). */
  organisationId?: string;
}

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** The role that owns the tables and runs the migrations; the app then serves as DATABASE_URL's lesser role. */
  databaseOwnerUrl: string | undefined;
  dataDir: string;
  production: boolean;
  /** Public base URL used in links (one-time password links, notifications) and as the OIDC redirect base. */
  publicUrl: string;
  smtpUrl: string | undefined;
  /** An HTTP endpoint that sends SMS: receives POST JSON { to, text }. */
  smsProviderUrl: string | undefined;
  /** Origins whose pages may send state-changing requests: PUBLIC_URL's, and Vite's dev server outside production. */
  trustedOrigins: string[];
  /** Behind a reverse proxy: true, or the proxy's addresses, so the client address comes from X-Forwarded-For. */
  trustProxy: boolean | string;
  /** Secure cookies need HTTPS; on by default in production. */
  secureCookies: boolean;
  /** Run the outbox and daily-job worker in this process (VEIVALG_WORKER=off turns it off); every instance may. */
  worker: boolean;
  /** Milliseconds between the worker's looks at the outbox (VEIVALG_WORKER_POLL_MS). */
  workerPollMs: number;
  /** Sign-in with e-mail and password; LOCAL_PASSWORDS=off leaves only the identity providers. */
  localPasswords: boolean;
  oidcProviders: OidcProviderConfig[];
  /** Bearer token for /metrics; without it /metrics does not exist. */
  metricsToken: string | undefined;
}

/** Thrown when the environment is wrong: one line per wrong variable, naming it. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const onOff = z.enum(['on', 'off', 'true', 'false'], { error: 'must be "on" or "off"' });
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
// Tokens travel from the provider to the app: plain http only for a provider on this machine (development, tests).
const issuerUrl = httpUrl.refine((u) => u.startsWith('https:') || ['localhost', '127.0.0.1', '[::1]'].includes(new URL(u).hostname), {
  error: 'must be an https URL (http only for localhost)',
});
const providerId = z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'must be 1–40 lower-case letters, digits or dashes' });

const providerSchema = z.object({
  id: providerId,
  name: z.string().min(1).max(100),
  issuer: issuerUrl,
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  organisationId: z.uuid().optional(),
}).strict();

const envSchema = z.object({
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535, { error: 'must be a port number (0–65535)' }).default(3000),
  // Only this machine by default: the demo accounts and their password are public. HOST=0.0.0.0 to serve others.
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// URL (or empty for the embedded database)' }).optional(),
  DATABASE_OWNER_URL: z.string().regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// URL' }).optional(),
  TRUST_PROXY: z.string().min(1).optional(),
  VEIVALG_WORKER: onOff.default('on'),
  VEIVALG_WORKER_POLL_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(100).default(5000),
  VEIVALG_DATA_DIR: z.string().min(1).default('./data'),
  NODE_ENV: z.string().optional(),
  PUBLIC_URL: httpUrl.optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, { error: 'must be an smtp:// or smtps:// URL' }).optional(),
  SMS_PROVIDER_URL: httpUrl.optional(),
  SECURE_COOKIES: z.enum(['true', 'false'], { error: 'must be "true" or "false"' }).optional(),
  LOCAL_PASSWORDS: onOff.default('on'),
  METRICS_TOKEN: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  OIDC_PROVIDERS: z.string().optional(),
  OIDC_ISSUER: issuerUrl.optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).max(100).optional(),
});

/** Reads and checks the environment; throws a ConfigError naming every wrong variable at once. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set" (docker-compose and CI often pass VAR= to clear one).
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const oidcProviders = readProviders(e, problems);
  const localPasswords = e.LOCAL_PASSWORDS === 'on' || e.LOCAL_PASSWORDS === 'true';
  if (!localPasswords && oidcProviders.length === 0) {
    problems.push('LOCAL_PASSWORDS: is off, but no identity provider is configured (OIDC_PROVIDERS or OIDC_ISSUER): nobody could sign in');
  }
  if (problems.length) throw new ConfigError(problems);
  const production = e.NODE_ENV === 'production';
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseOwnerUrl: e.DATABASE_OWNER_URL,
    dataDir: path.resolve(e.VEIVALG_DATA_DIR),
    production,
    publicUrl,
    trustedOrigins: [new URL(publicUrl).origin, ...(production ? [] : ['http://localhost:5173'])],
    smtpUrl: e.SMTP_URL,
    smsProviderUrl: e.SMS_PROVIDER_URL,
    trustProxy: e.TRUST_PROXY === 'true' ? true : e.TRUST_PROXY ?? false,
    secureCookies: e.SECURE_COOKIES ? e.SECURE_COOKIES === 'true' : production,
    worker: e.VEIVALG_WORKER === 'on' || e.VEIVALG_WORKER === 'true',
    workerPollMs: e.VEIVALG_WORKER_POLL_MS,
    localPasswords,
    oidcProviders,
    metricsToken: e.METRICS_TOKEN,
  };
}

function readProviders(e: z.infer<typeof envSchema>, problems: string[]): OidcProviderConfig[] {
  const providers: OidcProviderConfig[] = [];
  if (e.OIDC_PROVIDERS) {
    let json: unknown;
    try {
      json = JSON.parse(e.OIDC_PROVIDERS);
    } catch {
      problems.push('OIDC_PROVIDERS: must be a JSON array of { id, name, issuer, clientId, clientSecret, organisationId? }');
      return [];
    }
    const list = z.array(providerSchema).safeParse(json);
    if (!list.success) {
      for (const i of list.error.issues) problems.push(`OIDC_PROVIDERS: ${i.path.length ? `[${i.path.join('.')}] ` : ''}${i.message}`);
      return [];
    }
    providers.push(...list.data);
  }
  const single = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET];
  if (single.some(Boolean)) {
    if (!e.OIDC_ISSUER) problems.push('OIDC_ISSUER: is required with OIDC_CLIENT_ID and OIDC_CLIENT_SECRET');
    if (!e.OIDC_CLIENT_ID) problems.push('OIDC_CLIENT_ID: is required with OIDC_ISSUER');
    if (!e.OIDC_CLIENT_SECRET) problems.push('OIDC_CLIENT_SECRET: is required with OIDC_ISSUER');
    if (e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET) {
      providers.push({ id: 'default', name: e.OIDC_NAME ?? 'Single sign-on', issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET });
    }
  }
  const ids = providers.map((p) => p.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) problems.push(`OIDC_PROVIDERS: the id "${duplicate}" is used twice`);
  return providers;
}
