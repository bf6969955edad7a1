import fs from 'node:fs';
import { expect, test, askTheRules } from './helpers.ts';

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

  const a4 = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  expect(a4.subarray(0, 5).toString()).toBe('%PDF-');
  expect(a4.length).toBeGreaterThan(20_000);
  const pages = (a4.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(0);
  fs.writeFileSync(testInfo.outputPath('map-a4-landscape.pdf'), a4);

  const a3 = await page.pdf({ format: 'A3', landscape: true, printBackground: true });
  expect(a3.length).toBeGreaterThan(20_000);
  fs.writeFileSync(testInfo.outputPath('map-a3-landscape.pdf'), a3);

  // The page as it prints, for a person to look at: an A4 landscape sheet is about 1123 × 794 CSS px.
  await page.setViewportSize({ width: 1047, height: 740 });
  await page.screenshot({ path: testInfo.outputPath('map-print.png'), fullPage: true });
});

test('a detail prints with the addresses of its links', async ({ page }) => {
  await page.goto('/kart/tilbud/hoyere-utdanning');
  await expect(page.getByRole('heading', { level: 1, name: 'Høyere utdanning' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const link = page.getByRole('region', { name: 'Les mer hos dem som eier tilbudet' }).getByRole('link').first();
  const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(after).toContain('https://');
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  expect(pdf.length).toBeGreaterThan(10_000);
});
