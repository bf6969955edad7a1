import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseKind } from '../db/client.ts';
import { buildApp, type AppOptions } from '../app.ts';
import { seedDemo } from '../demo/seed.ts';
import { ApiClient } from './client.ts';
import type { Mailer } from '../mail/mailer.ts';

/** The databases integration tests run on: always PGlite, and PostgreSQL too when DATABASE_URL is set. */
export const databaseKinds: DatabaseKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestApp {
  kind: DatabaseKind;
  url: string;
  app: FastifyInstance;
  database: Database;
  client(): ApiClient;
  /** A client already signed in as one of the demo accounts. */
  as(email: string): Promise<ApiClient>;
  close(): Promise<void>;
}

/** A fresh, empty database on the server in DATABASE_URL, dropped again when the test file ends. */
async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const name = `veivalg_test_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Starts the real app on a real port with a fresh database holding a small demo data set. */
/**
 * `port`: listen there and use it as the public URL (an identity provider must know the callback address before
 * the app starts). `app`: more options for the app (identity providers, password sign-in, metrics token).
 */
export async function startTestApp(kind: DatabaseKind, opts: { seed?: boolean; mailer?: Mailer; port?: number; app?: Partial<AppOptions> } = {}): Promise<TestApp> {
  const pgdb = kind === 'postgres' ? await freshPostgres() : null;
  const database = await openDatabase(pgdb ? { databaseUrl: pgdb.url } : {});
  if (opts.seed ?? true) await seedDemo(database.db, { participantsPerMunicipality: 6 });
  const publicUrl = opts.port ? `http://127.0.0.1:${opts.port}` : 'http://veivalg.test';
  const app = await buildApp({ database, publicUrl, webRoot: '/nonexistent', mailer: opts.mailer, ...opts.app });
  await app.listen({ port: opts.port ?? 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    kind, url, app, database,
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
