import fs from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test, expectAccessible, users, signInInEnglish } from './helpers.ts';

const en = JSON.parse(fs.readFileSync(new URL('../src/web/i18n/locales/en.json', import.meta.url), 'utf8')) as Record<string, unknown>;

// A key shown instead of its text ("notes.tasks.title"), in any namespace of the locale files. Not inside an address
// or an e-mail (nav.no, radgiver@bergen.demo), which look like keys too.
const keyPattern = new RegExp(`(?<![\\w@/.-])(?:${Object.keys(en).join('|')})\\.[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*(?![\\w/@-])`, 'g');
const untranslatedKeys = (text: string) => (text.match(keyPattern) ?? []).filter((m) => !/\.(no|com|org|net|demo)$/.test(m));
// Dates in English ("30 April 2026", formatDate/formatDateTime in src/web/format.ts), never in Norwegian.
const englishDate = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;
const norwegianDate = /\b\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}\b|\bkl\. \d{1,2}[:.]\d{2}/;

// The pages added for notes, tasks, notifications, the wording library, translations, statistics and journeys, seen
// in English: the heading is English and no i18n key (a missing translation shows as "notes.tasks.title") is on screen.

async function expectEnglishPage(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const text = await page.locator('main').innerText();
  expect(untranslatedKeys(text), `untranslated keys on ${path}`).toEqual([]);
  expect(text, `Norwegian dates on ${path}`).not.toMatch(norwegianDate);
  await expectAccessible(page, `${path} in English`);
}

test('the municipality pages for tasks, notifications and statistics speak English', async ({ page }) => {
  await signInInEnglish(page, users.bergenLead);
  await expectEnglishPage(page, '/oppgaver', 'Tasks');
  await expectEnglishPage(page, '/varsler', 'Notifications');
  await expectEnglishPage(page, '/statistikk', 'Statistics');
  await expectEnglishPage(page, '/statistikk/faktaark', 'County fact sheet');
});

test('the career centre pages for wordings and translations speak English', async ({ page }) => {
  await signInInEnglish(page, users.centreLead);
  await expectEnglishPage(page, '/senter/formuleringer', 'Wording library');
  await expectEnglishPage(page, '/karrieresenter/oversettelser', 'Translations of the information package');
});

test('the example journeys speak English', async ({ page }) => {
  await signInInEnglish(page, users.bergenAdviser);
  await expectEnglishPage(page, '/kart/reiser', 'Example journeys');
  await page.getByRole('link').filter({ hasText: /Anya/ }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(untranslatedKeys(await page.locator('main').innerText())).toEqual([]);
});

test('dates are written in English: the participant list and a participant page', async ({ page }) => {
  await signInInEnglish(page, users.bergenAdviser);
  await expectEnglishPage(page, '/deltakere', 'My participants');
  const list = await page.locator('main').innerText();
  expect(list).toMatch(englishDate);
  const href = await page.locator('main a[href^="/deltakere/"]').evaluateAll((links) =>
    links.map((a) => a.getAttribute('href')!).find((h) => /^\/deltakere\/[0-9a-f-]{36}$/.test(h)));
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const text = await page.locator('main').innerText();
  expect(text).toMatch(englishDate);
  expect(text).not.toMatch(norwegianDate);
  expect(untranslatedKeys(text)).toEqual([]);
});

test('the local-offer editor speaks English: list, an offer, and the new-offer form refusing an empty offer', async ({ page, consoleGuard }) => {
  consoleGuard.allowResponse('POST', /\/api\/v1\/local-offers/, 400); // the empty offer, refused on purpose
  await signInInEnglish(page, 'lokal@bergen.demo');
  await expectEnglishPage(page, '/lokale-tilbud', 'Local offers');
  const offers = page.locator('main a[href^="/lokale-tilbud/"]:not([href$="/ny"])');
  const before = await offers.count();
  expect(before).toBeGreaterThan(0);
  await offers.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const offerText = await page.locator('main').innerText();
  expect(untranslatedKeys(offerText)).toEqual([]);
  expect(offerText).not.toMatch(norwegianDate);

  await expectEnglishPage(page, '/lokale-tilbud/ny', 'New local offer');
  await page.getByRole('button', { name: 'Publish the offer' }).click();
  // Nothing is sent or made: the form names what is missing, in English, and stays open.
  await expect(page.locator('main [aria-invalid="true"]').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'New local offer' })).toBeVisible();
  expect(untranslatedKeys(await page.locator('main').innerText())).toEqual([]);
  await page.goto('/lokale-tilbud');
  await expect(page.getByRole('heading', { level: 1, name: 'Local offers' })).toBeVisible();
  await expect(offers).toHaveCount(before);
});
