/**
 * The outbox: e-mails and SMS are rows written in the same transaction as the change that causes them, so a
 * crash or restart between the commit and the sending loses nothing. A worker (see worker.ts) sends what is due,
 * on any instance: a message is claimed with `FOR UPDATE SKIP LOCKED` and a lease, so two instances never take
 * the same one, and a worker that dies mid-send lets go when its lease ends. Failures are retried with
 * exponential backoff and finally given up; the administrator sees them (kind, attempts, error code) without
 * recipient or text, which are cleared as soon as a message is sent or given up.
 */
import { and, asc, desc, eq, inArray, isNull, lte, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { outboxMessages, type outboxChannels, type outboxKinds } from '../db/schema.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { SmsSender } from '../features/participant-page/sending.ts';

export type OutboxKind = (typeof outboxKinds)[number];
export type OutboxChannel = (typeof outboxChannels)[number];
export interface Senders {
  mailer?: Mailer | undefined;
  sms?: SmsSender | undefined;
  /** Leave every message to the worker: `sendNow` sends nothing (an instance that serves requests only). */
  deferred?: boolean;
}
type Message = typeof outboxMessages.$inferSelect;

/** After this many failed attempts a message is given up (about 2 hours after the first, with the delays below). */
export const MAX_ATTEMPTS = 8;
const FIRST_RETRY_SECONDS = 30;
const MAX_RETRY_SECONDS = 3600;
/** How long a claimed message is held by one worker: longer than any send (the SMS timeout is 10 s). */
const LEASE_SECONDS = 120;

/** Seconds to wait before the next try after `attempts` failed ones: 30 s, 1 min, 2 min, … at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(FIRST_RETRY_SECONDS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_SECONDS);
}

/** Puts a message in the outbox; call it with the transaction of the change that causes it. */
export async function enqueue(
  tx: Pick<Db, 'insert'>, m: { kind: OutboxKind; channel: OutboxChannel; recipient: string; subject?: string; body: string },
): Promise<string> {
  const [row] = await tx.insert(outboxMessages).values({ ...m, subject: m.subject ?? null }).returning({ id: outboxMessages.id });
  return row!.id;
}

/** Claims pending messages for this worker: the given ones (sent right after their commit), or the due ones. */
async function claim(db: Db, ids: string[] | null, limit: number): Promise<Message[]> {
  const free = or(isNull(outboxMessages.lockedUntil), lt(outboxMessages.lockedUntil, sql`now()`));
  const which = ids ? inArray(outboxMessages.id, ids) : lte(outboxMessages.nextAttemptAt, sql`now()`);
  const pick = db.select({ id: outboxMessages.id }).from(outboxMessages)
    .where(and(eq(outboxMessages.status, 'pending'), free, which))
    .orderBy(asc(outboxMessages.nextAttemptAt)).limit(limit)
    .for('update', { skipLocked: true });
  return db.update(outboxMessages)
    .set({ attempts: sql`${outboxMessages.attempts} + 1`, lockedUntil: sql`now() + ${LEASE_SECONDS} * interval '1 second'` })
    .where(inArray(outboxMessages.id, pick))
    .returning();
}

/**
 * A short code for what went wrong: the SMTP reply code or the transport's error code, or the SMS provider's
 * HTTP status. Never the message text, which may quote the address or number.
 */
export function errorCode(err: unknown): string {
  const e = err as { responseCode?: unknown; code?: unknown; status?: unknown; name?: unknown };
  if (typeof e?.responseCode === 'number') return `smtp-${e.responseCode}`;
  if (typeof e?.code === 'string' && /^[A-Z_]{2,40}$/.test(e.code)) return e.code;
  if (typeof e?.status === 'number') return `http-${e.status}`;
  if (typeof e?.name === 'string' && /^[A-Za-z]{2,40}$/.test(e.name)) return e.name;
  return 'error';
}

async function deliver(db: Db, senders: Senders, m: Message): Promise<boolean> {
  try {
    if (m.channel === 'sms') {
      if (!senders.sms) throw Object.assign(new Error('no SMS provider'), { code: 'NOT_CONFIGURED' });
      await senders.sms.send(m.recipient!, m.body!);
    } else {
      if (!senders.mailer) throw Object.assign(new Error('no SMTP server'), { code: 'NOT_CONFIGURED' });
      await senders.mailer.send(m.recipient!, m.subject ?? '', m.body!);
    }
  } catch (err) {
    const giveUp = m.attempts >= MAX_ATTEMPTS;
    await db.update(outboxMessages).set({
      lastError: errorCode(err), lockedUntil: null,
      ...(giveUp
        ? { status: 'failed' as const, recipient: null, subject: null, body: null }
        : { nextAttemptAt: sql`now() + ${retryDelaySeconds(m.attempts)} * interval '1 second'` }),
    }).where(eq(outboxMessages.id, m.id));
    return false;
  }
  await db.update(outboxMessages)
    .set({ status: 'sent', sentAt: new Date(), lockedUntil: null, recipient: null, subject: null, body: null })
    .where(eq(outboxMessages.id, m.id));
  return true;
}

/**
 * Tries the given messages at once, right after the transaction that wrote them committed, so that people get
 * them without waiting for the worker. Returns the ids that were sent; the others stay for the worker to retry.
 */
export async function sendNow(db: Db, senders: Senders, ids: string[]): Promise<Set<string>> {
  if (!ids.length || senders.deferred) return new Set();
  const claimed = await claim(db, ids, ids.length);
  const sent = await Promise.all(claimed.map(async (m) => ((await deliver(db, senders, m)) ? m.id : null)));
  return new Set(sent.filter((id): id is string => id !== null));
}

/** Sends a batch of due messages; returns how many were tried. The worker calls it in a loop. */
export async function sendDue(db: Db, senders: Senders, batch = 20): Promise<number> {
  const claimed = await claim(db, null, batch);
  await Promise.all(claimed.map((m) => deliver(db, senders, m)));
  return claimed.length;
}

/** For the administrator: messages given up or still retrying after a failure, newest first. No personal data. */
export async function listFailures(db: Db) {
  const rows = await db.select({
    id: outboxMessages.id, kind: outboxMessages.kind, channel: outboxMessages.channel, status: outboxMessages.status,
    attempts: outboxMessages.attempts, lastError: outboxMessages.lastError, createdAt: outboxMessages.createdAt,
    nextAttemptAt: outboxMessages.nextAttemptAt,
  }).from(outboxMessages)
    .where(or(eq(outboxMessages.status, 'failed'), and(eq(outboxMessages.status, 'pending'), sql`${outboxMessages.lastError} is not null`)))
    .orderBy(desc(outboxMessages.createdAt)).limit(200);
  const [pending] = await db.select({ n: sql<number>`count(*)::int` }).from(outboxMessages).where(eq(outboxMessages.status, 'pending'));
  return {
    pending: pending!.n,
    items: rows.map((r) => ({
      ...r, createdAt: r.createdAt.toISOString(), nextAttemptAt: r.status === 'pending' ? r.nextAttemptAt.toISOString() : null,
    })),
  };
}

/** Sent messages are kept a while for the count, then deleted (their personal fields are already empty). */
export async function pruneSent(db: Db, olderThanDays = 30): Promise<void> {
  await db.delete(outboxMessages).where(and(eq(outboxMessages.status, 'sent'), lt(outboxMessages.sentAt, sql`now() - ${olderThanDays} * interval '1 day'`)));
}
