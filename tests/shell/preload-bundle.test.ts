// Proves the BUILT preload is sandbox-safe and exposes exactly the contract: it runs in a bare `vm`
// context whose `require` knows only `electron` (as in a sandboxed renderer), with a recording
// contextBridge and ipcRenderer standing in for Electron's.
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../src/shared/contract/ipc';
import { builtPreload, ensureBuilt } from './build-output';

type Listener = (event: unknown, ...args: unknown[]) => void;

interface Exposed {
  invoke(channel: string, request?: unknown): Promise<unknown>;
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

function loadPreload() {
  const exposed = new Map<string, unknown>();
  const invoked: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Set<Listener>>();
  const requested: string[] = [];
  const ipcRenderer = {
    invoke(channel: string, ...args: unknown[]) {
      invoked.push({ channel, args });
      return Promise.resolve({ ok: true, value: `answer from ${channel}` });
    },
    on(channel: string, listener: Listener) {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: Listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      exposed.set(key, api);
    },
  };
  const sandboxRequire = (id: string): unknown => {
    requested.push(id);
    if (id === 'electron') return { contextBridge, ipcRenderer };
    throw new Error(`module not found: ${id} (a sandboxed preload can only require electron)`);
  };
  const module = { exports: {} };
  // Only what a sandboxed preload gets: no process, Buffer, __dirname or Node globals.
  const context = createContext({ require: sandboxRequire, module, exports: module.exports, console });
  runInContext(readFileSync(builtPreload, 'utf8'), context, { filename: builtPreload });
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer, senderId: 0 }, payload);
  };
  return { exposed, invoked, listeners, requested, emit };
}

describe('built preload in a sandbox-like context', () => {
  let loaded: ReturnType<typeof loadPreload>;
  let baton: Exposed;

  beforeAll(() => {
    ensureBuilt();
    loaded = loadPreload();
    baton = loaded.exposed.get('baton') as Exposed;
  });

  it('requires nothing but electron', () => {
    expect(new Set(loaded.requested)).toEqual(new Set(['electron']));
  });

  it('exposes exactly one key, baton, with exactly invoke and on', () => {
    expect([...loaded.exposed.keys()]).toEqual(['baton']);
    expect(Object.keys(baton).sort()).toEqual(['invoke', 'on']);
    expect(typeof baton.invoke).toBe('function');
    expect(typeof baton.on).toBe('function');
  });

  it('refuses a channel outside the contract without reaching ipcRenderer', async () => {
    for (const forged of ['fs:read-file', 'electron-store-get-data', '__proto__', 'toString']) {
      await expect(baton.invoke(forged, { path: '/etc/passwd' })).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    }
    expect(loaded.invoked).toEqual([]);
  });

  it('forwards every contract channel to ipcRenderer.invoke with its request', async () => {
    for (const channel of INVOKE_CHANNELS) {
      await expect(baton.invoke(channel, { probe: channel })).resolves.toEqual({ ok: true, value: `answer from ${channel}` });
    }
    expect(loaded.invoked).toEqual(INVOKE_CHANNELS.map((channel) => ({ channel, args: [{ probe: channel }] })));
  });

  it('delivers only the payload of contract events and unsubscribes', () => {
    const received: unknown[] = [];
    const channel = EVENT_CHANNELS[0] ?? 'link:state-changed';
    const off = baton.on(channel, (...args: unknown[]) => received.push(args));
    loaded.emit(channel, { status: 'online' });
    expect(received).toEqual([[{ status: 'online' }]]);
    off();
    loaded.emit(channel, { status: 'offline' });
    expect(received).toHaveLength(1);
    expect(loaded.listeners.get(channel)?.size).toBe(0);
  });

  it('refuses to subscribe to a channel outside the contract', () => {
    expect(() => baton.on('electron-store-get-data', () => undefined)).toThrow(/not a Baton event/);
    expect(loaded.listeners.has('electron-store-get-data')).toBe(false);
  });
});
