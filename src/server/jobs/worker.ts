/**
 * The background worker each app instance runs: it sends due outbox messages (outbox/outbox.ts) and starts the
 * daily jobs (daily.ts). It holds no state of its own: which message or job is whose is decided in the database,
 * so any number of instances can run it, on PostgreSQL and on PGlite alike.
 */
import type { Database } from '../db/client.ts';
import { sendDue, type Senders } from '../outbox/outbox.ts';
import { todayInOslo } from '../../domain/index.ts';
import { runDailyJobs, type DailyJob } from './daily.ts';

export interface WorkerOptions {
  /** Milliseconds between looks at the outbox; default 5 s. */
  pollMs?: number;
  /** The daily jobs; default the registered ones. */
  jobs?: DailyJob[];
  /** The app's public address, for links in the e-mails daily jobs send (none without it). */
  publicUrl?: string;
}

export interface Worker {
  /** Stops polling and waits for the round in progress. */
  stop(): Promise<void>;
}

export function startWorker(database: Database, senders: Senders, { pollMs = 5000, jobs, publicUrl = '' }: WorkerOptions = {}): Worker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  let lastDay = '';

  const tick = async () => {
    try {
      // Send until nothing more is due, then wait.
      while (!stopped && (await sendDue(database.db, senders)) > 0);
      const today = todayInOslo(new Date());
      if (!stopped && today !== lastDay) {
        await runDailyJobs(database, today, jobs, { publicUrl, mailer: senders.mailer });
        lastDay = today;
      }
    } catch (err) {
      // A database hiccup: log its name only (messages may quote parameters) and try again next round.
      console.error(`Worker round failed: ${err instanceof Error ? err.name : 'error'}`);
    }
  };
  const loop = () => {
    if (stopped) return;
    round = tick().finally(() => { if (!stopped) timer = setTimeout(loop, pollMs); });
  };
  loop();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
  };
}
