import { expect, test, expectAccessible, signIn, users } from './helpers.ts';

test('the administrator sees e-mails and SMS that failed, without recipients (empty here: this server has no SMTP)', async ({ page }) => {
  await signIn(page, users.admin);
  await page.goto('/admin');
  const section = page.getByRole('region', { name: 'E-post og SMS som ikke er sendt' });
  await expect(section).toBeVisible();
  await expect(section.getByText('0 meldinger venter på å bli sendt.')).toBeVisible();
  await expect(section.getByText('Ingen meldinger har feilet.')).toBeVisible();
  await expectAccessible(page, 'admin with the outbox section');

  await page.setViewportSize({ width: 360, height: 800 });
  await expect(section.getByText('Ingen meldinger har feilet.')).toBeVisible();
  // This section fits (e2e/narrow.spec.ts checks the whole page).
  const box = await section.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
});
