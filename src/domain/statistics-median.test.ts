import { describe, expect, it } from 'vitest';
import { median, medianOfCounts } from './statistics.ts';

describe('medianOfCounts (the median from a histogram, as percentile_cont(0.5))', () => {
  it.each([
    [[], null],
    [[{ value: 3, n: 0 }], null],
    [[{ value: 5, n: 1 }], 5],
    [[{ value: 2, n: 1 }, { value: 4, n: 1 }], 3],
    [[{ value: 10, n: 3 }, { value: 1, n: 1 }], 10],
    [[{ value: 1, n: 2 }, { value: 10, n: 2 }], 5.5],
    [[{ value: 7, n: 2 }, { value: 1, n: 1 }, { value: 3, n: 1 }], 5],
    [[{ value: 0.25, n: 1 }, { value: 0.5, n: 1 }, { value: 2, n: 0 }], 0.375],
  ] as const)('of %j is %s', (counts, m) => { expect(medianOfCounts(counts)).toBe(m); });

  it('equals the median of the values written out, on random histograms', () => {
    let seed = 7;
    const rnd = (k: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
    for (let t = 0; t < 200; t++) {
      const counts = Array.from({ length: 1 + rnd(6) }, () => ({ value: rnd(50), n: rnd(4) }));
      const values = counts.flatMap((c) => Array.from({ length: c.n }, () => c.value));
      expect(medianOfCounts(counts)).toBe(median(values));
    }
  });
});
