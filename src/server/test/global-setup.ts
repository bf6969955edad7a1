import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

/**
 * Names this run's seeded PostgreSQL template (src/server/test/seeded-copy.ts: the first test file that needs it
 * makes it, so a run without integration tests makes none) and drops it when the run ends.
 */
export default function setup(project: TestProject): (() => Promise<void>) | void {
  if (!process.env.DATABASE_URL) return;
  const name = `veivalg_seeded_${randomBytes(6).toString('hex')}`;
  project.provide('veivalgPostgresTemplate', name);
  return async () => {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`DROP DATABASE IF EXISTS ${name}_building WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  };
}
