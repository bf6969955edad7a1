/**
 * The store behind `@fastify/rate-limit`: fixed windows counted in the database, so that every app instance on
 * the same database shares one count per client. One statement per request counts and reads the window
 * atomically (an upsert), and the database's clock decides when a window ends, so instances whose clocks differ
 * still agree. Keys are hashed: the table never holds a client's address. Ended windows are deleted by the daily
 * clean-up job (jobs/daily.ts).
 */
import { createHash } from 'node:crypto';
import { lt, sql } from 'drizzle-orm';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Db } from '../db/client.ts';
import { rateLimitWindows } from '../db/schema.ts';

export interface RateLimitOptions {
  /** Requests allowed per client in one window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
}

/** Counts one request under `key` and returns the count in the current window and the milliseconds it has left. */
export async function countRequest(db: Db, key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  const hashed = createHash('sha256').update(key).digest('base64url');
  const ended = sql`${rateLimitWindows.expiresAt} <= now()`;
  const newEnd = sql`now() + ${Math.trunc(windowMs)} * interval '1 millisecond'`;
  const [row] = await db.insert(rateLimitWindows).values({ key: hashed, count: 1, expiresAt: newEnd })
    .onConflictDoUpdate({
      target: rateLimitWindows.key,
      set: {
        count: sql`case when ${ended} then 1 else ${rateLimitWindows.count} + 1 end`,
        expiresAt: sql`case when ${ended} then ${newEnd} else ${rateLimitWindows.expiresAt} end`,
      },
    })
    .returning({ count: rateLimitWindows.count, ttl: sql<string>`ceil(extract(epoch from (${rateLimitWindows.expiresAt} - now())) * 1000)` });
  return { current: row!.count, ttl: Math.max(0, Number(row!.ttl)) };
}

/** A store class for `@fastify/rate-limit` bound to this database (the plugin constructs it itself). */
export function databaseStore(db: Db): FastifyRateLimitStoreCtor {
  return class DatabaseStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number) {
      countRequest(db, key, timeWindow).then((r) => callback(null, r), (err: Error) => callback(err));
    }

    child() {
      return this;
    }
  };
}

/** Deletes windows that have ended (the daily clean-up). */
export async function pruneRateLimitWindows(db: Db): Promise<void> {
  await db.delete(rateLimitWindows).where(lt(rateLimitWindows.expiresAt, sql`now()`));
}
