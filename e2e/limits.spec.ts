import { textLimits } from '../src/domain/text-limits.ts';
import { expect, test, arrangeParticipant, expectAccessible, password, signIn, users } from './helpers.ts';

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
