import { expect, test, type Page } from '@playwright/test';
import { apiAs, arrangeParticipant, expectAccessible, signIn, users } from './helpers.ts';

const languages = ['nb', 'en', 'uk', 'ru', 'ar', 'ti', 'so', 'prs'] as const;

/** A Bergen participant with an order to Karriere Vestland and a fresh link to their page (the URL holds the token). */
async function arrangeLink(playwright: Parameters<typeof apiAs>[0], baseURL: string, language = 'ar') {
  const arranged = await arrangeParticipant(playwright, baseURL, { sendOrder: true });
  const adviser = await apiAs(playwright, baseURL, users.bergenAdviser);
  const made = await adviser.post(`/participants/${arranged.participantId}/page-links`, { language, background: 'primary' });
  await adviser.dispose();
  return { ...arranged, url: new URL(made.url).pathname };
}

/** Elements that are wider than their box (cut or scrolled text), and whether the page scrolls sideways. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const culprits = [...document.querySelectorAll<HTMLElement>('.pp *')]
      .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth}>${el.clientWidth}`);
    return { culprits, pageScroll: document.documentElement.scrollWidth > window.innerWidth };
  });
}

test.describe("the participant's page", () => {
  test('Arabic reads right to left and Tigrinya left to right, with nothing overflowing at 360 and 1280 px', async ({ page, playwright, baseURL }) => {
    const { url } = await arrangeLink(playwright, baseURL!);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${url}?lang=ar`);
      const content = page.getByTestId('page-content').first();
      await expect(content).toHaveAttribute('dir', 'rtl');
      await expect(content).toHaveAttribute('lang', 'ar');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Hello, /);
      // Right-aligned: the first paragraph's text ends at the container's right edge, not its left.
      const alignment = await content.evaluate((el) => {
        const p = el.querySelector('p')!;
        const range = document.createRange();
        range.selectNodeContents(p);
        const text = range.getClientRects()[0]!;
        const box = p.getBoundingClientRect();
        return { direction: getComputedStyle(p).direction, rightGap: box.right - text.right, leftGap: text.left - box.left };
      });
      expect(alignment.direction).toBe('rtl');
      expect(alignment.rightGap).toBeLessThan(2);
      expect(await overflow(page), `Arabic at ${width}px`).toEqual({ culprits: [], pageScroll: false });

      await page.getByRole('button', { name: 'ትግርኛ' }).click();
      await expect(content).toHaveAttribute('lang', 'ti');
      await expect(content).toHaveAttribute('dir', 'ltr');
      // Ethiopic script is on the page and laid out (glyphs take room), with no box cut off.
      const ethiopic = await content.evaluate((el) => {
        const p = el.querySelector('p')!;
        return { ethiopic: /[\u1200-\u137F]/.test(p.textContent ?? ''), width: p.getBoundingClientRect().width, direction: getComputedStyle(p).direction };
      });
      expect(ethiopic).toMatchObject({ ethiopic: true, direction: 'ltr' });
      expect(ethiopic.width).toBeGreaterThan(100);
      expect(await overflow(page), `Tigrinya at ${width}px`).toEqual({ culprits: [], pageScroll: false });
    }
  });

  test('axe finds no serious violation in any of the eight languages', async ({ page, playwright, baseURL }) => {
    const { url } = await arrangeLink(playwright, baseURL!, 'so');
    for (const lang of languages) {
      await page.goto(`${url}?lang=${lang}`);
      await expect(page.getByTestId('page-content').first()).toHaveAttribute('lang', lang === 'prs' ? 'fa-AF' : lang);
      await expectAccessible(page, `participant page (${lang})`);
    }
    await page.goto(`${url}?lang=ar&view=side-by-side`);
    await expect(page.getByTestId('page-content-nb').first()).toBeVisible();
    await expectAccessible(page, 'participant page side by side');
  });

  test('side by side: Arabic next to Norwegian on a wide screen, stacked on a phone', async ({ page, playwright, baseURL }) => {
    const { url } = await arrangeLink(playwright, baseURL!);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    await page.getByRole('switch', { name: 'Show Norwegian alongside' }).check();
    const ar = page.getByTestId('page-content').first();
    const nb = page.getByTestId('page-content-nb').first();
    await expect(nb).toHaveAttribute('lang', 'nb');
    await expect(nb).toHaveAttribute('dir', 'ltr');
    await expect(page).toHaveURL(/view=side-by-side/);
    const wide = { ar: (await ar.boundingBox())!, nb: (await nb.boundingBox())! };
    expect(Math.abs(wide.ar.y - wide.nb.y)).toBeLessThan(2);
    await page.setViewportSize({ width: 360, height: 900 });
    const narrow = { ar: (await ar.boundingBox())!, nb: (await nb.boundingBox())! };
    expect(narrow.nb.y).toBeGreaterThanOrEqual(narrow.ar.y + narrow.ar.height - 1);
    expect(await overflow(page)).toEqual({ culprits: [], pageScroll: false });
  });

  test('staff flow: make a link, see the QR code, open the page, revoke it and the page says the link no longer works', async ({ page, browser, playwright, baseURL }) => {
    const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
    await signIn(page, users.bergenAdviser);
    await page.goto(`/deltakere/${arranged.participantId}`);
    const section = page.getByRole('region', { name: 'Deltakersiden' });
    await expect(section.getByText('Ingen lenker ennå.')).toBeVisible();
    await section.getByRole('button', { name: 'Lag lenke' }).click();
    // No schooling in the handover brief: the link needs a background, and says so.
    await section.getByRole('button', { name: 'Lag lenke' }).click();
    await expect(section.getByText('Velg skolebakgrunn: kartleggingen har den ikke.')).toBeVisible();
    await section.getByLabel('Skolebakgrunn').selectOption('upper-secondary');
    await expect(section.getByLabel('Språk')).toHaveValue('ar');
    await section.getByRole('button', { name: 'Lag lenke' }).click();
    const created = section.getByTestId('created-link');
    await expect(created.getByRole('img', { name: 'QR-kode med lenke til deltakersiden' })).toBeVisible();
    const url = (await created.getByTestId('page-url').textContent())!;
    expect(url).toMatch(/\/p\/[A-Za-z0-9_-]{43}$/);
    await expect(section.getByRole('table')).toContainText('Aktiv');
    await expectAccessible(page, 'participant with a new page link');

    // The printed letter holds the QR code and the address, and nothing about the person.
    await page.evaluate(() => { window.print = () => {}; });
    await created.getByRole('button', { name: 'Skriv ut brev med QR-kode' }).click();
    await page.emulateMedia({ media: 'print' });
    const letter = page.getByTestId('page-letter');
    await expect(letter).toBeVisible();
    await expect(letter).toContainText(url);
    await expect(letter).not.toContainText(arranged.name.split(' ')[0]!);
    await expect(page.locator('#root')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // The participant opens it without an account.
    const participant = await browser.newContext({ baseURL });
    const own = await participant.newPage();
    await own.goto(url);
    await expect(own.getByRole('heading', { level: 1 })).toHaveText(`Hello, ${arranged.name.split(' ')[0]}`);
    await expect(own.getByTestId('page-content').first()).toHaveAttribute('dir', 'rtl');

    await page.reload();
    await expect(section.getByRole('table')).toContainText('Aktiv');
    await section.getByRole('button', { name: 'Trekk tilbake' }).click();
    const dialog = page.getByRole('dialog', { name: 'Trekke tilbake lenken?' });
    await dialog.getByRole('button', { name: 'Trekk tilbake' }).click();
    await expect(dialog).toBeHidden();
    await expect(section.getByRole('table')).toContainText('Trukket tilbake');

    await own.reload();
    await expect(own.getByTestId('page-unavailable')).toContainText('This link no longer works');
    await expectAccessible(own, 'participant page, revoked link');
    await participant.close();
  });
});
