import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** The role that owns the tables and runs the migrations; the app then serves as DATABASE_URL's lesser role. */
  databaseOwnerUrl: string | undefined;
  dataDir: string;
  production: boolean;
  /** Public base URL used in links (one-time password links, notifications). */
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
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const production = env.NODE_ENV === 'production';
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${port}`;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseOwnerUrl: env.DATABASE_OWNER_URL || undefined,
    dataDir: path.resolve(env.VEIVALG_DATA_DIR ?? './data'),
    production,
    publicUrl,
    trustedOrigins: [new URL(publicUrl).origin, ...(production ? [] : ['http://localhost:5173'])],
    smtpUrl: env.SMTP_URL || undefined,
    smsProviderUrl: env.SMS_PROVIDER_URL || undefined,
    trustProxy: env.TRUST_PROXY === 'true' ? true : env.TRUST_PROXY || false,
    secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === 'true' : production,
    worker: env.VEIVALG_WORKER !== 'off',
    workerPollMs: Number(env.VEIVALG_WORKER_POLL_MS ?? 5000),
  };
}
