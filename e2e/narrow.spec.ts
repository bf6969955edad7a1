import { type Page } from '@playwright/test';
import {
  expect, test, apiAs, arrangeParticipant, expectAccessible, menuHrefs, queueRow, roleAccounts, signIn, tabTo, users,
} from './helpers.ts';

// Issue 16, item 5: every page fits a 360 px phone without sideways scrolling. Each role's pages are its main menu
// (the same list console-clean.spec.ts walks) and the pages those link to, three links deep: participants, notes,
// letters, group sessions, offers, journeys … one page of each kind, so a new page is tested once it is linked.

const width = 360;

/** Segments that name a page rather than a record; any other segment after the first is an id. */
const pageWords = new Set([
  'ny', 'innsyn', 'reiseplan', 'deltaker', 'notat', 'oversettelser', 'faktaark', 'formuleringer', 'kontakter', 'tilbud', 'reiser',
  // The cooperation areas under /samarbeid (reached from its hub page): each a page of its own kind.
  'moter', 'mote', 'avtaler', 'praksis', 'versjoner',
]);

/** '/deltakere/3f…/innsyn' → '/deltakere/:id/innsyn': one visit per kind of page. */
function pageKind(path: string): string {
  return path.split('/').map((segment, index) => (index <= 1 || pageWords.has(segment) ? segment : ':id')).join('/');
}

/**
 * The page fits: the document does not scroll sideways, and no element reaches outside the screen. What an element
 * shows is its box cut by every ancestor that clips (a visually hidden label, a scroll box's content), so only
 * what a person could see is measured.
 */
async function expectFits(page: Page, label: string) {
  await page.waitForLoadState('networkidle');
  const found = await page.evaluate(() => {
    const screen = document.documentElement.clientWidth;
    const outside: string[] = [];
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      let left = box.left;
      let right = box.right;
      // A journey's timeline is a chart of months: like a map, it may scroll inside its own box (WCAG 1.4.10 excepts
      // content that needs two dimensions); its table view is tested as a table.
      if (element.closest('.journey-grid')) continue;
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        // Hidden overflow cuts what shows; a box that scrolls sideways does not: what is in it must fit too.
        if (style.overflowX === 'hidden' || style.overflowX === 'clip' || style.clipPath !== 'none' || style.clip !== 'auto') {
          const clip = parent.getBoundingClientRect();
          left = Math.max(left, clip.left);
          right = Math.min(right, clip.right);
        }
      }
      if (right - left <= 1) continue;
      if (left < -1 || right > screen + 1) {
        const name = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`;
        outside.push(`${name} [${Math.round(left)}–${Math.round(right)}] "${(element.textContent ?? '').trim().slice(0, 40)}"`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, outside: outside.slice(0, 5) };
  });
  // Soft: a walk over many pages reports every page that does not fit, not only the first.
  expect.soft(found.outside, `${label}: elements outside the screen at ${width} px`).toEqual([]);
  expect.soft(found.scrollWidth, `${label}: the page scrolls sideways at ${width} px`).toBeLessThanOrEqual(width);
}

/** Links in the page's content to pages of the app (not the participant's own page, files or other sites). */
async function linksOnPage(page: Page): Promise<string[]> {
  return page.locator('main a[href^="/"]:not([target]):not([download])').evaluateAll((links) =>
    links.map((link) => link.getAttribute('href') ?? '').filter((href) => !href.startsWith('/p/') && !href.startsWith('/api/') && !href.includes('#')),
  );
}

/** Visits the pages from `start`, following links `depth` steps, one page of each kind; every one must fit. */
async function walk(page: Page, start: string[], depth: number, label: string): Promise<string[]> {
  const seen = new Set<string>();
  let level = start;
  for (let step = 0; step <= depth && level.length > 0; step++) {
    const next: string[] = [];
    for (const href of level) {
      const kind = pageKind(new URL(href, 'http://x').pathname);
      if (seen.has(kind)) continue;
      seen.add(kind);
      await page.goto(href);
      await expect(page.getByRole('heading', { level: 1 }).first(), href).toBeVisible();
      await expectFits(page, `${label} ${href}`);
      if (step < depth) next.push(...(await linksOnPage(page)));
    }
    level = next;
  }
  return [...seen];
}

for (const [role, email] of Object.entries(roleAccounts)) {
  test(`every page of the ${role} fits ${width} px`, async ({ page, consoleGuard }) => {
    test.setTimeout(240_000);
    // The note page of an order whose note is not sent yet: the municipality is never shown a draft, so the API says
    // 404 by design and the page says there is no note yet.
    consoleGuard.allowResponse('GET', /\/api\/v1\/orders\/[^/ ?]+\/note/, 404);
    await page.setViewportSize({ width, height: 800 });
    await signIn(page, email);
    await expectFits(page, `${role} start`);
    const visited = await walk(page, await menuHrefs(page), 3, role);
    expect(visited.length).toBeGreaterThan(2);
  });
}

test(`the public pages fit ${width} px, in bokmål and English, and laid out right to left`, async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width, height: 800 });
  await page.goto('/logg-inn');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFits(page, 'sign-in');
  await page.goto('/sett-passord#token=not-a-real-token');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFits(page, 'set password');
  await walk(page, ['/kart', '/kart/reiser'], 1, 'map (nb)');

  await page.goto('/kart');
  // The map and its language layer loaded first: a switch pressed while the map's chunks still arrive can leave the
  // map in bokmål under an English header (a race noted for a later fix).
  await expect(page.getByRole('heading', { level: 1, name: 'Mulighetskart' })).toBeVisible();
  await expect(page.getByLabel('Språk på kartet')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opportunity map' })).toBeVisible();
  await walk(page, ['/kart', '/kart/reiser'], 1, 'map (en)');

  // A journey as a table: cards of labelled cells, like every table.
  await page.goto('/kart/reiser');
  await page.locator('main a[href^="/kart/reiser/"]').first().click();
  await page.getByRole('button', { name: /^(Vis som tabell|Show as a table)$/ }).first().click();
  await expect(page.locator('.journey-table td[data-label]').first()).toBeVisible();
  await expectFits(page, 'journey as a table');

  // Both UI languages run left to right; the stylesheet uses logical properties so that a right-to-left language
  // is a matter of texts. Mirrored, the map's pages must fit as well.
  for (const path of ['/kart', '/kart/tilbud/hoyere-utdanning', '/kart/reiser']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => { document.documentElement.dir = 'rtl'; });
    await expectFits(page, `${path} right to left`);
  }
});

test(`the map's cards break lines between words, never inside one, at ${width} px`, async ({ page }) => {
  await page.setViewportSize({ width, height: 800 });
  await page.goto('/kart');
  await expect(page.locator('.offer-card').first()).toBeVisible();
  // Every word of a card's title, summary and facts is laid out on one line: a word split over two lines has
  // rectangles on two lines.
  const split = await page.locator('.offer-card').evaluateAll((cards) => {
    const broken: string[] = [];
    for (const card of cards) {
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A compound written with a hyphen (NAV-kontoret) may break after its hyphen, as in print.
        for (const match of text.matchAll(/[^\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
  expect(split, 'words broken across lines on the map').toEqual([]);
  // Nor would a phone with hyphenation dictionaries split them: nothing on a card asks for automatic hyphens.
  const hyphenated = await page.locator('.offer-card, .offer-card *').evaluateAll((elements) =>
    elements.filter((element) => ['auto'].includes(getComputedStyle(element).hyphens) || getComputedStyle(element).wordBreak === 'break-all').length,
  );
  expect(hyphenated).toBe(0);
});

test(`the participant's page fits ${width} px in a right-to-left and a left-to-right language`, async ({ page, playwright, baseURL }) => {
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
  const adviser = await apiAs(playwright, baseURL!, users.bergenAdviser);
  const made = await adviser.post(`/participants/${arranged.participantId}/page-links`, { language: 'ar', background: 'primary' });
  await adviser.dispose();
  const url = new URL(made.url as string).pathname;
  await page.setViewportSize({ width, height: 800 });
  for (const [lang, dir] of [['ar', 'rtl'], ['uk', 'ltr'], ['nb', 'ltr']] as const) {
    await page.goto(`${url}?lang=${lang}`);
    await expect(page.locator('.pp')).toHaveAttribute('dir', dir);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectFits(page, `participant's page (${lang})`);
  }
  await page.goto(`${url}?lang=ar&view=side-by-side`);
  await expect(page.getByTestId('page-content-nb').first()).toBeVisible();
  await expectFits(page, "participant's page side by side");
});

/** The cell of `row` under the column headed `heading`: on screen, inside the screen's width, and labelled. */
async function expectKeyCell(page: Page, row: ReturnType<Page['locator']>, heading: string) {
  const cell = row.locator(`td[data-label="${heading}"]`);
  await expect(cell, heading).toBeVisible();
  const box = (await cell.boundingBox())!;
  expect(box.x, heading).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, heading).toBeLessThanOrEqual(width);
  // The heading is shown above the value (generated text, not read twice by a screen reader).
  expect(await cell.evaluate((element) => getComputedStyle(element, '::before').display)).toBe('block');
}

test(`the key columns of the participant list and the order queue show at ${width} px`, async ({ page, playwright, baseURL }) => {
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
  await page.setViewportSize({ width, height: 800 });
  await signIn(page, users.bergenAdviser);
  await page.goto(`/deltakere?q=${encodeURIComponent(arranged.name.split(' ')[0]!)}`);
  const participantRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: arranged.name }) });
  await expect(participantRow).toBeVisible();
  for (const heading of ['Navn', 'Frist for vedtak', 'Friststatus']) await expectKeyCell(page, participantRow, heading);
  // Still a table to assistive technology, with its column headers.
  await expect(page.getByRole('columnheader', { name: 'Frist for vedtak' })).toHaveCount(1);

  await page.goto('/bestillinger?status=sent');
  const orderRow = await queueRow(page, arranged.name);
  for (const heading of ['Deltaker', 'Frist for vedtak', 'Status']) await expectKeyCell(page, orderRow, heading);
  await expectAccessible(page, 'order queue at 360 px');

  await signIn(page, users.centreLead);
  await page.goto('/bestillinger?status=sent');
  const incoming = await queueRow(page, arranged.name);
  for (const heading of ['Deltaker', 'Frist for vedtak', 'Status']) await expectKeyCell(page, incoming, heading);
  await expect(incoming.getByRole('button', { name: /^Avvis/ })).toBeVisible();
});

test(`the menu button opens the menu from the keyboard, says so to screen readers, and the menu passes axe at ${width} px`, async ({ page }) => {
  await page.setViewportSize({ width, height: 800 });
  await signIn(page, users.centreLead);
  const button = page.getByRole('button', { name: 'Meny' });
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  await expect(page.getByRole('button', { name: 'Logg ut', exact: true })).toBeHidden();
  // The menu fits on one line: the name and the button.
  const header = (await page.locator('.app-header__bar').boundingBox())!;
  expect(header.height).toBeLessThan(72);

  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(button).toBeFocused();
  const controlled = await button.getAttribute('aria-controls');
  await expect(page.locator(`[id="${controlled}"]`)).toBeVisible();
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Innkomne bestillinger' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logg ut', exact: true })).toBeVisible();
  await expectFits(page, 'menu open');
  await expectAccessible(page, 'menu open at 360 px');

  // The next Tab goes into the menu; Escape closes it and gives focus back to the button.
  await page.keyboard.press('Tab');
  expect(await page.evaluate((id) => document.getElementById(id!)?.contains(document.activeElement), controlled)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  await expect(nav).toBeHidden();

  // Space opens it too; choosing a page goes there and closes the menu.
  await page.keyboard.press('Space');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const calendar = nav.getByRole('link', { name: 'Kalender' });
  await tabTo(page, calendar);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Kalender/ })).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();

  // Wide: no button, the menu shows as before.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(button).toBeHidden();
  await expect(nav).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logg ut', exact: true })).toBeVisible();
});
