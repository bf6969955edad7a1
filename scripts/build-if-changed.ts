/**
 * `npm start` builds the web app only when its sources changed since the last build (issue 16: a rebuild on every
 * start cost a minute before the first page). The stamp in the output folder holds a hash of everything the
 * bundle is built from; `--force` (npm run build) always builds. Usage: tsx scripts/build-if-changed.ts [--force]
 * [--out-dir dist/web]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const STAMP = '.build-stamp';
// What the web bundle is made of: its code, the domain rules and content it imports, the page, the build config
// and the locked dependencies; the public pages are also pre-rendered from the journeys' and the map's services.
const inputs = ['src/web', 'src/domain', 'src/content', 'index.html', 'public.html', 'vite.config.ts', 'scripts/public-pages.ts',
  'src/server/features/journeys/service.ts', 'src/server/features/map/service.ts', 'package-lock.json', 'tsconfig.json'];

function files(entry: string): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { withFileTypes: true })
    .flatMap((d) => files(path.join(entry, d.name)))
    .sort();
}

/** A hash of the paths and contents of every input (contents, not mtimes: a checkout or copy keeps the stamp valid). */
export function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(files)) {
    // Tests are not in the bundle.
    if (/\.test\.tsx?$/.test(file)) continue;
    hash.update(file).update('\0').update(readFileSync(path.join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const outIndex = args.indexOf('--out-dir');
  const outDir = path.resolve(root, outIndex >= 0 ? args[outIndex + 1]! : 'dist/web');
  const stampFile = path.join(outDir, STAMP);
  const hash = sourcesHash();
  const built = existsSync(path.join(outDir, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === hash;
  if (built && !force) {
    console.log(`The web app in ${path.relative(root, outDir)} is up to date: not rebuilt.`);
    return;
  }
  console.log(force ? 'Building the web app …' : 'The web app sources changed since the last build: building …');
  const vite = spawnSync('npx', ['vite', 'build', '--outDir', outDir], {
    cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' },
  });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
  writeFileSync(stampFile, `${hash}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
