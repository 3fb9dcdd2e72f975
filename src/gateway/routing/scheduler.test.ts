import { describe, expect, it } from 'vitest';
import { createTimerScheduler } from './scheduler';
import { createSerialQueue } from './serial-queue';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('timer scheduler', () => {
  it('runs a task once, replaces a task under the same key, and cancels', async () => {
    const scheduler = createTimerScheduler();
    const ran: string[] = [];
    scheduler.schedule('a', 5, () => ran.push('a1'));
    scheduler.schedule('a', 5, () => ran.push('a2'));
    scheduler.schedule('b', 5, () => ran.push('b'));
    scheduler.cancel('b');
    expect(scheduler.pending()).toBe(1);
    await pause(30);
    expect(ran).toEqual(['a2']);
    expect(scheduler.pending()).toBe(0);
  });

  it('cancelAll clears everything and ignores later schedules', async () => {
    const scheduler = createTimerScheduler();
    const ran: string[] = [];
    scheduler.schedule('a', 5, () => ran.push('a'));
    scheduler.cancelAll();
    scheduler.schedule('b', 1, () => ran.push('b'));
    expect(scheduler.pending()).toBe(0);
    await pause(20);
    expect(ran).toEqual([]);
  });
});

describe('serial queue', () => {
  it('runs jobs one at a time in order, and a failing job does not stop the next', async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    const job = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await pause(ms);
      log.push(`end ${name}`);
      return name;
    };
    const first = queue.run(job('a', 10));
    const failing = queue.run(() => Promise.reject(new Error('boom')));
    const last = queue.run(job('b', 1));
    await expect(failing).rejects.toThrow('boom');
    expect(await Promise.all([first, last])).toEqual(['a', 'b']);
    await queue.idle();
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });
});
