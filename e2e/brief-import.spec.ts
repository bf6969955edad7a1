import { addDays, todayInOslo } from '../src/domain/index.ts';
import { expect, test, arrangeParticipant, expectAccessible, signIn, users } from './helpers.ts';

test('an adviser imports a mapping export: a bad file stores nothing and lists its rows; a good one fills the brief', async ({ page, playwright, baseURL, consoleGuard }) => {
  // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
  consoleGuard.allowResponse('POST', /\/api\/v1\/participants\/[^/ ?]+\/brief\/import/, 400); // a bad file on purpose
  consoleGuard.allowResponse('PATCH', /\/api\/v1\/participants\/[^/ ?]+\/brief/, 400); // an item saved with errors on purpose
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: false });
  await signIn(page, users.bergenAdviser);
  await page.goto(`/deltakere/${arranged.participantId}`);
  const brief = page.getByRole('region', { name: 'Overføringsnotat' });
  await brief.getByText('Importer kartlegging fra fil').click();
  await expect(brief.getByRole('link', { name: 'CSV-mal' })).toHaveAttribute('href', '/api/v1/brief/import-template.csv');
  await expect(brief.getByRole('link', { name: 'JSON-mal' })).toHaveAttribute('href', '/api/v1/brief/import-template.json');
  const file = brief.getByLabel('Fil med kartlegging (CSV eller JSON)');

  // A bad file: one good row, one unknown item, one bad date. Nothing is stored.
  const old = addDays(todayInOslo(), -400);
  const bad = ['item,field,value,mapped_on', `schooling,years,9,${old}`, `hobbies,main,football,${old}`, 'dialect,unknown,,15.01.2026'].join('\n');
  await file.setInputFiles({ name: 'kartlegging.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'utf-8') });
  await brief.getByRole('button', { name: 'Importer filen' }).click();
  const errors = brief.getByRole('alert');
  await expect(errors).toContainText('Ingenting er lagret');
  await expect(errors.getByRole('listitem')).toHaveCount(2);
  await expect(errors).toContainText('Linje 3: Ukjent opplysning «hobbies».');
  await expect(errors).toContainText('Linje 4:');
  await expectAccessible(page, 'brief import with row errors');
  await expect(brief.locator('[data-brief-item="schooling"]')).toContainText('Ikke fylt ut');

  // A good file, mapped long ago: stored with source "Importert kartlegging" and marked for checking again.
  const good = ['item,field,value,mapped_on', `schooling,years,9,${old}`, `schooling,completedLevels,primary|some-primary,${old}`, `dialect,unknown,,${old}`].join('\n');
  await file.setInputFiles({ name: 'kartlegging.csv', mimeType: 'text/csv', buffer: Buffer.from(good, 'utf-8') });
  await brief.getByRole('button', { name: 'Importer filen' }).click();
  await expect(brief.getByRole('status').filter({ hasText: 'Importerte 2 opplysninger.' })).toBeVisible();
  const schooling = brief.locator('[data-brief-item="schooling"]');
  await expect(schooling).toContainText('År med skolegang9');
  await expect(schooling).toContainText('Grunnskole, Noe grunnskole');
  await expect(schooling).toContainText('Kilde: Importert kartlegging.');
  await expect(schooling.getByText('Bør sjekkes på nytt')).toBeVisible();
  await expect(brief.locator('[data-brief-item="dialect"]').getByText('Vet ikke', { exact: true })).toBeVisible();
  await expectAccessible(page, 'brief after import');

  // The server's field message for a value out of range; nothing changes.
  await schooling.getByRole('button', { name: /^Endre/ }).click();
  await schooling.getByLabel('År med skolegang').fill('99');
  await schooling.getByLabel('Kilde').selectOption({ label: 'Rådgiver' });
  await schooling.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('group', { name: /rette opp/ })).toContainText('År med skolegang:');
  await expectAccessible(page, 'brief item with a server field error');
  await schooling.getByRole('button', { name: 'Avbryt' }).click();
  await expect(schooling).toContainText('År med skolegang9');

  // JSON works too.
  const json = JSON.stringify({ mappedOn: todayInOslo(), items: [{ item: 'norwegian', value: { level: 'A2' } }] }, null, 2);
  await file.setInputFiles({ name: 'kartlegging.json', mimeType: 'application/json', buffer: Buffer.from(json, 'utf-8') });
  await brief.getByRole('button', { name: 'Importer filen' }).click();
  await expect(brief.locator('[data-brief-item="norwegian"]')).toContainText('A2');
});
