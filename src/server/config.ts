import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  /** Public base URL used in links (one-time password links, notifications). */
  publicUrl: string;
  smtpUrl: string | undefined;
  /** An HTTP endpoint that sends SMS: receives POST JSON { to, text }. */
  smsProviderUrl: string | undefined;
  /** Secure cookies need HTTPS; on by default in production. */
  secureCookies: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const production = env.NODE_ENV === 'production';
  return {
    port,
    // Only this machine by default: the demo accounts and their password are public. HOST=0.0.0.0 to serve others.
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.VEIVALG_DATA_DIR ?? './data'),
    production,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    smtpUrl: env.SMTP_URL || undefined,
    smsProviderUrl: env.SMS_PROVIDER_URL || undefined,
    secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === 'true' : production,
  };
}
