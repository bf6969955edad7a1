import { addDays, todayInOslo } from '../src/domain/index.ts';
import { expect, test, apiAs, arrangeParticipant, expectAccessible, markRequiredBriefUnknown, queueRow, signIn, signOut, typed, uniqueName, users } from './helpers.ts';
import { flat, keepArtefact, printedHeadings, readPdf } from './pdf.ts';

/** Makes one more checklist item required at Karriere Vestland for the duration of a test. */
async function requireItem(playwright: Parameters<typeof apiAs>[0], baseURL: string, key: string, use: 'required' | 'needed') {
  const lead = await apiAs(playwright, baseURL, users.centreLead);
  const checklist = await lead.get('/career-centre/brief-checklist');
  await lead.patch('/career-centre/brief-checklist', { uses: { [key]: use }, version: checklist.version });
  await lead.dispose();
}

test('adviser fills the brief and orders, counsellor schedules a session with an interpreter, prints the letter in Arabic, records the outcome', async ({ page, playwright, baseURL, consoleGuard }) => {
  // Expected errors (issue 16, item 9: the console guard fails a test on any it did not declare).
  consoleGuard.allowResponse('POST', /\/api\/v1\/orders\/[^/ ?]+\/transitions/, 409); // ordering with a required brief item missing is refused on purpose
  consoleGuard.allowResponse('POST', /\/api\/v1\/orders\/[^/ ?]+\/sessions/, 409); // a clashing booking is refused on purpose
  // Long: the whole flow, including the four required brief items (issue 16), on a loaded machine.
  test.setTimeout(240_000);
  await requireItem(playwright, baseURL!, 'wishes', 'required');
  try {
    const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: false });
    const participantUrl = `/deltakere/${arranged.participantId}`;

    // The adviser fills the brief: a sensitive item and an explicit "Vet ikke".
    await signIn(page, users.bergenAdviser);
    await page.goto(participantUrl);
    const brief = page.getByRole('region', { name: 'Overføringsnotat' });
    await expect(brief.getByText(/^Mangler \d+ påkrevde · \d+ av \d+ fylt ut$/)).toBeVisible();
    await expectAccessible(page, 'participant page with the brief');

    const health = brief.locator('[data-brief-item="health-family"]');
    await expect(health.getByText('Sensitiv opplysning')).toBeVisible();
    await health.getByRole('button', { name: /^Fyll ut/ }).click();
    await health.getByRole('button', { name: 'Lagre' }).click();
    await expect(page.getByRole('group', { name: /rette opp/ })).toBeVisible();
    await expectAccessible(page, 'brief item form with errors');
    await health.getByLabel('Bare det som er nødvendig').fill('Har ansvar for et lite barn; formiddager passer best.');
    await health.getByLabel('Kilde').selectOption({ label: 'Rådgiver' });
    await health.getByRole('button', { name: 'Lagre' }).click();
    await expect(health).toContainText('Har ansvar for et lite barn');
    await expect(health).toContainText('Kilde: Rådgiver. Bekreftet av');

    const dialect = brief.locator('[data-brief-item="dialect"]');
    await dialect.getByRole('button', { name: /^Fyll ut/ }).click();
    await dialect.getByLabel('Vet ikke').check();
    await dialect.getByLabel('Kilde').selectOption({ label: 'Deltaker' });
    await dialect.getByRole('button', { name: 'Lagre' }).click();
    await expect(dialect.getByText('Vet ikke', { exact: true })).toBeVisible();
    // Schooling, education and work are required by default (issue 16): "Vet ikke" answers them.
    await markRequiredBriefUnknown(page);

    // Ordering with a required item missing: the server's field message is shown, the draft is kept.
    await page.getByRole('button', { name: 'Bestill karriereveiledning' }).click();
    await page.getByRole('button', { name: 'Send bestillingen' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'ble ikke sendt' });
    await expect(refused).toContainText('Deltakerens egne ønsker: Påkrevd: svar, eller merk som ukjent.');
    await expectAccessible(page, 'order refused for an incomplete brief');

    const wishes = brief.locator('[data-brief-item="wishes"]');
    await wishes.getByRole('button', { name: /^Fyll ut/ }).click();
    await wishes.getByRole('textbox', { name: 'Ønsker', exact: true }).fill('Vil bli sykepleier.');
    await wishes.getByLabel('Kilde').selectOption({ label: 'Deltaker' });
    await wishes.getByRole('button', { name: 'Lagre' }).click();
    await expect(brief.getByText(/^Påkrevde utfylt · \d+ av \d+ fylt ut$/)).toBeVisible();
    const orderCard = page.locator('.order-card').first();
    await orderCard.getByRole('button', { name: /^Send/ }).click();
    await expect(orderCard.getByText('Sendt', { exact: true })).toBeVisible();
    await expect(orderCard.getByText(/^Påkrevde utfylt · \d+ av \d+ fylt ut$/)).toBeVisible();
    await signOut(page);

    // The centre lead sees the brief, but not the sensitive item.
    await signIn(page, users.centreLead);
    await page.goto(participantUrl);
    const leadHealth = page.locator('[data-brief-item="health-family"]');
    await expect(leadHealth.getByText('Skjermet', { exact: true })).toBeVisible();
    await expect(leadHealth).not.toContainText('lite barn');
    await expect(page.locator('[data-brief-item="wishes"]')).toContainText('Vil bli sykepleier.');
    await expectAccessible(page, 'brief seen by the centre lead');
    await page.goto('/bestillinger?status=sent');
    await expect((await queueRow(page, arranged.name)).getByText(/^Påkrevde utfylt · \d+ av \d+ fylt ut$/)).toBeVisible();
    await signOut(page);

    // The counsellor takes the order and then sees the sensitive item.
    await signIn(page, users.counsellor);
    await page.goto(participantUrl);
    await page.locator('.order-card').first().getByRole('button', { name: /^Ta bestillingen/ }).click();
    await expect(page.locator('.order-card').first().getByText('Godtatt', { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.locator('[data-brief-item="health-family"]')).toContainText('lite barn');

    // Schedules a session (in the past, so that its outcome can be recorded) with an Arabic interpreter.
    const day = addDays(todayInOslo(), -2);
    const interpreterRef = uniqueName('TK-');
    await page.getByRole('button', { name: 'Book time' }).click();
    const form = page.getByRole('region', { name: 'Book veiledningstime' });
    await form.getByRole('button', { name: 'Book timen' }).click();
    await expect(page.getByRole('group', { name: /rette opp/ })).toBeVisible();
    await expectAccessible(page, 'schedule form with errors');
    await form.getByLabel('Sted').fill('Karriere Vestland, Kaigaten 9, Bergen');
    await form.getByLabel('Dato').fill(typed(day));
    await form.getByLabel('Klokkeslett').fill('08:00');
    await form.getByLabel('Varighet (minutter)').fill('90');
    await form.getByLabel('Programrådgiverens rolle').selectOption({ label: 'Observatør' });
    await form.getByLabel('Dager til neste time (valgfritt)').fill('14');
    await expect(form.getByLabel('Bestill tolk til timen')).toBeChecked();
    await expect(form.getByLabel('Tolkespråk')).toHaveValue('ar');
    await form.getByLabel('Dialekt (valgfritt)').fill('levantinsk');
    await form.getByLabel('Tolkemåte').selectOption({ label: 'skjermtolk' });
    await form.getByLabel('Status for tolkebestillingen').selectOption({ label: 'bekreftet' });
    await form.getByLabel('Tolketjeneste (valgfritt)').fill('Tolketjenesten Vest');
    await form.getByLabel('Tolkens referanse (valgfritt)').fill(interpreterRef);
    await form.getByLabel('Til tolken før timen (valgfritt)').fill('Samtalen handler om utdanning og godkjenning av vitnemål.');
    await expectAccessible(page, 'schedule form filled in');
    await form.getByRole('button', { name: 'Book timen' }).click();
    await expect(page.getByText('Timen er booket.')).toBeVisible();
    const session = page.locator('.session-card').first();
    await expect(session).toContainText('Karriere Vestland, Kaigaten 9, Bergen');
    await expect(session).toContainText('arabisk (levantinsk), skjermtolk, bekreftet');
    await expect(page.locator('.order-card').first().getByText('Planlagt', { exact: true })).toBeVisible();

    // The interpreter's briefing: time, note and terms, no personal data.
    await session.getByRole('link', { name: /^Tolkebrief/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Tolkebrief for VV-/ })).toBeVisible();
    await expect(page.getByText('Samtalen handler om utdanning og godkjenning av vitnemål.')).toBeVisible();
    await expect(page.locator('main')).not.toContainText(arranged.name);
    await expectAccessible(page, 'interpreter briefing');
    await page.goto(participantUrl);

    // A second booking at the same time clashes: the 409 is shown and nothing is booked.
    await page.getByRole('button', { name: 'Book time' }).click();
    await form.getByLabel('Sted').fill('Rom 2');
    await form.getByLabel('Dato').fill(typed(day));
    await form.getByLabel('Klokkeslett').fill('09:00');
    await form.getByLabel('Tolkens referanse (valgfritt)').fill(interpreterRef);
    await form.getByRole('button', { name: 'Book timen' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Dobbeltbooking' });
    await expect(conflict).toContainText('allerede booket');
    await expectAccessible(page, 'double booking refused');
    await form.getByRole('button', { name: 'Avbryt' }).click();
    await expect(page.locator('.session-card')).toHaveCount(1);

    // Prints the letter in Arabic.
    await session.getByRole('link', { name: /^Skriv ut innkalling/ }).click();
    await expect(page).toHaveURL(/\/innkalling\/[0-9a-f-]{36}/);
    await expect(page.getByRole('heading', { level: 1, name: /^Innkalling til veiledning VV-/ })).toBeVisible();
    const arabic = page.locator('article[data-letter-lang="ar"]');
    await expect(arabic).toHaveAttribute('dir', 'rtl');
    await expect(arabic).toHaveAttribute('lang', 'ar');
    await expect(page.locator('article[data-letter-lang="nb"]')).toContainText('Innkalling til karriereveiledning');
    await expect(page.locator('article[data-letter-lang="nb"]')).toContainText('Det kommer en tolk som snakker arabisk.');
    await expect(page.getByText(/Oversettelsen til arabisk er et utkast/)).toBeVisible();
    // Whom to ask, in both languages, with the adviser's name marked as Norwegian; the Arabic sheet's draft mark is Arabic.
    await expect(arabic.getByTestId('letter-contact')).toContainText('هل لديك أسئلة؟ تواصل مع مستشار البرنامج الخاص بك:');
    await expect(arabic.getByTestId('letter-contact').locator('bdi[lang="nb"]')).toHaveText('Ragnhild Rådgiver');
    await expect(arabic.getByTestId('letter-contact')).toContainText('radgiver@bergen.demo');
    await expect(page.locator('article[data-letter-lang="nb"]').getByTestId('letter-contact')).toContainText('Har du spørsmål? Kontakt programrådgiveren din:');
    await expect(arabic.locator('.letter-sheet__draft')).toHaveText('مسودة: لم يراجع مترجم هذه الترجمة بعد.');
    await expectAccessible(page, 'appointment letter (ar)');
    await page.emulateMedia({ media: 'print' });
    // On paper: one sheet per language, every Norwegian heading and the Arabic text, no word past the edge.
    const headings = await printedHeadings(page);
    expect(headings).toContain('Innkalling til karriereveiledning');
    const sheets = await page.locator('article[data-letter-lang]').count();
    expect(sheets).toBe(2);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const letter = readPdf(pdf);
    expect(headings.filter((h) => !flat(letter.text).includes(h)), 'headings missing from the printed letter').toEqual([]);
    expect(flat(letter.text)).toContain('Det kommer en tolk som snakker arabisk.');
    expect(letter.text, 'the Arabic sheet is printed').toMatch(/[\u0600-\u06FF]{3}/);
    expect(letter.cutWords, 'words past the edge of the letter').toEqual([]);
    expect(letter.pages).toBe(sheets);
    keepArtefact('appointment-letter-ar.pdf', pdf);

    // Records the outcome.
    await page.goto(participantUrl);
    await page.locator('.session-card').first().getByRole('button', { name: /^Registrer utfall/ }).click();
    await expect(page.getByLabel('Tolken deltok')).toBeChecked();
    await expectAccessible(page, 'outcome form');
    await page.getByLabel('Gjennomført').check();
    await page.getByLabel('Brukte minutter (valgfritt)').fill('80');
    await page.getByRole('button', { name: 'Lagre utfallet' }).click();
    const recorded = page.locator('.session-card').first();
    await expect(recorded.getByText('Gjennomført', { exact: true })).toBeVisible();
    await expect(recorded).toContainText('Brukt 80 minutter. Tolken deltok');
    await expect(page.locator('[data-hours]')).toContainText('80 av 90 min');
    await signOut(page);

    // The adviser sees the session too.
    await signIn(page, users.bergenAdviser);
    await page.goto(participantUrl);
    await expect(page.locator('.session-card').first()).toContainText('Gjennomført');
    await expect(page.locator('.session-card').first().getByRole('button', { name: /Registrer utfall/ })).toHaveCount(0);

    // The same in English.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Handover brief' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Guidance sessions' })).toBeVisible();
    await expect(page.locator('.session-card').first().getByText('Held', { exact: true })).toBeVisible();
    await expect(page.locator('[data-brief-item="dialect"]').getByText('Not known', { exact: true })).toBeVisible();
    await expectAccessible(page, 'participant page in English with brief and sessions');
  } finally {
    await requireItem(playwright, baseURL!, 'wishes', 'needed');
  }
});

test('a counsellor cancels a planned session after confirming, with a reason', async ({ page, playwright, baseURL }) => {
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
  const counsellor = await apiAs(playwright, baseURL!, users.counsellor);
  const order = await counsellor.get(`/orders/${arranged.orderId}`);
  await counsellor.post(`/orders/${arranged.orderId}/transitions`, { to: 'accepted', version: order.version });
  const startsAt = `${addDays(todayInOslo(), 20)}T12:00:00+01:00`;
  await counsellor.post(`/orders/${arranged.orderId}/sessions`, {
    kind: 'individual', mode: 'phone', phone: '+47 55 00 00 00', startsAt, durationMinutes: 60,
  });
  const osloTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(startsAt));
  await counsellor.dispose();

  await signIn(page, users.counsellor);
  await page.goto(`/deltakere/${arranged.participantId}`);
  const session = page.locator('.session-card').first();
  await expect(session.getByText('Planlagt', { exact: true })).toBeVisible();
  await expect(session.getByRole('button', { name: /Registrer utfall/ })).toHaveCount(0); // not started yet

  // The interpreter is confirmed later: the session is changed.
  await session.getByRole('button', { name: /^Endre/ }).click();
  const edit = page.getByRole('region', { name: /^Endre timen VV-/ });
  await expect(edit.getByLabel('Telefonnummer')).toHaveValue('+47 55 00 00 00');
  await expect(edit.getByLabel('Klokkeslett')).toHaveValue(osloTime);
  await edit.getByLabel('Bestill tolk til timen').check();
  await edit.getByLabel('Tolkemåte').selectOption({ label: 'telefontolk' });
  await edit.getByLabel('Status for tolkebestillingen').selectOption({ label: 'bekreftet' });
  await expectAccessible(page, 'edit session form');
  await edit.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(edit).toHaveCount(0);
  await expect(session).toContainText('arabisk, telefontolk, bekreftet');
  await session.getByRole('button', { name: /^Avlys timen/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'cancel session dialog');
  await dialog.getByRole('textbox').fill('Deltakeren er syk.');
  await dialog.getByRole('button', { name: 'Avlys timen' }).click();
  await expect(session.getByText('Avlyst', { exact: true })).toBeVisible();
  await expect(session).toContainText('Deltakeren er syk.');
});
