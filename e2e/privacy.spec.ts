import type { Page } from '@playwright/test';
import { arrangeParticipant, expect, expectAccessible, password, signIn, test, users } from './helpers.ts';

test('the municipality lead sees who has access and why, opens the access request page and prints it (nb, axe)', async ({ page, playwright, baseURL, consoleGuard }) => {
  // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
  consoleGuard.allowResponse('POST', /\/api\/v1\/participants\/[^/ ?]+\/erase/, 409); // erasing a participant with an open order is refused on purpose
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });

  await signIn(page, users.bergenLead);
  await page.goto(`/deltakere/${arranged.participantId}`);
  const access = page.getByRole('region', { name: 'Hvem har tilgang' });
  await expect(access).toBeVisible();
  const table = access.getByRole('table');
  await expect(table.getByRole('row').filter({ hasText: 'Bergen kommune' })).toContainText('Deltakeren er registrert her');
  await expect(table.getByRole('row').filter({ hasText: 'Karriere Vestland' })).toContainText('Har en åpen bestilling');
  await expectAccessible(page, 'participant page with the access list');

  await access.getByRole('link', { name: 'Innsyn: alt Veivalg har om deltakeren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Innsyn: alt Veivalg har om ${arranged.name}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^Bestillinger \(1\)$/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^Logg over hvem som har sett og endret/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
  await expectAccessible(page, 'access request page');

  // Erasure is refused while the order is open, with the server's message.
  await page.getByRole('radio', { name: 'Deltakeren har bedt om sletting' }).check();
  await page.getByRole('button', { name: 'Slett opplysningene' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Dette kan ikke angres.');
  await expectAccessible(page, 'erase confirmation');
  await dialog.getByRole('button', { name: 'Slett opplysningene' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Saken er åpen');
});

test('the adviser sees no access list', async ({ page, playwright, baseURL }) => {
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
  await signIn(page, users.bergenAdviser);
  await page.goto(`/deltakere/${arranged.participantId}`);
  await expect(page.getByRole('heading', { level: 1, name: arranged.name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Hvem har tilgang' })).toHaveCount(0);
});

/** No element is wider than the window: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, label: string) {
  const { overflow, wide } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // The innermost elements that reach past the window, to name in the failure.
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > width + 1))
      .slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)})`);
    return { overflow: document.documentElement.scrollWidth - width, wide };
  });
  expect(overflow, `${label}: sideways scroll from ${wide.join(', ')}`).toBeLessThanOrEqual(0);
}

test('the lead reads the copy in bokmål and in the participant’s Arabic (right to left), corrects a field with a reason and finds it in the log', async ({ page, playwright, baseURL, consoleGuard }) => {
  consoleGuard.allowResponse('POST', /\/api\/v1\/participants\/[^/ ?]+\/corrections/, 400); // a correction without a reason, on purpose
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: false });
  const familyName = 'Nordmann';

  await signIn(page, users.bergenLead);
  await page.goto(`/deltakere/${arranged.participantId}/innsyn`);
  const copy = page.locator('article.export-document');
  await expect(copy).toHaveAttribute('lang', 'nb');
  await expect(copy).toHaveAttribute('dir', 'ltr');
  await expect(copy.getByRole('heading', { level: 2, name: `Alt Veivalg har lagret om ${arranged.name}` })).toBeVisible();
  await expect(copy.getByRole('heading', { level: 3, name: 'Om deg (1)' })).toBeVisible();
  await expect(copy.getByText('Du kan be kommunen rette opplysninger')).toBeVisible();
  await expectAccessible(page, 'the copy in bokmål');

  // The participant's language: Arabic, right to left, marked as a draft translation; the data itself as stored.
  await page.getByRole('radio', { name: 'Arabisk (deltakerens språk)' }).check();
  await expect(copy).toHaveAttribute('lang', 'ar');
  await expect(copy).toHaveAttribute('dir', 'rtl');
  await expect(copy.getByRole('heading', { level: 2, name: `كل ما يحفظه Veivalg عن ${arranged.name}` })).toBeVisible();
  await expect(copy.getByRole('heading', { level: 3, name: 'عنك (1)' })).toBeVisible();
  await expect(copy.getByText('مسودة – لم يراجعها مترجم')).toBeVisible();
  await expect(copy.getByText('اسم العائلة', { exact: true })).toBeVisible();
  await expect(copy.getByText(familyName, { exact: true })).toBeVisible();
  await expectAccessible(page, 'the copy in Arabic');
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoSidewaysScroll(page, 'the copy in Arabic at 360 px');
  await page.setViewportSize({ width: 1280, height: 900 });

  // A correction: without a reason the server's message shows on the reason, and nothing changes.
  const correct = page.getByRole('region', { name: 'Rett en opplysning' });
  await correct.getByLabel('Opplysning som skal rettes').selectOption('familyName');
  await expect(correct.getByText(`Lagret nå: ${familyName}`)).toBeVisible();
  await correct.getByLabel('Riktig verdi: Etternavn').fill('Nordmann-Haddad');
  await correct.getByRole('button', { name: 'Lagre rettingen' }).click();
  await expect(correct.getByText('Feltet må fylles ut.')).toBeVisible();
  await expectAccessible(page, 'the correction with an error');
  await correct.getByLabel('Begrunnelse').fill('Etternavnet var registrert uten bindestrek; se passet.');
  await correct.getByRole('button', { name: 'Lagre rettingen' }).click();
  await expect(correct.getByRole('status')).toContainText('Rettingen av «Etternavn» er lagret.');
  // The copy now shows the new name and the correction with before, after and the reason.
  const corrections = copy.locator('section', { has: page.getByRole('heading', { name: /^التصحيحات \(1\)$/ }) });
  await expect(corrections).toContainText('Nordmann-Haddad');
  await expect(corrections).toContainText('se passet');

  // The log on the participant's page names the field with before → after and the reason.
  await page.goto(`/deltakere/${arranged.participantId}`);
  await expect(page.getByRole('heading', { level: 1, name: `${arranged.name.replace(familyName, 'Nordmann-Haddad')}` })).toBeVisible();
  const log = page.getByRole('region', { name: 'Logg' });
  await expect(log.getByRole('row').filter({ hasText: 'Opplysning rettet' })).toContainText(
    'Etternavn: «Nordmann» → «Nordmann-Haddad». Begrunnelse: Etternavnet var registrert uten bindestrek; se passet.',
  );
});

test('the copy and the correction speak English, with axe', async ({ page, playwright, baseURL }) => {
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: false });
  await page.goto('/logg-inn');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('E-mail').fill(users.bergenLead);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Hello, / })).toBeVisible();
  await page.goto(`/deltakere/${arranged.participantId}/innsyn`);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(arranged.name) })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Language of the printout' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Correct a detail' })).toBeVisible();
  expect(await page.locator('main').innerText()).not.toMatch(/\bprivacy\.[a-z][A-Za-z.]+\b/);
  await expectAccessible(page, 'the copy page in English');
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoSidewaysScroll(page, 'the copy page at 360 px');
});

test('another municipality gets the not-found page for the copy', async ({ page, playwright, baseURL, consoleGuard }) => {
  consoleGuard.allowResponse('GET', /\/api\/v1\/participants\/[^/ ?]+\/export/, 404); // another municipality's participant: the point of the test
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: false });
  await signIn(page, users.drammenAdviser);
  await page.goto(`/deltakere/${arranged.participantId}/innsyn`);
  await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
  await expect(page.getByText(arranged.name)).toHaveCount(0);
});
