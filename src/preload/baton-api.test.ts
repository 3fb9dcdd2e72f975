// The bridge object behind window.baton, with a recording ipcRenderer port: the allowlist holds, the
// Electron event never reaches the listener, and transport failures come back as Results.
import { describe, expect, it } from 'vitest';
import { createBatonApi, type IpcRendererPort } from './baton-api';

function port(answer: () => Promise<unknown> = () => Promise.resolve({ ok: true, value: null })) {
  const invoked: unknown[][] = [];
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  const ipc: IpcRendererPort = {
    invoke: (channel, ...args) => {
      invoked.push([channel, ...args]);
      return answer();
    },
    on: (channel, listener) => listeners.set(channel, listener),
    removeListener: (channel) => listeners.delete(channel),
  };
  return { ipc, invoked, listeners };
}

describe('createBatonApi', () => {
  it('exposes only invoke and on, frozen', () => {
    const api = createBatonApi(port().ipc);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('refuses channels outside the contract without touching ipcRenderer', async () => {
    const p = port();
    const api = createBatonApi(p.ipc) as unknown as { invoke(channel: string): Promise<unknown> };
    await expect(api.invoke('hasOwnProperty')).resolves.toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(p.invoked).toEqual([]);
  });

  it('turns a rejected ipcRenderer.invoke into an internal Result', async () => {
    const api = createBatonApi(port(() => Promise.reject(new Error("No handler registered for 'session:get'"))).ipc);
    await expect(api.invoke('session:get')).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: "No handler registered for 'session:get'" },
    });
  });

  it('hands listeners the payload only and unsubscribes', () => {
    const p = port();
    const api = createBatonApi(p.ipc);
    const seen: unknown[] = [];
    const off = api.on('session:changed', (...args: unknown[]) => seen.push(args));
    p.listeners.get('session:changed')?.({ sender: 'ipcRenderer' }, null);
    expect(seen).toEqual([[null]]);
    off();
    expect(p.listeners.has('session:changed')).toBe(false);
  });
});
