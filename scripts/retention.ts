/**
 * Runs retention once (src/domain/retention.ts): anonymises the participants whose closed case has had no activity
 * for longer than their municipality's retention period, and writes what it did to the audit trail.
 *
 *   npm run retention [-- --today YYYY-MM-DD]
 *
 * Uses DATABASE_URL, or the PGlite folder in VEIVALG_DATA_DIR (default ./data), like the app.
 */
import { openDatabase } from '../src/server/db/client.ts';
import { runRetention } from '../src/server/features/retention/index.ts';
import { isValidIsoDate, todayInOslo } from '../src/domain/index.ts';

const i = process.argv.indexOf('--today');
const today = i > 0 ? process.argv[i + 1] ?? '' : todayInOslo();
if (!isValidIsoDate(today)) {
  console.error(`--today must be a date (YYYY-MM-DD), got "${today}"`);
  process.exit(2);
}
const database = await openDatabase(process.env.DATABASE_URL
  ? { databaseUrl: process.env.DATABASE_URL }
  : { dataDir: process.env.VEIVALG_DATA_DIR ?? './data' });
try {
  const result = await runRetention(database, today);
  // Counts only: no ids or names in the output.
  console.log(`Retention for ${result.today}: ${result.anonymised.length} participant(s) anonymised.`);
} finally {
  await database.close();
}
