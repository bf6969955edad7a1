import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { signInFailures } from '../db/schema.ts';

/**
 * After repeated failed sign-ins an account is paused, doubling each time, to slow down password guessing
 * without locking out the real user for long. Unknown accounts are paused exactly the same way, so a pause does
 * not reveal that an account exists.
 */
export const FREE_ATTEMPTS = 5;
const FIRST_PAUSE_SECONDS = 30;
const MAX_PAUSE_SECONDS = 15 * 60;

export function pauseSecondsAfter(failedSignIns: number): number {
  if (failedSignIns < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_PAUSE_SECONDS * 2 ** (failedSignIns - FREE_ATTEMPTS), MAX_PAUSE_SECONDS);
}

/**
 * Beside the per-account pause, one client address may fail only so often in a window (guessing one password
 * across many accounts); then it waits for the window to end. Default: 30 failures in 15 minutes.
 */
export interface AddressLimit { failures: number; windowSeconds: number }
export const defaultAddressLimit: AddressLimit = { failures: 30, windowSeconds: 15 * 60 };

export interface SignInKeys { account: string; address: string }

/** The rows' keys: the account as a hash of its e-mail (never the e-mail itself), the address as it is. */
export const signInKeys = (email: string, address: string): SignInKeys => ({
  account: `account:${createHash('sha256').update(email).digest('hex')}`,
  address: `address:${address}`,
});

/** Seconds until the account or the address may try again, or 0. */
export async function pausedSeconds(db: Db, keys: SignInKeys, now: Date): Promise<number> {
  const rows = await db.select({ pausedUntil: signInFailures.pausedUntil }).from(signInFailures)
    .where(inArray(signInFailures.key, [keys.account, keys.address]));
  const until = Math.max(0, ...rows.map((r) => r.pausedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Counts one failure for the account and the address; returns whether either is now paused. */
export async function recordFailure(tx: Tx, keys: SignInKeys, now: Date, limit: AddressLimit): Promise<boolean> {
  const [account] = await tx.insert(signInFailures).values({ key: keys.account, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({ target: signInFailures.key, set: { failures: sql`${signInFailures.failures} + 1` } })
    .returning({ failures: signInFailures.failures });
  const pause = pauseSecondsAfter(account!.failures);
  if (pause > 0) {
    await tx.update(signInFailures).set({ pausedUntil: new Date(now.getTime() + pause * 1000) }).where(sql`${signInFailures.key} = ${keys.account}`);
  }
  // The address's count starts again when its window has passed.
  const windowStart = new Date(now.getTime() - limit.windowSeconds * 1000);
  const [address] = await tx.insert(signInFailures).values({ key: keys.address, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: signInFailures.key,
      set: {
        failures: sql`case when ${signInFailures.windowStartedAt} < ${windowStart} then 1 else ${signInFailures.failures} + 1 end`,
        windowStartedAt: sql`case when ${signInFailures.windowStartedAt} < ${windowStart} then ${now} else ${signInFailures.windowStartedAt} end`,
      },
    })
    .returning({ failures: signInFailures.failures, windowStartedAt: signInFailures.windowStartedAt });
  const addressPaused = address!.failures >= limit.failures;
  if (addressPaused) {
    const until = new Date(address!.windowStartedAt.getTime() + limit.windowSeconds * 1000);
    await tx.update(signInFailures).set({ pausedUntil: until }).where(sql`${signInFailures.key} = ${keys.address}`);
  }
  return pause > 0 || addressPaused;
}

/** A successful sign-in (or a new password) clears the account's failures; the address's count stays. */
export async function clearAccountFailures(db: Pick<Db, 'delete'>, email: string): Promise<void> {
  await db.delete(signInFailures).where(sql`${signInFailures.key} = ${signInKeys(email, '').account}`);
}
