import { expect, type PlaywrightWorkerArgs } from '@playwright/test';
import { apiAs, arrangeParticipant, expectAccessible, password, test, users } from './helpers.ts';

// Issue 16, item 1: no typed text is lost when the session ends.

/** Ends every session of the user from another browser context (as an expired session looks to the page). */
async function endSessionsElsewhere(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, email: string) {
  const other = await playwright.request.newContext({ baseURL });
  expect((await other.post('/api/v1/auth/login', { data: { email, password } })).status()).toBe(204);
  const csrf = (await other.storageState()).cookies.find((cookie) => cookie.name === 'csrf')?.value ?? '';
  expect((await other.post('/api/v1/auth/logout-everywhere', { headers: { 'x-csrf-token': csrf } })).status()).toBe(204);
  await other.dispose();
}

async function signInAgain(page: import('@playwright/test').Page, email: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn i Veivalg' })).toBeVisible();
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

test('the note text typed when the session ended comes back after signing in, and is saved', async ({ page, playwright, baseURL, consoleGuard }) => {
  test.setTimeout(120_000);
  // The autosave that meets the ended session is refused: that one 401 is expected.
  consoleGuard.allow(/\/api\/v1\/notes\/[^ ]+\/draft → 401|status of 401/);
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
  const counsellor = await apiAs(playwright, baseURL!, users.counsellor);
  const order = await counsellor.get(`/orders/${arranged.orderId}`);
  await counsellor.post(`/orders/${arranged.orderId}/transitions`, { to: 'accepted', version: order.version });
  await counsellor.post(`/orders/${arranged.orderId}/note`, {});
  await counsellor.dispose();

  await page.goto('/logg-inn');
  await signInAgain(page, users.counsellor);
  await expect(page.getByRole('heading', { level: 1, name: /^Hei, / })).toBeVisible();
  await page.goto(`/bestillinger/${arranged.orderId}/notat`);
  const wishes = page.getByLabel('Deltakerens ønsker');
  await wishes.fill('Første del, lagret.');
  await expect(page.getByTestId('save-status')).toHaveText(/^Lagret kl\./, { timeout: 15_000 });

  // The session ends while the counsellor types on.
  await endSessionsElsewhere(playwright, baseURL!, users.counsellor);
  await wishes.fill('Første del, lagret. Andre del, skrevet etter at økten sluttet.');
  await signInAgain(page, users.counsellor);

  // Back on the same note, with everything typed and a word about what happened; the text is then saved.
  await expect(page).toHaveURL(new RegExp(`/bestillinger/${arranged.orderId}/notat$`));
  await expect(page.getByTestId('unsaved-restored')).toContainText('Du ble logget ut før alt du skrev var lagret');
  await expect(page.getByLabel('Deltakerens ønsker')).toHaveValue('Første del, lagret. Andre del, skrevet etter at økten sluttet.');
  await expect(page.getByTestId('save-status')).toHaveText(/^Lagret kl\./, { timeout: 15_000 });
  await expectAccessible(page, 'note restored after sign-in');
  await page.reload();
  await expect(page.getByLabel('Deltakerens ønsker')).toHaveValue('Første del, lagret. Andre del, skrevet etter at økten sluttet.');

  // Signing out leaves no typed text in the tab.
  await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn i Veivalg' })).toBeVisible();
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('veivalg:unsaved:')))).toEqual([]);
});

test('"Endre opplysninger": changes typed when the session ended come back in the open form', async ({ page, playwright, baseURL, consoleGuard }) => {
  consoleGuard.allow(/PATCH \/api\/v1\/participants\/[^ ]+ → 401|status of 401/);
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: false });
  await page.goto('/logg-inn');
  await signInAgain(page, users.bergenAdviser);
  await expect(page.getByRole('heading', { level: 1, name: /^Hei, / })).toBeVisible();
  await page.goto(`/deltakere/${arranged.participantId}`);
  await page.getByRole('button', { name: 'Endre opplysninger' }).click();
  await page.getByLabel('Fornavn').fill('Endretnavn');

  await endSessionsElsewhere(playwright, baseURL!, users.bergenAdviser);
  await page.getByRole('button', { name: 'Lagre endringene' }).click();
  await signInAgain(page, users.bergenAdviser);

  await expect(page).toHaveURL(new RegExp(`/deltakere/${arranged.participantId}$`));
  await expect(page.getByTestId('unsaved-restored')).toBeVisible();
  await expect(page.getByLabel('Fornavn')).toHaveValue('Endretnavn');
  await page.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(page.getByText('Endringene er lagret.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /Endretnavn/ })).toBeVisible();
});

test('the session warns before it ends and can be extended', async ({ page }) => {
  await page.goto('/logg-inn');
  await signInAgain(page, users.centreLead);
  await expect(page.getByRole('heading', { level: 1, name: /^Hei, / })).toBeVisible();
  // Let the session have five minutes left (as after a working day), as the server would report it.
  await page.route('**/api/v1/auth/session', async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    await route.fulfill({ response, json: { ...body, expiresAt: new Date(Date.now() + 5 * 60_000).toISOString() } });
  });
  await page.reload();
  const warning = page.getByTestId('session-expiry');
  await expect(warning).toContainText('Økten din slutter kl.');
  await expectAccessible(page, 'session expiry warning');
  await page.unroute('**/api/v1/auth/session');
  await warning.getByRole('button', { name: 'Forleng økten' }).click();
  await expect(warning).toHaveCount(0);
});
