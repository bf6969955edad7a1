/**
 * Daily jobs, run once per day across all app instances: the first instance to insert the (job, day) row in
 * job_runs runs it; the primary key refuses the others. A run that fails is recorded with its error name and is
 * not repeated that day (the next day's run catches up, as every job here works on "everything due by today").
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { jobRuns } from '../db/schema.ts';
import { pruneSent } from '../outbox/outbox.ts';
import { pruneRateLimitWindows } from '../http/rate-limit.ts';
import { runRetention } from '../features/retention/index.ts';
import { recomputeStoredRuleResults } from '../features/rules/sync.ts';
import { remindDocumentReviews } from '../features/cooperation/document-reminders.ts';
import { remindLocalOfferReviews } from '../features/local-offers/review-reminders.ts';
import type { Mailer } from '../mail/mailer.ts';

/** What a job that notifies people needs: e-mails carry a link to the app, and go only when SMTP is configured. */
export interface JobContext {
  publicUrl: string;
  mailer?: Mailer | undefined;
}

export interface DailyJob {
  name: string;
  run(database: Database, today: string, context: JobContext): Promise<void>;
}

/**
 * The registered daily jobs. Still to come: follow-up proposals, when that feature exists.
 */
export const dailyJobs: DailyJob[] = [
  {
    name: 'housekeeping',
    async run({ db }) {
      await pruneSent(db);
      await pruneRateLimitWindows(db);
    },
  },
  // Retention (issue 15): anonymise closed cases past the municipality's limit, audited.
  { name: 'retention', async run(database, today) { await runRetention(database, today); } },
  // Stored rule results (deadline, § 11 answer) computed by another rule-set version: start-up does it too; the daily
  // run catches rows another instance of an older release wrote meanwhile. Cheap when nothing is stale.
  { name: 'guidance-rights', async run({ db }, today) { await recomputeStoredRuleResults(db, { today }); } },
  // Review reminders for shared agreements and routines (issue 13): the owner, 30 days before the review date.
  { name: 'document-review-reminders', async run({ db }, today, context) { await remindDocumentReviews(db, today, context); } },
  // Review reminders for local offers (issue 18): the organisation's local-offer editors, 14 days before the review date.
  { name: 'local-offer-review-reminders', async run({ db }, today, context) { await remindLocalOfferReviews(db, today, context); } },
];

/** Runs each job not yet run today (on any instance); returns the names this call ran. */
export async function runDailyJobs(
  database: Database, today: string, jobs: DailyJob[] = dailyJobs, context: JobContext = { publicUrl: '' },
): Promise<string[]> {
  const ran: string[] = [];
  for (const job of jobs) {
    const [claimed] = await database.db.insert(jobRuns).values({ job: job.name, day: today }).onConflictDoNothing().returning();
    if (!claimed) continue;
    let error: string | null = null;
    try {
      await job.run(database, today, context);
    } catch (err) {
      error = err instanceof Error ? err.name : 'error';
      console.error(`Daily job ${job.name} failed: ${error}`);
    }
    await database.db.update(jobRuns).set({ finishedAt: new Date(), error }).where(and(eq(jobRuns.job, job.name), eq(jobRuns.day, today)));
    ran.push(job.name);
  }
  return ran;
}
