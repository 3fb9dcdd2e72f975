// Runs async jobs one at a time, in order. Routing decisions read and then write GatewayState; running them
// one by one means two decisions never interleave (no contact offered twice, no agent over capacity).
// One process only: gateways sharing a Redis state would need a distributed lock here instead.
export interface SerialQueue {
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Resolves when every job queued so far has finished. */
  idle(): Promise<void>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(job) {
      const result = tail.then(job);
      tail = result.catch(() => undefined);
      return result;
    },
    idle: () => tail.then(() => undefined),
  };
}
