import { expect, test, users } from './helpers.ts';

test('switching to English changes the UI and is remembered', async ({ page, consoleGuard }) => {
  // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
  consoleGuard.allowResponse('POST', /\/api\/v1\/participants/, 400); // the English field messages are checked
  await page.goto('/logg-inn');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await page.getByRole('button', { name: 'English' }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Veivalg' })).toBeVisible();
  await page.getByLabel('E-mail').fill(users.bergenAdviser);
  await page.getByLabel('Password').fill('veivalg-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Ragnhild Rådgiver' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My participants' })).toBeVisible();

  // Server messages follow the language too (Accept-Language).
  await page.goto('/deltakere/ny');
  await page.getByRole('button', { name: 'Register the participant' }).click();
  await expect(page.getByLabel('Family name')).toHaveAccessibleDescription('This field is required.');

  // Dates in English.
  await page.goto('/deltakere');
  await expect(page.getByRole('columnheader', { name: 'Decision deadline' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My participants' })).toBeVisible();
  await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mine deltakere' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
});
