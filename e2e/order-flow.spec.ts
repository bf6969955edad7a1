import { addDays, decisionDeadline, todayInOslo } from '../src/domain/index.ts';
import { expect, test, longNb, markRequiredBriefUnknown, queueRow, signIn, signOut, typed, uniqueName, users } from './helpers.ts';

test('an adviser registers a participant and orders guidance; the counsellor accepts it; the adviser sees it accepted', async ({ page }) => {
  const givenName = uniqueName('Amal');
  const name = `${givenName} Testesen`;
  const settlementDate = addDays(todayInOslo(), -20);
  const deadline = longNb(decisionDeadline({ settlementDate }).date);

  // The adviser registers the participant.
  await signIn(page, users.bergenAdviser);
  await page.getByRole('link', { name: 'Registrer ny deltaker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrer ny deltaker' })).toBeVisible();
  await page.getByLabel('Fornavn').fill(givenName);
  await page.getByLabel('Etternavn').fill('Testesen');
  await page.getByLabel('Fødselsdato').fill('15.03.1990');
  await page.getByLabel('Foretrukket språk').selectOption({ label: 'arabisk' });
  await page.getByLabel('Tolkespråk (valgfritt)').selectOption({ label: 'arabisk' });
  await page.getByLabel('Oppholdsgrunnlag').selectOption({ label: 'Flyktning' });
  await page.getByLabel('Bosettingsdato').fill(typed(settlementDate));

  // The live preview uses the same rule as the server.
  const preview = page.getByRole('complementary', { name: 'Regnet ut fra det du har fylt ut' });
  await expect(preview).toContainText(`Frist for vedtak om introduksjonsprogram: ${deadline}`);
  await expect(preview).toContainText('Rett og plikt');

  await page.getByRole('button', { name: 'Registrer deltakeren' }).click();
  await expect(page).toHaveURL(/\/deltakere\/[0-9a-f-]{36}$/);
  const participantUrl = page.url();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: `Frist for vedtak om introduksjonsprogram: ${deadline}` }),
  ).toBeVisible();
  await expect(page.getByText('I rute', { exact: true })).toBeVisible();
  await expect(page.getByText('Rett og plikt', { exact: true })).toBeVisible();

  // The brief items a counsellor needs (issue 16: schooling, education, work) are answered, here as "Vet ikke" ...
  await markRequiredBriefUnknown(page);
  // ... and orders career guidance (created as a draft, then sent).
  await page.getByRole('button', { name: 'Bestill karriereveiledning' }).click();
  await page.getByLabel('Gruppeveiledning').check();
  await page.getByLabel('Digitalt').check();
  await page.getByLabel('Melding til karrieresenteret (valgfritt)').fill('Kartleggingen er oppdatert. Ønsker å bli sykepleier.');
  await page.getByRole('button', { name: 'Send bestillingen' }).click();
  const orderCard = page.locator('.order-card').first();
  await expect(orderCard).toContainText('Bestilling til Karriere Vestland');
  await expect(orderCard.getByText('Sendt', { exact: true })).toBeVisible();
  await signOut(page);

  // The counsellor finds it among incoming orders and takes it.
  await signIn(page, users.counsellor);
  await page.getByRole('link', { name: 'Innkomne bestillinger' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Innkomne bestillinger' })).toBeVisible();
  await page.getByLabel('Vis bestillinger med status').selectOption({ label: 'Sendt' });
  const row = await queueRow(page, name);
  await expect(row).toContainText('Bergen kommune');
  await expect(row).toContainText('Gruppeveiledning');
  await expect(row).toContainText('Digitalt');
  await expect(row).toContainText('Ønsker å bli sykepleier');
  await expect(row).toContainText(deadline);
  await row.getByRole('button', { name: /Ta bestillingen/ }).click();
  await expect(row).toHaveCount(0); // no longer among the sent orders

  await page.getByLabel('Vis bestillinger med status').selectOption({ label: 'Godtatt' });
  const accepted = await queueRow(page, name);
  await expect(accepted.getByText('Godtatt', { exact: true })).toBeVisible();
  await expect(accepted).toContainText('Vilde Veileder');
  await signOut(page);

  // The adviser sees the order as accepted, with its history.
  await signIn(page, users.bergenAdviser);
  await page.goto(participantUrl);
  const card = page.locator('.order-card').first();
  await expect(card.getByText('Godtatt', { exact: true })).toBeVisible();
  await expect(card).toContainText('Vilde Veileder');
  await card.getByText(/^Historikk/).click();
  await expect(card.getByRole('listitem')).toHaveCount(2);
});
