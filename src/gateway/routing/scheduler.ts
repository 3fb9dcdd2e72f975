// The routing engine's only clock: named, cancellable one-shot timers. A port so the engine never touches
// setTimeout directly, and so close() can clear every timer in one call.
export interface Scheduler {
  /** Runs `task` after `delayMs` unless cancelled first; scheduling an existing key replaces it. */
  schedule(key: string, delayMs: number, task: () => void): void;
  cancel(key: string): void;
  /** Cancels everything; later schedule() calls are ignored. */
  cancelAll(): void;
  pending(): number;
}

export function createTimerScheduler(): Scheduler {
  const timers = new Map<string, NodeJS.Timeout>();
  let stopped = false;
  const cancel = (key: string): void => {
    const timer = timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(key);
  };
  return {
    schedule(key, delayMs, task) {
      if (stopped) return;
      cancel(key);
      const timer = setTimeout(() => {
        timers.delete(key);
        task();
      }, delayMs);
      timers.set(key, timer);
    },
    cancel,
    cancelAll() {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
    pending: () => timers.size,
  };
}
