import { expect, test, apiAs, arrangeParticipant, askTheRules, expectAccessible, queueRow, signIn, users } from './helpers.ts';

test.describe('axe finds no serious or critical WCAG 2.1 AA violation', () => {
  test('sign-in and set-password pages', async ({ page, consoleGuard }) => {
    // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
    consoleGuard.allowResponse('POST', /\/api\/v1\/auth\/login/, 401); // the wrong password is part of the page under test
    await page.goto('/logg-inn');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, 'sign-in');

    await page.getByLabel('E-post').fill(users.statisticsReader);
    await page.getByLabel('Passord').fill('wrong-password');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectAccessible(page, 'sign-in with error');

    await page.goto('/sett-passord#token=not-a-real-token');
    await expect(page.getByRole('heading', { level: 1, name: 'Lag passord' })).toBeVisible();
    await expectAccessible(page, 'set-password');
    await page.getByLabel('Nytt passord').fill('short');
    await page.getByRole('button', { name: 'Lagre passordet' }).click();
    await expect(page.getByText('Passordet må ha minst 12 tegn.').first()).toBeVisible();
    await expectAccessible(page, 'set-password with errors');

    await page.goto('/sett-passord');
    await expect(page.getByText(/Lenken mangler koden/)).toBeVisible();
    await expectAccessible(page, 'set-password without token');
  });

  test('adviser pages: start, list, empty list, registration, participant', async ({ page, playwright, baseURL, consoleGuard }) => {
    // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
    consoleGuard.allowResponse('POST', /\/api\/v1\/participants/, 400); // the registration form is checked with its errors
    consoleGuard.allowResponse('GET', /\/api\/v1\/participants\/[^/ ?]+/, 404); // the not-found page is checked
    const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
    await signIn(page, users.bergenAdviser);
    await expectAccessible(page, 'start (adviser)');

    await page.goto('/deltakere');
    await expect(page.getByRole('table')).toBeVisible();
    await expectAccessible(page, 'participant list');

    await page.goto('/deltakere?status=postponed');
    await page.getByRole('search').getByLabel('Søk på navn').fill('zzzz-nobody');
    await page.getByRole('search').getByRole('button').click();
    await expect(page.getByText('Ingen deltakere passer med søket eller filteret.')).toBeVisible();
    await expectAccessible(page, 'participant list, empty');

    await page.goto('/deltakere/ny');
    await page.getByLabel('Fornavn').fill('Delvis');
    await page.getByLabel('Bosettingsdato').fill('01.02.2026');
    await expectAccessible(page, 'registration form');
    await page.getByRole('button', { name: 'Registrer deltakeren' }).click();
    await expect(page.getByRole('group', { name: /rette opp/ })).toBeVisible();
    await expectAccessible(page, 'registration form with errors');

    await page.goto(`/deltakere/${arranged.participantId}`);
    await expect(page.getByRole('heading', { level: 1, name: arranged.name })).toBeVisible();
    await expect(page.locator('.order-card')).toHaveCount(1);
    await expectAccessible(page, 'participant page');

    await page.getByRole('button', { name: 'Endre opplysninger' }).click();
    await expectAccessible(page, 'participant page, editing');

    await page.getByRole('button', { name: /^Avbestill/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page, 'cancel dialog');
    await page.keyboard.press('Escape');

    await page.goto('/bestillinger');
    await expect(page.getByRole('table')).toBeVisible();
    await expectAccessible(page, 'orders (municipality)');

    await page.goto('/deltakere/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
    await expectAccessible(page, 'not found');
  });

  test('municipality lead: participant page with the log', async ({ page, playwright, baseURL }) => {
    const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
    await signIn(page, users.bergenLead);
    await page.goto(`/deltakere/${arranged.participantId}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Logg' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Deltaker registrert' })).toBeVisible();
    await expectAccessible(page, 'participant page with log');
  });

  test('career centre: order queue and reject dialog', async ({ page, playwright, baseURL }) => {
    const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
    await signIn(page, users.centreLead);
    await expectAccessible(page, 'start (centre lead)');
    await page.goto('/bestillinger?status=sent');
    const row = await queueRow(page, arranged.name);
    await expectAccessible(page, 'order queue');
    await row.getByRole('button', { name: /^Avvis/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page, 'reject dialog');
  });

  test('administrator page', async ({ page }) => {
    await signIn(page, users.admin);
    await expectAccessible(page, 'start (admin)');
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Administrasjon' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Karriere Vestland', exact: true }).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: 'radgiver@bergen.demo' })).toBeVisible();
    await expectAccessible(page, 'admin');
    await page.getByRole('button', { name: 'Ny bruker' }).click();
    await page.getByRole('button', { name: 'Ny organisasjon' }).click();
    await expectAccessible(page, 'admin with forms open');
  });
});

test.describe('axe on the opportunity map and the content editor', () => {
  test('map in bokmål and English, profile results, list, detail', async ({ page }) => {
    await page.goto('/kart');
    await expect(page.locator('.offer-card').first()).toBeVisible();
    await expectAccessible(page, 'map (nb)');

    await page.getByRole('button', { name: 'Fyll inn situasjonen' }).click();
    await expectAccessible(page, 'map with the profile form open');
    await askTheRules(page, { age: '30', residenceBasis: 'refugee', norwegianLevel: 'B1', schooling: 'upper-secondary' });
    await expect(page.locator('.offer-card .eligibility-tag')).toHaveCount(43);
    await expectAccessible(page, 'map with profile results');

    await page.getByRole('button', { name: 'Vis som liste' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Alle tilbud, kolonne for kolonne' })).toBeVisible();
    await expectAccessible(page, 'list alternative with results');

    await page.getByRole('link', { name: 'Høyere utdanning' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Høyere utdanning' })).toBeVisible();
    await expectAccessible(page, 'detail with results');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Higher education' })).toBeVisible();
    await expect(page.getByRole('region', { name: /What the rules say/ })).toBeVisible();
    await expectAccessible(page, 'detail (en)');
    await page.getByRole('link', { name: 'Back to the map' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Opportunity map' })).toBeVisible();
    await expectAccessible(page, 'list (en)');
    await page.getByRole('button', { name: 'Show as a map' }).click();
    await expect(page.locator('[data-lane]')).toHaveCount(4);
    await expectAccessible(page, 'map (en)');
  });

  test('map without a profile, narrow screen; detail without a profile', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/kart');
    await expect(page.locator('.offer-card').first()).toBeVisible();
    await expectAccessible(page, 'map on a narrow screen');
    await page.goto('/kart/tilbud/praksiskandidat');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, 'detail without a profile');
  });

  test('content editor: list, edit form with errors, history', async ({ page, playwright, baseURL }) => {
    // One revision so that the history table has a row.
    const editor = await apiAs(playwright, baseURL!, users.contentEditor);
    const offer = await editor.get('/map/offers/bostotte');
    await editor.patch('/map/offers/bostotte', { texts: {}, reviewDue: '2027-06-01', note: 'Kontrollert for axe-testen.', version: offer.version });
    await editor.dispose();

    await signIn(page, users.contentEditor);
    await page.goto('/innhold');
    await expect(page.getByRole('table')).toBeVisible();
    await expectAccessible(page, 'content list');

    await page.goto('/innhold/bostotte');
    await expect(page.getByRole('heading', { level: 1, name: /Bostøtte/ })).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await expectAccessible(page, 'edit offer');
    await page.getByRole('button', { name: /^Vis tekstene i versjon/ }).first().click();
    await page.getByLabel('Dato for neste kontroll').fill('');
    await page.getByRole('button', { name: 'Publiser endringene' }).click();
    await expect(page.getByText('Skriv datoen for neste kontroll.').first()).toBeVisible();
    await expectAccessible(page, 'edit offer with errors and a version shown');
  });
});
