/**
 * Does /kart grow with the languages? (issue 18, item 3) For each language the map offers, a cold load of /kart in
 * Chromium with that language chosen: the JavaScript and JSON it downloads, gzip. nb is the baseline, measured in the
 * same run; the issue's "today" is 249 KiB of JavaScript (gzip) before the map had eight languages.
 *
 *   npx vite build && npx tsx bench/map-languages.ts [--web-root dist/web] [--compare <another build>]
 *
 * - The server runs in a child process (this file with --server): the real app on a fresh PGlite folder with the
 *   demo data, serving the built web app (as bench/map-page.ts does).
 * - Every response of resource type script (the app's code and, for uk/ru/ar/ti/so/prs, the one language file,
 *   which Vite ships as a small JavaScript module) and every JSON answer of the API (fetch/xhr) is counted, its
 *   body gzip-compressed here with zlib level 6 (what a web server typically uses).
 * - The language is chosen as a reader's earlier visit leaves it: in localStorage (`veivalg.mapLanguage` for the six
 *   translated languages, `veivalg.language` = en for English), before the page's scripts run; then the load waits
 *   until the map's cards are shown in that language.
 * - `--compare` also serves another build (e.g. main's, `npx vite build --outDir /tmp/main-web` in a checkout of
 *   main) from a second server and loads its /kart in nb: the figure before this branch, measured in the same run.
 * - Sizes do not depend on the machine's load; one load per language is enough.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { mapHtmlLang, mapLanguages, translatedMapLanguages, type MapLanguage } from '../src/content/map-i18n/model.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webRootOption = process.argv.indexOf('--web-root');
const webRoot = path.resolve(root, webRootOption > 0 ? process.argv[webRootOption + 1]! : path.join('dist', 'web'));
const compareOption = process.argv.indexOf('--compare');
const compareRoot = compareOption > 0 ? path.resolve(root, process.argv[compareOption + 1]!) : null;
/** The issue's figure for /kart before this work: JavaScript, gzip. */
const TODAY_KIB = 249;

type ServerMessage = { kind: 'listening'; port: number } | { kind: 'error'; message: string };

async function server(): Promise<void> {
  const dataDir = process.env['BENCH_DATA_DIR'];
  if (!dataDir) throw new Error('BENCH_DATA_DIR is not set');
  const { openDatabase } = await import('../src/server/db/client.ts');
  const { loadDemoIfEmpty } = await import('../src/server/demo/seed.ts');
  const { buildApp } = await import('../src/server/app.ts');
  const database = await openDatabase({ dataDir });
  await loadDemoIfEmpty(database.db, { production: false });
  const app = await buildApp({ database, publicUrl: 'http://127.0.0.1', webRoot, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  process.send!({ kind: 'listening', port: typeof address === 'object' && address ? address.port : 0 } satisfies ServerMessage);
  const close = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('disconnect', () => void close());
  process.on('SIGTERM', () => void close());
}

interface Loaded {
  js: { raw: number; gzip: number; files: number };
  json: { raw: number; gzip: number; files: number };
  /** Scripts this language loads that nb does not (its translation file). */
  extra: { url: string; raw: number; gzip: number }[];
  scripts: Map<string, { raw: number; gzip: number }>;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) throw new Error(`${webRoot} has no index.html: run "NODE_ENV=production npx vite build" first`);
  const dataDirs: string[] = [];
  const children: ChildProcess[] = [];
  const start = async (root: string) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veivalg-bench-lang-'));
    dataDirs.push(dataDir);
    const child = fork(fileURLToPath(import.meta.url), ['--server', '--web-root', root], {
      execArgv: process.execArgv,
      env: { ...process.env, BENCH_DATA_DIR: dataDir, NODE_ENV: 'test' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push(child);
    const port = await new Promise<number>((resolve, reject) => {
      child.once('message', (m: ServerMessage) => (m.kind === 'listening' ? resolve(m.port) : reject(new Error(m.message))));
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    return `http://127.0.0.1:${port}`;
  };
  const { chromium } = await import('@playwright/test');
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    const base = await start(webRoot);
    const compareBase = compareRoot ? await start(compareRoot) : null;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    console.log(`server ${base}, web app from ${path.relative(root, webRoot)}; ${browser.version()}; load average ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} CPUs\n`);

    const load = async (language: MapLanguage, server = base, ready = `.map-language-root[lang="${mapHtmlLang[language]}"] .offer-card`): Promise<Loaded> => {
      const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
      await context.addInitScript((lang: string) => {
        if (lang === 'en') localStorage.setItem('veivalg.language', 'en');
        else if (lang !== 'nb') localStorage.setItem('veivalg.mapLanguage', lang);
      }, language);
      const page = await context.newPage();
      const scripts = new Map<string, { raw: number; gzip: number }>();
      const json: { raw: number; gzip: number }[] = [];
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        const type = response.request().resourceType();
        const isJson = (type === 'fetch' || type === 'xhr') && (response.headers()['content-type'] ?? '').includes('json');
        if (type !== 'script' && !isJson) return;
        pending.push(response.body().then((body) => {
          const size = { raw: body.length, gzip: zlib.gzipSync(body, { level: 6 }).length };
          if (type === 'script') scripts.set(new URL(response.url()).pathname, size);
          else json.push(size);
        }).catch(() => undefined));
      });
      await page.goto(`${server}/kart`);
      await page.locator(ready).first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      await context.close();
      const sum = (list: { raw: number; gzip: number }[]) => ({
        raw: list.reduce((a, b) => a + b.raw, 0), gzip: list.reduce((a, b) => a + b.gzip, 0), files: list.length,
      });
      return { js: sum([...scripts.values()]), json: sum(json), extra: [], scripts };
    };

    // The languages the switch offers: nb, en and every language with a translation file (as the web app decides).
    const offeredMapLanguages = mapLanguages.filter(
      (l) => !(translatedMapLanguages as readonly string[]).includes(l) || fs.existsSync(path.join(root, 'src/content/map-i18n', `${l}.json`)),
    );
    const results = new Map<MapLanguage, Loaded>();
    for (const language of offeredMapLanguages) results.set(language, await load(language));
    const nb = results.get('nb')!;
    const before = compareBase ? await load('nb', compareBase, '.offer-card') : null;
    for (const loaded of results.values()) {
      loaded.extra = [...loaded.scripts].filter(([url]) => !nb.scripts.has(url)).map(([url, size]) => ({ url, ...size }));
    }

    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    console.log('## /kart per language (gzip KiB; raw in brackets)\n');
    console.log('| language | JavaScript | of which the language file | API JSON | JS + JSON | JS vs nb | JS vs today (249 KiB) |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const [language, r] of results) {
      const extra = r.extra.reduce((a, b) => a + b.gzip, 0);
      const extraRaw = r.extra.reduce((a, b) => a + b.raw, 0);
      console.log(`| ${language} | ${kb(r.js.gzip)} (${kb(r.js.raw)}) in ${r.js.files} files | ${extra ? `${kb(extra)} (${kb(extraRaw)})` : '–'} | `
        + `${kb(r.json.gzip)} (${kb(r.json.raw)}) in ${r.json.files} | ${kb(r.js.gzip + r.json.gzip)} | `
        + `${r.js.gzip >= nb.js.gzip ? '+' : ''}${kb(r.js.gzip - nb.js.gzip)} | ${r.js.gzip / 1024 >= TODAY_KIB ? '+' : ''}${(r.js.gzip / 1024 - TODAY_KIB).toFixed(1)} |`);
    }
    if (before) {
      console.log(`| nb, --compare build (${path.relative(root, compareRoot!)}) | ${kb(before.js.gzip)} (${kb(before.js.raw)}) in ${before.js.files} files | – | `
        + `${kb(before.json.gzip)} (${kb(before.json.raw)}) in ${before.json.files} | ${kb(before.js.gzip + before.json.gzip)} | `
        + `${before.js.gzip >= nb.js.gzip ? '+' : ''}${kb(before.js.gzip - nb.js.gzip)} | ${(before.js.gzip / 1024 - TODAY_KIB).toFixed(1)} |`);
    }
    const files = [...results.values()].flatMap((r) => r.extra);
    console.log(`\nScripts only a translated language loads: ${files.map((f) => `${f.url} ${kb(f.gzip)} KiB`).join(', ') || 'none'}.`);
    const largest = Math.max(...[...results.values()].map((r) => r.js.gzip));
    console.log(`nb loads ${kb(nb.js.gzip)} KiB JavaScript (gzip); the heaviest language ${kb(largest)} KiB, `
      + `i.e. one language file more, never all ${offeredMapLanguages.length - 2} of them.`);
  } finally {
    await browser?.close();
    for (const child of children) {
      if (child.connected) child.disconnect();
      if (child.exitCode === null) {
        await new Promise((resolve) => {
          const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(undefined); }, 5000);
          child.once('exit', () => { clearTimeout(timer); resolve(undefined); });
        });
      }
    }
    for (const dataDir of dataDirs) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--server')) {
  server().catch((error: unknown) => {
    process.send?.({ kind: 'error', message: String(error) } satisfies ServerMessage);
    process.exit(1);
  });
} else {
  main().then(() => process.exit(0), (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
