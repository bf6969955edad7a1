import { addDays, todayInOslo } from '../src/domain/index.ts';
import { expect, test, arrangeParticipant, expectAccessible, signIn, typed, uniqueName, users } from './helpers.ts';

test("a name search stays out of the address bar and the API's URLs", async ({ page, playwright, baseURL }) => {
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: false, givenName: uniqueName('Søkbar') });
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await signIn(page, users.bergenAdviser);
  await page.goto('/deltakere');
  const givenName = arranged.name.split(' ')[0]!;
  await page.getByRole('search').getByLabel('Søk på navn').fill(givenName);
  await page.getByRole('search').getByRole('button').click();
  await expect(page.getByRole('link', { name: arranged.name })).toBeVisible();
  expect(page.url()).not.toContain(givenName);
  expect(urls.filter((url) => url.includes(givenName))).toEqual([]);
  // Back from the participant, the search is still there (kept in the history entry, not the address).
  await page.getByRole('link', { name: arranged.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: arranged.name })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('link', { name: arranged.name })).toBeVisible();
  expect(page.url()).not.toContain(givenName);
});

test('registering a national id the municipality already has points to the existing participant', async ({ page, consoleGuard }) => {
  // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
  consoleGuard.allowResponse('POST', /\/api\/v1\/participants/, 409); // the duplicate is the test
  const register = async (givenName: string) => {
    await page.goto('/deltakere/ny');
    await page.getByLabel('Fornavn').fill(givenName);
    await page.getByLabel('Etternavn').fill('Dobbel');
    await page.getByLabel('Fødselsdato').fill('01.01.1990');
    await page.getByLabel('Fødselsnummer eller D-nummer (valgfritt)').fill('01019010127');
    await page.getByLabel('Foretrukket språk').selectOption({ label: 'arabisk' });
    await page.getByLabel('Oppholdsgrunnlag').selectOption({ label: 'Flyktning' });
    await page.getByLabel('Bosettingsdato').fill(typed(addDays(todayInOslo(), -20)));
    await page.getByRole('button', { name: 'Registrer deltakeren' }).click();
  };
  await signIn(page, users.bergenAdviser);
  const first = uniqueName('Første');
  await register(first);
  await expect(page.getByRole('heading', { level: 1, name: `${first} Dobbel` })).toBeVisible();
  const existingUrl = page.url();

  await register(uniqueName('Andre'));
  const alert = page.getByRole('alert').filter({ hasText: 'allerede registrert en deltaker med dette fødselsnummeret' });
  await expect(alert).toBeVisible();
  await expectAccessible(page, 'register, duplicate national id');
  await alert.getByRole('link', { name: 'Åpne deltakeren som finnes' }).click();
  await expect(page).toHaveURL(existingUrl);
  await expect(page.getByRole('heading', { level: 1, name: `${first} Dobbel` })).toBeVisible();
});
