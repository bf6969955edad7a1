import { expect, test, arrangeParticipant, signIn, users } from './helpers.ts';

test("the Drammen adviser cannot see Bergen's participant: a direct URL shows 'not found'", async ({ page, playwright, baseURL, consoleGuard }) => {
  // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
  consoleGuard.allowResponse('GET', /\/api\/v1\/participants\/[^/ ?]+/, 404); // another municipality's participant is not found: the point of the test
  const bergen = await arrangeParticipant(playwright, baseURL!, { sendOrder: false });

  await signIn(page, users.drammenAdviser);
  await page.goto(`/deltakere/${bergen.participantId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
  await expect(page.getByText(bergen.name)).toHaveCount(0);

  // Nor in the list or a search.
  await page.goto('/deltakere');
  await page.getByRole('search').getByLabel('Søk på navn').fill(bergen.name.split(' ')[0]!);
  await page.getByRole('search').getByRole('button').click();
  await expect(page.getByText('Ingen deltakere passer med søket eller filteret.')).toBeVisible();
});

test('a page that needs sign-in sends the browser to the sign-in page, and back after signing in', async ({ page }) => {
  await page.goto('/deltakere');
  await expect(page).toHaveURL(/\/logg-inn$/);
  await page.getByLabel('E-post').fill(users.bergenAdviser);
  await page.getByLabel('Passord').fill('veivalg-demo');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mine deltakere' })).toBeVisible();
});

test('wrong password shows a message', async ({ page, consoleGuard }) => {
  // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
  consoleGuard.allowResponse('POST', /\/api\/v1\/auth\/login/, 401); // a wrong password on purpose
  await page.goto('/logg-inn');
  await page.getByLabel('E-post').fill(users.statisticsReader);
  await page.getByLabel('Passord').fill('not-the-password');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('alert')).toContainText('Feil e-post eller passord.');
});

test('after repeated wrong passwords sign-in is paused and the page says for how long', async ({ page, consoleGuard }) => {
  // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
  consoleGuard.allowResponse('POST', /\/api\/v1\/auth\/login/, 401); // wrong passwords on purpose
  consoleGuard.allowResponse('POST', /\/api\/v1\/auth\/login/, 429); // then the pause
  await page.goto('/logg-inn');
  await page.getByLabel('E-post').fill(users.vossAdviser);
  await page.getByLabel('Passord').fill('wrong-password');
  const submit = page.getByRole('button', { name: 'Logg inn' });
  for (let attempt = 0; attempt < 5; attempt++) {
    await submit.click();
    await expect(page.getByRole('alert')).toContainText('Feil e-post eller passord.');
  }
  await submit.click();
  await expect(page.getByRole('alert')).toContainText(/Prøv igjen om \d+ sekunder\./);
});

test('"Logg ut overalt" ends the other sessions too', async ({ browser }) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signIn(first, users.bergenLead);
  await signIn(second, users.bergenLead);

  await first.getByRole('button', { name: 'Logg ut overalt' }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'Logg inn i Veivalg' })).toBeVisible();
  await expect(first.getByText('Du er logget ut.')).toBeVisible();

  await second.getByRole('navigation').getByRole('link', { name: 'Mine deltakere' }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Logg inn i Veivalg' })).toBeVisible();
  await first.context().close();
  await second.context().close();
});
