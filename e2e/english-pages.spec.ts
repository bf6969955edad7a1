import { type Page } from '@playwright/test';
import { expect, test, expectAccessible, users, signInInEnglish } from './helpers.ts';

// The pages added for notes, tasks, notifications, the wording library, translations, statistics and journeys, seen
// in English: the heading is English and no i18n key (a missing translation shows as "notes.tasks.title") is on screen.

async function expectEnglishPage(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const text = await page.locator('main').innerText();
  expect(text, `untranslated keys on ${path}`).not.toMatch(/\b(notes|journeys|statistics|participantPage|translations|common|errors)\.[a-z][A-Za-z]+(\.[A-Za-z]+)*\b/);
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
  expect(await page.locator('main').innerText()).not.toMatch(/\bjourneys\.[a-z][A-Za-z.]+\b/);
});
