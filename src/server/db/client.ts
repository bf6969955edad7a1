import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';
import { grantServingRole } from './roles.ts';
import { installStatisticsSummary } from './statistics-summary.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle, as drizzle passes it to `db.transaction`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that can read: the database or a transaction. */
export type Reader = Pick<Db, 'select'>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  close(): Promise<void>;
  /** Connections of the PostgreSQL pool, for metrics; absent on PGlite (one embedded connection). */
  poolStats?(): { total: number; idle: number; waiting: number };
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
/** Key of the advisory lock taken while migrating (any fixed number; "veiv" in ASCII). */
const MIGRATION_LOCK = 0x76656976;

/**
 * Several instances may start at once: an advisory lock (held by one connection while the pool migrates) lets one
 * migrate and the others wait, then find nothing left to do. drizzle's migrator takes no lock itself.
 */
async function migrateLocked(pool: pg.Pool, afterMigrations: () => Promise<void> = async () => undefined): Promise<void> {
  const lock = await pool.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(pool, { schema }), { migrationsFolder });
    // GRANT from two sessions at once fails with "tuple concurrently updated" (both rewrite the same catalogue
    // rows), so the grants, like the migrations, run under the lock: one instance at a time.
    await afterMigrations();
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    lock.release();
  }
}

/**
 * PostgreSQL when a URL is given, otherwise embedded PGlite (a folder on disk, or memory when no
 * folder is given). Both speak the same SQL and run the same checked-in migrations on open.
 *
 * With `ownerUrl` (DATABASE_OWNER_URL) the migrations run as that role, which owns the tables, and the app then
 * serves as the role in `databaseUrl`, granted only INSERT and SELECT on the audit trail (`grantServingRole`).
 * Without it, one role does both (development, PGlite): the append-only trigger and the hash chain still hold,
 * but the table's owner could set them aside.
 */
export async function openDatabase(opts: {
  databaseUrl?: string; ownerUrl?: string; dataDir?: string;
  /**
   * An embedded database already started (tests: a copy of a seeded one, src/server/test/seeded-copy.ts); it is
   * migrated and closed like any other.
   */
  pglite?: PGlite;
}): Promise<Database> {
  if (opts.databaseUrl && opts.ownerUrl) {
    // Two connections: one holds the migration lock while the other migrates.
    const owner = new pg.Pool({ connectionString: opts.ownerUrl, max: 2 });
    owner.on('error', () => undefined); // an idle owner connection ended by the server: the pool drops it
    try {
      await migrateLocked(owner, async () => {
        await installStatisticsSummary(drizzlePg(owner, { schema }));
        await grantServingRole(owner, servingRoleOf(opts.databaseUrl!));
      });
    } finally {
      await owner.end();
    }
  }
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection that the server ends (restart, failover, pg_terminate_backend) is reported on the pool,
    // and an 'error' event without a listener would crash the process. The pool has already dropped that
    // connection and opens a new one for the next query. After close() it is only a connection saying goodbye.
    let closing = false;
    pool.on('error', (err) => { if (!closing) console.error(`PostgreSQL closed an idle connection: ${err.message}`); });
    const db = drizzlePg(pool, { schema });
    if (!opts.ownerUrl) {
      await migrateLocked(pool);
      await installStatisticsSummary(db);
    }
    return {
      db: db as unknown as Db, kind: 'postgres',
      close: () => { closing = true; return pool.end(); },
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    };
  }
  const client = opts.pglite ?? (opts.dataDir ? new PGlite(opts.dataDir) : new PGlite());
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  await installStatisticsSummary(db);
  return { db: db as unknown as Db, kind: 'pglite', close: () => client.close() };
}

/** The role a PostgreSQL URL signs in as (libpq's default is the operating system user). */
function servingRoleOf(url: string): string {
  const user = decodeURIComponent(new URL(url).username);
  if (!user) throw new Error('DATABASE_URL must name its role (postgres://role:password@host/db) when DATABASE_OWNER_URL is set.');
  return user;
}
