/**
 * A small in-memory fixed-window rate limiter, keyed by client IP.
 *
 * Why: the participant's page (`GET /api/v1/p/{token}`) has no session, and every view writes an audit row and
 * updates the link's last use. Without a limit, one client could fill the audit trail or hammer the database, or
 * guess tokens at speed. A per-process fixed window is enough for that (one app process; no new dependency).
 *
 * Memory stays bounded: windows that have ended are dropped (swept at most once per window length), and when
 * `maxKeys` distinct clients are tracked at once the oldest window is dropped to make room.
 */
export interface RateLimitOptions {
  /** Requests allowed per client in one window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** Most clients tracked at once; default 10 000. */
  maxKeys?: number;
}

export type RateLimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request from `key` at `now` (ms) and says whether it may go on. */
  hit(key: string, now?: number): RateLimitDecision;
  /** Clients tracked right now (for tests). */
  size(): number;
}

export function fixedWindowLimiter({ limit, windowMs, maxKeys = 10_000 }: RateLimitOptions): RateLimiter {
  if (!(limit >= 1) || !(windowMs >= 1) || !(maxKeys >= 1)) throw new Error('rate limit: limit, windowMs and maxKeys must be positive');
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = -Infinity;

  const sweep = (now: number) => {
    for (const [key, w] of windows) if (now - w.start >= windowMs) windows.delete(key);
    lastSweep = now;
  };

  return {
    hit(key, now = Date.now()) {
      if (now - lastSweep >= windowMs) sweep(now);
      let w = windows.get(key);
      if (w && now - w.start >= windowMs) {
        windows.delete(key);
        w = undefined;
      }
      if (!w) {
        // Map keeps insertion order: the first key is the oldest window.
        while (windows.size >= maxKeys) windows.delete(windows.keys().next().value!);
        w = { start: now, count: 0 };
        windows.set(key, w);
      }
      if (w.count >= limit) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + windowMs - now) / 1000)) };
      w.count += 1;
      return { allowed: true, remaining: limit - w.count };
    },
    size: () => windows.size,
  };
}
