import { type Page, type PlaywrightWorkerArgs } from '@playwright/test';
import { apiAs, arrangeParticipant, expect, expectAccessible, password, queueRow, signIn, signOut, test, users, signInInEnglish, signOutInEnglish } from './helpers.ts';

// Issue 13 items 4 and 5: the pre-talk and follow-up talk on an order, the queue's "missing talk" marker, and the
// adviser's hand-over summary for NAV, which holds only the ticked parts.

/** Sets Karriere Vestland's "talks expected" as its lead (PUT, which the shared helper does not offer). */
async function setTalksExpected(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, talksExpected: boolean) {
  const lead = await playwright.request.newContext({ baseURL });
  expect((await lead.post('/api/v1/auth/login', { data: { email: users.centreLead, password } })).status()).toBe(204);
  const headers = { 'x-csrf-token': (await lead.storageState()).cookies.find((c) => c.name === 'csrf')?.value ?? '' };
  const { version } = await (await lead.get('/api/v1/talk-settings')).json();
  const res = await lead.put('/api/v1/talk-settings', { data: { version, talksExpected }, headers });
  expect(res.status(), await res.text()).toBe(200);
  await lead.dispose();
}

test.afterEach(async ({ playwright, baseURL }) => { await setTalksExpected(playwright, baseURL!, false); });

/** The order card of one participant's order (the participant page lists one card per order). */
const orderCard = (page: Page) => page.locator('.order-card').first();

test('the adviser records a pre-talk; the counsellor sees it in the order history, and the queue marker goes', async ({ page, playwright, baseURL, consoleGuard }) => {
  consoleGuard.allowResponse('POST', /\/api\/v1\/orders\/[^/ ?]+\/talks/, 400); // an empty talk is refused first, on purpose
  // Three sign-ins and three axe runs on long pages: more than the default minute on a busy machine.
  test.slow();
  await setTalksExpected(playwright, baseURL!, true);
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
  const counsellorApi = await apiAs(playwright, baseURL!, users.counsellor);
  await counsellorApi.post(`/orders/${arranged.orderId}/transitions`, { to: 'accepted' });
  await counsellorApi.dispose();

  // The counsellor's queue says the accepted order lacks its pre-talk.
  await signIn(page, users.counsellor);
  await page.goto('/bestillinger?status=accepted');
  const row = await queueRow(page, arranged.name);
  await expect(row.getByTestId('missing-talks')).toHaveText('Mangler forsamtale');
  await expectAccessible(page, 'queue with the missing-talk marker (nb)');
  await signOut(page);

  await signIn(page, users.bergenAdviser);
  await page.goto(`/deltakere/${arranged.participantId}`);
  const card = orderCard(page);
  await expect(card.getByTestId('missing-talks')).toHaveText('Mangler forsamtale');
  await card.getByRole('button', { name: 'Registrer forsamtale' }).click();
  const form = card.getByRole('form', { name: 'Registrer forsamtale' });
  // Who took part is filled in: the adviser and the counsellor the order is assigned to.
  await expect(form.getByLabel('Programrådgiver')).toHaveValue(/.+/);
  await expect(form.getByLabel('Karriereveileder').locator('option:checked')).toHaveText('Vilde Veileder');
  await expectAccessible(page, 'participant page with the talk form (nb)');
  // Nothing written: a clear message, and nothing saved.
  await form.getByRole('button', { name: 'Lagre samtalen' }).click();
  await expect(form.getByText('Skriv minst ett av punktene').first()).toBeVisible();
  await form.getByLabel('Hva veilederen bør vite').fill('Har kjørt egen butikk i 20 år. Ønsker fagbrev.');
  await form.getByLabel('Hva skjer videre').fill('Veileder bestiller tolk på tigrinja.');
  await form.getByRole('button', { name: 'Lagre samtalen' }).click();
  await expect(card.locator('.talk')).toContainText('Har kjørt egen butikk i 20 år.');
  await expect(card.getByTestId('missing-talks')).toHaveCount(0);
  await signOut(page);

  await signIn(page, users.counsellor);
  await page.goto('/bestillinger?status=accepted');
  const after = await queueRow(page, arranged.name);
  await expect(after.getByTestId('missing-talks')).toHaveCount(0);
  await after.getByRole('link', { name: arranged.name, exact: true }).click();
  const talk = orderCard(page).locator('.talk');
  await expect(talk).toContainText('Forsamtale');
  await expect(talk).toContainText('Har kjørt egen butikk i 20 år.');
  await expect(talk).toContainText('Veileder bestiller tolk på tigrinja.');
  await expect(talk).toContainText('Vilde Veileder');
  // Recorded by the municipality: the counsellor reads it but does not change it.
  await expect(talk.getByRole('button', { name: /^Endre/ })).toHaveCount(0);
  await expectAccessible(page, 'participant page with a talk, as the counsellor (nb)');
});

/** The demo's Bergen participant whose note, feedback (end goal) and journey plan all exist. */
async function participantWithEverything(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string) {
  const adviser = await apiAs(playwright, baseURL, users.bergenAdviser);
  const { items } = await adviser.get('/orders?status=completed&limit=100');
  for (const order of items) {
    const sources = await adviser.get(`/participants/${order.participantId}/nav-handover`);
    if (sources.available?.recommendation && sources.available.journeyPlan && sources.available.endGoal) {
      await adviser.dispose();
      return sources;
    }
  }
  throw new Error('no demo participant with a note, feedback and a journey plan');
}

test('the adviser prepares a NAV hand-over with a part unticked; the printed page holds only the ticked ones', async ({ page, playwright, baseURL }) => {
  const sources = await participantWithEverything(playwright, baseURL!);
  const goalOfPlanA: string = sources.journeyPlan[0].goal;
  await signIn(page, users.bergenAdviser);
  await page.goto(`/deltakere/${sources.participant.id}`);
  await page.getByRole('link', { name: 'Overlevering til NAV' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overlevering til NAV' })).toBeVisible();
  await expectAccessible(page, 'NAV hand-over page (nb)');
  // Nothing is ticked to begin with; preparing without a tick says what to do.
  await page.getByRole('button', { name: 'Lag sammendraget' }).click();
  await expect(page.getByRole('alert')).toHaveText('Kryss av for minst én del som skal med.');
  await page.getByRole('checkbox', { name: 'Anbefalingen i siste notat' }).check();
  await page.getByRole('checkbox', { name: 'Sluttmålet' }).check();
  await expect(page.getByRole('checkbox', { name: 'Reiseplanen' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Lag sammendraget' }).click();
  const sheet = page.getByTestId('handover-sheet');
  await expect(sheet.getByRole('heading', { name: 'Anbefalingen i siste notat' })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Sluttmålet' })).toBeVisible();
  await expect(sheet).toContainText('Videregående opplæring');
  await expectAccessible(page, 'NAV hand-over with the summary (nb)');

  // The printed page: the controls are gone, and the unticked journey plan is nowhere.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('main').innerText();
  expect(printed).toContain('Anbefalingen i siste notat');
  expect(printed).toContain('Sluttmålet');
  expect(printed).not.toContain('Reiseplanen');
  expect(printed).not.toContain(goalOfPlanA);
  expect(printed).not.toContain('Lag sammendraget');
  await page.emulateMedia({ media: 'screen' });

  // At 360 px the page keeps to the screen (no sideways scrolling).
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('talks, the follow-up order form, the NAV hand-over and the talk settings speak English and pass axe', async ({ page, playwright, baseURL }) => {
  test.slow();
  const sources = await participantWithEverything(playwright, baseURL!);
  await signInInEnglish(page, users.bergenAdviser);
  await page.goto(`/deltakere/${sources.participant.id}/overlevering-nav`);
  await expect(page.getByRole('heading', { level: 1, name: 'Hand-over to NAV' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'The journey plan' }).check();
  await page.getByRole('button', { name: 'Prepare the summary' }).click();
  await expect(page.getByTestId('handover-sheet').getByRole('heading', { name: 'The journey plan' })).toBeVisible();
  expect(await page.locator('main').innerText()).not.toMatch(/\btalks\.[a-z][A-Za-z.]+/);
  await expectAccessible(page, 'NAV hand-over page (en)');

  // The participant page with its order's talks and the follow-up order form (guidance was held).
  await page.goto(`/deltakere/${sources.participant.id}`);
  await expect(page.getByRole('heading', { name: 'Pre-talk and follow-up talk' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Order a follow-up conversation' }).first().click();
  await expect(page.getByRole('group', { name: 'Purpose' })).toBeVisible();
  expect(await page.locator('main').innerText()).not.toMatch(/\btalks\.[a-z][A-Za-z.]+/);
  await expectAccessible(page, 'participant page with the follow-up order form (en)');
  await signOutInEnglish(page);

  await signInInEnglish(page, users.centreLead);
  await page.goto('/karrieresenter');
  await expect(page.getByRole('heading', { name: 'Talks before and after the guidance' })).toBeVisible();
  await expectAccessible(page, 'centre settings with talk settings (en)');
  await signOutInEnglish(page);

  await signInInEnglish(page, users.bergenLead);
  await page.goto('/oppgaver');
  await expect(page.getByLabel('Propose a follow-up conversation (months before the programme ends)')).toHaveValue('6');
  await expectAccessible(page, 'municipality lead settings with the follow-up months (en)');
});

test('the talk settings in bokmål: the centre lead and the municipality lead, with axe', async ({ page, consoleGuard }) => {
  consoleGuard.allowResponse('PUT', /\/api\/v1\/talk-settings/, 400); // 30 months is refused on purpose (at most 24)
  await signIn(page, users.centreLead);
  await page.goto('/karrieresenter');
  await expect(page.getByRole('group', { name: 'Forventer dere forsamtale og ettersamtale?' })).toBeVisible();
  await expectAccessible(page, 'centre settings with talk settings (nb)');
  await signOut(page);
  await signIn(page, users.bergenLead);
  await page.goto('/oppgaver');
  const months = page.getByLabel('Foreslå oppfølgingssamtale (måneder før programslutt)');
  await months.fill('30');
  await months.locator('xpath=ancestor::form').getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Verdien er for stor (høyst 24).')).toBeVisible();
  await expectAccessible(page, 'municipality lead settings with an error (nb)');
});
