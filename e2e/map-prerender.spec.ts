import { readFileSync } from 'node:fs';
import { expect, expectAccessible, test } from './helpers.ts';

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
