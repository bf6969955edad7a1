import { addDays, todayInOslo } from '../src/domain/index.ts';
import { expect, test, tabTo, typed, uniqueName, users } from './helpers.ts';

test('sign-in and registration can be completed with the keyboard only', async ({ page }) => {
  await page.goto('/logg-inn');
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn i Veivalg' })).toBeVisible();

  // The first Tab reaches the skip link.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hopp til hovedinnhold' })).toBeFocused();

  await tabTo(page, page.getByLabel('E-post'));
  await page.keyboard.type(users.bergenAdviser);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Passord')).toBeFocused();
  await page.keyboard.type('veivalg-demo');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Hei, Ragnhild Rådgiver' })).toBeVisible();

  // To the registration form by keyboard.
  const registerLink = page.getByRole('main').getByRole('link', { name: 'Registrer ny deltaker' });
  await tabTo(page, registerLink);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Registrer ny deltaker' })).toBeVisible();

  const givenName = uniqueName('Tastatur');
  await tabTo(page, page.getByLabel('Fornavn'));
  await page.keyboard.type(givenName);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Testesen');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Fødselsdato')).toBeFocused();
  await page.keyboard.type('01.09.1995');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Fødselsnummer eller D-nummer (valgfritt)')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Foretrukket språk')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // first language in the list
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Tolkespråk (valgfritt)')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Oppholdsgrunnlag')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // Flyktning
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/Vedtaksdato for oppholdstillatelsen/)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Bosettingsdato')).toBeFocused();
  await page.keyboard.type(typed(addDays(todayInOslo(), -7)));
  await tabTo(page, page.getByRole('button', { name: 'Registrer deltakeren' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: `${givenName} Testesen` })).toBeVisible();
  await expect(page.getByText('Flyktning', { exact: true })).toBeVisible();
});

test('focus is visible on links, buttons and fields', async ({ page }) => {
  await page.goto('/logg-inn');
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn i Veivalg' })).toBeVisible();
  await page.keyboard.press('Tab');
  for (let i = 0; i < 4; i++) {
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { tag: element.tagName, outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow };
    });
    expect(
      outline.outline !== 'none' || outline.shadow !== 'none',
      `visible focus on ${outline.tag}: ${JSON.stringify(outline)}`,
    ).toBeTruthy();
    await page.keyboard.press('Tab');
  }
});
