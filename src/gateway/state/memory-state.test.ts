import { describe, expect, it } from 'vitest';
import { createMemoryState } from './memory-state';

describe('in-memory gateway state', () => {
  it('reports unseen users offline since the state was created, and remembers presence per user', async () => {
    let now = new Date('2030-01-01T08:00:00Z');
    const state = createMemoryState({ now: () => now });
    now = new Date('2030-01-01T09:00:00Z');
    expect(await state.getPresence('ana')).toEqual({ state: 'offline', since: '2030-01-01T08:00:00.000Z' });
    await state.setPresence('ana', { state: 'available', since: '2030-01-01T09:00:00.000Z' });
    expect(await state.getPresence('ana')).toEqual({ state: 'available', since: '2030-01-01T09:00:00.000Z' });
    expect((await state.getPresence('sam')).state).toBe('offline');
  });

  it('tracks sessions per socket and hands out copies', async () => {
    const state = createMemoryState();
    await state.addSession({ socketId: 's1', username: 'ana', role: 'agent', connectedAt: '2030-01-01T08:00:00.000Z' });
    await state.addSession({ socketId: 's2', username: 'sam', role: 'supervisor', connectedAt: '2030-01-01T08:00:00.000Z' });
    const listed = await state.listSessions('ana');
    expect(listed.map((s) => s.socketId)).toEqual(['s1']);
    listed[0]!.username = 'mutated';
    expect((await state.listSessions()).map((s) => s.username)).toEqual(['ana', 'sam']);
    expect(await state.removeSession('s1')).toMatchObject({ username: 'ana' });
    expect(await state.removeSession('s1')).toBeNull();
    await state.close();
    expect(await state.listSessions()).toEqual([]);
  });

  it('keeps a negative streak per agent, 0 for agents never counted, and forgets it on close', async () => {
    const state = createMemoryState();
    expect(await state.getNegativeStreak('ana')).toBe(0);
    await state.setNegativeStreak('ana', 2);
    await state.setNegativeStreak('sam', 1);
    expect(await state.getNegativeStreak('ana')).toBe(2);
    await state.setNegativeStreak('ana', 0);
    expect([await state.getNegativeStreak('ana'), await state.getNegativeStreak('sam')]).toEqual([0, 1]);
    await state.close();
    expect(await state.getNegativeStreak('sam')).toBe(0);
  });
});
