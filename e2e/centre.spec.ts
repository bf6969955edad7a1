import { addDays, todayInOslo } from '../src/domain/index.ts';
import { expect, test, apiAs, arrangeParticipant, expectAccessible, signIn, uniqueName, users, signOut } from './helpers.ts';

test('the centre lead configures the checklist, edits the glossary and sees hours per participant', async ({ page, consoleGuard }) => {
  // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
  consoleGuard.allowResponse('PATCH', /\/api\/v1\/career-centre\/brief-checklist/, 400); // a bad number of days on purpose
  consoleGuard.allowResponse('POST', /\/api\/v1\/glossary/, 400); // an empty term on purpose
  await signIn(page, users.centreLead);
  await page.getByRole('link', { name: 'Karrieresenteret' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Karrieresenteret' })).toBeVisible();
  const checklist = page.getByRole('form', { name: 'Sjekkliste for overføringsnotatet' });
  await expect(checklist.getByLabel(/^Helse eller familie/)).not.toContainText('Påkrevd');
  // Issue 16: by default the items a counsellor needs before the conversation are required, not only the language.
  for (const label of ['Foretrukket språk og tolkespråk', 'Skolegang', 'Utdanning og godkjenning', 'Arbeidserfaring']) {
    await expect(checklist.getByLabel(label, { exact: true })).toHaveValue('required');
  }
  await expect(checklist.getByLabel('Norsknivå og opplæring', { exact: true })).toHaveValue('needed');
  await expectAccessible(page, 'centre page');

  // A bad number of days: the server's field message, nothing stored.
  await checklist.getByLabel('Antall dager før en opplysning bør sjekkes på nytt').fill('0');
  await checklist.getByLabel('Dialekt').selectOption({ label: 'Påkrevd' });
  await checklist.getByRole('button', { name: 'Lagre sjekklisten' }).click();
  await expect(page.getByRole('group', { name: /rette opp/ })).toBeVisible();
  await expectAccessible(page, 'checklist with errors');
  await checklist.getByLabel('Antall dager før en opplysning bør sjekkes på nytt').fill('365');
  await checklist.getByRole('button', { name: 'Lagre sjekklisten' }).click();
  await expect(page.getByText('Sjekklisten er lagret.')).toBeVisible();
  await page.reload();
  await expect(checklist.getByLabel('Dialekt')).toHaveValue('required');
  await expect(checklist.getByLabel('Antall dager før en opplysning bør sjekkes på nytt')).toHaveValue('365');
  // Back to the defaults, so that other tests can send orders.
  await checklist.getByLabel('Dialekt').selectOption({ label: 'Trengs' });
  await checklist.getByLabel('Antall dager før en opplysning bør sjekkes på nytt').fill('180');
  await checklist.getByRole('button', { name: 'Lagre sjekklisten' }).click();
  await expect(page.getByText('Sjekklisten er lagret.')).toBeVisible();

  // The glossary: add a term with an Arabic translation, then archive it after confirming.
  const term = uniqueName('Fagbrev-');
  await page.getByRole('button', { name: 'Nytt begrep' }).click();
  const termForm = page.getByRole('form', { name: 'Nytt begrep' });
  await termForm.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('group', { name: /rette opp/ })).toBeVisible();
  await termForm.getByLabel('Begrep', { exact: true }).fill(term);
  await termForm.getByLabel('Forklaring', { exact: true }).fill('Bevis på fullført yrkesopplæring.');
  await termForm.getByLabel('Begrep på arabisk (valgfritt)').fill('شهادة مهنية');
  await termForm.getByLabel('Forklaring på arabisk (valgfritt)').fill('إثبات إكمال التدريب المهني.');
  await expectAccessible(page, 'glossary form');
  await termForm.getByRole('button', { name: 'Lagre' }).click();
  const row = page.getByRole('row').filter({ hasText: term });
  await expect(row).toContainText('شهادة مهنية');
  await row.getByRole('button', { name: /^Arkiver/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'archive term dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Arkiver' }).click();
  await expect(row.getByText('Arkivert')).toBeVisible();

  // Hours per participant against 90 + 90 minutes.
  const hours = page.getByRole('region', { name: 'Timer per deltaker' });
  await expect(hours.getByRole('table')).toBeVisible();
  await expect(hours.getByRole('columnheader', { name: 'Individuell veiledning' })).toBeVisible();
  await expect(hours.getByText(/av 90 min/).first()).toBeVisible();
  await expectAccessible(page, 'centre page with a term and hours');
});

test("the counsellor's week lists a booked session; the calendar feed address is made and revoked", async ({ page, playwright, baseURL }) => {
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
  const day = addDays(todayInOslo(), 35);
  const counsellor = await apiAs(playwright, baseURL!, users.counsellor);
  const order = await counsellor.get(`/orders/${arranged.orderId}`);
  await counsellor.post(`/orders/${arranged.orderId}/transitions`, { to: 'accepted', version: order.version });
  await counsellor.post(`/orders/${arranged.orderId}/sessions`, {
    kind: 'individual', mode: 'in-person', place: 'Rom 3', startsAt: `${day}T13:00:00+01:00`, durationMinutes: 60,
    interpreter: { language: 'ar', mode: 'phone', status: 'requested' },
  });
  await counsellor.dispose();

  await signIn(page, users.counsellor);
  await page.goto(`/kalender?uke=${day}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Min kalender' })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: arranged.name }) });
  await expect(row).toContainText('Rom 3');
  await expect(row).toContainText('arabisk');
  await expect(row).toContainText('Planlagt');
  await expectAccessible(page, 'counsellor calendar');
  await page.getByRole('button', { name: 'Neste uke' }).click();
  await expect(row).toHaveCount(0);

  await page.getByRole('button', { name: /^Lag (ny )?kalenderadresse$/ }).click();
  if (await page.getByRole('dialog').isVisible()) await page.getByRole('dialog').getByRole('button', { name: 'Lag ny kalenderadresse' }).click();
  const address = page.getByLabel('Kalenderadresse');
  await expect(address).toHaveValue(/\/api\/ical\/.+\.ics$/);
  const url = await address.inputValue();
  const feed = await page.request.get(url);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');

  await page.getByRole('button', { name: 'Slett kalenderadressen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'revoke feed dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Slett kalenderadressen' }).click();
  await expect(page.getByText('Adressen er slettet og virker ikke lenger.')).toBeVisible();
  expect((await page.request.get(url)).status()).toBe(404);

  // The lead sees the centre's calendar.
  await signOut(page);
  await signIn(page, users.centreLead);
  await page.goto(`/kalender?uke=${day}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kalender for karrieresenteret' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: arranged.name })).toContainText('Vilde Veileder');
  await expectAccessible(page, 'centre calendar');
});
