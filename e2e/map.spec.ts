import { ageOn, todayInOslo } from '../src/domain/index.ts';
import { expect, test, arrangeParticipant, askTheRules, offerCard, signIn, tabTo, users } from './helpers.ts';

const laneTitles = ['Norsk og samfunnskunnskap', 'Arbeidsrettet trening og utdanning', 'Supplerende tilbud', 'Livsopphold'];
const guidanceCard = 'karriereveiledning-integreringsloven'; // integreringsloven § 11
const higherEducation = 'hoyere-utdanning';

test('the map is public: lanes side by side, and the header offers sign-in', async ({ page }) => {
  await page.goto('/kart');
  await expect(page.getByRole('heading', { level: 1, name: 'Mulighetskart' })).toBeVisible();
  await expect(page).toHaveURL(/\/kart$/); // not sent to sign-in
  await expect(page.getByRole('banner').getByRole('link', { name: 'Logg inn' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logg ut', exact: true })).toHaveCount(0);

  // Four lanes, in lane order, side by side on a wide screen (the same top, increasing left edge).
  const lanes = page.locator('[data-lane]');
  await expect(lanes.getByRole('heading', { level: 2 })).toHaveText(laneTitles);
  const boxes = await lanes.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()));
  expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBe(1);
  expect(boxes.map((box) => box.left)).toEqual([...boxes.map((box) => box.left)].sort((a, b) => a - b));

  // A card: title, one line of summary, who is responsible, duration, and the Norwegian level where one is required.
  const card = offerCard(page, higherEducation);
  await expect(card.getByRole('heading', { level: 3, name: 'Høyere utdanning' })).toBeVisible();
  await expect(card).toContainText('Studier ved universitet eller høgskole.');
  await expect(card.locator('dt')).toHaveText(['Ansvar', 'Varighet']);
  await expect(card.locator('dd')).toHaveText(['Statlig etat', 'Avhenger av studiet.']);
  await expect(card).toContainText('Norsk B2');
  // No profile yet: no eligibility on any card.
  await expect(page.locator('.eligibility-tag')).toHaveCount(0);
});

test('by keyboard: Tab reaches the first card in lane order, arrows move, Enter opens the detail, back returns to the card', async ({ page }) => {
  await page.goto('/kart');
  await expect(page.getByRole('heading', { level: 1, name: 'Mulighetskart' })).toBeVisible();
  const firstCard = offerCard(page, 'norsk-og-samfunnskunnskap').getByRole('link');
  await tabTo(page, firstCard, 30);
  // The whole card shows that it has focus.
  const ring = await offerCard(page, 'norsk-og-samfunnskunnskap').evaluate((card) => getComputedStyle(card).outlineStyle);
  expect(ring).not.toBe('none');

  // Tab goes down the first lane, in order.
  await page.keyboard.press('Tab');
  await expect(offerCard(page, 'norskopplaering-uten-rett').getByRole('link')).toBeFocused();
  // Arrow keys as an extra: up within the lane, right to the neighbouring lane.
  await page.keyboard.press('ArrowUp');
  await expect(firstCard).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(offerCard(page, 'introduksjonsprogram').getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const guidance = offerCard(page, guidanceCard).getByRole('link');
  await expect(guidance).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kart\/tilbud\/karriereveiledning-integreringsloven$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Karriereveiledning for nyankomne flyktninger' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Lovgrunnlag' })).toBeVisible();
  await expect(page.getByText(/integreringsloven § 11/).first()).toBeVisible();

  // External links open in a new tab and say so.
  const external = page.getByRole('region', { name: 'Les mer hos dem som eier tilbudet' }).getByRole('link').first();
  await expect(external).toHaveAttribute('target', '_blank');
  await expect(external).toHaveAttribute('rel', /noopener/);
  await expect(external).toContainText('(åpnes i ny fane)');

  // Back to the map, by keyboard: focus lands on the card that was opened.
  const back = page.getByRole('link', { name: 'Tilbake til kartet' }).first();
  await tabTo(page, back, 10);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mulighetskart' })).toBeVisible();
  await expect(guidance).toBeFocused();
});

test('a detail is deep-linkable and links the transitions to other offers', async ({ page }) => {
  await page.goto('/kart/tilbud/introduksjonsprogram');
  await expect(page.getByRole('heading', { level: 1, name: 'Introduksjonsprogrammet' })).toBeVisible();
  await expect(page).toHaveTitle('Introduksjonsprogrammet – Veivalg');
  const living = page.getByRole('region', { name: 'Livsopphold mens du deltar' });
  await living.getByRole('link', { name: 'Introduksjonsstønad' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Introduksjonsstønad' })).toBeVisible();
  await expect(page.getByText(/^Under kontroll:/)).toBeVisible();

  await page.goto('/kart/tilbud/finnes-ikke');
  await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
});

test('a profile marks every card with what the rules say, and is never stored', async ({ page }) => {
  await page.goto('/kart');
  await askTheRules(page, { age: '30', residenceBasis: 'refugee' });
  await expect(offerCard(page, guidanceCard).locator('.eligibility-tag')).toHaveText('Hva reglene sier: Rett og plikt');
  await expect(offerCard(page, guidanceCard).getByText('Rett og plikt', { exact: true })).toBeVisible();
  // Every card has a tag now.
  await expect(page.locator('.offer-card')).toHaveCount(43);
  await expect(page.locator('.offer-card .eligibility-tag')).toHaveCount(43);

  await askTheRules(page, { norwegianLevel: 'B1', schooling: 'upper-secondary' });
  const higher = offerCard(page, higherEducation);
  await expect(higher.getByText('Trolig ikke aktuelt', { exact: true })).toBeVisible();

  // The detail gives the reasons (naming B2) and the caveat; the profile survives the trip.
  await higher.getByRole('link', { name: 'Høyere utdanning' }).click();
  const box = page.getByRole('region', { name: /Hva reglene sier for situasjonen du fylte inn/ });
  await expect(box).toContainText('Trolig ikke aktuelt');
  await expect(box.getByRole('listitem').filter({ hasText: 'B2' }).first()).toBeVisible();
  await expect(box).toContainText('ikke et vedtak');
  await page.getByRole('link', { name: 'Tilbake til kartet' }).first().click();
  await expect(offerCard(page, higherEducation).getByText('Trolig ikke aktuelt', { exact: true })).toBeVisible();

  // "Vis bare aktuelle tilbud" hides the offers marked not relevant, and says how many.
  await page.getByLabel('Vis bare aktuelle tilbud').check();
  await expect(offerCard(page, higherEducation)).toHaveCount(0);
  await expect(offerCard(page, guidanceCard)).toBeVisible();
  await expect(page.getByText(/\d+ skjult/).first()).toBeVisible();
  await page.getByLabel('Vis bare aktuelle tilbud').uncheck();
  await expect(offerCard(page, higherEducation)).toHaveCount(1);

  // Never in the address, never in storage.
  expect(page.url()).toMatch(/\/kart$/);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain('refugee');
  expect(stored).not.toContain('B1');

  // A reload starts without a profile.
  await page.reload();
  await expect(page.locator('.offer-card').first()).toBeVisible();
  await expect(page.locator('.eligibility-tag')).toHaveCount(0);
});

test('a whole number is asked for where years are typed', async ({ page }) => {
  await page.goto('/kart');
  await page.getByRole('button', { name: 'Fyll inn situasjonen' }).click();
  await page.getByLabel('Alder (år)').fill('tretti');
  await page.getByRole('button', { name: 'Vis hva reglene sier' }).click();
  await expect(page.getByText('Skriv et helt tall, for eksempel 30.')).toBeVisible();
  await expect(page.getByLabel('Alder (år)')).toBeFocused();
});

test('the list alternative shows the same offers grouped by lane, and a hidden link leads to it', async ({ page }) => {
  await page.goto('/kart');
  await expect(page.locator('.offer-card').first()).toBeVisible();
  const skip = page.getByRole('link', { name: 'Gå til tilbudene som liste' });
  await tabTo(page, skip, 15);
  await expect(skip).toBeVisible(); // visible when focused
  await page.keyboard.press('Enter');
  const listHeading = page.getByRole('heading', { level: 2, name: 'Alle tilbud, kolonne for kolonne' });
  await expect(listHeading).toBeFocused();
  await expect(page).toHaveURL(/visning=liste/);
  const list = page.getByRole('region', { name: 'Alle tilbud, kolonne for kolonne' });
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(laneTitles);
  await expect(list.getByRole('heading', { level: 4 })).toHaveCount(43);

  // The toggle goes back to the map.
  await page.getByRole('button', { name: 'Vis som kart' }).click();
  await expect(page.locator('[data-lane]')).toHaveCount(4);
  await page.getByRole('button', { name: 'Vis som liste' }).click();
  await expect(list).toBeVisible();
});

test('narrow screens and 400 % zoom: the lanes stack and nothing scrolls sideways', async ({ page }) => {
  // 320 CSS px is 1280 px at 400 % zoom (WCAG 1.4.10).
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/kart');
  await expect(page.locator('.offer-card').first()).toBeVisible();
  const lefts = await page.locator('[data-lane]').evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().left)));
  expect(new Set(lefts).size).toBe(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('navigation', { name: 'Gå til kolonne' })).toBeVisible();
});

test('staff open the map from a participant with the profile filled in from the case (not in the URL)', async ({ page, playwright, baseURL }) => {
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: false });
  await signIn(page, users.bergenAdviser);
  await page.goto(`/deltakere/${arranged.participantId}`);
  await expect(page.getByRole('heading', { level: 1, name: arranged.name })).toBeVisible();
  await page.getByRole('link', { name: 'Åpne mulighetskartet' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Mulighetskart' })).toBeVisible();
  expect(page.url()).toMatch(/\/kart$/);
  // The normal staff header, with the map as the current page.
  await expect(page.getByRole('button', { name: 'Logg ut', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mulighetskart' })).toHaveAttribute('aria-current', 'page');

  const age = ageOn('1991-05-17', todayInOslo());
  await expect(page.getByLabel('Alder (år)')).toHaveValue(String(age));
  await expect(page.getByLabel('Oppholdsgrunnlag')).toHaveValue('refugee');
  await expect(page.getByText('Alder og oppholdsgrunnlag er hentet fra deltakeren.')).toBeVisible();
  await expect(offerCard(page, guidanceCard).getByText('Rett og plikt', { exact: true })).toBeVisible();

  // The hand-over is not kept in the history entry: a reload starts empty.
  await page.reload();
  await expect(page.locator('.offer-card').first()).toBeVisible();
  await expect(page.getByLabel('Alder (år)')).toHaveValue('');
  await expect(page.locator('.eligibility-tag')).toHaveCount(0);
});

test('in English: the offers, lanes and reasons come in English', async ({ page }) => {
  await page.goto('/kart');
  await askTheRules(page, { age: '30', residenceBasis: 'refugee' });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opportunity map' })).toBeVisible();
  await expect(page.locator('[data-lane]').getByRole('heading', { level: 2 }).first()).toHaveText('Norwegian and social studies');
  await expect(offerCard(page, guidanceCard).getByText('Right and duty', { exact: true })).toBeVisible();
  await offerCard(page, guidanceCard).getByRole('link').click();
  await expect(page.getByRole('region', { name: /What the rules say/ })).toContainText('integreringsloven');
  await expect(page.getByRole('region', { name: /What the rules say/ })).toContainText('This is what the rules say');
  await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
});
