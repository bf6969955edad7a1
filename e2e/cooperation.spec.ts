import { type Page } from '@playwright/test';
import { expect, test, type apiAs, arrangeParticipant, expectAccessible, password, queueRow, signIn, signOut, users, signInInEnglish, signOutInEnglish } from './helpers.ts';

// Issue 13: the centre lead assigns Bergen a fixed contact and a deputy; the adviser sees them on the start page; while
// the contact is away a new order goes to the deputy. Afterwards the periods and the absence are removed again, so
// the specs that follow see Bergen's orders in the shared queue as before.

async function cleanUp(playwright: Parameters<typeof apiAs>[0], baseURL: string) {
  const lead = await playwright.request.newContext({ baseURL });
  expect((await lead.post('/api/v1/auth/login', { data: { email: users.centreLead, password } })).status()).toBe(204);
  const headers = { 'x-csrf-token': (await lead.storageState()).cookies.find((c) => c.name === 'csrf')?.value ?? '' };
  const { items } = await (await lead.get('/api/v1/cooperation/municipalities')).json();
  for (const m of items) {
    for (const p of m.periods) expect((await lead.post(`/api/v1/cooperation/contacts/${p.id}/remove`, { data: { version: p.version }, headers })).status()).toBe(204);
  }
  for (const a of (await (await lead.get('/api/v1/cooperation/absences')).json()).items) {
    expect((await lead.post(`/api/v1/cooperation/absences/${a.id}/remove`, { data: { version: a.version }, headers })).status()).toBe(204);
  }
  await lead.dispose();
}

test.afterEach(async ({ playwright, baseURL }) => { await cleanUp(playwright, baseURL!); });

async function assign(page: Page, kind: 'Fast kontakt' | 'Stedfortreder', person: string) {
  const form = page.getByRole('form', { name: 'Tildel fast kontakt eller stedfortreder' });
  await form.getByLabel('Kommune').selectOption({ label: 'Bergen kommune' });
  await form.getByLabel('Rolle').selectOption({ label: kind });
  await form.getByLabel('Person').selectOption({ label: person });
  await form.getByRole('button', { name: 'Tildel' }).click();
  await expect(form.getByRole('status')).toContainText(`${person} er tildelt`);
}

test('the centre lead assigns a contact and a deputy; the adviser sees them; during an absence the order goes to the deputy', async ({ page, playwright, baseURL }) => {
  await signIn(page, users.centreLead);
  // The lead's start page says that municipalities lack a contact, and leads to the page that assigns them.
  await expect(page.getByText(/kommuner? mangler fast kontakt eller stedfortreder i dag\./)).toBeVisible();
  await page.getByRole('link', { name: 'Tildel kontakter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Faste kontakter og stedfortredere' })).toBeVisible();
  await expect(page.getByText(/mangler fast kontakt eller stedfortreder i dag/)).toBeVisible();
  await expectAccessible(page, 'contacts page (nb)');

  await assign(page, 'Fast kontakt', 'Vilde Veileder');
  await assign(page, 'Stedfortreder', 'Viktor Veileder');
  // The first table: one row per municipality (the periods table below has a row per period).
  const bergen = page.getByRole('row').filter({ hasText: 'Bergen kommune' }).first();
  await expect(bergen).toContainText('Vilde Veileder');
  await expect(bergen).toContainText('Viktor Veileder');

  // Vilde is away from today: new orders from Bergen go to Viktor.
  const absence = page.getByRole('form', { name: 'Registrer fravær' });
  await absence.getByLabel('Person').selectOption({ label: 'Vilde Veileder' });
  await absence.getByRole('button', { name: 'Registrer fravær' }).click();
  await expect(page.getByText(/^Vilde Veileder: /)).toBeVisible();
  await expect(bergen.getByRole('cell').nth(3)).toHaveText('Viktor Veileder');
  await signOut(page);

  await signIn(page, users.bergenAdviser);
  const card = page.getByRole('heading', { name: 'Kontaktene dine ved Karriere Vestland' }).locator('..');
  await expect(card).toContainText('Vilde Veileder');
  await expect(card).toContainText('Borte i dag');
  await expect(card).toContainText('Viktor Veileder');
  await expect(card.getByRole('link', { name: 'veileder2@vestland.demo' })).toHaveAttribute('href', 'mailto:veileder2@vestland.demo');
  await expectAccessible(page, 'adviser start page with contacts (nb)');
  // The same contacts on the municipality's orders.
  await page.goto('/bestillinger');
  await expect(page.getByRole('heading', { name: 'Kontaktene dine ved Karriere Vestland' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kontaktene dine ved Karriere Vestland' }).locator('..')).toContainText('Viktor Veileder');
  await signOut(page);

  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
  await signIn(page, users.centreLead);
  await page.goto('/bestillinger?status=sent');
  const row = await queueRow(page, arranged.name);
  await expect(row).toContainText('Viktor Veileder');
});

test('the contacts page and the contact card speak English and pass axe', async ({ page }) => {
  await signInInEnglish(page, users.centreLead);
  await page.goto('/samarbeid/kontakter');
  await expect(page.getByRole('heading', { level: 1, name: 'Fixed contacts and deputies' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await page.locator('main').innerText()).not.toMatch(/\bcooperation\.[a-z][A-Za-z.]+/);
  await expectAccessible(page, 'contacts page (en)');
  await signOutInEnglish(page);
  await signInInEnglish(page, users.bergenAdviser);
  await expect(page.getByRole('heading', { name: 'Your contacts at Karriere Vestland' })).toBeVisible();
  expect(await page.locator('main').innerText()).not.toMatch(/\bcooperation\.[a-z][A-Za-z.]+/);
  await expectAccessible(page, 'adviser start page (en)');
});
