import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Each integration file starts its own server on a copy of a database seeded once per run
    // (src/server/test/seeded-copy.ts; the setup names the run's PostgreSQL template); two cores are all we have.
    globalSetup: ['./src/server/test/global-setup.ts'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    // The default summary, then one line on whether the PostgreSQL run happened (scripts/database-summary-reporter.ts).
    reporters: ['default', './scripts/database-summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
