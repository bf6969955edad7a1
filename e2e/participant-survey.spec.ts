import { type Page } from '@playwright/test';
import { expect, test, apiAs, arrangeParticipant, expectAccessible, signIn, users, signInInEnglish, signOut } from './helpers.ts';

// Issue 14: the participants' anonymous survey on their page (Arabic right to left and Tigrinya, on a 360 px
// phone), the centre's results and paper forms, and the quality self-evaluation.

/** A Bergen participant whose guidance Karriere Vestland held weeks ago, and a link to their page in `language`. */
async function arrangeHeldLink(playwright: Parameters<typeof apiAs>[0], baseURL: string, language: string, slot: number) {
  const arranged = await arrangeParticipant(playwright, baseURL, { sendOrder: true });
  const counsellor = await apiAs(playwright, baseURL, users.counsellor);
  const order = await counsellor.get(`/orders/${arranged.orderId}`);
  await counsellor.post(`/orders/${arranged.orderId}/transitions`, { to: 'accepted', version: order.version });
  // Its own hour weeks back (with a random day) so that reruns against the same database never double-book.
  const day = new Date(Date.now() - (25 + Math.floor(Math.random() * 30)) * 86_400_000).toISOString().slice(0, 10);
  const session = await counsellor.post(`/orders/${arranged.orderId}/sessions`, {
    kind: 'individual', mode: 'in-person', place: 'Karriere Vestland', startsAt: `${day}T${String(7 + slot).padStart(2, '0')}:${String(Math.floor(Math.random() * 50)).padStart(2, '0')}:00+01:00`, durationMinutes: 30,
  });
  await counsellor.post(`/sessions/${session.id}/outcome`, { outcome: 'held', version: session.version });
  const made = await counsellor.post(`/participants/${arranged.participantId}/page-links`, { language, background: 'no-schooling' });
  await counsellor.dispose();
  return new URL(made.url).pathname;
}

/** Whether the page scrolls sideways, and if so which elements reach past the right edge (for the message). */
async function noSideScroll(page: Page) {
  const found = await page.evaluate(() => {
    if (document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1) return false;
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest('.table-scroll'))
      .slice(0, 12).map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`).join(' | ')
      || `document ${document.documentElement.scrollWidth} > ${document.documentElement.clientWidth}`;
  });
  expect(found).toBe(false);
  return false;
}

test.describe("the participants' survey", () => {
  test('a participant answers in Arabic, right to left, on a 360 px screen; the answer counts once', async ({ page, playwright, baseURL }) => {
    const url = await arrangeHeldLink(playwright, baseURL!, 'ar', 1);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(url);
    const survey = page.getByTestId('survey');
    await expect(survey.getByRole('heading', { name: 'ما رأيك؟' })).toBeVisible();
    expect(await survey.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // Right to left: the first step (لا, "no") sits to the right of the last (نعم، كثيرًا, "yes, very").
    const useful = survey.getByTestId('survey-useful');
    const first = await useful.getByText('لا', { exact: true }).boundingBox();
    const last = await useful.getByText('نعم، كثيرًا').boundingBox();
    expect(first!.x).toBeGreaterThan(last!.x);
    expect(await noSideScroll(page)).toBe(false);
    await expectAccessible(page, 'survey in Arabic at 360 px');

    // Answered by the faces' words (their accessible names), the interpreter question with "no interpreter".
    await useful.getByRole('radio', { name: 'نعم، كثيرًا' }).check();
    await survey.getByTestId('survey-interpreter').getByRole('radio', { name: 'لم يكن معي مترجم' }).check();
    await survey.getByTestId('survey-nextStep').getByRole('radio', { name: 'نعم', exact: true }).check();
    await survey.getByLabel('هل تريد أن تقول شيئًا آخر؟ (اختياري)').fill('شكرًا جزيلًا');
    await survey.getByRole('button', { name: 'أرسل الجواب' }).click();
    await expect(survey.getByTestId('survey-thanks')).toHaveText('شكرًا على جوابك!');
    await expectAccessible(page, 'survey answered in Arabic');
    await page.reload();
    await expect(page.getByTestId('survey-thanks')).toHaveText('لقد أجبت من قبل. شكرًا!');
  });

  test('a participant answers in Tigrinya on a 360 px screen; a missing answer is named in Tigrinya', async ({ page, playwright, baseURL }) => {
    const url = await arrangeHeldLink(playwright, baseURL!, 'ti', 2);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(url);
    const survey = page.getByTestId('survey');
    await expect(survey.getByRole('heading', { name: 'እንታይ ትሓስቡ?' })).toBeVisible();
    expect(await survey.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await survey.getByTestId('survey-useful').getByRole('radio', { name: 'ቁሩብ' }).check();
    await survey.getByRole('button', { name: 'መልሲ ስደዱ' }).click();
    // Two questions left: each says so, in Tigrinya, and nothing is sent.
    await expect(survey.getByText('ሓደ መልሲ ምረጹ።')).toHaveCount(2);
    await expect(survey.getByTestId('survey-interpreter').getByRole('radio').first()).toBeFocused();
    expect(await noSideScroll(page)).toBe(false);
    await expectAccessible(page, 'survey in Tigrinya with errors at 360 px');
    await survey.getByTestId('survey-interpreter').getByRole('radio', { name: 'እወ፡ ኣዝዩ' }).check();
    await survey.getByTestId('survey-nextStep').getByRole('radio', { name: 'እወ', exact: true }).check();
    await survey.getByRole('button', { name: 'መልሲ ስደዱ' }).click();
    await expect(survey.getByTestId('survey-thanks')).toHaveText('ስለ መልስኹም የቐንየልና!');
  });
});

test.describe("the centre's side", () => {
  test('the centre sees its results, types in a paper form and prints the form in every language', async ({ page, consoleGuard }) => {
    consoleGuard.allowResponse('POST', /\/api\/v1\/survey\/paper-answers/, 400); // a paper form without answers is refused first, on purpose
    await signIn(page, users.centreLead);
    await page.getByRole('link', { name: 'Brukerundersøkelse' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Deltakernes brukerundersøkelse' })).toBeVisible();
    const period = page.getByTestId('survey-period').first();
    // The response rate next to HK-dir's 11 % (shown from five answers and five guided; below that, said so).
    await expect(page.getByText(/HK-dirs brukerundersøkelse av karrieresentrene hadde 11 % svar i 2020\./)).toBeVisible();
    await expect(period.getByTestId('survey-rate')).toContainText('Svarprosent');
    await expect(period.getByRole('table').first()).toContainText('Var samtalen nyttig?');
    await expectAccessible(page, 'survey results (nb)');

    const form = page.getByRole('form', { name: 'Registrer et papirsvar' });
    await form.getByLabel('Språk').selectOption('ti');
    await form.getByLabel('Var samtalen nyttig?').selectOption('5');
    await form.getByLabel('Forsto du tolken?').selectOption('none');
    await form.getByRole('button', { name: 'Registrer svaret' }).click();
    // One question left blank: the server names it, nothing is stored.
    await expect(page.getByText('Noen felt er ikke riktig utfylt.').or(form.getByText('Feltet må fylles ut.')).first()).toBeVisible();
    await form.getByLabel('Vet du hva du skal gjøre nå?').selectOption('4');
    await form.getByRole('button', { name: 'Registrer svaret' }).click();
    await expect(form.getByRole('status')).toHaveText('Svaret er registrert.');

    await page.setViewportSize({ width: 360, height: 800 });
    expect(await noSideScroll(page)).toBe(false);
    await page.getByRole('link', { name: 'Skriv ut skjema på papir (åtte språk)' }).click();
    // Wait for the paper form's page: the results page has its own "Språk" field (and, once this quarter has
    // answers, an "Etter språk" table), so selecting before the page has changed would pick the wrong one.
    await expect(page.getByRole('heading', { level: 1, name: 'Brukerundersøkelse på papir' })).toBeVisible();
    for (const [lang, title, dir] of [['ar', 'ما رأيك؟', 'rtl'], ['ti', 'እንታይ ትሓስቡ?', 'ltr'], ['prs', 'نظر شما چیست؟', 'rtl']] as const) {
      await page.getByLabel('Språk', { exact: true }).selectOption(lang);
      const paper = page.getByTestId('paper-form');
      await expect(paper.getByRole('heading', { name: title })).toBeVisible();
      await expect(paper).toHaveAttribute('dir', dir);
      expect(await noSideScroll(page)).toBe(false);
    }
    await expectAccessible(page, 'paper form (prs)');
  });

  test('the centre lead writes this year\'s self-evaluation, reads last year, and sees the county; in bokmål and English', async ({ page }) => {
    test.setTimeout(120_000); // two sign-ins and four axe runs: more than the default minute on a busy machine
    await signIn(page, users.centreLead);
    await page.getByRole('link', { name: 'Kvalitet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Egenvurdering etter kvalitetsrammeverket' })).toBeVisible();
    const ethics = page.getByTestId('quality-area-ethics');
    await expect(ethics).toContainText('Hva er god og etisk fundert karriereveiledning?');
    await ethics.getByLabel('Poeng').selectOption('3');
    await ethics.getByLabel('Hva vurderingen bygger på').fill('Taushetsplikt og tolkebruk gjennomgått.');
    await ethics.getByLabel('Forbedringstiltak').fill('Etisk refleksjon hvert kvartal.');
    await page.getByRole('button', { name: 'Lagre egenvurderingen' }).click();
    await expect(page.getByRole('status')).toHaveText('Egenvurderingen er lagret.');
    // Last year, as it was written (the demo's).
    await page.getByRole('button', { name: /områder vurdert/ }).first().click();
    await expect(page.getByTestId('quality-earlier-year')).toContainText('Ingen egen brukerundersøkelse');
    await expect(page.getByTestId('quality-county')).toContainText('Karriere Vestland');
    await expectAccessible(page, 'quality page (nb)');
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await noSideScroll(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signOut(page);
    await signInInEnglish(page, users.centreLead);
    await page.goto('/karrieresenter/kvalitet');
    await expect(page.getByRole('heading', { level: 1, name: 'Self-evaluation against the quality framework' })).toBeVisible();
    await expect(page.getByTestId('quality-area-ethics')).toContainText('What is good, ethically grounded career guidance?');
    await expectAccessible(page, 'quality page (en)');
    await page.goto('/karrieresenter/sporreundersokelse');
    await expect(page.getByRole('heading', { level: 1, name: "The participants' survey" })).toBeVisible();
    await expectAccessible(page, 'survey results (en)');
    await page.goto('/karrieresenter/sporreundersokelse/skjema?lang=ar');
    await expect(page.getByTestId('paper-form')).toHaveAttribute('dir', 'rtl');
    await expectAccessible(page, 'paper form (en, ar)');
    await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
  });
});
