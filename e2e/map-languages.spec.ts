// Issue 18, item 3: the public map in eight languages. Arabic (right to left) and Tigrinya at 360 px with axe, the
// translation's draft status shown to the reader, the Norwegian fallback marked per text, and the print view.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { apiAs, expect, expectAccessible, offerCard, test } from './helpers.ts';

const width = 360;
const texts = (language: string) =>
  (JSON.parse(readFileSync(new URL(`../src/content/map-i18n/${language}.json`, import.meta.url), 'utf8')) as { texts: Record<string, string> }).texts;
/** What the page shows for a translation: `[[Lånekassen]]` is shown as the name (marked lang="nb"). */
const shown = (text: string | undefined) => (text ?? '').replace(/\[\[([^\]]+)\]\]/gu, '$1');
const ar = texts('ar');
const ti = texts('ti');

async function chooseLanguage(page: Page, label: string, language: string) {
  await page.getByLabel(label).selectOption(language);
}

/** Nothing sticks out sideways at 360 px (the journey's month chart scrolls in its own box, as in narrow.spec.ts). */
async function expectFits(page: Page, label: string) {
  await page.waitForLoadState('networkidle');
  const outside = await page.evaluate(() => {
    const screen = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || element.closest('.journey-grid')) continue;
      if (box.left < -1 || box.right > screen + 1) found.push(`${element.tagName.toLowerCase()}.${String(element.className)} "${(element.textContent ?? '').trim().slice(0, 30)}"`);
    }
    return { found: found.slice(0, 5), scroll: document.documentElement.scrollWidth - screen };
  });
  expect(outside.found, `${label}: elements outside the screen at ${width} px`).toEqual([]);
  expect(outside.scroll, `${label}: sideways scroll`).toBeLessThanOrEqual(0);
}

test('the map in Arabic: right to left at 360 px, draft status, rules in Arabic, print view, staff header stays Norwegian', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width, height: 800 });
  await page.goto('/kart');
  await expect(page.getByRole('heading', { level: 1, name: 'Mulighetskart' })).toBeVisible();
  await chooseLanguage(page, 'Språk på kartet', 'ar');

  const root = page.locator('.map-language-root');
  await expect(root).toHaveAttribute('dir', 'rtl');
  await expect(root).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(ar['ui.map.title']));
  // The reader is told, in Arabic, that no qualified translator has checked this yet.
  await expect(page.locator('.map-language__status')).toHaveText(shown(ar['ui.map.translation.draft']));
  const card = offerCard(page, 'hoyere-utdanning');
  await expect(card.getByRole('heading', { level: 3 })).toHaveText(shown(ar['offer.hoyere-utdanning.title']));
  // Laid out right to left: the card's text starts at its right edge.
  expect(await card.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  // Norwegian names inside the Arabic text are marked as Norwegian for screen readers.
  await expect(page.locator('.map-language-root [lang="nb"]').first()).toBeAttached();
  // Translated texts carry no "only in Norwegian" mark. (Checked on this card: the content editor's spec may have
  // reworded another offer in the same database, and a reworded text is rightly shown in Norwegian, marked.)
  await expect(card.locator('.only-norwegian')).toHaveCount(0);
  // The app's own header is staff UI: it stays Norwegian, and so does the document's language.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Logg inn' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expectFits(page, '/kart in Arabic');
  await expectAccessible(page, '/kart in Arabic at 360 px');

  // What the rules say, in Arabic: the answer's texts are looked up by their keys.
  await page.getByRole('button', { name: shown(ar['ui.map.profile.open']) }).click();
  await page.getByRole('button', { name: shown(ar['ui.map.profile.submit']) }).click();
  await expect(card.locator('.eligibility-tag')).toBeVisible();
  await card.getByRole('link').click();
  await expect(page).toHaveURL(/\/kart\/tilbud\/hoyere-utdanning$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(ar['offer.hoyere-utdanning.title']));
  const box = page.locator('.eligibility-box');
  await expect(box.locator('.eligibility-box__caveat')).toHaveText(shown(ar['caveat.unknown']));
  await expect(box.locator('.only-norwegian')).toHaveCount(0);
  await expect(box.locator('li').first()).not.toBeEmpty();
  await expectFits(page, 'offer detail in Arabic');
  await expectAccessible(page, 'offer detail in Arabic at 360 px');

  // The choice is remembered on this device (not in the URL), and the print view is in Arabic with its status.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(ar['offer.hoyere-utdanning.title']));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.map-language__status')).toBeVisible();
  await expect(page.getByLabel(shown(ar['ui.map.translation.label']))).toBeHidden();
  await expect(page.locator('.map-language-root')).toHaveAttribute('dir', 'rtl');
  await page.emulateMedia({ media: 'screen' });

  // Back to bokmål: left to right, and no status line (nb is the source).
  await chooseLanguage(page, shown(ar['ui.map.translation.label']), 'nb');
  await expect(page.getByRole('heading', { level: 1, name: 'Høyere utdanning' })).toBeVisible();
  await expect(page.locator('.map-language-root')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('.map-language__status')).toHaveCount(0);
});

test('the map in Tigrinya at 360 px: the map, an offer and the example journeys, with axe', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width, height: 800 });
  await page.goto('/kart');
  await chooseLanguage(page, 'Språk på kartet', 'ti');
  const root = page.locator('.map-language-root');
  await expect(root).toHaveAttribute('lang', 'ti');
  await expect(root).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(ti['ui.map.title']));
  await expect(page.locator('[data-lane="financing"] h2')).toHaveText(shown(ti['lane.financing.title']));
  await expect(page.locator('.map-language__status')).toHaveText(shown(ti['ui.map.translation.draft']));
  await expectFits(page, '/kart in Tigrinya');
  await expectAccessible(page, '/kart in Tigrinya at 360 px');

  await page.goto('/kart/tilbud/norskprove');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(ti['offer.norskprove.title']));
  await expect(page.locator('#detail-for-whom + p')).toHaveText(shown(ti['offer.norskprove.forWhom']));
  await expectFits(page, 'offer detail in Tigrinya');
  await expectAccessible(page, 'offer detail in Tigrinya at 360 px');

  await page.goto('/kart/reiser');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(ti['ui.journeys.listTitle']));
  await page.locator('main a[href^="/kart/reiser/"]').first().click();
  await expect(page.getByRole('heading', { level: 2, name: shown(ti['ui.journeys.caveats']) })).toBeVisible();
  await expectFits(page, 'a journey in Tigrinya');
  await expectAccessible(page, 'a journey in Tigrinya at 360 px');
});

test('a text with no translation is shown in Norwegian, marked, and says so in the reader\'s language', async ({ page, playwright, baseURL }) => {
  // An editor rewords one offer's summary: the Arabic translation is of the old wording, so the page shows the new
  // Norwegian text instead, with lang="nb" and "only in Norwegian" in Arabic.
  const editor = await apiAs(playwright, baseURL!, 'redaktor@veivalg.demo');
  const current = await editor.get('/map/offers/inkluderingstilskudd');
  const summary = 'Et tilskudd arbeidsgiveren kan få når det trengs tilrettelegging. Ny tekst fra redaktøren.';
  await editor.patch('/map/offers/inkluderingstilskudd', {
    texts: { summary: { nb: summary, en: 'A grant the employer can get when adjustments are needed. New text from the editor.' } },
    reviewDue: '2027-06-01', note: 'Test: ny formulering.', version: current.version,
  });
  await editor.dispose();

  await page.goto('/kart/tilbud/inkluderingstilskudd');
  await chooseLanguage(page, 'Språk på kartet', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(ar['offer.inkluderingstilskudd.title']));
  const lead = page.locator('.offer-detail .lead');
  await expect(lead.locator('[lang="nb"]')).toHaveText(summary);
  await expect(lead.locator('.only-norwegian')).toHaveText(`(${ar['ui.map.translation.onlyNorwegian']})`);
  // The fields nobody edited are still in Arabic.
  await expect(page.locator('#detail-for-whom + p')).toHaveText(shown(ar['offer.inkluderingstilskudd.forWhom']));
});

test('an offer title reworded after its translation is shown in Norwegian, marked, on the journey timeline too', async ({ page, playwright, baseURL }) => {
  // The timeline of an example journey names its offers; when an editor rewords a title, the old translation no
  // longer fits, so the phase shows the new Norwegian title with lang="nb" and "only in Norwegian" in Arabic.
  const editor = await apiAs(playwright, baseURL!, 'redaktor@veivalg.demo');
  const current = await editor.get('/map/offers/arbeidsforberedende-trening');
  const title = 'Arbeidsforberedende trening (AFT) hos NAV';
  await editor.patch('/map/offers/arbeidsforberedende-trening', {
    texts: { title: { nb: title, en: 'Work preparation training (AFT) at NAV' } },
    reviewDue: '2027-06-01', note: 'Test: ny tittel.', version: current.version,
  });
  await editor.dispose();

  await page.goto('/kart/reiser/samir-helseutfordringer');
  await chooseLanguage(page, 'Språk på kartet', 'ar');
  const phase = page.getByTestId('journey-phase').filter({ hasText: title });
  await expect(phase.locator('[lang="nb"]')).toHaveText(title);
  await expect(phase.locator('.only-norwegian')).toHaveText(`(${ar['ui.map.translation.onlyNorwegian']})`);
  // An offer nobody reworded keeps its Arabic title, unmarked.
  const intro = page.getByTestId('journey-phase').filter({ hasText: shown(ar['offer.introduksjonsprogram.title']) });
  await expect(intro.first()).toBeVisible();
  await expect(intro.first().locator('.only-norwegian')).toHaveCount(0);
  // The same in the table view.
  await page.getByRole('button', { name: ar['ui.journeys.showTable'] }).click();
  const row = page.getByRole('rowheader').filter({ hasText: title });
  await expect(row.locator('[lang="nb"]')).toHaveText(title);
  await expect(row.locator('.only-norwegian')).toHaveText(`(${ar['ui.map.translation.onlyNorwegian']})`);
  await expectAccessible(page, 'journey table in Arabic with a reworded title');
});
