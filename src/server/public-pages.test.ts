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
  // The build's hash of the pages' inline critical CSS (scripts/public-pages.ts); anything but a hash is ignored.
  const styleHash = "'sha256-p1jW97LObi92q1JiWAR2gqkkSOLrDlOBVu67Y86osKo='";
  fs.writeFileSync(path.join(webRoot, 'csp.json'), JSON.stringify({ styleSrc: [styleHash, "'unsafe-inline'", 'https://example.org'] }));

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
    // @fastify/compress does not compress the not-found handler's answers: the pre-rendered pages have routes.
    const res = await fetch(t.url + url, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toContain('<p>Tilbud</p>');
  });

  it("the CSP's style-src allows the build's inline style by its hash, and nothing else from the file", async () => {
    const csp = (await fetch(`${t.url}/kart`)).headers.get('content-security-policy') ?? '';
    expect(csp.split(';')).toContain(`style-src 'self' ${styleHash}`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('example.org');
  });

  it("the participant's page gets the public app, still no-store and with no Referer", async () => {
    const res = await fetch(`${t.url}/p/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await res.text()).toContain('<title>public-app</title>');
  });
});
