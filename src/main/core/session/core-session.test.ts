import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../../gateway/server';
import type { EventChannel, EventPayload } from '../../../shared/contract/ipc';
import { silentLogger } from '../../../shared/log';
import { createDispatcher } from '../ipc/dispatch';
import { createReconnectPolicy } from '../link/reconnect-policy';
import { createMemoryKeyValueFile, createMemoryPreferences, type KeyValueFile } from '../ports';
import { waitFor } from '../testing/wait-for';
import { createCoreSession, type CoreSession } from './core-session';

type Published = { [E in EventChannel]: { event: E; payload: EventPayload<E> } }[EventChannel];

let gateway: RunningGateway;
let dataDir: string;
let core: CoreSession | null = null;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'baton-core-'));
  gateway = await startGateway({ demo: true, port: 0, dataDir });
});

afterEach(async () => {
  await core?.dispose();
  core = null;
  await gateway.close();
  await rm(dataDir, { recursive: true, force: true });
});

function setup(prefs = createMemoryPreferences(), contextFile: KeyValueFile = createMemoryKeyValueFile()) {
  const published: Published[] = [];
  core = createCoreSession({
    mode: 'browser',
    version: '9.9.9',
    demo: gateway.demo,
    defaults: { gatewayUrl: null, username: null },
    prefs,
    contextFile,
    draftFile: createMemoryKeyValueFile(),
    log: silentLogger,
    publish: (event, payload) => published.push({ event, payload } as Published),
    link: { reconnect: createReconnectPolicy({ initialDelayMs: 50, maxDelayMs: 200 }) },
  });
  const dispatch = createDispatcher({ handlers: core.handlers, log: silentLogger });
  const form = { gatewayUrl: gateway.url, username: 'agent1', password: 'baton-demo' };
  // The publisher is typed per channel, so the payload stored under `event` is that channel's payload.
  const lastOf = <E extends EventChannel>(event: E) => published.filter((p) => p.event === event).at(-1)?.payload as EventPayload<E> | undefined;
  return { dispatch, published, form, prefs, lastOf };
}

describe('createCoreSession against a real gateway', () => {
  it('reports app info, falling back to the last successful login', async () => {
    const { dispatch } = setup(createMemoryPreferences({ lastLogin: { gatewayUrl: 'http://127.0.0.1:7400', username: 'agent3' } }));
    expect(await dispatch('app:get-info', undefined)).toEqual({
      ok: true,
      value: { version: '9.9.9', mode: 'browser', defaults: { gatewayUrl: 'http://127.0.0.1:7400', username: 'agent3' }, demo: gateway.demo },
    });
  });

  it('logs in, goes online, receives presence, remembers the login, and never hands out the token', async () => {
    const { dispatch, published, form, prefs, lastOf } = setup();
    const login = await dispatch('session:log-in', { ...form, gatewayUrl: `${form.gatewayUrl}/` });
    expect(login).toMatchObject({ ok: true, value: { username: 'agent1', role: 'agent', gatewayUrl: gateway.url } });
    await waitFor('link online', () => lastOf('link:state-changed')?.status === 'online');
    await waitFor('presence from session:ready', () => lastOf('presence:changed'));
    expect(await dispatch('presence:get', undefined)).toMatchObject({ ok: true, value: { state: expect.any(String) as string } });
    expect(await dispatch('session:get', undefined)).toEqual(login);
    expect(lastOf('session:changed')).toMatchObject({ username: 'agent1' });
    expect(prefs.get().lastLogin).toEqual({ gatewayUrl: gateway.url, username: 'agent1' });
    expect(JSON.stringify([login, published])).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
  });

  it('sets presence through the gateway and publishes it', async () => {
    const { dispatch, form, lastOf } = setup();
    await dispatch('session:log-in', form);
    await waitFor('link online', () => lastOf('link:state-changed')?.status === 'online');
    const set = await dispatch('presence:set', { state: 'break' });
    expect(set).toMatchObject({ ok: true, value: { state: 'break' } });
    expect(lastOf('presence:changed')).toMatchObject({ state: 'break' });
    expect(await dispatch('presence:get', undefined)).toMatchObject({ ok: true, value: { state: 'break' } });
  });

  it('refuses presence and offers without a session and reports wrong passwords as bad-credentials', async () => {
    const { dispatch, form, published } = setup();
    expect(await dispatch('presence:set', { state: 'available' })).toMatchObject({ ok: false, error: { code: 'not-logged-in' } });
    expect(await dispatch('contact:accept', { offerId: 'o1' })).toMatchObject({ ok: false, error: { code: 'not-logged-in' } });
    expect(await dispatch('contact:reject', { offerId: 'o1' })).toMatchObject({ ok: false, error: { code: 'not-logged-in' } });
    expect(await dispatch('contact:accept', { offerId: '' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch('contact:list-offers', undefined)).toEqual({ ok: true, value: [] });
    expect(await dispatch('conversation:list', undefined)).toEqual({ ok: true, value: [] });
    expect(await dispatch('session:log-in', { ...form, password: 'nope' })).toMatchObject({ ok: false, error: { code: 'bad-credentials' } });
    expect(await dispatch('session:get', undefined)).toEqual({ ok: true, value: null });
    expect(published).toEqual([]);
  });

  it('refuses the conversation channels without a session', async () => {
    const { dispatch } = setup();
    const c = { conversationId: 'c-1' };
    for (const result of [
      await dispatch('message:send', { ...c, text: 'Hello' }),
      await dispatch('note:add', { ...c, text: 'Hello' }),
      await dispatch('conversation:end', c),
      await dispatch('wrapup:extend', c),
      await dispatch('wrapup:save-draft', { ...c, disposition: null, notes: '' }),
      await dispatch('wrapup:get-draft', c),
      await dispatch('wrapup:submit', c),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'not-logged-in' } });
    }
    expect(await dispatch('message:send', { ...c, text: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('keeps wrap-up drafts per session and refuses to submit a missing or incomplete one', async () => {
    const { dispatch, form } = setup();
    await dispatch('session:log-in', form);
    const c = { conversationId: 'c-1' };
    expect(await dispatch('wrapup:get-draft', c)).toEqual({ ok: true, value: null });
    const none = await dispatch('wrapup:submit', c);
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(none.ok ? '' : none.error.message).toMatch(/no saved wrap-up/i);
    const saved = await dispatch('wrapup:save-draft', { ...c, disposition: null, notes: 'Called back' });
    expect(saved).toMatchObject({ ok: true, value: { conversationId: 'c-1', disposition: null, notes: 'Called back' } });
    expect(await dispatch('wrapup:get-draft', c)).toEqual(saved);
    const incomplete = await dispatch('wrapup:submit', c);
    expect(incomplete.ok ? '' : incomplete.error.message).toMatch(/Choose a disposition/);
  });

  it('refuses to send while the gateway is unreachable', async () => {
    const { dispatch, form, lastOf } = setup();
    await dispatch('session:log-in', form);
    await waitFor('link online', () => lastOf('link:state-changed')?.status === 'online');
    await gateway.close();
    await waitFor('link offline', () => lastOf('link:state-changed')?.status === 'offline');
    const c = { conversationId: 'c-1' };
    expect(await dispatch('message:send', { ...c, text: 'Hello' })).toMatchObject({ ok: false, error: { code: 'unreachable' } });
    expect(await dispatch('note:add', { ...c, text: 'Hello' })).toMatchObject({ ok: false, error: { code: 'unreachable' } });
    expect(await dispatch('conversation:end', c)).toMatchObject({ ok: false, error: { code: 'unreachable' } });
    // Drafts do not need the link.
    expect(await dispatch('wrapup:save-draft', { ...c, disposition: 'resolved', notes: '' })).toMatchObject({ ok: true });
  });

  it('logs out: closes the link and clears session and presence', async () => {
    const { dispatch, form, lastOf } = setup();
    await dispatch('session:log-in', form);
    await waitFor('link online', () => lastOf('link:state-changed')?.status === 'online');
    expect(await dispatch('session:log-out', undefined)).toEqual({ ok: true, value: null });
    expect(lastOf('session:changed')).toBeNull();
    expect(lastOf('presence:changed')).toBeNull();
    expect(lastOf('link:state-changed')).toMatchObject({ status: 'offline', reason: 'Logged out' });
    expect(await dispatch('link:get-state', undefined)).toMatchObject({ ok: true, value: { status: 'offline' } });
    expect(await dispatch('presence:set', { state: 'busy' })).toMatchObject({ ok: false, error: { code: 'not-logged-in' } });
  });
});
