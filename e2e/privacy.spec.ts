import { arrangeParticipant, expect, expectAccessible, signIn, test, users } from './helpers.ts';

test('the municipality lead sees who has access and why, opens the access request page and prints it (nb, axe)', async ({ page, playwright, baseURL, consoleGuard }) => {
  // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
  consoleGuard.allowResponse('POST', /\/api\/v1\/participants\/[^/ ?]+\/erase/, 409); // erasing a participant with an open order is refused on purpose
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });

  await signIn(page, users.bergenLead);
  await page.goto(`/deltakere/${arranged.participantId}`);
  const access = page.getByRole('region', { name: 'Hvem har tilgang' });
  await expect(access).toBeVisible();
  const table = access.getByRole('table');
  await expect(table.getByRole('row').filter({ hasText: 'Bergen kommune' })).toContainText('Deltakeren er registrert her');
  await expect(table.getByRole('row').filter({ hasText: 'Karriere Vestland' })).toContainText('Har en åpen bestilling');
  await expectAccessible(page, 'participant page with the access list');

  await access.getByRole('link', { name: 'Innsyn: alt Veivalg har om deltakeren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Innsyn: alt Veivalg har om ${arranged.name}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Bestillinger \(1\)$/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Logg over hvem som har sett og endret/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
  await expectAccessible(page, 'access request page');

  // Erasure is refused while the order is open, with the server's message.
  await page.getByRole('radio', { name: 'Deltakeren har bedt om sletting' }).check();
  await page.getByRole('button', { name: 'Slett opplysningene' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Dette kan ikke angres.');
  await expectAccessible(page, 'erase confirmation');
  await dialog.getByRole('button', { name: 'Slett opplysningene' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Saken er åpen');
});

test('the adviser sees no access list', async ({ page, playwright, baseURL }) => {
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
  await signIn(page, users.bergenAdviser);
  await page.goto(`/deltakere/${arranged.participantId}`);
  await expect(page.getByRole('heading', { level: 1, name: arranged.name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Hvem har tilgang' })).toHaveCount(0);
});
