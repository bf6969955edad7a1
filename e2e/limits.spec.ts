import type { Locator, Page } from '@playwright/test';
import { NOTE_TEXT_MAX, gatheringLimits, meetingTextLimits, textLimits } from '../src/domain/text-limits.ts';
import { expect, test, apiAs, arrangeParticipant, expectAccessible, password, signIn, users, signInInEnglish } from './helpers.ts';

// Issue 16, item 8: a field with a limit counts while you type, and says it is too long before you save. The limit
// is the server's (src/domain/text-limits.ts, read by the zod schema too).

test('the order message counts characters while typing and says it is too long before saving, in bokmål and English', async ({ page, playwright, baseURL }) => {
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: false });
  await signIn(page, users.bergenAdviser);
  await page.goto(`/deltakere/${arranged.participantId}`);
  await page.getByRole('button', { name: 'Bestill karriereveiledning' }).click();
  const message = page.getByLabel('Melding til karrieresenteret (valgfritt)');
  await message.fill('Ønsker veiledning.');
  await expect(page.getByText(`${textLimits.orderMessage - 'Ønsker veiledning.'.length} tegn igjen`)).toBeVisible();
  await message.fill('x'.repeat(textLimits.orderMessage + 3));
  await expect(page.getByText('3 tegn for mye')).toBeVisible();
  await expectAccessible(page, 'order form with a too long message');
});

test('the counter speaks English in the English UI', async ({ page, playwright, baseURL }) => {
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: false });
  await page.goto('/logg-inn');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('E-mail').fill(users.bergenAdviser);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Hello, / })).toBeVisible();
  await page.goto(`/deltakere/${arranged.participantId}`);
  await page.getByRole('button', { name: 'Order career guidance' }).click();
  const message = page.getByRole('textbox', { name: /^Message to the career centre/ });
  await message.fill('x'.repeat(textLimits.orderMessage - 10));
  await expect(page.getByText('10 characters left')).toBeVisible();
  await message.fill('x'.repeat(textLimits.orderMessage + 1));
  await expect(page.getByText('1 characters too many')).toBeVisible();
  await expectAccessible(page, 'order form with a too long message (en)');
});

// ─── Representative forms of other roles (the guard test src/web/limited-fields.test.ts keeps every field so) ──────

/** At 360 px the counters and their messages fit: the page does not scroll sideways (issue 16, item 5). */
async function expectFitsNarrow(page: Page) {
  await page.setViewportSize({ width: 360, height: 800 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

/** The writes (anything but GET) the page sends to API paths matching `path`, from now on. */
function writesTo(page: Page, path: RegExp): string[] {
  const writes: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() !== 'GET' && url.pathname.startsWith('/api/') && path.test(url.pathname)) writes.push(`${request.method()} ${url.pathname}`);
  });
  return writes;
}

/**
 * The counter of one field and what it says. Designsystemet writes the words into `data-label` and shows them as the
 * counter's generated content (read out as the field's description), so the attribute is what a test can read.
 */
async function expectCounter(field: Locator, says: string) {
  const counter = field.locator('xpath=ancestor::*[local-name()="ds-field"][1]').locator('[data-field="counter"]');
  await expect(counter).toBeVisible();
  await expect(counter).toHaveAttribute('data-label', says);
}

/** A too long field: its counter says by how much, it is invalid, and a submit stops at it (focus, nothing sent). */
async function expectRefusedBeforeSaving(page: Page, field: Locator, over: string, submit: Locator, writes: string[]) {
  await expectCounter(field, over);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await submit.click();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // Give a request that should not exist the time to show up.
  await page.waitForTimeout(500);
  expect(writes, 'nothing is sent while a field is too long').toEqual([]);
}

test('the counsellor\'s note editor counts, and does not save a too long text (the message says why)', async ({ page, playwright, baseURL, consoleGuard }) => {
  // The note page asks for the note before one is written (then offers to start it).
  consoleGuard.allowResponse('GET', /\/api\/v1\/orders\/[^/ ?]+\/note/, 404);
  // Arranging an order, two autosave waits and axe over an 8000-character text: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
  const counsellor = await apiAs(playwright, baseURL!, users.counsellor);
  const order = await counsellor.get(`/orders/${arranged.orderId}`);
  await counsellor.post(`/orders/${arranged.orderId}/transitions`, { to: 'accepted', version: order.version });
  await counsellor.dispose();

  await signIn(page, users.counsellor);
  await page.goto(`/bestillinger/${arranged.orderId}/notat`);
  await page.getByRole('button', { name: 'Skriv notat' }).click();
  const wishes = page.getByLabel('Deltakerens ønsker');
  await wishes.fill('Vil bli helsefagarbeider.');
  await expect(page.getByText(`${NOTE_TEXT_MAX - 'Vil bli helsefagarbeider.'.length} tegn igjen`)).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText(/^Lagret kl\./, { timeout: 15_000 });

  const drafts = writesTo(page, /\/notes\/[^/]+\/draft$/);
  await wishes.fill('x'.repeat(NOTE_TEXT_MAX + 2));
  await expectCounter(wishes, '2 tegn for mye');
  await expect(wishes).toHaveAttribute('aria-invalid', 'true');
  // Autosave waits 1.5 s after typing; then it says why it did not save, and sends nothing the server would refuse.
  await expect(page.getByTestId('save-status')).toHaveText('Ikke lagret – et felt har for mange tegn', { timeout: 15_000 });
  expect(drafts).toEqual([]);
  await expectAccessible(page, 'note editor with a too long text');

  // Shortened, it saves again by itself: the text was kept all along.
  await wishes.fill('x'.repeat(NOTE_TEXT_MAX));
  await expectCounter(wishes, '0 tegn igjen');
  await expect(page.getByTestId('save-status')).toHaveText(/^Lagret kl\./, { timeout: 15_000 });
  expect(drafts.length).toBeGreaterThan(0);
});

test('a participant\'s name on registration counts, and the form is not sent while it is too long', async ({ page }) => {
  await signIn(page, users.bergenAdviser);
  await page.goto('/deltakere/ny');
  const writes = writesTo(page, /\/participants$/);
  const givenName = page.getByLabel('Fornavn');
  await givenName.fill('Amina');
  await expectCounter(givenName, `${textLimits.personName - 5} tegn igjen`);
  await givenName.fill('A'.repeat(textLimits.personName + 1));
  await expectRefusedBeforeSaving(page, givenName, '1 tegn for mye', page.getByRole('button', { name: 'Registrer deltakeren' }), writes);
  await expect(page.getByRole('heading', { level: 1, name: 'Registrer ny deltaker' })).toBeVisible();
  await expectAccessible(page, 'registration with a too long name');
  await expectFitsNarrow(page);
});

test('the content editor\'s offer texts count, and nothing is published while one is too long', async ({ page }) => {
  await signIn(page, users.contentEditor);
  await page.goto('/innhold/leksehjelp');
  await expect(page.getByRole('heading', { level: 1, name: 'Rediger «Leksehjelp»' })).toBeVisible();
  const writes = writesTo(page, /\/map\/offers\//);
  const title = page.getByRole('group', { name: 'Tittel' }).getByLabel('Bokmål');
  await title.fill('y'.repeat(textLimits.offerText + 4));
  const note = page.getByLabel('Merknad (valgfritt)');
  await note.fill('Kortere tittel.');
  await expectCounter(note, `${textLimits.offerEditNote - 'Kortere tittel.'.length} tegn igjen`);
  await expectRefusedBeforeSaving(page, title, '4 tegn for mye', page.getByRole('button', { name: 'Publiser endringene' }), writes);
  await expectAccessible(page, 'offer editor with a too long title');
  await expectFitsNarrow(page);
});

test('in English: a meeting series\' name counts, and the series is not started while the name is too long', async ({ page }) => {
  await signInInEnglish(page, users.centreLead);
  await page.goto('/samarbeid/moter');
  const form = page.getByRole('form', { name: 'Start a meeting series' });
  const writes = writesTo(page, /\/cooperation\//);
  const name = form.getByLabel('Name of the series');
  await name.fill('Breakfast meeting');
  await expectCounter(name, `${meetingTextLimits.title - 'Breakfast meeting'.length} characters left`);
  await name.fill('B'.repeat(meetingTextLimits.title + 5));
  await expectRefusedBeforeSaving(page, name, '5 characters too many', form.getByRole('button', { name: 'Start the meeting series' }), writes);
  await expectAccessible(page, 'meeting series form with a too long name (en)');
});

test('in English: a gathering\'s title counts, and the plan is not saved while it is too long', async ({ page }) => {
  await signInInEnglish(page, users.centreLead);
  await page.goto('/samlinger/ny');
  await expect(page.getByRole('heading', { level: 1, name: 'Plan a gathering' })).toBeVisible();
  const writes = writesTo(page, /\/gatherings/);
  const title = page.getByLabel('Title', { exact: true }).first();
  await title.fill('T'.repeat(gatheringLimits.title + 2));
  await expectRefusedBeforeSaving(page, title, '2 characters too many', page.getByRole('button', { name: 'Save the gathering' }), writes);
  await expectAccessible(page, 'gathering plan with a too long title (en)');
});
