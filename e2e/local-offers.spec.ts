import { addDays, todayInOslo } from '../src/domain/index.ts';
import { expect, test, arrangeParticipant, expectAccessible, signIn, signOut, uniqueName } from './helpers.ts';

test('an editor in Bergen adds a local offer; the map for Bergen shows it, Drammen\'s does not; a counsellor adds it to Plan A', async ({ page, playwright, baseURL, consoleGuard }) => {
  consoleGuard.allowResponse('GET', /\/api\/v1\/orders\/[^/ ?]+\/note/, 404); // the journey builder's "use in the note" asks for the note first
  consoleGuard.allowResponse('POST', /\/api\/v1\/local-offers/, 400); // the start date in the past, refused on purpose
  const title = uniqueName('Språkkafé ');
  await signIn(page, 'lokal@bergen.demo');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Lokale tilbud' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lokale tilbud' })).toBeVisible();
  await expectAccessible(page, 'local offers list');
  await page.getByRole('link', { name: 'Legg til lokalt tilbud' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt lokalt tilbud' })).toBeVisible();

  // A new start in the past is refused with a clear message.
  await page.getByLabel('Navn på tilbudet').fill(title);
  await page.getByLabel('Tilbyder').fill('Bergen offentlige bibliotek');
  await page.getByLabel('Kort om tilbudet').fill('Samtaler på norsk hver torsdag.');
  await page.getByLabel('Hvem det passer for').fill('Alle som lærer norsk.');
  await page.getByLabel('Adresse').fill('Strømgaten 6, Bergen');
  await page.getByLabel('Startdato 1').fill(addDays(todayInOslo(), -2));
  await page.getByLabel('Lenke').fill('https://bergenbibliotek.no');
  await page.getByLabel('Kilde').fill('Bibliotekets side');
  await page.getByRole('button', { name: 'Legg ut tilbudet' }).click();
  await expect(page.getByText('En ny startdato kan ikke være tilbake i tid.').first()).toBeVisible();
  await page.getByLabel('Startdato 1').fill(addDays(todayInOslo(), 20));
  await page.getByRole('button', { name: 'Legg ut tilbudet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/Versjon 1: lagret .* av Linn Lokal/)).toBeVisible();
  await expectAccessible(page, 'local offer form');
  await signOut(page);

  // The public map: Bergen shows it, Drammen does not, and nobody's name is on it.
  await page.goto('/kart');
  const picker = page.getByLabel('Kommune');
  await picker.selectOption({ label: 'Bergen kommune' });
  const card = page.locator('[data-local-offer]', { hasText: title });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Bare på norsk');
  await expect(page.locator('main')).not.toContainText('Linn Lokal');
  // Where someone lives is never in the address: no query, no fragment, the same path.
  expect(new URL(page.url()).pathname).toBe('/kart');
  expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');
  await expectAccessible(page, 'map with local offers');
  await picker.selectOption({ label: 'Drammen kommune' });
  await expect(page.getByText('Ingen lokale tilbud er lagt inn for Drammen kommune ennå.')).toBeVisible();
  await expect(page.locator('[data-local-offer]')).toHaveCount(0);

  // A counsellor adds it to Plan A.
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
  await signIn(page, 'veileder@vestland.demo');
  await page.goto(`/deltakere/${arranged.participantId}/reiseplan`);
  await expect(page.getByRole('heading', { level: 1, name: `Reiseplan for ${arranged.name}` })).toBeVisible();
  const local = page.getByRole('heading', { name: 'Legg til lokalt tilbud' }).locator('..');
  await local.getByLabel('Kommune').selectOption({ label: 'Bergen kommune' });
  await local.getByLabel('Lokalt tilbud').selectOption({ label: `${title} (Bergen offentlige bibliotek)` });
  await local.getByRole('button', { name: 'Legg til lokalt tilbud' }).click();
  await expect(page.getByTestId('plan-step').first()).toContainText(title);
  await page.getByRole('button', { name: 'Lagre Plan A' }).click();
  await expect(page.getByText('Plan A er lagret.')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('plan-step').first()).toContainText(title);
  // The timeline names the local offer too (not "free text").
  await expect(page.locator('.journey-timeline').first()).toContainText(title);
  await expectAccessible(page, 'journey builder with a local offer');
});
