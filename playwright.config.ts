import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// A port of its own per run (kept in the environment for the workers), so two runs on one machine never share a server.
// 20000–29999 holds none of the ports Chromium refuses to open (ERR_UNSAFE_PORT, e.g. 3659, 4045, 6000, 10080).
const port = Number((process.env['VEIVALG_E2E_PORT'] ??= String(20000 + Math.floor(Math.random() * 10000))));
// The test identity provider (OpenID Connect) gets a port of its own too; the app is configured with it.
const oidcPort = Number((process.env['VEIVALG_E2E_OIDC_PORT'] ??= String(30000 + Math.floor(Math.random() * 10000))));
const oidcIssuer = `http://127.0.0.1:${oidcPort}`;
// A fresh, empty data folder per run: the server then seeds the demo data (not in production).
// Kept in the environment so that workers (which re-evaluate this file) and globalSetup agree on it.
const dataDir = (process.env['VEIVALG_E2E_DATA_DIR'] ??= path.join(os.tmpdir(), `veivalg-e2e-${Date.now()}`));

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  // In CI the failures' screenshots and traces and the files the specs keep go to the folder .ci/run names.
  outputDir: process.env['VEIVALG_ARTIFACTS_DIR'] ? path.join(process.env['VEIVALG_ARTIFACTS_DIR'], 'playwright') : './test-results',
  // A test.only left in a spec would silently run one test in CI: refused there (`.ci/run` sets CI).
  forbidOnly: !!process.env['CI'],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Debian's Chromium: Playwright's own browser download is not available on these machines.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [{
    // The server serves dist/web only if it exists when it starts, so build the web app first: the tests then
    // always run against the current UI. NODE_ENV=test below is for the server; the build itself must be a
    // production build (Vite would otherwise bundle React's development build).
    command: 'NODE_ENV=production npx vite build --logLevel warn && npx tsx src/server/main.ts',
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    // Two builds (the staff app, then the public pages with the map pre-rendered): on a busy two-core machine the
    // first alone takes over two minutes.
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      VEIVALG_DATA_DIR: dataDir,
      NODE_ENV: 'test',
      // Always a fresh embedded database: CI sets DATABASE_URL for the integration tests, and a shared
      // PostgreSQL database would carry state (and old demo data) from one run to the next.
      DATABASE_URL: '',
      // Sign-in with the test identity provider below (e2e/oidc.spec.ts); passwords stay on for the other specs.
      OIDC_ISSUER: oidcIssuer,
      OIDC_CLIENT_ID: 'veivalg',
      OIDC_CLIENT_SECRET: 'veivalg-test-secret-0123456789abcdef',
      OIDC_NAME: 'Testinnlogging',
    },
  }, {
    command: 'npx tsx e2e/oidc-provider.ts',
    url: `${oidcIssuer}/.well-known/openid-configuration`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { OIDC_TEST_PORT: String(oidcPort), OIDC_TEST_APP_URL: `http://localhost:${port}` },
  }],
});
