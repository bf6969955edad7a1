import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';

/**
 * Appends audit events to the hash chain after their commit (migration 0030_audit_chain_async).
 *
 * A request only INSERTs its event, unchained, in its own transaction: the event is written atomically with the
 * change, and requests no longer queue behind one global lock from their audit INSERT to their COMMIT (that queue
 * held the whole API at about 90 req/s under load, issue 19). The chain is filled in here, by one chainer at a
 * time across all instances (the SQL function takes the chain's advisory lock), strictly in id order: it first
 * takes a horizon (the newest id drawn and the transactions then writing) and waits until those transactions have
 * ended, so no event with a smaller id can commit after a larger one was chained.
 *
 * What this trades: an event is covered by the chain a moment after its commit (well under a second when the app
 * runs) instead of at it. Until then the append-only trigger and the serving role's rights protect it, as they
 * protect every event; verification reports that tail as pending, not as tampering.
 */
const BATCH = 2000;
const WAIT_STEP_MS = 5;
/** How long one run waits for the horizon's transactions before it gives up until the next run. */
const MAX_WAIT_MS = 10_000;

/** Chains every event whose id was drawn before the call (and committed); returns how many were chained. */
export async function chainAuditEvents(db: Db, stopping: () => boolean = () => false): Promise<number> {
  const [horizon] = rowsOf<{ upto: string | number; in_flight: string }>(await db.execute(sql`SELECT upto, in_flight FROM audit_chain_horizon()`));
  const upto = Number(horizon!.upto);
  let chained = 0;
  const started = Date.now();
  for (;;) {
    const [row] = rowsOf<{ n: number }>(await db.execute(sql`SELECT audit_chain_events(${upto}, ${horizon!.in_flight}, ${BATCH}) AS n`));
    const n = Number(row!.n);
    if (n === -1) {
      if (Date.now() - started > MAX_WAIT_MS || stopping()) return chained;
      await new Promise((r) => setTimeout(r, WAIT_STEP_MS));
      continue;
    }
    chained += n;
    if (n < BATCH) return chained;
  }
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

// Every audit INSERT in this process wakes the chainers (recordAudit calls auditEventWritten).
const listeners = new Set<() => void>();
export function auditEventWritten(): void {
  for (const wake of listeners) wake();
}

export interface AuditChainer {
  /** Chains everything written so far (waits for a run in progress, then runs once more). */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs chainAuditEvents at start, a little after each audited write in this process (debounced, so a burst
 * becomes one run), and on a timer for events written by other instances, jobs or scripts. One run at a time
 * in this process; a write during a run schedules another.
 */
export function startAuditChainer(db: Db, opts: { debounceMs?: number; intervalMs?: number; onError?: (e: unknown) => void } = {}): AuditChainer {
  const debounceMs = opts.debounceMs ?? 20;
  const intervalMs = opts.intervalMs ?? 1000;
  const onError = opts.onError ?? ((e) => console.error('audit chainer:', e));
  let running: Promise<void> | null = null;
  let again = false;
  let scheduled: NodeJS.Timeout | null = null;
  let stopped = false;

  const run = (): Promise<void> => {
    if (running) { again = true; return running; }
    running = (async () => {
      do {
        again = false;
        try { await chainAuditEvents(db, () => stopped); } catch (e) { if (!stopped) onError(e); }
      } while (again && !stopped);
    })().finally(() => { running = null; });
    return running;
  };
  const wake = () => {
    if (stopped || scheduled) return;
    scheduled = setTimeout(() => { scheduled = null; void run(); }, debounceMs);
    scheduled.unref();
  };
  listeners.add(wake);
  const timer = setInterval(() => { void run(); }, intervalMs);
  timer.unref();
  void run();

  return {
    flush: () => run(),
    async stop() {
      stopped = true;
      listeners.delete(wake);
      clearInterval(timer);
      if (scheduled) clearTimeout(scheduled);
      if (running) await running;
    },
  };
}
