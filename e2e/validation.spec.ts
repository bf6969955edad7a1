import { expect, test, expectAccessible, signIn, uniqueName, users } from './helpers.ts';

test('registration with an impossible date and empty required fields shows field errors and stores nothing', async ({ page, consoleGuard }) => {
  // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
  consoleGuard.allowResponse('POST', /\/api\/v1\/participants/, 400); // the field errors are the test
  const givenName = uniqueName('Ugyldig');
  await signIn(page, users.bergenAdviser);
  await page.goto('/deltakere/ny');
  await page.getByLabel('Fornavn').fill(givenName);
  await page.getByLabel('Fødselsdato').fill('31.02.1990');
  await page.getByLabel('Bosettingsdato').fill('2025-13-01');
  await page.getByRole('button', { name: 'Registrer deltakeren' }).click();

  // The summary takes focus and links to each field.
  const summary = page.getByRole('group', { name: 'For å gå videre må du rette opp dette:' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(5); // family name, birth date, language, basis, settlement date

  // Each field carries its own message and is marked invalid.
  const familyName = page.getByLabel('Etternavn');
  await expect(familyName).toHaveAttribute('aria-invalid', 'true');
  await expect(familyName).toHaveAccessibleDescription('Feltet må fylles ut.');
  await expect(page.getByLabel('Fødselsdato')).toHaveAccessibleDescription(/Ugyldig dato/);
  await expect(page.getByLabel('Bosettingsdato')).toHaveAccessibleDescription(/Ugyldig dato/);
  await expect(page.getByLabel('Foretrukket språk')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Oppholdsgrunnlag')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Fornavn')).not.toHaveAttribute('aria-invalid', 'true');

  // A summary link moves focus to its field.
  await summary.getByRole('link', { name: 'Etternavn: Feltet må fylles ut.' }).click();
  await expect(familyName).toBeFocused();

  await expect(page).toHaveURL(/\/deltakere\/ny$/);
  await expectAccessible(page, 'registration form with errors');

  // Nothing was stored.
  await page.goto('/deltakere');
  await page.getByRole('search').getByLabel('Søk på navn').fill(givenName);
  await page.getByRole('search').getByRole('button').click();
  await expect(page.getByText('Ingen deltakere passer med søket eller filteret.')).toBeVisible();
});
