import { type Page } from '@playwright/test';
import { expect, test, expectAccessible, signIn, signOut, uniqueName, users } from './helpers.ts';

/**
 * Sign-in with a real OpenID Connect provider (oidc-provider on 127.0.0.1, started by playwright.config.ts). Its
 * development form accepts any login and password: the login becomes the subject, and a login that looks like an
 * e-mail address is also the e-mail the provider vouches for.
 */
async function signInAtProvider(page: Page, login: string) {
  await page.goto('/logg-inn');
  await page.getByRole('link', { name: 'Logg inn med Testinnlogging' }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any-password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

// The test identity provider's own sign-in page (node-oidc-provider's default) links a Google font, which this
// machine cannot reach: that request is the provider's, not Veivalg's, so it is declared for every test here.
test.beforeEach(({ consoleGuard }) => {
  consoleGuard.allow(/^GET https:\/\/fonts\.googleapis\.com\/.* failed: /);
  consoleGuard.allow(/^console\.error: Failed to load resource: net::ERR_NAME_NOT_RESOLVED @ https:\/\/fonts\.googleapis\.com\//);
  consoleGuard.allowResponse('GET', /\/favicon\.ico/, 404); // the provider (not Veivalg) has no icon
});

test('a linked user signs in with the identity provider, and signing out ends the provider session too', async ({ page }) => {
  await signInAtProvider(page, users.bergenAdviser);
  await expect(page.getByRole('heading', { level: 1, name: 'Hei, Ragnhild Rådgiver' })).toBeVisible();

  await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
  // The provider asks whether to end its session as well, then sends the browser back to the sign-in page.
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/session\/end/);
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn i Veivalg' })).toBeVisible();
  // Signed out of both: the app asks for sign-in, and the provider asks for the login again.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn i Veivalg' })).toBeVisible();
  await page.getByRole('link', { name: 'Logg inn med Testinnlogging' }).click();
  await expect(page.locator('input[name="login"]')).toBeVisible();
});

test('an identity nobody linked gets "not registered, contact your administrator", in Norwegian and English', async ({ page }) => {
  await signInAtProvider(page, 'ukjent.person@ingen.demo');
  await expect(page).toHaveURL(/\/logg-inn\/ikke-registrert$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Du er ikke registrert i Veivalg' })).toBeVisible();
  await expect(page.getByText('Kontakt administratoren i din organisasjon')).toBeVisible();
  await expectAccessible(page, 'not registered');

  await page.evaluate(() => localStorage.setItem('veivalg.language', 'en'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'You are not registered in Veivalg' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to sign-in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Veivalg' })).toBeVisible();
});

test('an administrator links a new person by the provider identity; the person then signs in with it', async ({ page }) => {
  const subject = `entra-object-${Date.now()}`;
  const name = uniqueName('Olga Oidc');
  await signIn(page, users.admin);
  await page.goto('/admin');
  await page.getByRole('button', { name: 'Ny bruker' }).click();
  await page.getByLabel('Navn', { exact: true }).fill(name);
  await page.getByLabel('E-post', { exact: true }).fill(`${subject}@bergen.demo`);
  await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Programrådgiver' });
  await page.getByLabel('Organisasjon', { exact: true }).selectOption({ label: 'Bergen kommune' });
  await page.getByLabel('Identitet hos innloggingstjenesten (valgfritt)').fill(subject);
  await expectAccessible(page, 'new user with provider identity');
  await page.getByRole('button', { name: 'Opprett brukeren' }).click();
  await expect(page.getByRole('heading', { name: `${name} er opprettet` })).toBeVisible();
  await signOut(page);

  await signInAtProvider(page, subject);
  await expect(page.getByRole('heading', { level: 1, name: `Hei, ${name}` })).toBeVisible();
});
