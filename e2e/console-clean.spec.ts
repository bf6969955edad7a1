import { expect, type Page } from '@playwright/test';
import { expectAccessible, menuHrefs, roleAccounts, signIn, signOut, test } from './helpers.ts';

// Issue 16, item 9: no avoidable errors in the console. `test` from helpers.ts fails a test on any console error or
// failed request it did not expect; these walk the public pages and every menu page of every role with it.

async function visitMenu(page: Page): Promise<string[]> {
  const nav = page.locator('nav.app-nav');
  const hrefs = await menuHrefs(page);
  for (const href of hrefs) {
    await nav.locator(`a[href="${href}"]`).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    if (href === '/samarbeid') await visitCooperationAreas(page);
  }
  return hrefs;
}

/** The cooperation areas have one menu item leading to a hub page: each of its cards is a menu page too. */
async function visitCooperationAreas(page: Page) {
  const main = page.getByRole('main');
  // The menu click may still show the page before (the hub loads on demand): read the cards once the hub is there.
  await expect(page.getByRole('heading', { level: 1, name: 'Samarbeid', exact: true })).toBeVisible();
  const areas = await main.locator('.cooperation-hub a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(areas.length).toBeGreaterThan(0);
  for (const area of areas) {
    await main.locator(`a[href="${area}"]`).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await main.getByRole('link', { name: 'Tilbake til Samarbeid' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Samarbeid', exact: true })).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
}

test('the public pages make no failing request (no 401 from asking who is signed in)', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => { if (request.url().includes('/api/v1/auth/')) asked.push(new URL(request.url()).pathname); });
  for (const path of ['/kart', '/kart/reiser', '/logg-inn']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn i Veivalg' })).toBeVisible();
  expect(asked.filter((path) => path === '/api/v1/auth/me')).toEqual([]);
});

for (const [role, email] of Object.entries(roleAccounts)) {
  test(`every menu page of the ${role} has a clean console, and signing out makes no 401`, async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, email);
    const visited = await visitMenu(page);
    expect(visited.length).toBeGreaterThan(0);
    // After sign-out nothing asks for the user's notifications or the user again with a dead session.
    const after: string[] = [];
    await signOut(page);
    page.on('response', (response) => { if (response.status() === 401) after.push(new URL(response.url()).pathname); });
    await page.waitForLoadState('networkidle');
    await page.goto('/kart');
    await page.waitForLoadState('networkidle');
    expect(after).toEqual([]);
  });
}

test('a test that expects an error says so: a refused form does not fail the guard', async ({ page, consoleGuard }) => {
  consoleGuard.allow(/\/api\/v1\/auth\/login → 401|status of 401/);
  await page.goto('/logg-inn');
  await page.getByLabel('E-post').fill('ingen@finnes.demo');
  await page.getByLabel('Passord').fill('feil-passord-her');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByText(/feil/i).first()).toBeVisible();
  await expectAccessible(page, 'sign-in refused');
});
