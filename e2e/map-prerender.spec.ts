import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, guardCsp, signIn, test, users } from './helpers.ts';

// Issue 19: the map's HTML is rendered at build time, with the offers in it, so the cards paint before any script
// runs; the page then hydrates and works as before. The public pages load no staff texts.

/** Long texts that only staff pages use: none may reach a visitor's browser. */
function staffOnlyTexts(): string[] {
  const nb = JSON.parse(readFileSync('src/web/i18n/locales/nb.json', 'utf8')) as Record<string, Record<string, unknown>>;
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  return ['notes', 'statistics', 'admin', 'orders'].flatMap((area) => strings(nb[area]).filter((text) => text.length > 30).slice(0, 3));
}

/** A map language's translations, and a text as the page shows it (`[[Lånekassen]]` shown as the name). */
const mapTexts = (language: string) =>
  (JSON.parse(readFileSync(`src/content/map-i18n/${language}.json`, 'utf8')) as { texts: Record<string, string> }).texts;
const shown = (text: string | undefined) => (text ?? '').replace(/\[\[([^\]]+)\]\]/gu, '$1');

test('the pre-rendered map holds every offer without JavaScript', async ({ browser, request }) => {
  const { offers, lanes } = (await (await request.get('/api/v1/map/offers')).json()) as { offers: { id: string }[]; lanes: unknown[] };
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/kart');
  expect(response?.headers()['content-type']).toContain('text/html');
  await expect(page.getByRole('heading', { level: 1, name: 'Mulighetskart' })).toBeVisible();
  await expect(page.locator('[data-lane]')).toHaveCount(lanes.length);
  await expect(page.locator('.offer-card')).toHaveCount(offers.length);
  await expect(page.locator('.offer-card').first().locator('.offer-card__summary')).not.toBeEmpty();
  // Links work as links even before (or without) the script.
  expect(await page.locator('.offer-card a').first().getAttribute('href')).toMatch(/^\/kart\/tilbud\//);
  await expect(page).toHaveTitle('Mulighetskart – Veivalg');

  // The example journeys too.
  await page.goto('/kart/reiser');
  await expect(page.getByRole('heading', { level: 1, name: 'Eksempelreiser' })).toBeVisible();
  expect(await page.locator('.journey-cards li').count()).toBeGreaterThan(0);
  await context.close();
});

test('after hydration the pre-rendered map works: profile panel, municipality with local offers, Arabic; no staff texts load', async ({ page }) => {
  test.setTimeout(120_000);
  const scripts: { url: string; body: Promise<string> }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push({ url: new URL(response.url()).pathname, body: response.text() });
  });
  await page.goto('/kart');
  // The cards are in the HTML the server sent, before the script ran.
  expect(await page.locator('#root[data-prerendered] .offer-card').count()).toBeGreaterThan(10);

  // The button that opens the profile form (its name changes to "Lukk" when open). Until the page has hydrated its
  // controls are marked aria-disabled (a click would have no handler to run), so the click waits for that.
  const open = page.locator('button[aria-controls="profile-form"]');
  await expect(open).toHaveAccessibleName('Fyll inn situasjonen');
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#profile-form')).toBeHidden();
  await open.click();
  await expect(page.locator('#root')).not.toHaveAttribute('aria-disabled');
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#profile-form')).toBeVisible();
  await page.getByLabel('Alder (år)').fill('30');
  await page.getByLabel('Oppholdsgrunnlag').selectOption('refugee');
  await page.getByRole('button', { name: 'Vis hva reglene sier' }).click();
  await expect(page.getByText('Kartet viser nå hva reglene sier for situasjonen du har fylt inn.')).toBeVisible();
  await expect(page.locator('.offer-card .eligibility-tag').first()).toBeVisible();

  // "Hvor bor du?": the local offers of the chosen municipality join the lanes (demo data, src/server/demo/seed-local-offers.ts).
  await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Bergen kommune' });
  await expect(page.locator('[data-local-offer]', { hasText: 'Norsk med språkpraksis i barnehage (demo)' })).toBeVisible();
  await expectAccessible(page, 'pre-rendered map after hydration, with a profile and local offers');

  // The map's language switch: Arabic, right to left, its texts loaded now (and no other language's).
  await page.getByLabel('Språk på kartet').selectOption('ar');
  await expect(page.locator('.map-language-root')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(mapTexts('ar')['ui.map.title']));
  await expect(page.locator('[data-local-offer]').first()).toBeVisible();
  const urls = scripts.map((script) => script.url);
  expect(urls.filter((url) => /\/ar-[\w-]+\.js$/.test(url))).toHaveLength(1);
  expect(urls.filter((url) => /\/(uk|ru|ti|so|prs|en)-[\w-]+\.js$/.test(url))).toEqual([]);

  const bodies = await Promise.all(scripts.map((script) => script.body));
  expect(bodies.length).toBeGreaterThan(0);
  for (const text of staffOnlyTexts()) {
    expect(bodies.some((body) => body.includes(text)), `staff text loaded on /kart: ${text}`).toBe(false);
  }
});

test('a map language chosen earlier: the pre-rendered page is rendered anew in it, right to left (no mismatch)', async ({ page }) => {
  await page.goto('/kart');
  await page.evaluate(() => localStorage.setItem('veivalg.mapLanguage', 'ar'));
  await page.goto('/kart');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(mapTexts('ar')['ui.map.title']));
  await expect(page.locator('.map-language-root')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('#root')).not.toHaveAttribute('aria-disabled');
  await page.getByLabel(shown(mapTexts('ar')['ui.map.translation.label'])).selectOption('nb');
  await expect(page.getByRole('heading', { level: 1, name: 'Mulighetskart' })).toBeVisible();
});

test('the pre-rendered map hydrates in English too when English was chosen (rendered anew, no mismatch)', async ({ page }) => {
  await page.goto('/kart');
  await page.evaluate(() => localStorage.setItem('veivalg.language', 'en'));
  await page.goto('/kart');
  await expect(page.getByRole('heading', { level: 1, name: 'Opportunity map' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mulighetskart' })).toBeVisible();
});

/** Every element's box and the styles that place and paint it: equal snapshots mean nothing moved or changed. */
async function styleSnapshot(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const properties = ['display', 'position', 'width', 'height', 'margin', 'padding', 'font', 'color', 'background-color',
      'border', 'border-radius', 'gap', 'grid-template-columns', 'flex-direction', 'visibility', 'box-shadow', 'text-decoration'];
    return [...document.querySelectorAll('body *')].map((element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return `${element.tagName}.${element.getAttribute('class') ?? ''} ${[box.x, box.y, box.width, box.height].map(Math.round).join(',')} `
        + properties.map((property) => style.getPropertyValue(property)).join(';');
    });
  });
}

/** The page at 360 px as its first paint shows it (its stylesheet and scripts not loaded) or with the full stylesheet (no script). */
async function snapshotOf(browser: Browser, url: string, state: 'critical CSS only' | 'full stylesheet') {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: state === 'critical CSS only' });
  const violations = await guardCsp(context);
  const page = await context.newPage();
  if (state === 'critical CSS only') await page.route(/\.(css|js)$/, (route) => route.abort('aborted'));
  await page.goto(url);
  await expect(page.locator('#root[data-prerendered] h1')).toBeVisible();
  const snapshot = await styleSnapshot(page);
  // The style sheets that apply to the screen.
  const sheets = await page.evaluate(() => [...document.styleSheets]
    .filter((sheet) => !sheet.media.mediaText || matchMedia(sheet.media.mediaText).matches)
    .map((sheet) => (sheet.href ? new URL(sheet.href).pathname.replace(/-[\w-]+\.css$/, '.css') : 'inline')));
  await context.close();
  expect(violations, `${url}, ${state}: Content Security Policy violations`).toEqual([]);
  return { snapshot, sheets };
}

test('the pre-rendered pages carry their critical CSS inline (allowed by its hash), no stylesheet blocks their first paint, and the full one changes nothing', async ({ browser, page, request }) => {
  test.setTimeout(120_000);
  for (const url of ['/kart', '/kart/reiser']) {
    // As the server sends it: one inline <style> in the head, its hash in the CSP; the stylesheet linked for print
    // only (not render-blocking), and plainly inside <noscript> for browsers without JavaScript.
    const response = await request.get(url);
    const html = await response.text();
    const head = html.slice(0, html.indexOf('</head>'));
    const styles = [...head.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
    expect(styles, url).toHaveLength(1);
    expect(styles[0]!.length, `${url}: critical CSS`).toBeGreaterThan(10_000);
    const hash = `'sha256-${createHash('sha256').update(styles[0]!).digest('base64')}'`;
    expect(response.headers()['content-security-policy'], url).toMatch(new RegExp(`style-src 'self' [^;]*${hash.replace(/[+/]/g, '\\$&')}`));
    const links = [...head.replace(/<noscript>[\s\S]*?<\/noscript>/g, '').matchAll(/<link rel="stylesheet"[^>]*>/g)].map((match) => match[0]);
    expect(links, url).toHaveLength(1);
    expect(links[0], url).toContain('media="print"');
    expect(head, url).toMatch(/<noscript><link rel="stylesheet" crossorigin href="\/assets\/[^"]+\.css"><\/noscript>/);

    // In the browser: no render-blocking resource, and once the script has run the full stylesheet applies to the screen.
    await page.goto(url);
    await expect(page.locator('#root')).not.toHaveAttribute('aria-disabled');
    const blocking = await page.evaluate(() => (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[])
      .filter((entry) => entry.renderBlockingStatus === 'blocking').map((entry) => entry.name));
    expect(blocking, `${url}: render-blocking resources`).toEqual([]);
    await expect.poll(() => page.evaluate(() => {
      const link = document.querySelector<HTMLLinkElement>('link[data-full-stylesheet]');
      return link ? `${link.media} ${(link.sheet?.cssRules.length ?? 0) > 0 ? 'loaded' : 'not loaded'}` : 'missing';
    }), { message: `${url}: the full stylesheet` }).toBe('all loaded');

    // No layout shift when the full stylesheet arrives: every element is placed and painted the same with the inline
    // critical CSS alone (stylesheet and scripts not loaded: the first paint) as with the full stylesheet.
    const first = await snapshotOf(browser, url, 'critical CSS only');
    expect(first.sheets, `${url}: first paint`).toEqual(['inline']);
    const full = await snapshotOf(browser, url, 'full stylesheet');
    expect(full.sheets, `${url}: without JavaScript`).toEqual(['inline', '/assets/public.css']);
    expect(first.snapshot.length).toBeGreaterThan(100);
    expect(first.snapshot).toEqual(full.snapshot);
  }
});

test('signed-in staff who open the map get the staff app with its own stylesheets', async ({ page }) => {
  await signIn(page, users.bergenAdviser);
  await page.goto('/kart');
  await expect(page.getByRole('button', { name: 'Logg ut', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Mulighetskart' })).toBeVisible();
  const staffStyles = (await page.locator('meta[name="veivalg-staff-styles"]').getAttribute('content'))?.split(' ') ?? [];
  expect(staffStyles.length).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate((hrefs) => hrefs.filter((href) =>
    ![...document.styleSheets].some((sheet) => sheet.href?.endsWith(href) && sheet.cssRules.length > 0)), staffStyles)).toEqual([]);
  await expectAccessible(page, 'the map in the staff app, opened directly');
});
