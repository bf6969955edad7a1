import { describe, expect, it } from 'vitest';
import { fixedWindowLimiter } from './rate-limit.ts';

describe('fixedWindowLimiter', () => {
  it.each([
    // [hits as [key, ms], expected decisions ('ok' or the Retry-After seconds)]
    { name: 'allows up to the limit, then refuses until the window ends', hits: [['a', 0], ['a', 10], ['a', 20], ['a', 30]], want: ['ok', 'ok', 'ok', 60] },
    { name: 'Retry-After counts down and is at least 1 s', hits: [['a', 0], ['a', 0], ['a', 0], ['a', 59_500], ['a', 30_000]], want: ['ok', 'ok', 'ok', 1, 30] },
    { name: 'a new window starts when the old one ends', hits: [['a', 0], ['a', 1], ['a', 2], ['a', 3], ['a', 60_000]], want: ['ok', 'ok', 'ok', 60, 'ok'] },
    { name: 'keys are independent', hits: [['a', 0], ['a', 0], ['a', 0], ['a', 0], ['b', 0]], want: ['ok', 'ok', 'ok', 60, 'ok'] },
  ] as const)('$name', ({ hits, want }) => {
    const limiter = fixedWindowLimiter({ limit: 3, windowMs: 60_000 });
    const got = hits.map(([key, at]) => {
      const d = limiter.hit(key, at);
      return d.allowed ? 'ok' : d.retryAfterSeconds;
    });
    expect(got).toEqual(want);
  });

  it('drops ended windows, and never tracks more than maxKeys clients', () => {
    const limiter = fixedWindowLimiter({ limit: 1, windowMs: 1000, maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) limiter.hit(key, 0);
    expect(limiter.size()).toBe(3);
    // A fourth client pushes out the oldest window ('a'), which therefore starts afresh.
    limiter.hit('d', 10);
    expect(limiter.size()).toBe(3);
    expect(limiter.hit('b', 20).allowed).toBe(false);
    expect(limiter.hit('a', 20).allowed).toBe(true);
    // After a window's length, every ended window is swept.
    limiter.hit('e', 2000);
    expect(limiter.size()).toBe(1);
  });

  it('refuses nonsense options', () => {
    expect(() => fixedWindowLimiter({ limit: 0, windowMs: 1000 })).toThrow();
    expect(() => fixedWindowLimiter({ limit: 1, windowMs: Number.NaN })).toThrow();
  });
});
