// Clock helpers for scenario builders: a conversation that happened in the minutes before `now`,
// walked forward turn by turn, and a sentiment arc between two moods. Pure; no clock reads.
import { floatBetween, intBetween, type Random } from './random';

export interface Timeline {
  /** Advance by a human-ish pause (seconds) and return the new instant. */
  next(minSeconds?: number, maxSeconds?: number): Date;
  current(): Date;
}

/** Starts `minutesAgo` before `now`; the scenario should not walk past `now`, but nothing breaks if it does. */
export function createTimeline(random: Random, now: Date, minutesAgo: number): Timeline {
  let at = now.getTime() - minutesAgo * 60_000;
  return {
    next(minSeconds = 4, maxSeconds = 40) {
      at += intBetween(random, minSeconds * 1000, maxSeconds * 1000);
      return new Date(at);
    },
    current: () => new Date(at),
  };
}

export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

/** YYYY-MM-DD of an instant (UTC), the way bots store dates in slots. */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Unix epoch seconds with sub-second precision, as Rasa stores event timestamps. */
export function epochSeconds(at: Date): number {
  return at.getTime() / 1000;
}

/** `count` sentiment scores drifting from `from` to `to` with a little noise, clamped to -1..1. */
export function sentimentArc(random: Random, from: number, to: number, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const t = count === 1 ? 1 : i / (count - 1);
    const score = from + (to - from) * t + floatBetween(random, -0.08, 0.08);
    out.push(Math.round(Math.max(-1, Math.min(1, score)) * 100) / 100);
  }
  return out;
}
