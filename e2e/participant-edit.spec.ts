import { expect, test, apiAs, arrangeParticipant, signIn, users } from './helpers.ts';

test('editing a participant someone else changed meanwhile gives 409 and a way to reload', async ({ page, playwright, baseURL, consoleGuard }) => {
  // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
  consoleGuard.allowResponse('PATCH', /\/api\/v1\/participants\/[^/ ?]+/, 409); // the conflict is the test
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: false });
  await signIn(page, users.bergenAdviser);
  await page.goto(`/deltakere/${arranged.participantId}`);
  await page.getByRole('button', { name: 'Endre opplysninger' }).click();
  await page.getByLabel('Etternavn').fill('Nordmann-Berg');

  // A colleague saves first.
  const colleague = await apiAs(playwright, baseURL!, users.bergenLead);
  await colleague.patch(`/participants/${arranged.participantId}`, { familyName: 'Nordli', version: 1 });
  await colleague.dispose();

  await page.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(page.getByRole('alert')).toContainText('Noen andre har endret deltakeren. Last inn på nytt.');
  await page.getByRole('button', { name: 'Last inn på nytt' }).click();
  await expect(page.getByLabel('Etternavn')).toHaveValue('Nordli');

  await page.getByLabel('Etternavn').fill('Nordli-Berg');
  await page.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(page.getByText('Endringene er lagret.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Nordli-Berg$/);
});
