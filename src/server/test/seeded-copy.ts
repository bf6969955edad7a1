/**
 * One migrated and seeded database per run (per database kind), copied for each test file, instead of every file
 * running the migrations and the seed again (issue 20, point 5). A copy is as isolated as a fresh database: each
 * file still gets a database of its own and may write anything to it.
 *
 * - PGlite: a dump of the seeded data folder (`dumpDataDir`), cached in a file in the system's temporary folder.
 *   Its name holds a hash of every server, domain and content source file, the lock file and today's date in Oslo
 *   (the seed places its dates around today), so a changed migration, seed or rule never reuses an old copy; a
 *   copy older than a few hours is made again anyway. A test file starts PGlite from it (`loadDataDir`).
 * - PostgreSQL: a template database made once per run (name from the run's global setup, see global-setup.ts),
 *   cloned with `CREATE DATABASE … TEMPLATE` (PostgreSQL copies the files; no SQL runs). The template is never
 *   left open: PostgreSQL refuses to copy a database someone is connected to.
 *
 * Either way the copy is then opened with `openDatabase` exactly as a fresh database is: the migrations (finding
 * nothing to do), the statistics summary (already current), on PostgreSQL the grants to the file's own serving
 * role; `buildApp` then recomputes stored rule results as on every start. What a fresh database gets at open is
 * therefore still done at open, and the copy holds what `seedDemo(db, testSeed)` wrote.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { seedDemo } from '../demo/seed.ts';
import { todayInOslo } from '../../domain/index.ts';

/** The seed every integration test file starts from (startTestApp's default). */
export const testSeed = { participantsPerMunicipality: 6 } as const;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Name of this run's PostgreSQL template database (made by the first file that needs it). */
    veivalgPostgresTemplate: string;
  }
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** A cached PGlite copy older than this is made again, so seeded timestamps stay close to the run's. */
const maxCopyAgeMs = 3 * 60 * 60_000;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (!entry.name.endsWith('.test.ts')) yield full;
  }
}

/** Changes whenever anything the migrations, the seed or the open path could depend on changes, and every day. */
export function seedKey(): string {
  const hash = createHash('sha256');
  const files = ['src/server', 'src/domain', 'src/content'].flatMap((d) => [...sourceFiles(path.join(repoRoot, d))]);
  // The lock file: another PGlite or drizzle version may store or migrate differently.
  const lock = path.join(repoRoot, 'package-lock.json');
  for (const file of fs.existsSync(lock) ? [...files, lock] : files) {
    hash.update(path.relative(repoRoot, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  hash.update(JSON.stringify(testSeed)).update(todayInOslo());
  return hash.digest('hex').slice(0, 16);
}

let pgliteCopy: Promise<Blob> | undefined;

/** The seeded PGlite data folder as a tarball: from the cache file when it is current, otherwise made now. */
export function seededPgliteDump(): Promise<Blob> {
  pgliteCopy ??= loadOrMakePgliteDump();
  return pgliteCopy;
}

async function loadOrMakePgliteDump(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `veivalg-seeded-pglite-${seedKey()}.tar`);
  try {
    if (Date.now() - fs.statSync(file).mtimeMs < maxCopyAgeMs) return new Blob([fs.readFileSync(file)]);
  } catch {
    // No copy yet.
  }
  const client = new PGlite();
  const database = await openDatabase({ pglite: client });
  let dump: Blob;
  try {
    await seedDemo(database.db, testSeed);
    dump = await client.dumpDataDir('none');
  } finally {
    await database.close();
  }
  // Written under a name of its own, then renamed: another worker making the same copy at once never sees half.
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(partial, file);
  removeOldCopies(file);
  return dump;
}

/**
 * Copies too old to be used again are removed. Younger ones with another key stay: another checkout on this
 * machine (other sources) may be running its tests at the same time and still reading its copy.
 */
function removeOldCopies(current: string): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith('veivalg-seeded-pglite-')) continue;
    const file = path.join(os.tmpdir(), name);
    if (file === current) continue;
    try {
      if (fs.statSync(file).mtimeMs < Date.now() - maxCopyAgeMs) fs.rmSync(file, { force: true });
    } catch {
      // Gone already.
    }
  }
}

/**
 * The name of this run's seeded PostgreSQL template, made by the first file that asks (under an advisory lock, so
 * two workers asking at once make it once). Without a global setup (the harness used outside this config) there
 * is no template, and the caller makes a fresh database as before.
 */
export async function postgresTemplate(): Promise<string | undefined> {
  let name: string | undefined;
  try {
    name = inject('veivalgPostgresTemplate');
  } catch {
    return undefined;
  }
  if (!name) return undefined;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(hashtext($1))', [name]);
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await makeTemplate(admin, name);
  } finally {
    await admin.query('select pg_advisory_unlock(hashtext($1))', [name]).catch(() => undefined);
    await admin.end();
  }
  return name;
}

async function makeTemplate(admin: pg.Client, name: string): Promise<void> {
  const building = `${name}_building`;
  await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${building}`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${building}`;
  // Migrated and seeded as the owner (DATABASE_URL's role, as `freshPostgres` makes it the owner of every test
  // database); each copy grants its own serving role when the test file opens it.
  const database = await openDatabase({ databaseUrl: url.toString() });
  try {
    await seedDemo(database.db, testSeed);
  } finally {
    await database.close();
  }
  // Renamed only when complete, so a template that exists is always a whole one. The connections just closed
  // may take a moment to leave the server, and until then PostgreSQL refuses the rename.
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
      return;
    } catch (err) {
      if (attempt >= 50 || (err as { code?: string }).code !== '55006') throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
