import { describe, expect, it } from 'vitest';
import type { InvokeHandlers } from '../../../shared/contract/ipc';
import { BatonError } from '../../../shared/contract/result';
import { createRecordingLogger } from '../testing/recording-logger';
import { createDispatcher } from './dispatch';

function fakeHandlers(overrides: Partial<InvokeHandlers> = {}) {
  const calls: { channel: string; request: unknown }[] = [];
  const since = '2025-01-01T00:00:00.000Z';
  const handlers: InvokeHandlers = {
    'app:get-info': () => {
      calls.push({ channel: 'app:get-info', request: undefined });
      return Promise.resolve({ version: '1.0.0', mode: 'browser', defaults: { gatewayUrl: null, username: null }, demo: null });
    },
    'session:log-in': (request) => {
      calls.push({ channel: 'session:log-in', request });
      return Promise.resolve({ username: request.username, displayName: 'A', role: 'agent', gatewayUrl: request.gatewayUrl, expiresAt: since });
    },
    'session:log-out': () => Promise.resolve(null),
    'session:get': () => Promise.resolve(null),
    'link:get-state': () => Promise.resolve({ status: 'offline', gatewayUrl: null, reason: null, attempt: 0, nextRetryAt: null, since }),
    'presence:get': () => Promise.resolve(null),
    'presence:set': (request) => {
      calls.push({ channel: 'presence:set', request });
      return Promise.resolve({ state: request.state, since });
    },
    'contact:accept': () => Promise.reject(new BatonError('not-logged-in', 'Log in first.')),
    'contact:reject': () => Promise.resolve(null),
    'contact:list-offers': () => Promise.resolve([]),
    'conversation:list': () => Promise.resolve([]),
    'message:send': () => Promise.reject(new BatonError('not-logged-in', 'Log in first.')),
    'note:add': () => Promise.reject(new BatonError('not-logged-in', 'Log in first.')),
    'conversation:end': () => Promise.reject(new BatonError('not-logged-in', 'Log in first.')),
    'wrapup:extend': () => Promise.reject(new BatonError('not-logged-in', 'Log in first.')),
    'wrapup:save-draft': () => Promise.reject(new BatonError('not-logged-in', 'Log in first.')),
    'wrapup:get-draft': () => Promise.resolve(null),
    'wrapup:submit': () => Promise.reject(new BatonError('not-logged-in', 'Log in first.')),
    'call:command': () => Promise.reject(new BatonError('not-logged-in', 'Log in first.')),
    'transfer:request': () => Promise.reject(new BatonError('not-logged-in', 'Log in first.')),
    'transfer:cancel': () => Promise.reject(new BatonError('not-logged-in', 'Log in first.')),
    'directory:list': () => Promise.resolve({ queues: [], agents: [] }),
    'canned:list': () => Promise.resolve([]),
    'app:set-attention': () => Promise.resolve(null),
    'team:list': () => Promise.resolve([]),
    ...overrides,
  };
  return { handlers, calls };
}

describe('createDispatcher', () => {
  it('runs the handler with the parsed request and wraps the value in ok', async () => {
    const { handlers, calls } = fakeHandlers();
    const dispatch = createDispatcher({ handlers, log: createRecordingLogger() });
    const result = await dispatch('session:log-in', { gatewayUrl: ' http://127.0.0.1:7400 ', username: 'agent1', password: 'x' });
    expect(result).toMatchObject({ ok: true, value: { username: 'agent1', gatewayUrl: 'http://127.0.0.1:7400' } });
    expect(calls).toEqual([{ channel: 'session:log-in', request: { gatewayUrl: 'http://127.0.0.1:7400', username: 'agent1', password: 'x' } }]);
  });

  it('refuses an unknown channel without calling anything, and logs it once', async () => {
    const { handlers, calls } = fakeHandlers();
    const log = createRecordingLogger();
    const dispatch = createDispatcher({ handlers, log });
    for (const channel of ['session:steal-token', '__proto__', 'toString', 42, null, undefined]) {
      const result = await dispatch(channel, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
    expect(calls).toEqual([]);
    expect(log.at('warn')).toHaveLength(6);
  });

  it('refuses a malformed request with a readable message and never reaches the handler', async () => {
    const { handlers, calls } = fakeHandlers();
    const log = createRecordingLogger();
    const dispatch = createDispatcher({ handlers, log });
    const bad = await dispatch('presence:set', { state: 'asleep' });
    expect(bad.ok).toBe(false);
    if (bad.ok) throw new Error('unreachable');
    expect(bad.error.code).toBe('invalid-request');
    expect(bad.error.message).toContain('state');
    const extra = await dispatch('app:get-info', { sneaky: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const badUrl = await dispatch('session:log-in', { gatewayUrl: 'file:///etc/passwd', username: 'a', password: 'b' });
    expect(badUrl).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(JSON.stringify(badUrl)).toContain('gatewayUrl');
    expect(calls).toEqual([]);
    expect(log.at('warn')).toHaveLength(3);
  });

  it('turns a BatonError into its code and message', async () => {
    const { handlers } = fakeHandlers({
      'presence:get': () => Promise.reject(new BatonError('not-logged-in', 'Log in first')),
    });
    const dispatch = createDispatcher({ handlers, log: createRecordingLogger() });
    expect(await dispatch('presence:get', undefined)).toEqual({ ok: false, error: { code: 'not-logged-in', message: 'Log in first' } });
  });

  it('turns any other failure, async or sync, into a generic internal error and logs the details', async () => {
    const { handlers } = fakeHandlers({
      'session:get': () => Promise.reject(new Error('secret detail')),
      'link:get-state': () => {
        throw new TypeError('sync boom');
      },
    });
    const log = createRecordingLogger();
    const dispatch = createDispatcher({ handlers, log });
    const asyncFailure = await dispatch('session:get', undefined);
    const syncFailure = await dispatch('link:get-state', undefined);
    for (const result of [asyncFailure, syncFailure]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(JSON.stringify(result)).not.toContain('secret detail');
      expect(JSON.stringify(result)).not.toContain('sync boom');
    }
    expect(log.at('error')).toHaveLength(2);
    expect(log.at('error')[0]?.fields?.['error']).toBeInstanceOf(Error);
  });
});
