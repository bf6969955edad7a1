/**
 * `npm run audit:verify`: checks the audit trail's hash chain and exits with 1 when an event was changed or
 * removed. Reads the database the app uses (DATABASE_OWNER_URL or DATABASE_URL, else the PGlite folder in
 * VEIVALG_DATA_DIR). Events not chained yet at the newest end (the app chains them after their commit) are reported
 * as pending, not as a break. Prints the newest chained event's hash: keep it elsewhere to catch removal of the newest events too.
 */
import { readConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { verifyAuditChain } from '../src/server/audit/chain.ts';

const config = readConfig();
const url = config.databaseOwnerUrl ?? config.databaseUrl;
const database = await openDatabase(url ? { databaseUrl: url } : { dataDir: config.dataDir });
try {
  const report = await verifyAuditChain(database.db);
  if (report.breaks.length === 0) {
    console.log(`The audit trail is whole: ${report.events} events, newest hash ${report.headHash ?? '(none)'}`
      + (report.pending ? `; the newest ${report.pending} not chained yet (the app chains them a moment after their commit).` : '.'));
  } else {
    console.error(`The audit trail is broken at ${report.breaks.length} place(s) among ${report.events} events:`);
    for (const b of report.breaks) console.error(`  event ${b.id}: ${b.kind === 'changed' ? 'changed after it was written' : b.kind === 'unchained' ? 'not chained, yet a later event is' : 'the event before it is missing or was changed'}`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
