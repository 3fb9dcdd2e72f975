// When to retry the gateway: exponential backoff with a cap, and jitter so a gateway restart is not
// met by every desktop reconnecting in the same instant. Pure: randomness is injected.
export interface ReconnectPolicyOptions {
  /** Delay before the first retry. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  factor?: number;
  /** Fraction of the delay that is randomised away (0 = none, 1 = anywhere from 0 to the full delay). */
  jitter?: number;
  random?: () => number;
}

export interface ReconnectPolicy {
  /** Delay before retry number `attempt` (1 = first retry). */
  delayFor(attempt: number): number;
}

export const DEFAULT_RECONNECT = { initialDelayMs: 500, maxDelayMs: 15_000, factor: 2, jitter: 0.5 } as const;

export function createReconnectPolicy(options: ReconnectPolicyOptions = {}): ReconnectPolicy {
  const initial = positive(options.initialDelayMs ?? DEFAULT_RECONNECT.initialDelayMs, 'initialDelayMs');
  const max = Math.max(initial, positive(options.maxDelayMs ?? DEFAULT_RECONNECT.maxDelayMs, 'maxDelayMs'));
  const factor = Math.max(1, options.factor ?? DEFAULT_RECONNECT.factor);
  const jitter = Math.min(1, Math.max(0, options.jitter ?? DEFAULT_RECONNECT.jitter));
  const random = options.random ?? Math.random;
  return {
    delayFor(attempt) {
      const step = Math.max(0, Math.floor(Number.isFinite(attempt) ? attempt : 1) - 1);
      const base = Math.min(max, initial * factor ** Math.min(step, 64));
      const r = Math.min(1, Math.max(0, random()));
      return Math.round(base * (1 - jitter * r));
    },
  };
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number of milliseconds`);
  return value;
}
