import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseKind } from '../db/client.ts';
import { buildApp, type AppOptions } from '../app.ts';
import { seedDemo } from '../demo/seed.ts';
import { postgresTemplate, seededPgliteDump, testSeed } from './seeded-copy.ts';
import { ApiClient } from './client.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { AddressLimit } from '../auth/sign-in-pause.ts';

/** The databases integration tests run on: always PGlite, and PostgreSQL too when DATABASE_URL is set. */
export const databaseKinds: DatabaseKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestApp {
  kind: DatabaseKind;
  url: string;
  app: FastifyInstance;
  database: Database;
  /** On PostgreSQL: the URL of the role that owns the tables (the app serves as a separate, lesser role). */
  ownerUrl?: string;
  client(): ApiClient;
  /** A client already signed in as one of the demo accounts. */
  as(email: string): Promise<ApiClient>;
  close(): Promise<void>;
}

/**
 * A fresh, empty database (or, with `template`, a copy of that database) on the server in DATABASE_URL, dropped
 * again when the test file ends, with a serving role of its own: as in production, the migrations run as the owner
 * (DATABASE_URL's role) and the app serves as that lesser role (only INSERT and SELECT on the audit trail).
 */
export async function freshPostgres(opts: { template?: string } = {}): Promise<{ url: string; ownerUrl: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const name = `veivalg_test_${randomBytes(6).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  await admin.query(`CREATE DATABASE ${name}${opts.template ? ` TEMPLATE ${opts.template}` : ''}`);
  await admin.query(`CREATE ROLE ${name}_app LOGIN PASSWORD '${password}'`);
  const ownerUrl = new URL(process.env.DATABASE_URL!);
  ownerUrl.pathname = `/${name}`;
  const url = new URL(ownerUrl);
  url.username = `${name}_app`;
  url.password = password;
  return {
    url: url.toString(),
    ownerUrl: ownerUrl.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS ${name}_app`);
      await admin.end();
    },
  };
}

/**
 * Starts the real app on a real port with a database of its own holding a small demo data set (`testSeed`): a copy
 * of one seeded once per run (seeded-copy.ts), or with `seed: false` an empty one.
 * `port`: listen there and use it as the public URL (an identity provider must know the callback address before
 * the app starts). `app`: more options for the app (identity providers, password sign-in, metrics token).
 */
export async function startTestApp(
  kind: DatabaseKind,
  opts: {
    seed?: boolean; mailer?: Mailer; webRoot?: string; production?: boolean; signInAddressLimit?: AddressLimit; trustProxy?: boolean;
    port?: number; app?: Partial<AppOptions>;
  } = {},
): Promise<TestApp> {
  const seed = opts.seed ?? true;
  const template = seed && kind === 'postgres' ? await postgresTemplate() : undefined;
  const pgdb = kind === 'postgres' ? await freshPostgres({ template }) : null;
  const pglite = seed && kind === 'pglite' ? new PGlite({ loadDataDir: await seededPgliteDump() }) : undefined;
  const database = await openDatabase(pgdb ? { databaseUrl: pgdb.url, ownerUrl: pgdb.ownerUrl } : { pglite });
  // No template (the harness outside vitest's global setup): seeded here, as the copies were.
  if (seed && kind === 'postgres' && !template) await seedDemo(database.db, testSeed);
  const publicUrl = opts.port ? `http://127.0.0.1:${opts.port}` : 'http://veivalg.test';
  const app = await buildApp({
    database, publicUrl, webRoot: opts.webRoot ?? '/nonexistent', mailer: opts.mailer, production: opts.production,
    signInAddressLimit: opts.signInAddressLimit, trustProxy: opts.trustProxy, ...opts.app,
  });
  await app.listen({ port: opts.port ?? 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    kind, url, app, database, ownerUrl: pgdb?.ownerUrl,
    client: () => new ApiClient(url),
    async as(email) {
      const c = new ApiClient(url);
      await c.login(email);
      return c;
    },
    async close() {
      await app.close();
      await database.close();
      await pgdb?.drop();
    },
  };
}
