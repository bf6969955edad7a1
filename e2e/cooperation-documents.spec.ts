import { type Page } from '@playwright/test';
import { apiAs, expect, expectAccessible, openCooperationArea, signIn, signOut, test, uniqueName, users, signInInEnglish, signOutInEnglish } from './helpers.ts';

// Issue 13, item 3: a centre lead writes a cooperation agreement with two municipalities as parties and publishes a
// new version with a change note; the municipality's adviser reads the current and the earlier version. Every new
// page passes axe in bokmål and English and has no horizontal scroll at 360 px.

async function expectNoHorizontalScroll(page: Page, label: string) {
  await page.setViewportSize({ width: 360, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scroll at 360 px on ${label}`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

// A synthetic fødselsnummer (valid to the checker, not a real person; see src/domain/national-id.test.ts).
const FNR = '15039010043';

test('the centre lead writes an agreement with Bergen and Voss and publishes version 2; the Bergen adviser reads both versions', async ({ page, consoleGuard }) => {
  // A national id in the text is refused on purpose (400 on the field).
  consoleGuard.allowResponse('POST', /\/api\/v1\/cooperation\/documents/, 400);
  const title = uniqueName('Samarbeidsavtale ');
  await signIn(page, users.centreLead);
  await openCooperationArea(page, 'Avtaler og rutiner');
  await expect(page.getByRole('heading', { level: 1, name: 'Avtaler og rutiner' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Maler fra andre karrieresentre' })).toBeVisible();
  await expectAccessible(page, 'agreements list (nb)');
  await expectNoHorizontalScroll(page, 'agreements list (lead)');

  await page.getByRole('link', { name: 'Ny avtale eller rutine' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny avtale eller rutine' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Dokumentet og første versjon' });
  await form.getByLabel('Type dokument').selectOption({ label: 'Samarbeidsavtale' });
  await form.getByLabel('Tittel').fill(title);
  // The limit shows while typing (Designsystemet's counter, read out to screen readers too).
  await expect(form.locator('[data-field="counter"]').first()).toMatchAriaSnapshot(`- paragraph: ${200 - title.length} tegn igjen`);
  await form.getByLabel('Eier').selectOption({ label: 'Vilde Veileder' });
  await form.getByRole('checkbox', { name: 'Bergen kommune' }).check();
  await form.getByRole('checkbox', { name: 'Voss herad' }).check();
  await form.getByLabel('Tekst', { exact: true }).fill(`# Formål\n\nGjelder deltaker ${FNR}.`);
  await expectAccessible(page, 'new agreement form (nb)');
  await expectNoHorizontalScroll(page, 'new agreement form');
  // A national id in the text is refused with a clear message, and nothing is saved.
  await form.getByRole('button', { name: 'Lagre og publiser første versjon' }).click();
  await expect(page.getByRole('link', { name: /Tekst: Teksten ser ut til å inneholde et fødselsnummer/ })).toBeVisible();
  await form.getByLabel('Tekst', { exact: true }).fill('# Formål\n\nKarrieresenteret og kommunene samarbeider om karriereveiledning.\n\n- Fast kontaktperson\n- Jevnlige samarbeidsmøter');
  await form.getByRole('button', { name: 'Lagre og publiser første versjon' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Gjeldende versjon: versjon 1/ })).toBeVisible();
  await expect(page.getByText('Bergen kommune, Voss herad')).toBeVisible();
  await expectAccessible(page, 'agreement page (nb, lead)');

  const publish = page.getByRole('form', { name: 'Publiser ny versjon' });
  await publish.getByLabel('Tekst', { exact: true }).fill('# Formål\n\nKarrieresenteret og kommunene samarbeider om karriereveiledning.\n\n## Før og etter samtalen\n\nEt forberedende møte og et oppfølgingsmøte etter hver samtale.');
  await publish.getByLabel('Endringsnotat').fill('La til møtene før og etter samtalen.');
  await publish.getByRole('button', { name: 'Publiser ny versjon' }).click();
  await expect(publish.getByRole('status')).toHaveText('Versjon 2 er publisert.');
  await expect(page.getByRole('heading', { name: /^Gjeldende versjon: versjon 2/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Les versjon 1' })).toBeVisible();
  await signOut(page);

  await signIn(page, users.bergenAdviser);
  await openCooperationArea(page, 'Avtaler og rutiner');
  await expectAccessible(page, 'agreements list (nb, adviser)');
  await expectNoHorizontalScroll(page, 'agreements list (adviser)');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 4, name: 'Før og etter samtalen' })).toBeVisible();
  await expect(page.getByText('La til møtene før og etter samtalen.').first()).toBeVisible();
  // The adviser reads; nothing to publish, change or delete.
  await expect(page.getByRole('heading', { name: 'Publiser ny versjon' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Slett dokumentet' })).toHaveCount(0);
  await expectAccessible(page, 'agreement page (nb, adviser)');
  await expectNoHorizontalScroll(page, 'agreement page (adviser)');

  await page.getByRole('link', { name: 'Les versjon 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title} – versjon 1` })).toBeVisible();
  await expect(page.getByText('Tidligere', { exact: true })).toBeVisible();
  await expect(page.getByText('Fast kontaktperson')).toBeVisible();
  await expect(page.getByText('Et forberedende møte')).toHaveCount(0);
  await expectAccessible(page, 'earlier version (nb)');
  await expectNoHorizontalScroll(page, 'earlier version');
});

const noRawKeys = async (page: Page) => expect(await page.locator('main').innerText()).not.toMatch(/\bcooperationDocuments\.[a-z][A-Za-z.-]+/);

test('the agreement pages speak English and pass axe; deleting asks first', async ({ page, playwright, baseURL }) => {
  const lead = await apiAs(playwright, baseURL!, users.centreLead);
  const ids = Object.fromEntries((await lead.get('/cooperation/municipalities')).items.map((m: { municipality: { id: string; name: string } }) => [m.municipality.name, m.municipality.id]));
  const owner = (await lead.get('/career-centre/counsellors')).items[0].id;
  const title = uniqueName('Tolkerutine ');
  const doc = await lead.post('/cooperation/documents', {
    kind: 'interpreter-routine', title, ownerUserId: owner, municipalityIds: [ids['Bergen kommune']], body: '# Booking\n\nThe centre books the interpreter.',
  });
  await lead.post(`/cooperation/documents/${doc.id}/versions`, { body: '# Booking\n\nThe centre books and briefs the interpreter.', changeNote: 'Briefing added.', version: doc.version });
  await lead.dispose();

  await signInInEnglish(page, users.centreLead);
  await page.goto('/samarbeid/avtaler');
  await expect(page.getByRole('heading', { level: 1, name: 'Agreements and routines' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await noRawKeys(page);
  await expectAccessible(page, 'agreements list (en)');
  await page.goto('/samarbeid/avtaler/ny');
  await expect(page.getByRole('heading', { level: 1, name: 'New agreement or routine' })).toBeVisible();
  await expect(page.locator('[data-field="counter"]').first()).toMatchAriaSnapshot('- paragraph: 200 characters left');
  await noRawKeys(page);
  await expectAccessible(page, 'new agreement form (en)');
  await page.goto(`/samarbeid/avtaler/${doc.id}`);
  await expect(page.getByRole('heading', { name: /^Current version: version 2/ })).toBeVisible();
  await noRawKeys(page);
  await expectAccessible(page, 'agreement page (en)');
  // Deleting asks first.
  await page.getByRole('button', { name: 'Delete the document' }).click();
  await expect(page.getByRole('dialog')).toContainText('The deletion is in the audit trail.');
  await expectAccessible(page, 'delete dialog (en)');
  await page.getByRole('button', { name: 'Close dialog' }).click();
  await page.goto(`/samarbeid/avtaler/${doc.id}/versjoner/1`);
  await expect(page.getByRole('heading', { level: 1, name: `${title} – version 1` })).toBeVisible();
  await expect(page.getByText('Earlier', { exact: true })).toBeVisible();
  await noRawKeys(page);
  await expectAccessible(page, 'earlier version (en)');
  await signOutInEnglish(page);

  await signInInEnglish(page, users.bergenAdviser);
  await page.goto(`/samarbeid/avtaler/${doc.id}/versjoner/2`);
  await expect(page.getByText('The centre books and briefs the interpreter.')).toBeVisible();
  await expectAccessible(page, 'current version (en, adviser)');
});
