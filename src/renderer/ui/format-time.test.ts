// Time formatting for clocks and countdowns, and the bridge's reconnect delays: pure, clock-free.
import { describe, expect, it } from 'vitest';
import { reconnectDelay } from '../bridge/reconnect-delay';
import { formatCountdown, formatElapsed, formatRetry } from './format-time';

const base = Date.parse('2030-01-01T00:00:00.000Z');

describe('formatElapsed', () => {
  it('formats hh:mm:ss and never goes negative or NaN', () => {
    expect(formatElapsed('2030-01-01T00:00:00.000Z', base + (12 * 60 + 41) * 1000)).toBe('00:12:41');
    expect(formatElapsed('2030-01-01T00:00:00.000Z', base + 26 * 3600 * 1000 + 5000)).toBe('26:00:05');
    expect(formatElapsed('2030-01-01T00:00:00.000Z', base - 5000)).toBe('00:00:00');
    expect(formatElapsed('garbage', base)).toBe('00:00:00');
  });
});

describe('formatRetry', () => {
  it('counts down in seconds, then minutes, then says it is retrying', () => {
    expect(formatRetry('2030-01-01T00:00:05.000Z', base + 200)).toBe('retry in 5 s');
    expect(formatRetry('2030-01-01T00:03:00.000Z', base)).toBe('retry in 3 min');
    expect(formatRetry('2030-01-01T00:00:00.000Z', base + 1)).toBe('retrying now');
    expect(formatRetry('bad', base)).toBe('retrying soon');
  });
});

describe('reconnectDelay', () => {
  it('grows exponentially within jitter bounds and is capped', () => {
    expect(reconnectDelay(0, () => 0)).toBe(250);
    expect(reconnectDelay(0, () => 1)).toBe(500);
    expect(reconnectDelay(3, () => 1)).toBe(4000);
    expect(reconnectDelay(50, () => 1)).toBe(10_000);
  });
});

describe('formatCountdown', () => {
  const now = Date.parse('2030-01-01T10:00:00.000Z');
  it.each([
    ['2030-01-01T10:01:05.000Z', '01:05'],
    ['2030-01-01T10:00:00.400Z', '00:01'],
    ['2030-01-01T11:15:00.000Z', '75:00'],
    ['2030-01-01T09:59:00.000Z', '00:00'],
    ['not a date', '00:00'],
  ])('%s → %s', (until, expected) => expect(formatCountdown(until, now)).toBe(expected));
});
