import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './stats';

describe('latency statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });

  it('summarizes unsorted samples', () => {
    expect(summarize([3, 1, 2, 4])).toEqual({ n: 4, p50: 2, p95: 4, p99: 4, mean: 2.5, max: 4 });
  });

  it('refuses an empty sample set', () => {
    expect(() => percentile([], 50)).toThrow(/no samples/);
  });
});
