// The IPC gate with a stand-in ipcMain and the real core dispatcher: forged channels, foreign senders
// and malformed payloads are refused with typed errors before any handler runs; a good call gets through.
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, type InvokeHandlers } from '../../../shared/contract/ipc';
import type { Result } from '../../../shared/contract/result';
import { createDispatcher } from '../../core/ipc/dispatch';
import { createRecordingLogger } from '../../core/testing/recording-logger';
import { createInvokeRegistry, type InvokeEventLike, type IpcMainPort, type WebContentsLike } from './invoke-registry';

type Listener = (event: InvokeEventLike, request: unknown) => Promise<Result<unknown>>;

function standInIpcMain() {
  const handlers = new Map<string, Listener>();
  const port: IpcMainPort = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };
  return { port, handlers };
}

function contents(id: number): WebContentsLike {
  return { id, isDestroyed: () => false, send: () => undefined };
}

function setup() {
  const calls: { channel: string; request: unknown }[] = [];
  const record =
    <T>(channel: string, value: T) =>
    (request: unknown): Promise<T> => {
      calls.push({ channel, request });
      return Promise.resolve(value);
    };
  const since = '2025-01-01T00:00:00.000Z';
  const handlers: InvokeHandlers = {
    'app:get-info': record('app:get-info', { version: '0', mode: 'electron' as const, defaults: { gatewayUrl: null, username: null }, demo: null }),
    'session:log-in': record('session:log-in', { username: 'agent1', displayName: 'Agent 1', role: 'agent' as const, gatewayUrl: 'http://127.0.0.1:1', expiresAt: since }),
    'session:log-out': record('session:log-out', null),
    'session:get': record('session:get', null),
    'link:get-state': record('link:get-state', { status: 'offline' as const, gatewayUrl: null, reason: null, attempt: 0, nextRetryAt: null, since }),
    'presence:get': record('presence:get', null),
    'presence:set': record('presence:set', { state: 'busy' as const, since }),
    'contact:accept': () => Promise.reject(new Error('not used by these tests')),
    'contact:reject': record('contact:reject', null),
    'contact:list-offers': record('contact:list-offers', []),
    'conversation:list': record('conversation:list', []),
    'message:send': () => Promise.reject(new Error('not used by these tests')),
    'note:add': () => Promise.reject(new Error('not used by these tests')),
    'conversation:end': () => Promise.reject(new Error('not used by these tests')),
    'wrapup:extend': () => Promise.reject(new Error('not used by these tests')),
    'wrapup:save-draft': () => Promise.reject(new Error('not used by these tests')),
    'wrapup:get-draft': record('wrapup:get-draft', null),
    'wrapup:submit': () => Promise.reject(new Error('not used by these tests')),
    'call:command': () => Promise.reject(new Error('not used by these tests')),
    'transfer:request': () => Promise.reject(new Error('not used by these tests')),
    'transfer:cancel': () => Promise.reject(new Error('not used by these tests')),
    'directory:list': () => Promise.reject(new Error('not used by these tests')),
    'canned:list': () => Promise.reject(new Error('not used by these tests')),
    'app:set-attention': record('app:set-attention', null),
    'team:list': record('team:list', []),
  };
  const log = createRecordingLogger();
  const ipc = standInIpcMain();
  const ours = contents(1);
  const registry = createInvokeRegistry({
    ipcMain: ipc.port,
    dispatch: createDispatcher({ handlers, log }),
    ownContents: () => [ours],
    log,
  });
  const ownTopFrame: InvokeEventLike = { sender: ours, senderFrame: { url: 'baton://app/index.html', parent: null } };
  const call = (channel: string, event: InvokeEventLike, request?: unknown) => {
    const listener = ipc.handlers.get(channel);
    if (listener === undefined) throw new Error(`no handler for ${channel}`);
    return listener(event, request);
  };
  return { calls, log, ipc, ours, registry, ownTopFrame, call };
}

describe('invoke registry', () => {
  it('registers exactly one handler per contract channel', () => {
    const { ipc } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('lets our own top frame through to the handler with the parsed request', async () => {
    const { call, calls, ownTopFrame } = setup();
    const result = await call('presence:set', ownTopFrame, { state: 'busy' });
    expect(result).toEqual({ ok: true, value: { state: 'busy', since: '2025-01-01T00:00:00.000Z' } });
    expect(calls).toEqual([{ channel: 'presence:set', request: { state: 'busy' } }]);
  });

  it('refuses a forged channel: no handler is registered and the gate answers unknown-channel', async () => {
    const { ipc, registry, calls, ownTopFrame } = setup();
    expect(ipc.handlers.has('fs:read-file')).toBe(false);
    const result = await registry.handleInvoke('fs:read-file', ownTopFrame, { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(calls).toEqual([]);
  });

  const foreign: [string, (s: ReturnType<typeof setup>) => InvokeEventLike][] = [
    ['another webContents', () => ({ sender: contents(2), senderFrame: { url: 'baton://app/index.html', parent: null } })],
    ['a sub-frame of our window', (s) => ({ sender: s.ours, senderFrame: { url: 'baton://app/index.html', parent: {} } })],
    ['our window showing another origin', (s) => ({ sender: s.ours, senderFrame: { url: 'https://evil.example/', parent: null } })],
    ['a look-alike host on our scheme', (s) => ({ sender: s.ours, senderFrame: { url: 'baton://app.evil/index.html', parent: null } })],
    ['a frame that is gone', (s) => ({ sender: s.ours, senderFrame: null })],
  ];
  it.each(foreign)('refuses %s with forbidden-sender and logs it', async (_name, makeEvent) => {
    const s = setup();
    const result = await s.call('session:get', makeEvent(s));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(s.calls).toEqual([]);
    expect(s.log.at('warn').map((e) => e.message)).toContain('ipc: call refused');
  });

  it('refuses a malformed payload with invalid-request naming the field', async () => {
    const { call, calls, ownTopFrame } = setup();
    const result = await call('presence:set', ownTopFrame, { state: 'napping' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(result.ok ? '' : result.error.message).toMatch(/^state:/);
    const login = await call('session:log-in', ownTopFrame, { gatewayUrl: 'file:///etc', username: 'a', password: 'x' });
    expect(login).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toEqual([]);
  });

  it('removes every handler on dispose', () => {
    const { ipc, registry } = setup();
    registry.dispose();
    expect(ipc.handlers.size).toBe(0);
  });
});
