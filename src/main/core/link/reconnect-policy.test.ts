import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReconnectPolicy } from './reconnect-policy';

describe('createReconnectPolicy', () => {
  it('doubles from the initial delay up to the cap when jitter is off', () => {
    const policy = createReconnectPolicy({ initialDelayMs: 100, maxDelayMs: 1000, jitter: 0 });
    expect([1, 2, 3, 4, 5, 6, 50].map((a) => policy.delayFor(a))).toEqual([100, 200, 400, 800, 1000, 1000, 1000]);
  });

  it('jitter only ever shortens the delay, by at most the jitter fraction', () => {
    const low = createReconnectPolicy({ initialDelayMs: 1000, jitter: 0.5, random: () => 0.999_999 });
    const high = createReconnectPolicy({ initialDelayMs: 1000, jitter: 0.5, random: () => 0 });
    expect(low.delayFor(1)).toBe(500);
    expect(high.delayFor(1)).toBe(1000);
  });

  it('stays within [base * (1 - jitter), cap] for any attempt and random value', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, r) => {
        const delay = createReconnectPolicy({ initialDelayMs: 250, maxDelayMs: 8000, jitter: 0.3, random: () => r }).delayFor(attempt);
        expect(delay).toBeGreaterThanOrEqual(Math.round(250 * 0.7));
        expect(delay).toBeLessThanOrEqual(8000);
      }),
    );
  });

  it('rejects nonsense settings with a clear error', () => {
    expect(() => createReconnectPolicy({ initialDelayMs: 0 })).toThrow(/initialDelayMs/);
    expect(() => createReconnectPolicy({ maxDelayMs: Number.NaN })).toThrow(/maxDelayMs/);
  });
});
