import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Each integration file starts its own server and database; two cores are all we have.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    // The default summary, then one line on whether the PostgreSQL run happened (scripts/database-summary-reporter.ts).
    reporters: ['default', './scripts/database-summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
