import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourcesHash } from './build-if-changed.ts';

// Issue 16, item 10: the second `npm start` does not rebuild the web app. Runs the real script (and one real Vite
// build) into a folder of its own.
const root = path.resolve(import.meta.dirname, '..');
const outDir = mkdtempSync(path.join(os.tmpdir(), 'veivalg-build-check-'));
const run = () => spawnSync('npx', ['tsx', 'scripts/build-if-changed.ts', '--out-dir', outDir], { cwd: root, encoding: 'utf8' });

describe('build only when the web sources changed', () => {
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('builds on the first start, and the second start does not rebuild', () => {
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('building');
    const index = path.join(outDir, 'index.html');
    const builtAt = statSync(index).mtimeMs;
    expect(readFileSync(path.join(outDir, '.build-stamp'), 'utf8').trim()).toBe(sourcesHash());
    // The same build makes the public pages (issue 19): their app and the pre-rendered map with its offers.
    expect(existsSync(path.join(outDir, 'public.html'))).toBe(true);
    expect(readFileSync(path.join(outDir, 'kart/index.html'), 'utf8')).toContain('class="offer-card');
    expect(existsSync(path.join(outDir, 'kart/reiser/index.html'))).toBe(true);

    const second = run();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('up to date: not rebuilt');
    expect(statSync(index).mtimeMs).toBe(builtAt);
  }, 300_000);

  it('builds again when the stamp does not match the sources (they changed since)', () => {
    writeFileSync(path.join(outDir, '.build-stamp'), 'an older build\n');
    const again = run();
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('sources changed since the last build');
    expect(readFileSync(path.join(outDir, '.build-stamp'), 'utf8').trim()).toBe(sourcesHash());
  }, 300_000);

  it('hashes contents, so the same sources give the same stamp', () => {
    expect(sourcesHash()).toBe(sourcesHash());
    expect(sourcesHash()).toMatch(/^[0-9a-f]{64}$/);
  });
});
