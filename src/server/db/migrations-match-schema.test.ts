import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const migrations = path.join(root, 'src/server/db/migrations');

/**
 * The checked-in migrations are what every start runs: a schema change without its migration would work in no
 * database. drizzle-kit generates against a copy of the migrations folder in a temporary folder (the repository's is
 * never touched) and must find nothing to migrate.
 */
describe('migrations match the schema', () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'veivalg-migrations-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('drizzle-kit generate finds no schema change that the checked-in migrations lack', () => {
    cpSync(migrations, copy, { recursive: true });
    const before = readdirSync(copy).sort();
    // drizzle-kit puts './' in front of --out, so it must be relative to the working directory.
    const output = execFileSync(process.execPath, [
      path.join(root, 'node_modules/drizzle-kit/bin.cjs'), 'generate', '--dialect', 'postgresql',
      '--schema', './src/server/db/schema.ts', '--out', path.relative(root, copy), '--name', 'schema_check',
    ], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const added = readdirSync(copy).filter((f) => !before.includes(f));
    expect(added, `the schema changed without a migration: run \`npx drizzle-kit generate --name <feature>\`\n${output}`).toEqual([]);
    expect(output).toContain('No schema changes');
  }, 120_000);
});
