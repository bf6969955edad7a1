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

export interface DailyJob {
  name: string;
  run(database: Database, today: string): Promise<void>;
}

/**
 * The registered daily jobs. Register new ones here:
 * - retention (issue 15): `{ name: 'retention', run: runRetention }` from features/retention once it is on main;
 * - review reminders and follow-up proposals, when those features exist.
 */
export const dailyJobs: DailyJob[] = [
  {
    name: 'housekeeping',
    async run({ db }) {
      await pruneSent(db);
      await pruneRateLimitWindows(db);
    },
  },
];

/** Runs each job not yet run today (on any instance); returns the names this call ran. */
export async function runDailyJobs(database: Database, today: string, jobs: DailyJob[] = dailyJobs): Promise<string[]> {
  const ran: string[] = [];
  for (const job of jobs) {
    const [claimed] = await database.db.insert(jobRuns).values({ job: job.name, day: today }).onConflictDoNothing().returning();
    if (!claimed) continue;
    let error: string | null = null;
    try {
      await job.run(database, today);
    } catch (err) {
      error = err instanceof Error ? err.name : 'error';
      console.error(`Daily job ${job.name} failed: ${error}`);
    }
    await database.db.update(jobRuns).set({ finishedAt: new Date(), error }).where(and(eq(jobRuns.job, job.name), eq(jobRuns.day, today)));
    ran.push(job.name);
  }
  return ran;
}
