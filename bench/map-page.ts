/**
 * The opportunity map page (/kart) in Chromium: how much JavaScript it loads (gzip) and how soon it shows
 * something, against a trivial static HTML page served by the same server in the same run.
 *
 *   npx vite build && npx tsx bench/map-page.ts [--runs 10] [--width 1280] [--height 900] [--web-root dist/web]
 *
 * - The server runs in a child process (this file with --server): the real app (buildApp) on a fresh PGlite
 *   folder with the demo data, serving dist/web, plus one extra route, /bench/baseline, a tiny static HTML page.
 *   The browser and this process do not share an event loop with it.
 * - JavaScript size: every response of resource type "script" while /kart loads, its body gzip-compressed here
 *   with zlib (level 6, what a web server typically uses; the app's server itself does not compress). The same
 *   for the other public pages a participant opens on a phone: an offer /kart/tilbud/:id, the journeys
 *   /kart/reiser and one journey /kart/reiser/:id, and the participant's own page /p/:token (a fresh link to a
 *   demo participant, made over the API as the Bergen adviser).
 * - `--web-root` serves another build than dist/web (e.g. `npx vite build --outDir /tmp/x` to compare two
 *   builds without one overwriting the other; the browser tests also build into dist/web).
 * - Timing: `--runs` cold loads of each page, each in a new browser context (empty HTTP cache, no cookies,
 *   so an anonymous visitor), after one unmeasured load of each to warm the server. Per load:
 *   - FCP: the `first-contentful-paint` entry of the Paint Timing API;
 *   - first card: when the text of the first offer card is painted, by the Element Timing API (the probe marks
 *     the first card's summary, `.offer-card__summary`, with `elementtiming` as soon as it is in the DOM; Chromium
 *     reports no entry for the title, which is a link); for the baseline the same for its <h1>.
 *   Times are milliseconds from the start of navigation (performance.timeOrigin). Median, min and max.
 * - Two profiles, each against the baseline in the same run: "desktop" (the viewport below, loopback network, no
 *   throttling: the page's own cost) and "mobile" (360×800, Chromium's CPU slowed 4 × and a slow-4G network
 *   through the DevTools protocol: Emulation.setCPUThrottlingRate 4 and Network.emulateNetworkConditions with
 *   Lighthouse's slow-4G figures, 562.5 ms round trip, 1.47 Mbit/s down, 675 kbit/s up).
 * - /kart and /kart/reiser are pre-rendered at build time (issue 19): the first card should paint before any script
 *   has run, at less than 2 × the baseline's first paint.
 * - Chromium is Debian's /usr/bin/chromium (as in playwright.config.ts). `uptime` is printed before and after:
 *   on a busy machine the times are noisy, the ratios less so (both pages are loaded alternately).
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webRootOption = process.argv.indexOf('--web-root');
const webRoot = path.resolve(root, webRootOption > 0 ? process.argv[webRootOption + 1]! : path.join('dist', 'web'));

type ServerMessage = { kind: 'listening'; port: number } | { kind: 'error'; message: string };

const baselineHtml = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Baseline</title>
  </head>
  <body>
    <h1>Mulighetskart</h1>
    <p>En statisk side uten skript og stilark: det minste serveren og nettleseren kan vise.</p>
  </body>
</html>
`;

// ---------------------------------------------------------------------------------------------------------
// Server (child process)
// ---------------------------------------------------------------------------------------------------------

async function server(): Promise<void> {
  const dataDir = process.env['BENCH_DATA_DIR'];
  if (!dataDir) throw new Error('BENCH_DATA_DIR is not set');
  const { openDatabase } = await import('../src/server/db/client.ts');
  const { loadDemoIfEmpty } = await import('../src/server/demo/seed.ts');
  const { buildApp } = await import('../src/server/app.ts');
  const database = await openDatabase({ dataDir });
  await loadDemoIfEmpty(database.db, { production: false });
  const app = await buildApp({ database, publicUrl: 'http://127.0.0.1', webRoot, logger: false });
  app.get('/bench/baseline', async (_req, reply) => reply.type('text/html; charset=utf-8').send(baselineHtml));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send!({ kind: 'listening', port } satisfies ServerMessage);
  const close = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('disconnect', () => void close());
  process.on('SIGTERM', () => void close());
}

// ---------------------------------------------------------------------------------------------------------
// Measurement
// ---------------------------------------------------------------------------------------------------------

/**
 * Runs in the page before any of its scripts: records FCP and the paint of the first element matching the
 * selector. A string, not a function: tsx would wrap named functions in a helper the page does not have.
 */
const probe = (selector: string) => `(() => {
  const bench = {};
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  // Element Timing: the browser reports when the marked element's text is painted (renderTime).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.identifier === 'bench') bench.element ??= entry.renderTime || entry.loadTime;
  }).observe({ type: 'element', buffered: true });
  let done = false;
  const look = () => {
    const element = document.querySelector(${JSON.stringify(selector)});
    if (done || !element) return;
    done = true;
    observer.disconnect();
    element.setAttribute('elementtiming', 'bench');
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true });
  // A page without scripts may be parsed in one go: look again when parsing ends.
  document.addEventListener('DOMContentLoaded', look);
})();`;

interface Load {
  fcp: number;
  element: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '10' },
      width: { type: 'string', default: '1280' },
      height: { type: 'string', default: '900' },
      'web-root': { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  const viewport = { width: Number(values.width), height: Number(values.height) };
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(`${webRoot} has no index.html: run "NODE_ENV=production npx vite build" first`);
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veivalg-bench-map-'));
  let child: ChildProcess | undefined;
  const { chromium } = await import('@playwright/test');
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    child = fork(fileURLToPath(import.meta.url), ['--server', '--web-root', webRoot], {
      execArgv: process.execArgv,
      env: { ...process.env, BENCH_DATA_DIR: dataDir, NODE_ENV: 'test' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      child!.once('message', (message: ServerMessage) =>
        message.kind === 'listening' ? resolve(message.port) : reject(new Error(message.message)),
      );
      child!.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    console.log(`server: ${base} (PGlite in ${dataDir}, demo data), web app from ${path.relative(root, webRoot)}`);

    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    console.log(`browser: ${browser.version()}, viewport ${viewport.width}×${viewport.height}, ${runs} cold loads per page`);
    console.log(`uptime before: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
    const load = os.loadavg()[0]!;
    console.log(`machine: ${os.cpus().length} CPUs, load average ${load.toFixed(2)}`
      + `${load > os.cpus().length / 2 ? ' (busy: other work is running, the times will be noisy)' : ''}\n`);

    // --- JavaScript loaded by the public pages ------------------------------------------------------------
    type File = { url: string; raw: number; gzip: number };
    const loaded = async (url: string, ready: string) => {
      const context = await browser!.newContext({ viewport, locale: 'nb-NO' });
      const page = await context.newPage();
      const scripts: File[] = [];
      const styles: File[] = [];
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (type !== 'script' && type !== 'stylesheet') return;
        pending.push(
          response.body().then((body) => {
            const entry = { url: new URL(response.url()).pathname, raw: body.length, gzip: zlib.gzipSync(body, { level: 6 }).length };
            (type === 'script' ? scripts : styles).push(entry);
          }),
        );
      });
      await page.goto(url);
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      await context.close();
      return { scripts, styles };
    };
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    const table = (title: string, files: File[]) => {
      console.log(`| ${title} | raw KiB | gzip KiB |`);
      console.log('|---|---:|---:|');
      for (const file of [...files].sort((a, b) => b.gzip - a.gzip)) console.log(`| ${file.url} | ${kb(file.raw)} | ${kb(file.gzip)} |`);
      const raw = files.reduce((sum, file) => sum + file.raw, 0);
      const gzip = files.reduce((sum, file) => sum + file.gzip, 0);
      console.log(`| **total (${files.length} files)** | **${kb(raw)}** | **${kb(gzip)}** |\n`);
      return { raw, gzip };
    };

    // A link to a demo participant's own page, made as the Bergen adviser would (the URL holds the token).
    const staff = await browser.newContext();
    const signIn = await staff.request.post(`${base}/api/v1/auth/login`, { data: { email: 'radgiver@bergen.demo', password: 'veivalg-demo' } });
    if (signIn.status() !== 204) throw new Error(`sign-in as the Bergen adviser: ${signIn.status()}`);
    const csrf = (await staff.storageState()).cookies.find((cookie) => cookie.name === 'csrf')?.value ?? '';
    const someone = (await (await staff.request.get(`${base}/api/v1/participants?limit=1`)).json()) as { items: { id: string }[] };
    const link = await staff.request.post(`${base}/api/v1/participants/${someone.items[0]!.id}/page-links`, {
      data: { language: 'nb', background: 'primary' }, headers: { 'x-csrf-token': csrf },
    });
    if (!link.ok()) throw new Error(`page link: ${link.status()} ${await link.text()}`);
    const participantPage = new URL(((await link.json()) as { url: string }).url).pathname;
    await staff.close();

    // The detail pages are not pre-rendered: they render on the client from the public build (issue 19).
    const journeyId = ((await (await fetch(`${base}/api/v1/map/journeys`)).json()) as { items: { id: string }[] }).items[0]!.id;
    const publicPages = [
      { name: '/kart', url: `${base}/kart`, ready: '.offer-card' },
      { name: '/kart/tilbud/:id', url: `${base}/kart/tilbud/norskprove`, ready: '.offer-detail h1' },
      { name: '/kart/reiser', url: `${base}/kart/reiser`, ready: '.journey-cards li' },
      { name: '/kart/reiser/:id', url: `${base}/kart/reiser/${journeyId}`, ready: 'main h1' },
      { name: '/p/:token', url: `${base}${participantPage}`, ready: 'h1' },
    ];
    const sizes = new Map<string, { js: { raw: number; gzip: number; files: number }; css: { raw: number; gzip: number } }>();
    for (const target of publicPages) {
      const { scripts, styles } = await loaded(target.url, target.ready);
      console.log(`## What ${target.name} loads\n`);
      const js = table('JavaScript', scripts);
      const css = table('CSS', styles);
      sizes.set(target.name, { js: { ...js, files: scripts.length }, css });
    }
    // --- Timing ---------------------------------------------------------------------------------------
    interface Profile {
      name: string;
      viewport: { width: number; height: number };
      throttle: boolean;
    }
    const profiles: Profile[] = [
      { name: 'desktop, no throttling', viewport, throttle: false },
      { name: 'mobile: 4 × CPU slowdown, slow 4G', viewport: { width: 360, height: 800 }, throttle: true },
    ];
    const measure = async (profile: Profile, url: string, selector: string): Promise<Load> => {
      const context = await browser!.newContext({ viewport: profile.viewport, locale: 'nb-NO' });
      const page = await context.newPage();
      if (profile.throttle) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        // Lighthouse's slow 4G (its DevTools throttling figures).
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false, latency: 562.5, downloadThroughput: (1638.4 * 0.9 * 1024) / 8, uploadThroughput: (750 * 0.9 * 1024) / 8,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      }
      await page.addInitScript(probe(selector));
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(() => {
        const bench = (window as unknown as { __bench?: Record<string, number> }).__bench;
        return bench?.['fcp'] !== undefined && bench['element'] !== undefined;
      }, undefined, { timeout: 60_000 }).catch(async (error: unknown) => {
        console.error(url, await page.evaluate(() => JSON.stringify((window as unknown as { __bench: unknown }).__bench)), await page.title());
        throw error;
      });
      const result = await page.evaluate(() => (window as unknown as { __bench: Load }).__bench);
      await context.close();
      return result;
    };
    const targets = [
      { name: 'baseline: static HTML (/bench/baseline)', url: `${base}/bench/baseline`, selector: 'h1', element: 'first <h1>' },
      { name: 'map (/kart)', url: `${base}/kart`, selector: '.offer-card__summary', element: 'first offer card' },
      { name: 'journeys (/kart/reiser)', url: `${base}/kart/reiser`, selector: '.journey-cards li p', element: 'first journey card' },
    ];
    const f = (x: number) => x.toFixed(0);
    const verdicts: string[] = [];
    for (const profile of profiles) {
      for (const target of targets) await measure(profile, target.url, target.selector); // warm the server, unmeasured
      const results = new Map<string, Load[]>(targets.map((target) => [target.name, []]));
      // Interleaved, so that a slow moment of the machine hits every page alike.
      for (let i = 0; i < runs; i++) {
        for (const target of targets) results.get(target.name)!.push(await measure(profile, target.url, target.selector));
      }
      console.log(`## Time to first render, ${profile.name} (${profile.viewport.width}×${profile.viewport.height}), ${runs} cold loads each (ms from navigation start)\n`);
      console.log('| page | FCP median | FCP min–max | painted | median | min–max | × baseline |');
      console.log('|---|---:|---:|---|---:|---:|---:|');
      const medians = targets.map((target) => {
        const loads = results.get(target.name)!;
        return { fcp: median(loads.map((load) => load.fcp)), element: median(loads.map((load) => load.element)), loads };
      });
      const baseline = medians[0]!;
      targets.forEach((target, index) => {
        const { fcp, element, loads } = medians[index]!;
        const fcps = loads.map((load) => load.fcp);
        const elements = loads.map((load) => load.element);
        console.log(`| ${target.name} | ${f(fcp)} | ${f(Math.min(...fcps))}–${f(Math.max(...fcps))} | ${target.element} | `
          + `${f(element)} | ${f(Math.min(...elements))}–${f(Math.max(...elements))} | ${(element / baseline.element).toFixed(2)} |`);
        if (index > 0) {
          const ratio = element / baseline.element;
          verdicts.push(`${profile.name}: ${target.name} ${target.element} ${f(element)} ms = ${ratio.toFixed(2)} × the baseline's `
            + `${f(baseline.element)} ms (goal < 2 ×: ${ratio < 2 ? 'met' : 'NOT met'})`);
        }
      });
      console.log('');
    }

    for (const [name, size] of sizes) {
      console.log(`JavaScript loaded by ${name}: ${kb(size.js.gzip)} KiB gzip (${kb(size.js.raw)} KiB raw) in ${size.js.files} files `
        + `(goal ≤ 150 KiB: ${size.js.gzip / 1024 <= 150 ? 'met' : 'NOT met'}); CSS ${kb(size.css.gzip)} KiB gzip. The baseline loads none.`);
    }
    for (const verdict of verdicts) console.log(verdict);
    console.log(`\nuptime after: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
  } finally {
    await browser?.close();
    if (child?.connected) child.disconnect();
    if (child && child.exitCode === null) {
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          child!.kill('SIGKILL');
          resolve(undefined);
        }, 5000);
        child!.once('exit', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--server')) {
  server().catch((error: unknown) => {
    process.send?.({ kind: 'error', message: String(error) } satisfies ServerMessage);
    process.exit(1);
  });
} else {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
