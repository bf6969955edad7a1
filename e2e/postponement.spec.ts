import { readFile } from 'node:fs/promises';
import { expect, test, arrangeParticipant, expectAccessible, signIn, typed, users } from './helpers.ts';

/** Today in Oslo plus some days, as 'YYYY-MM-DD'. */
function osloPlus(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
}

test('the adviser postpones guidance, sees "Utsatt" and the reminder, and the CSV for NIR has the row', async ({ page, playwright, baseURL, consoleGuard }) => {
  // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
  consoleGuard.allowResponse('POST', /\/api\/v1\/participants\/[^/ ?]+\/postponements/, 400); // a postponement without a reason is refused on purpose
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: false });
  await signIn(page, users.bergenAdviser);
  await page.goto(`/deltakere/${arranged.participantId}`);
  await expect(page.getByRole('heading', { level: 1, name: arranged.name })).toBeVisible();

  await page.getByRole('button', { name: 'Utsett veiledning' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Utsett karriereveiledning' })).toBeVisible();
  await expectAccessible(page, 'postpone dialog');

  // 'Annet' without a text: the server names the field, in Norwegian.
  await dialog.getByLabel('Begrunnelse', { exact: true }).selectOption('other');
  await dialog.getByLabel('Notat med begrunnelse').fill('Deltakeren har ikke grunnskole og lang programtid.');
  await dialog.getByLabel('Omtrentlig ny dato').fill(typed(osloPlus(10)));
  await dialog.getByRole('button', { name: 'Utsett veiledning' }).click();
  await expect(dialog.getByText('Skriv hva «Annet» gjelder.')).toBeVisible();
  await expectAccessible(page, 'postpone dialog with errors');

  await dialog.getByLabel('Begrunnelse', { exact: true }).selectOption('settling-in-little-schooling-long-programme');
  await dialog.getByLabel('Sammen med karrieresenteret').check();
  await dialog.getByRole('button', { name: 'Utsett veiledning' }).click();
  await expect(dialog).toBeHidden();

  const deadline = page.getByRole('region', { name: /Frist for vedtak/ });
  await expect(deadline.getByText('Utsatt', { exact: true })).toBeVisible();
  await expect(deadline.getByText('Ny dato nærmer seg', { exact: true })).toBeVisible();
  const section = page.getByRole('region', { name: 'Utsettelse av karriereveiledning' });
  await expect(section.getByText('Trenger tid til å lande / lite skolegang og lang programtid')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Gjenoppta' })).toBeVisible();

  await page.goto('/deltakere?status=postponed');
  await expect(page.getByRole('link', { name: arranged.name })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Last ned utsettelser (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^utsettelser-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  const row = csv.split('\r\n').find((line) => line.startsWith(arranged.participantId));
  expect(row).toContain('settling-in-little-schooling-long-programme');
  expect(row).toContain('Nordmann');
  expect(row).toContain('with-centre');
  expect(row).toContain(osloPlus(10));
});
