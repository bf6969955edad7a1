import { expect, test, expectAccessible, signIn, signOut, uniqueName, users } from './helpers.ts';

test('the administrator creates a municipality and an adviser, who sets a password and starts with an empty list', async ({ page, context }) => {
  const municipality = `${uniqueName('Testby')} kommune`;
  const email = `${uniqueName('ny')}@testby.demo`;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  await signIn(page, users.admin);
  await page.goto('/admin');

  await page.getByRole('button', { name: 'Ny organisasjon' }).click();
  const orgForm = page.getByRole('form', { name: 'Ny organisasjon' });
  await orgForm.getByLabel('Type').selectOption({ label: 'Kommune' });
  await orgForm.getByLabel('Navn').fill(municipality);
  await orgForm.getByLabel('Betjenes av karrieresenter').selectOption({ label: 'Karriere Vestland' });
  await orgForm.getByRole('button', { name: 'Opprett organisasjonen' }).click();
  await expect(page.getByText(`${municipality} er opprettet.`)).toBeVisible();

  // Change which centre serves it, in the table.
  const orgRow = page.getByRole('row').filter({ has: page.getByRole('cell', { name: municipality, exact: true }) });
  await orgRow.getByLabel(`Karrieresenter for ${municipality}`).selectOption({ label: 'Karriere Buskerud' });
  await orgRow.getByRole('button', { name: /^Lagre/ }).click();
  await expect(orgRow.getByText('Lagret.')).toBeVisible();

  await page.getByRole('button', { name: 'Ny bruker' }).click();
  const userForm = page.getByRole('form', { name: 'Ny bruker' });
  await userForm.getByLabel('Navn').fill('Nina Ny');
  await userForm.getByLabel('E-post').fill(email);
  await userForm.getByLabel('Rolle').selectOption({ label: 'Programrådgiver' });
  await userForm.getByLabel('Organisasjon').selectOption({ label: municipality });
  await userForm.getByRole('button', { name: 'Opprett brukeren' }).click();

  await expect(page.getByText('Lenken vises bare denne ene gangen.')).toBeVisible();
  const link = (await page.getByTestId('set-password-url').textContent()) ?? '';
  expect(link).toMatch(/\/sett-passord#token=.+/);
  await page.getByRole('button', { name: 'Kopier lenken' }).click();
  await expect(page.getByText('Lenken er kopiert.')).toBeVisible();
  await expectAccessible(page, 'admin with one-time link');

  // Deactivating needs a confirmation.
  const userRow = page.getByRole('row').filter({ has: page.getByRole('cell', { name: email }) });
  await expect(userRow.getByText('Venter på passord')).toBeVisible();
  await signOut(page);

  // The new user sets a password through the link (token in the fragment) and signs in.
  await page.goto(new URL(link).pathname + new URL(link).hash);
  await page.getByLabel('Nytt passord').fill('et langt nok passord');
  await page.getByLabel('Gjenta passordet').fill('et langt nok passord');
  await page.getByRole('button', { name: 'Lagre passordet' }).click();
  await expect(page.getByText('Passordet er lagret.')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');

  await page.getByRole('link', { name: 'Gå til innlogging' }).click();
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord').fill('et langt nok passord');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hei, Nina Ny' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Mine deltakere' }).click();
  await expect(page.getByText('Du har ingen deltakere ennå. Registrer en ny deltaker.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Registrer ny deltaker' })).toHaveCount(2);
  await expectAccessible(page, 'participant list, empty state');
  await signOut(page);

  // The administrator deactivates the user, after confirming.
  await signIn(page, users.admin);
  await page.goto('/admin');
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: email }) });
  await row.getByRole('button', { name: /^Deaktiver/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Deaktiver Nina Ny?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Deaktiver' }).click();
  await expect(row.getByText('Deaktivert')).toBeVisible();
});
