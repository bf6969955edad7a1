import { expect } from '@playwright/test';
import { expectAccessible, signIn, test, users } from './helpers.ts';

// Issue 16, item 3: honest states. A count is shown once it is known, never a false 0 while loading; the start page
// links only to what the role may open. (The brief's "required done, n of m filled" is in guidance-flow.spec.ts.)

test('the start page says the task count is loading, never "0 åpne oppgaver" before it knows', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route('**/api/v1/plan-tasks?*', async (route) => {
    await held;
    await route.continue();
  });
  await signIn(page, users.bergenAdviser);
  const tasks = page.getByRole('link', { name: /oppgaver? om integreringsplan/i });
  await expect(tasks).toHaveText('Oppgaver om integreringsplan (henter antall …)');
  await expect(page.getByText(/^0 åpne oppgaver/)).toHaveCount(0);
  await expectAccessible(page, 'start page while counts load');
  release();
  await expect(tasks).toHaveText(/^\d+ (åpen oppgave|åpne oppgaver) om integreringsplan$/);
});

test('the municipality lead is not offered the fact sheet, which the role may not open', async ({ page }) => {
  await signIn(page, users.bergenLead);
  await expect(page.getByRole('link', { name: 'Se statistikk', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /faktaark/i })).toHaveCount(0);
  await signIn(page, users.centreLead);
  await expect(page.getByRole('link', { name: 'Se statistikk og faktaark' })).toBeVisible();
});
