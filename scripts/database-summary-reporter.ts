import type { Reporter } from 'vitest/reporters';

/**
 * One line after vitest's summary saying whether the PostgreSQL run happened (issue 20 point 9): without DATABASE_URL
 * every integration test runs on PGlite only, and a green run must not be read as a PostgreSQL run.
 */
export default class DatabaseSummaryReporter implements Reporter {
  onFinished(): void {
    console.log(process.env['DATABASE_URL']
      ? ' PostgreSQL  integration tests ran on PGlite and on PostgreSQL (DATABASE_URL)'
      : ' PostgreSQL  SKIPPED: DATABASE_URL is not set, so the integration tests ran on PGlite only (.ci/run starts PostgreSQL and sets it)');
  }
}
