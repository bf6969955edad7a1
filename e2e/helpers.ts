import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type APIRequestContext, type BrowserContext, type Locator, type Page, type PlaywrightWorkerArgs } from '@playwright/test';

/**
 * Collects Content Security Policy violations in a browser context: Chromium's console message ("Refused to …")
 * and the page's securitypolicyviolation event (reported through the console, as the page cannot reach us
 * otherwise). Returns the list, which a test expects to stay empty.
 */
export async function guardCsp(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  context.on('console', (message) => {
    const text = message.text();
    if (/Refused to|Content Security Policy|securitypolicyviolation/i.test(text)) violations.push(`${message.page()?.url() ?? ''}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return violations;
}

// ─── Console and network guard (issue 16, item 9) ───────────────────────────────────────────────────────────────

/** What a test may declare it expects: a console error or failed request matching the pattern is then not a failure. */
export interface ConsoleGuard {
  /** Expect problems matching `pattern` (checked against "console.error: <text> @ <url>", "GET <url> → 409" …). */
  allow(pattern: RegExp): void;
  /**
   * Expect answers of `status` to `method` on paths matching `path` (a pattern for the path after the origin, e.g.
   * /\/api\/v1\/auth\/login/): both the failed response and Chromium's "Failed to load resource" line for it.
   */
  allowResponse(method: string, path: RegExp, status: number): void;
  /** The console errors, page errors and failed requests so far that no allow() pattern covers. */
  unexpected(): string[];
}

/**
 * Records every console error, uncaught page error, failed request and same-origin response of 400 or more on the
 * page. A browser test that imports `test` from this file fails at its end when any of them was not expected.
 */
export function guardConsoleAndRequests(page: Page): ConsoleGuard {
  const problems: string[] = [];
  const allowed: RegExp[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()} @ ${message.location().url}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? '';
    // A navigation or an unmounted component cancels requests on purpose: not an error.
    if (failure === 'net::ERR_ABORTED') return;
    problems.push(`${request.method()} ${request.url()} failed: ${failure}`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && (url.hostname === 'localhost' || url.hostname === '127.0.0.1')) {
      problems.push(`${response.request().method()} ${url.pathname} → ${response.status()}`);
    }
  });
  return {
    allow: (pattern) => { allowed.push(pattern); },
    allowResponse: (method, path, status) => {
      allowed.push(new RegExp(`^${method} (?:${path.source}) → ${status}$`));
      allowed.push(new RegExp(`^console\\.error: Failed to load resource: the server responded with a status of ${status}\\b.* @ https?://[^/]+(?:${path.source})(?:\\?.*)?$`));
    },
    unexpected: () => problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem))),
  };
}

/**
 * Every browser test: fails when the page broke the Content Security Policy (an inline script or style, a
 * foreign origin), so the CSP the server sends is proved by every page the tests open; and fails on any console
 * error, uncaught page error or failed request on `page` that the test did not declare with
 * `consoleGuard.allow(pattern)` (issue 16, item 9), so a noisy console is caught by every spec, not a chosen few.
 */
export const test = base.extend<{ cspViolations: string[]; consoleGuard: ConsoleGuard }>({
  cspViolations: [async ({ context }, use) => {
    const violations = await guardCsp(context);
    await use(violations);
    expect(violations, 'Content Security Policy violations').toEqual([]);
  }, { auto: true }],
  consoleGuard: [
    async ({ page }, use) => {
      const guard = guardConsoleAndRequests(page);
      await use(guard);
      expect(guard.unexpected(), 'console errors and failed requests the test did not expect').toEqual([]);
    },
    { auto: true },
  ],
});
/** The same as `test` (kept so older imports still read): every spec is guarded now. */
export const guardedTest = test;
export { expect };

export const password = 'veivalg-demo';
export const users = {
  bergenAdviser: 'radgiver@bergen.demo',
  bergenLead: 'leder@bergen.demo',
  drammenAdviser: 'radgiver@drammen.demo',
  /** Only the sign-in pause test uses this account: after it, the account is paused for a while. */
  vossAdviser: 'radgiver@voss.demo',
  counsellor: 'veileder@vestland.demo',
  centreLead: 'leder@vestland.demo',
  admin: 'admin@veivalg.demo',
  statisticsReader: 'statistikk@veivalg.demo',
  contentEditor: 'redaktor@veivalg.demo',
} as const;

/** One demo account per role: the browser tests that walk every page of every role (console-clean, narrow) use these. */
export const roleAccounts = {
  adviser: users.bergenAdviser,
  municipalityLead: users.bergenLead,
  counsellor: users.counsellor,
  centreLead: users.centreLead,
  admin: users.admin,
  statisticsReader: users.statisticsReader,
  contentEditor: users.contentEditor,
} as const;

/** The addresses in the main menu of the signed-in user, in menu order (read even while the menu is folded away). */
export async function menuHrefs(page: Page): Promise<string[]> {
  return page.locator('nav.app-nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/**
 * Opens a cooperation area (meetings, agreements, gatherings, contacts, practice) the way a user does: the main menu
 * has one item "Samarbeid" for them all, leading to a hub page with a card per area.
 */
export async function openCooperationArea(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Samarbeid', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samarbeid', exact: true })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name, exact: true }).click();
}

/** A name no other test (or earlier run against the same database) has used. */
export function uniqueName(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** '2026-04-30' → '30.04.2026', the way a Norwegian adviser types it. */
export function typed(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

/** '2026-04-30' → '30. april 2026', what the UI shows in bokmål. */
export function longNb(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day!)),
  );
}

export async function signIn(page: Page, email: string) {
  await page.goto('/logg-inn');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Hei, / })).toBeVisible();
}

/** Signs in with the UI in English (the language is chosen on the sign-in page and outlives signing out). */
export async function signInInEnglish(page: Page, email: string) {
  await page.goto('/logg-inn');
  await expect(page.getByRole('button', { name: /^(English|Norsk \(bokmål\))$/ })).toBeVisible();
  if (await page.getByRole('button', { name: 'English' }).isVisible()) await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Hello, / })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn i Veivalg' })).toBeVisible();
}

/** Signs out in English and waits until it is done (a sign-in that starts sooner could have its cookie cleared). */
export async function signOutInEnglish(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Veivalg' })).toBeVisible();
}

/** WCAG 2.1 A/AA through axe; a page passes when nothing is serious or critical. */
export async function expectAccessible(page: Page, label: string) {
  // Let opening animations (dialogs fade in) finish, or axe measures contrast mid-fade.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const severe = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} → ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  expect(severe, `axe on ${label}`).toEqual([]);
}

/** Presses Tab until `target` has focus: proves it is reachable by keyboard, in tab order. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'reachable with Tab').toBeFocused();
}

/** The API as a given user (for arranging test data quickly; the behaviour under test goes through the UI). */
export async function apiAs(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, email: string) {
  const context: APIRequestContext = await playwright.request.newContext({ baseURL });
  const login = await context.post('/api/v1/auth/login', { data: { email, password } });
  expect(login.status(), `sign in ${email}`).toBe(204);
  const csrf = (await context.storageState()).cookies.find((cookie) => cookie.name === 'csrf')?.value ?? '';
  const send = async (method: 'post' | 'patch', path: string, data: unknown) => {
    const response = await context[method](`/api/v1${path}`, { data, headers: { 'x-csrf-token': csrf } });
    expect(response.ok(), `${method.toUpperCase()} ${path}: ${response.status()} ${await response.text()}`).toBeTruthy();
    return response.json();
  };
  return {
    get: async (path: string) => (await context.get(`/api/v1${path}`)).json(),
    post: (path: string, data: unknown) => send('post', path, data),
    patch: (path: string, data: unknown) => send('patch', path, data),
    dispose: () => context.dispose(),
  };
}

/**
 * Answers the brief items required by default (schooling, education, work; the order brings the language) as
 * "not known", which the rule accepts, so an arranged order can be sent (issue 16).
 */
export async function answerRequiredBrief(adviser: Awaited<ReturnType<typeof apiAs>>, participantId: string) {
  await adviser.patch(`/participants/${participantId}/brief`, {
    items: ['schooling', 'education', 'work'].map((key) => ({ key, unknown: true, source: 'adviser' })),
  });
}

/** In the participant page's brief, marks the items required by default as "Vet ikke" through the form (issue 16). */
export async function markRequiredBriefUnknown(page: Page, keys: readonly string[] = ['schooling', 'education', 'work']) {
  const brief = page.getByRole('region', { name: 'Overføringsnotat' });
  for (const key of keys) {
    const item = brief.locator(`[data-brief-item="${key}"]`);
    await item.getByRole('button', { name: /^Fyll ut/ }).click();
    await item.getByLabel('Vet ikke').check();
    await item.getByLabel('Kilde').selectOption({ label: 'Rådgiver' });
    await item.getByRole('button', { name: 'Lagre' }).click();
    // Saved and closed: the item shows its answer and an Edit button (the form's own "Vet ikke" label would match
    // the text before the save has finished).
    await expect(item.getByRole('button', { name: /^Endre/ })).toBeVisible();
    await expect(item.getByText('Vet ikke', { exact: true })).toBeVisible();
  }
}

export interface Arranged {
  participantId: string;
  name: string;
  orderId: string | null;
}

/** A Bergen participant, optionally with an order sent to Karriere Vestland. */
export async function arrangeParticipant(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string,
  options: { sendOrder: boolean; givenName?: string },
): Promise<Arranged> {
  const adviser = await apiAs(playwright, baseURL, users.bergenAdviser);
  const givenName = options.givenName ?? uniqueName('Testa');
  const participant = await adviser.post('/participants', {
    givenName,
    familyName: 'Nordmann',
    birthDate: '1991-05-17',
    preferredLanguage: 'ar',
    interpreterLanguage: 'ar',
    residenceBasis: 'refugee',
    settlementDate: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
  });
  let orderId: string | null = null;
  if (options.sendOrder) {
    const draft = await adviser.post(`/participants/${participant.id}/orders`, {
      format: 'individual',
      language: 'ar',
      interpreterLanguage: 'ar',
      mode: 'in-person',
      message: 'Ønsker veiledning om utdanning.',
    });
    await answerRequiredBrief(adviser, participant.id);
    await adviser.post(`/orders/${draft.id}/transitions`, { to: 'sent', version: draft.version });
    orderId = draft.id;
  }
  await adviser.dispose();
  return { participantId: participant.id, name: `${givenName} Nordmann`, orderId };
}

/** The row for one participant in the order queue, loading more pages until it shows. */
export async function queueRow(page: Page, name: string): Promise<Locator> {
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
  await expect(page.locator('caption, .empty-state').first()).toBeVisible();
  for (let i = 0; i < 10 && (await row.count()) === 0; i++) {
    const more = page.getByRole('button', { name: 'Last flere' });
    if ((await more.count()) === 0) break;
    await more.click();
    await page.waitForLoadState('networkidle');
  }
  await expect(row).toBeVisible();
  return row;
}

/** The card of one offer on the map (by its stable id). */
export function offerCard(page: Page, offerId: string): Locator {
  return page.locator(`[data-offer="${offerId}"]`);
}

/** Fills in the map's profile panel (opening it first) and asks what the rules say. */
export async function askTheRules(page: Page, profile: { age?: string; residenceBasis?: string; schooling?: string; norwegianLevel?: string }) {
  await expect(page.getByRole('heading', { level: 2, name: 'Hva sier reglene for én situasjon?' })).toBeVisible();
  if (await page.locator('#profile-form').isHidden()) {
    await page.getByRole('button', { name: /^(Fyll inn situasjonen|Endre situasjonen)$/ }).click();
  }
  if (profile.age !== undefined) await page.getByLabel('Alder (år)').fill(profile.age);
  if (profile.residenceBasis !== undefined) await page.getByLabel('Oppholdsgrunnlag').selectOption(profile.residenceBasis);
  if (profile.schooling !== undefined) await page.getByLabel('Høyeste fullførte skolegang').selectOption(profile.schooling);
  if (profile.norwegianLevel !== undefined) await page.getByLabel('Norsknivå').selectOption(profile.norwegianLevel);
  await page.getByRole('button', { name: 'Vis hva reglene sier' }).click();
  await expect(page.getByText('Kartet viser nå hva reglene sier for situasjonen du har fylt inn.')).toBeVisible();
}
