import fs from 'node:fs';
import { expect, test, askTheRules } from './helpers.ts';
import { flat, keepArtefact, printedHeadings, readPdf } from './pdf.ts';

// The sheets the demo content (43 offers) takes; a change in the map's content or print layout changes them on purpose.
const PAGES_A4 = 5;
const PAGES_A3 = 3;

test('the map prints on landscape paper: all lanes and cards, no navigation or profile form, links written out', async ({ page }, testInfo) => {
  await page.goto('/kart');
  await askTheRules(page, { age: '30', residenceBasis: 'refugee' });
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.locator('#profile-form')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Vis som liste' })).toBeHidden();
  await expect(page.locator('.offer-card')).toHaveCount(43);
  await expect(page.locator('.offer-card').last()).toBeVisible();
  await expect(page.locator('.offer-card__print-links').first()).toBeVisible();
  await expect(page.getByText(/^Skrevet ut /)).toBeVisible();

  // What a person reads on the paper: every lane and card heading, no word past the edge, the expected sheets.
  const headings = await printedHeadings(page);
  expect(headings.length).toBeGreaterThan(43);
  const a4 = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const onA4 = readPdf(a4);
  expect(headings.filter((h) => !flat(onA4.text).includes(h)), 'headings missing from the A4 print').toEqual([]);
  expect(onA4.cutWords, 'words past the edge of the A4 sheet').toEqual([]);
  expect(onA4.pages).toBe(PAGES_A4);
  fs.writeFileSync(testInfo.outputPath('map-a4-landscape.pdf'), a4);
  keepArtefact('map-a4-landscape.pdf', a4);

  const a3 = await page.pdf({ format: 'A3', landscape: true, printBackground: true });
  const onA3 = readPdf(a3);
  expect(headings.filter((h) => !flat(onA3.text).includes(h)), 'headings missing from the A3 print').toEqual([]);
  expect(onA3.cutWords, 'words past the edge of the A3 sheet').toEqual([]);
  expect(onA3.pages).toBe(PAGES_A3);
  fs.writeFileSync(testInfo.outputPath('map-a3-landscape.pdf'), a3);
  keepArtefact('map-a3-landscape.pdf', a3);

  // The page as it prints, for a person to look at: an A4 landscape sheet is about 1123 × 794 CSS px.
  await page.setViewportSize({ width: 1047, height: 740 });
  await page.screenshot({ path: testInfo.outputPath('map-print.png'), fullPage: true });
  keepArtefact('map-print.png', fs.readFileSync(testInfo.outputPath('map-print.png')));
});

test('a detail prints with the addresses of its links', async ({ page }) => {
  await page.goto('/kart/tilbud/hoyere-utdanning');
  await expect(page.getByRole('heading', { level: 1, name: 'Høyere utdanning' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const link = page.getByRole('region', { name: 'Les mer hos dem som eier tilbudet' }).getByRole('link').first();
  const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(after).toContain('https://');
  const pdf = readPdf(await page.pdf({ format: 'A4', landscape: true }));
  expect(flat(pdf.text)).toContain('Høyere utdanning');
  // The link's address is written out on paper (a long one may wrap, so compared without white space).
  const href = (await link.getAttribute('href'))!;
  expect(pdf.text.replace(/\s+/g, '')).toContain(href);
  expect(pdf.cutWords).toEqual([]);
});
