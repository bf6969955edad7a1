import { expect, test, arrangeParticipant, queueRow, signIn, users } from './helpers.ts';

test('the centre lead rejects an order with a reason; without a reason the rejection is refused', async ({ page, playwright, baseURL, consoleGuard }) => {
  // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
  consoleGuard.allowResponse('POST', /\/api\/v1\/orders\/[^/ ?]+\/transitions/, 400); // the rejection without a reason is the test
  const { name } = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });

  await signIn(page, users.centreLead);
  await page.goto('/bestillinger?status=sent');
  const row = await queueRow(page, name);
  await row.getByRole('button', { name: /^Avvis/ }).click();

  const dialog = page.getByRole('dialog', { name: `Avvis bestillingen for ${name}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Avvis bestillingen' }).click();
  await expect(dialog.getByText('Du må oppgi en begrunnelse.')).toBeVisible();
  await expect(dialog.getByLabel('Begrunnelse')).toHaveAttribute('aria-invalid', 'true');
  // Still a sent order: nothing changed.
  await expect(row.getByText('Sendt', { exact: true })).toBeVisible();

  await dialog.getByLabel('Begrunnelse').fill('Deltakeren er allerede veiledet ved et annet karrieresenter.');
  await dialog.getByRole('button', { name: 'Avvis bestillingen' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);

  // The centre's access ends with the rejection (issue 15): it no longer lists the order; the adviser sees the
  // rejection and its reason.
  await page.getByLabel('Vis bestillinger med status').selectOption({ label: 'Avvist' });
  await expect(page.getByRole('link', { name })).toHaveCount(0);
  await page.context().clearCookies();
  await signIn(page, users.bergenAdviser);
  await page.goto('/bestillinger');
  await page.getByLabel('Vis bestillinger med status').selectOption({ label: 'Avvist' });
  const rejected = await queueRow(page, name);
  await expect(rejected.getByText('Avvist', { exact: true })).toBeVisible();
  await expect(rejected).toContainText('allerede veiledet ved et annet karrieresenter');
});

test('the centre lead accepts by assigning a counsellor', async ({ page, playwright, baseURL }) => {
  const { name } = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
  await signIn(page, users.centreLead);
  await page.goto('/bestillinger?status=sent');
  const row = await queueRow(page, name);
  await row.getByRole('button', { name: /^Godta/ }).click();
  await expect(row.getByText('Velg en veileder før du godtar bestillingen.')).toBeVisible();
  await row.getByLabel(/Tildel veileder/).selectOption({ label: 'Viktor Veileder' });
  await row.getByRole('button', { name: /^Godta/ }).click();
  await expect(row).toHaveCount(0);
  await page.getByLabel('Vis bestillinger med status').selectOption({ label: 'Godtatt' });
  await expect(await queueRow(page, name)).toContainText('Viktor Veileder');
});
