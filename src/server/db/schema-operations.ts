/**
 * State that several app instances on one database share: the outbox of e-mails and SMS, rate-limit windows and
 * the runs of scheduled jobs. Nothing that matters across requests lives in one process's memory.
 */
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.ts';

export const outboxKinds = ['password-link', 'note-notice', 'page-link', 'gathering-notice'] as const;
export const outboxChannels = ['email', 'sms'] as const;
export const outboxStatuses = ['pending', 'sent', 'failed'] as const;

/**
 * E-mails and SMS, written in the same transaction as the change that causes them and sent by a worker. The
 * recipient and the text are needed only until the message is sent or given up: then they are cleared, and what
 * stays (kind, channel, attempts, last error) holds no personal data.
 */
export const outboxMessages = pgTable('outbox_messages', {
  id: id(),
  kind: text('kind', { enum: outboxKinds }).notNull(),
  channel: text('channel', { enum: outboxChannels }).notNull(),
  recipient: text('recipient'),
  subject: text('subject'),
  body: text('body'),
  status: text('status', { enum: outboxStatuses }).notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
  /** A worker that claimed the message holds it until then; if it dies, another takes it after that. */
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  /** A short error code (an SMTP reply code, an HTTP status), never the provider's text, which may quote the recipient. */
  lastError: text('last_error'),
  createdAt: createdAt(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
}, (t) => [
  index('outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
  index('outbox_status_idx').on(t.status, t.createdAt),
]);

/** Fixed-window request counters for @fastify/rate-limit; the key is a hash, never the client's address. */
export const rateLimitWindows = pgTable('rate_limit_windows', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
}, (t) => [index('rate_limit_windows_expires_idx').on(t.expiresAt)]);

/** One row per scheduled job and day: the primary key makes a daily job run once across all instances. */
export const jobRuns = pgTable('job_runs', {
  job: text('job').notNull(),
  day: date('day', { mode: 'string' }).notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  /** Null while running or when it went well; otherwise a short error name (no personal data). */
  error: text('error'),
}, (t) => [primaryKey({ columns: [t.job, t.day] })]);
