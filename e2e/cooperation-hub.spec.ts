import { type Page } from '@playwright/test';
import { apiAs, expect, expectAccessible, signIn, signOut, tabTo, test, users } from './helpers.ts';

// One menu item "Samarbeid" instead of one per cooperation feature: a hub page with a card per area the role may
// open (the same rules as the pages' own guards), a live summary where an existing list answers it, a way back from
// each area, and the menu item marked current under /samarbeid and /samlinger. Axe in bokmål and English; 360 px.

const cards = {
  meetings: 'Samarbeidsmøter',
  documents: 'Avtaler og rutiner',
  gatherings: 'Fylkesvise samlinger',
  contacts: 'Faste kontakter og stedfortredere',
  practice: 'Sammenlign praksis',
};

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' });
const hubLink = (page: Page) => nav(page).getByRole('link', { name: 'Samarbeid', exact: true });
const cardLinks = (page: Page) => page.locator('main .cooperation-hub h2 a');

async function openHub(page: Page) {
  await hubLink(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samarbeid', exact: true })).toBeVisible();
}

async function expectNoHorizontalScroll(page: Page, label: string) {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForLoadState('networkidle');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scroll at 360 px on ${label}`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const expected: [string, string, string[]][] = [
  ['programme adviser', users.bergenAdviser, [cards.meetings, cards.documents, cards.gatherings]],
  ['municipality lead', users.bergenLead, [cards.meetings, cards.documents, cards.gatherings, cards.practice]],
  ['career counsellor', users.counsellor, [cards.meetings, cards.documents, cards.gatherings, cards.contacts]],
  ['career-centre lead', users.centreLead, [cards.meetings, cards.documents, cards.gatherings, cards.contacts, cards.practice]],
];

for (const [role, email, names] of expected) {
  test(`the ${role} has one menu item for cooperation, and the hub shows only the areas the role may open`, async ({ page }) => {
    await signIn(page, email);
    for (const removed of ['Samlinger', 'Samarbeidsmøter', 'Avtaler og rutiner', 'Faste kontakter']) {
      await expect(nav(page).getByRole('link', { name: removed, exact: true })).toHaveCount(0);
    }
    await openHub(page);
    await expect(hubLink(page)).toHaveAttribute('aria-current', 'page');
    await expect(cardLinks(page)).toHaveText(names);
    // Every card opens a page the role may see (not "not found"), with a way back to the hub.
    for (const name of names) {
      await page.getByRole('main').getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('main').getByRole('link', { name: 'Tilbake til Samarbeid' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Fant ikke siden');
      await expect(hubLink(page), `menu item current on ${name}`).toHaveAttribute('aria-current', 'page');
      await page.getByRole('main').getByRole('link', { name: 'Tilbake til Samarbeid' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Samarbeid', exact: true })).toBeVisible();
    }
    // The summaries settle: no spinner left, and nothing says it failed.
    await expect(page.getByText('Henter oversikt …')).toHaveCount(0);
    await expect(page.getByText(/Oversikten kunne ikke hentes/)).toHaveCount(0);
  });
}

test('roles without cooperation have no menu item, and the hub is "not found" for them', async ({ page }) => {
  for (const email of [users.admin, users.statisticsReader, users.contentEditor]) {
    await signIn(page, email);
    await expect(hubLink(page)).toHaveCount(0);
    await page.goto('/samarbeid');
    await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
    await signOut(page);
  }
});

test('the menu item is current on the pages deeper under /samarbeid and /samlinger, and on no other page', async ({ page }) => {
  await signIn(page, users.centreLead);
  await expect(hubLink(page)).not.toHaveAttribute('aria-current', 'page');
  for (const path of ['/samarbeid/avtaler/ny', '/samlinger/ny', '/samarbeid/praksis']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(hubLink(page), path).toHaveAttribute('aria-current', 'page');
  }
  await nav(page).getByRole('link', { name: 'Kalender' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Kalender/ })).toBeVisible();
  await expect(hubLink(page)).not.toHaveAttribute('aria-current', 'page');
});

test('a summary shows that it is loading, then the true count from the API; a failed list says so without a number', async ({ page, playwright, baseURL, consoleGuard }) => {
  test.setTimeout(60_000);
  // The gatherings list is made to fail below, on purpose.
  consoleGuard.allowResponse('GET', /\/api\/v1\/gatherings/, 503);
  const api = await apiAs(playwright, baseURL!, users.centreLead);
  const mine = (await api.get('/cooperation/actions?view=mine')).items as { overdue: boolean }[];
  await api.dispose();

  await signIn(page, users.centreLead);
  // Hold the open actions back until the page has shown that it is waiting for them.
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route('**/api/v1/cooperation/actions*', async (route) => { await held; await route.continue(); });
  // The gatherings list fails (the server is down for it): the card says so and shows no number.
  await page.route('**/api/v1/gatherings', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"message":"down"}' }));
  await openHub(page);
  const meetings = page.locator('.cooperation-hub li').filter({ has: page.getByRole('link', { name: cards.meetings, exact: true }) });
  // The card loads two things (the actions held back here, and the next meeting): at least one says it is loading.
  await expect(meetings.getByText('Henter oversikt …').first()).toBeVisible();
  await expect(meetings).not.toContainText('Du har');
  release();
  const open = mine.length;
  await expect(meetings).toContainText(open === 0 ? 'Du har ingen åpne oppfølgingspunkter.'
    : open === 1 ? 'Du har 1 åpent oppfølgingspunkt.' : `Du har ${open} åpne oppfølgingspunkter.`);
  const overdue = mine.filter((a) => a.overdue).length;
  if (overdue > 0) await expect(meetings).toContainText(`${overdue} har passert fristen.`);
  else await expect(meetings).not.toContainText('passert fristen');
  await expect(meetings.getByText('Henter oversikt …')).toHaveCount(0);

  const gatherings = page.locator('.cooperation-hub li').filter({ has: page.getByRole('link', { name: cards.gatherings, exact: true }) });
  await expect(gatherings).toContainText('Oversikten kunne ikke hentes nå.', { timeout: 15_000 });
  await expect(gatherings).not.toContainText(/\d/);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('the hub works with the keyboard only', async ({ page }) => {
  await signIn(page, users.bergenAdviser);
  await tabTo(page, hubLink(page));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Samarbeid', exact: true })).toBeVisible();
  const documents = page.getByRole('main').getByRole('link', { name: cards.documents, exact: true });
  await tabTo(page, documents);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Avtaler og rutiner' })).toBeVisible();
  // The way back is the first link in the page's content.
  await page.getByRole('heading', { level: 1 }).click();
  await tabTo(page, page.getByRole('main').getByRole('link', { name: 'Tilbake til Samarbeid' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Samarbeid', exact: true })).toBeVisible();
});

test('the hub passes axe in bokmål and English, fits 360 px, and the phone menu leads to it', async ({ page }) => {
  await signIn(page, users.centreLead);
  await openHub(page);
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, 'cooperation hub (nb)');
  await expectNoHorizontalScroll(page, 'cooperation hub (nb)');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cooperation', exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Agreements and routines', exact: true })).toBeVisible();
  expect(await page.locator('main').innerText()).not.toMatch(/\bcooperationHub\.[a-z]/);
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, 'cooperation hub (en)');
  await expectNoHorizontalScroll(page, 'cooperation hub (en)');
  await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samarbeid', exact: true })).toBeVisible();

  // On a phone the menu folds behind its button; the item is there and current.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/kalender');
  await page.getByRole('button', { name: 'Meny' }).click();
  await hubLink(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samarbeid', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Meny' })).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('button', { name: 'Meny' }).click();
  await expect(hubLink(page)).toHaveAttribute('aria-current', 'page');
});
