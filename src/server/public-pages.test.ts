/**
 * Issue 19: the server sends the public pages' own build. The map's pre-rendered pages as they are (without a query
 * string: ?visning=liste changes what they show), the public app (public.html) for the other public addresses,
 * the staff app (index.html) for everything else.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestApp, type TestApp } from './test/harness.ts';
import http from 'node:http';
import { precompress } from '../../scripts/precompress.ts';

describe.each(databaseKinds)('public pages served on %s', (kind) => {
  let t: TestApp;
  const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'veivalg-web-public-'));
  // Each page a few kB, like the real ones (the pre-rendered map is about 240 kB): above the compression threshold.
  const page = (file: string, marker: string) => {
    fs.mkdirSync(path.dirname(path.join(webRoot, file)), { recursive: true });
    fs.writeFileSync(path.join(webRoot, file), `<!doctype html><title>${marker}</title><div id="root">${'<p>Tilbud</p>'.repeat(500)}</div>`);
  };
  page('index.html', 'staff-app');
  page('public.html', 'public-app');
  page('kart/index.html', 'prerendered-map');
  page('kart/reiser/index.html', 'prerendered-journeys');
  // A script named by its content's hash, as Vite names every file in assets/.
  fs.mkdirSync(path.join(webRoot, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(webRoot, 'assets', 'public-Ab3_x-9Z.js'), `export const offers = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `tilbud ${i}`))};\n`);
  // The build's hash of the pages' inline critical CSS (scripts/public-pages.ts); anything but a hash is ignored.
  const styleHash = "'sha256-p1jW97LObi92q1JiWAR2gqkkSOLrDlOBVu67Y86osKo='";
  fs.writeFileSync(path.join(webRoot, 'csp.json'), JSON.stringify({ styleSrc: [styleHash, "'unsafe-inline'", 'https://example.org'] }));
  // As the build does last: a brotli and a gzip copy beside each page.
  precompress(webRoot);

  beforeAll(async () => { t = await startTestApp(kind, { webRoot, production: true }); });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
  });

  const title = async (url: string) => {
    const res = await fetch(t.url + url);
    expect(res.status, url).toBe(200);
    expect(res.headers.get('content-type'), url).toContain('text/html');
    return /<title>([^<]*)<\/title>/.exec(await res.text())?.[1];
  };

  it.each([
    ['/kart', 'prerendered-map'],
    ['/kart/reiser', 'prerendered-journeys'],
    ['/kart?visning=liste', 'public-app'],
    ['/kart/tilbud/norskprove', 'public-app'],
    ['/kart/reiser/anya-lese-og-skrive-hagebruk', 'public-app'],
    ['/deltakere', 'staff-app'],
    ['/', 'staff-app'],
    ['/logg-inn', 'staff-app'],
  ])('%s gets the %s', async (url, expected) => {
    expect(await title(url)).toBe(expected);
  });

  it.each(['/kart', '/kart/reiser'])('%s is sent compressed', async (url) => {
    // The build's gzip copy (scripts/precompress.ts), sent by the file server.
    const res = await fetch(t.url + url, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toContain('<p>Tilbud</p>');
  });

  /** The bytes as sent, not decoded (fetch would decode them). */
  const raw = (url: string, headers: Record<string, string>) => new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.get(t.url + url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });

  it.each([
    ['/kart', 'kart/index.html'],
    ['/kart/reiser', 'kart/reiser/index.html'],
    ['/deltakere', 'index.html'],
    ['/kart/tilbud/norskprove', 'public.html'],
  ])('%s is sent as the build compressed it (%s.br or .gz), or as the file itself to a client that takes neither', async (url, file) => {
    const br = await raw(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('text/html');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.body.equals(fs.readFileSync(path.join(webRoot, `${file}.br`)))).toBe(true);
    const gz = await raw(url, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(fs.readFileSync(path.join(webRoot, `${file}.gz`)))).toBe(true);
    const plain = await raw(url, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(fs.readFileSync(path.join(webRoot, file)))).toBe(true);
  });

  it('a file named by its hash is kept for a year without asking again, in every encoding; the pages that name it are asked for each time', async () => {
    for (const encoding of ['br', 'gzip', '']) {
      const res = await raw('/assets/public-Ab3_x-9Z.js', encoding ? { 'accept-encoding': encoding } : {});
      expect(res.headers['content-encoding'], encoding).toBe(encoding || undefined);
      expect(res.headers['content-type'], encoding).toContain('javascript');
      expect(res.headers['cache-control'], encoding).toBe('public, max-age=31536000, immutable');
    }
    // An unknown address under assets/ gets a page (the staff app's), which must not be kept.
    for (const url of ['/kart', '/kart/reiser', '/deltakere', '/kart/tilbud/norskprove', '/index.html', '/assets/old-Zz9_y-8W.js']) {
      expect((await raw(url, { 'accept-encoding': 'br' })).headers['cache-control'], url).toBe('public, max-age=0');
    }
  });

  it.each([
    ['/kart/index.html.br', 'public-app'],
    ['/kart/index.html.gz', 'public-app'],
    ['/public.html.br', 'staff-app'],
  ])('the compressed copy %s has no address of its own: it gets the %s', async (url, expected) => {
    const res = await fetch(t.url + url, { headers: { 'accept-encoding': 'identity' } });
    // Not the copy's bytes: the address is like any unknown one under its path, and plainly encoded.
    expect(res.headers.get('content-encoding'), url).toBeNull();
    expect(res.headers.get('content-type'), url).toContain('text/html');
    expect(/<title>([^<]*)<\/title>/.exec(await res.text())?.[1], url).toBe(expected);
  });

  it("the CSP's style-src allows the build's inline style by its hash, and nothing else from the file", async () => {
    const csp = (await fetch(`${t.url}/kart`)).headers.get('content-security-policy') ?? '';
    expect(csp.split(';')).toContain(`style-src 'self' ${styleHash}`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('example.org');
  });

  it("the participant's page gets the public app, still no-store and with no Referer, with or without a compressed copy", async () => {
    const url = `${t.url}/p/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG`;
    const res = await fetch(url, { headers: { 'accept-encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await res.text()).toContain('<title>public-app</title>');
    // A page under 1 kB gets no compressed copy (scripts/precompress.ts): the file server then falls back to the file
    // itself, and must not put its own public caching on it.
    const copy = path.join(webRoot, 'public.html.br');
    fs.renameSync(copy, `${copy}.away`);
    try {
      const plain = await fetch(url, { headers: { 'accept-encoding': 'br' } });
      expect(plain.status).toBe(200);
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.headers.get('cache-control')).toBe('no-store');
      expect(plain.headers.get('referrer-policy')).toBe('no-referrer');
    } finally {
      fs.renameSync(`${copy}.away`, copy);
    }
  });
});
