import { readFileSync } from 'node:fs';
import { addDays, todayInOslo } from '../src/domain/index.ts';
import { apiAs, expect, test, arrangeParticipant, expectAccessible, signIn, signOut, uniqueName } from './helpers.ts';

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

  // "Use in the note": the note's Plan A names the local offer by its title (not its id), without a map link.
  const centre = await apiAs(playwright, baseURL!, 'veileder@vestland.demo');
  await centre.post(`/orders/${arranged.orderId}/transitions`, { to: 'accepted' });
  await centre.dispose();
  await page.getByRole('button', { name: 'Bruk i notatet' }).click();
  await expect(page.getByText('Plan A og Plan B er kopiert inn i notatutkastet.')).toBeVisible();
  await page.goto(`/bestillinger/${arranged.orderId}/notat`);
  await expect(page.locator('main')).toContainText(title);
  await expect(page.locator('main')).not.toContainText('local:');
  // The participant's version of the plan names it too.
  await page.goto(`/deltakere/${arranged.participantId}/reiseplan/deltaker?plan=A&lang=nb`);
  await expect(page.getByTestId('participant-journey')).toContainText(title);
});

// Issue 18, items 2 and 3 together: a local offer given only in Norwegian, on the map shown in Arabic.
const arabic = (JSON.parse(readFileSync(new URL('../src/content/map-i18n/ar.json', import.meta.url), 'utf8')) as { texts: Record<string, string> }).texts;

test('the Bergen map in Arabic shows a Norwegian-only local offer marked as Norwegian, right to left, at 360 px with axe', async ({ page, playwright, baseURL }) => {
  const title = uniqueName('Norskkurs med praksis ');
  const editor = await apiAs(playwright, baseURL!, 'lokal@bergen.demo');
  const areas = await editor.get('/local-offers/areas');
  await editor.post('/local-offers', {
    lane: 'language', nationalOfferId: null, textLanguage: 'nb', title, provider: 'Bergen voksenopplæring',
    summary: 'Norsk om formiddagen og praksis i en bedrift to dager i uken.', forWhom: 'Voksne med norsk på A2-nivå.',
    area: { kind: 'municipalities', municipalityIds: areas.municipalities.map((m: { id: string }) => m.id) },
    address: 'Kalfarveien 31, Bergen', digital: false, startDates: [addDays(todayInOslo(), 30)], applicationDeadline: addDays(todayInOslo(), 10),
    length: '20 uker', instructionLanguages: ['nb', 'en'], cost: 'Gratis', contact: 'post@bergen.kommune.no', link: 'https://www.bergen.kommune.no',
    source: 'Kommunens side', reviewDue: addDays(todayInOslo(), 120),
  });
  await editor.dispose();

  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/kart');
  await page.getByLabel('Språk på kartet').selectOption('ar');
  const root = page.locator('.map-language-root');
  await expect(root).toHaveAttribute('dir', 'rtl');
  await expect(root).toHaveAttribute('lang', 'ar');
  // "Where do you live?" and the municipality picker in Arabic, from the map's translation file.
  await expect(page.getByRole('heading', { level: 2, name: arabic['ui.localOffers.map.heading'] })).toBeVisible();
  await page.getByLabel(arabic['ui.localOffers.map.municipality']!).selectOption({ label: 'Bergen kommune' });

  const card = page.locator('[data-local-offer]', { hasText: title });
  await expect(card).toBeVisible();
  expect(await card.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  // The offer's own texts are Norwegian: marked lang="nb", left to right, with the map's "only in Norwegian".
  const heading = card.getByRole('heading');
  await expect(heading.locator('[lang="nb"]')).toHaveText(title);
  await expect(heading.locator('[lang="nb"]')).toHaveAttribute('dir', 'ltr');
  await expect(heading.locator('.only-norwegian')).toHaveText(`(${arabic['ui.map.translation.onlyNorwegian']})`);
  await expect(card.locator('.offer-card__summary [lang="nb"]')).toHaveText('Norsk om formiddagen og praksis i en bedrift to dager i uken.');
  // The card's own labels are the map's, in Arabic.
  await expect(card.locator('.offer-card__tags')).toContainText(arabic['ui.localOffers.map.local']!);
  await expect(card.locator('.offer-card__tags')).toContainText(arabic['ui.localOffers.map.onlyNorwegian']!);
  await expect(card.locator('dt').filter({ hasText: arabic['ui.localOffers.map.card.startDates'] })).toBeVisible();
  await expect(card.locator('dt').filter({ hasText: arabic['ui.localOffers.map.card.deadline'] })).toBeVisible();
  await card.getByText(arabic['ui.localOffers.map.more']!).click();
  await expect(card.locator('dt').filter({ hasText: arabic['ui.localOffers.map.card.instructionLanguages'] })).toBeVisible();
  await expect(card).toContainText(arabic['ui.localOffers.languages.en']!);
  // No editor's name, and the municipality is not in the address.
  await expect(page.locator('main')).not.toContainText('Linn Lokal');
  expect(new URL(page.url()).search).toBe('');

  await page.waitForLoadState('networkidle');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'sideways scroll at 360 px').toBeLessThanOrEqual(0);
  const outside = await card.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.left < -1 || box.right > document.documentElement.clientWidth + 1;
  });
  expect(outside, 'the local offer card fits the screen').toBe(false);
  await expectAccessible(page, 'the Bergen map in Arabic with a local offer, 360 px');
});
