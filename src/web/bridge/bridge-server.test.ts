import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../main/core/testing/wait-for';
import { silentLogger } from '../../shared/log';
import { startWebHost, type RunningWebHost } from '../host';
import { bridgeUrl, connectBridge, refusedStatus } from '../testing/bridge-test-client';
import { REPLACED_CLOSE_CODE } from './bridge-server';

let root: string;
let host: RunningWebHost;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'baton-bridge-'));
  await mkdir(path.join(root, 'renderer'));
  await writeFile(path.join(root, 'renderer', 'index.html'), '<!doctype html>');
  host = await startWebHost({ rendererDir: path.join(root, 'renderer'), dataDir: path.join(root, 'data'), log: silentLogger, idleTimeoutMs: 200 });
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

describe('bridge admission', () => {
  it('refuses a missing or wrong key, a foreign origin, a bad session id and other paths', async () => {
    const good = { key: host.secret, session: 'session-admit-1' };
    expect(await refusedStatus(bridgeUrl(host.origin, { ...good, key: null }), host.origin)).toBe(403);
    expect(await refusedStatus(bridgeUrl(host.origin, { ...good, key: 'guess' }), host.origin)).toBe(403);
    expect(await refusedStatus(bridgeUrl(host.origin, good), 'http://evil.example')).toBe(403);
    expect(await refusedStatus(bridgeUrl(host.origin, good), `http://localhost:${host.port}`)).toBe(403);
    expect(await refusedStatus(bridgeUrl(host.origin, { ...good, session: null }), host.origin)).toBe(400);
    expect(await refusedStatus(bridgeUrl(host.origin, { ...good, session: '../x' }), host.origin)).toBe(400);
    expect(await refusedStatus(bridgeUrl(host.origin, good).replace('/bridge', '/other'), host.origin)).toBe(404);
    expect(host.activeSessions()).toBe(0);
  });
});

describe('bridge calls', () => {
  it('answers app:get-info with a Result carrying the embedded demo defaults', async () => {
    const client = await connectBridge(host.origin, host.secret, { session: 'session-info-1' });
    const info = await client.invoke('app:get-info');
    expect(info).toEqual({
      ok: true,
      value: { version: '0.0.0-dev', mode: 'browser', defaults: { gatewayUrl: host.gatewayUrl, username: 'agent1' }, demo: host.embeddedGateway?.demo },
    });
    await client.close();
  });

  it('survives malformed frames, answering those with a readable id', async () => {
    const client = await connectBridge(host.origin, host.secret, { session: 'session-junk-1' });
    client.sendRaw('not json at all');
    client.sendRaw(Buffer.from([1, 2, 3]).toString());
    client.sendRaw(JSON.stringify({ kind: 'invoke', channel: 'app:get-info' }));
    client.socket.send(Buffer.from('{"kind":"invoke","id":5,"channel":"app:get-info"}'), { binary: true });
    client.sendRaw(JSON.stringify({ kind: 'invoke', id: 7, channel: 42 }));
    expect(await client.resultFor(7)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('channel') as string } });
    expect(await client.invoke('session:get')).toEqual({ ok: true, value: null });
    expect(client.frames.filter((f) => f.kind === 'result')).toHaveLength(2);
    await client.close();
  });

  it('refuses an unknown channel and a request that breaks the contract', async () => {
    const client = await connectBridge(host.origin, host.secret, { session: 'session-bad-1' });
    expect(await client.invoke('session:steal-token')).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await client.invoke('presence:set', { state: 'asleep' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await client.invoke('presence:set', { state: 'busy' })).toMatchObject({ ok: false, error: { code: 'not-logged-in' } });
    await client.close();
  });
});

describe('bridge sessions', () => {
  it('gives each tab session its own agent and re-attaches a reconnecting tab to its session', async () => {
    const demo = host.embeddedGateway?.demo;
    const tabA = await connectBridge(host.origin, host.secret, { session: 'tab-a-0001' });
    const tabB = await connectBridge(host.origin, host.secret, { session: 'tab-b-0001' });
    const login = await tabA.invoke('session:log-in', { gatewayUrl: host.gatewayUrl, username: 'agent1', password: demo?.password });
    expect(login).toMatchObject({ ok: true, value: { username: 'agent1' } });
    await waitFor('tab A link online', () => tabA.events('link:state-changed').some((s) => (s as { status: string }).status === 'online'));
    expect(await tabB.invoke('session:get')).toEqual({ ok: true, value: null });
    expect(tabB.events('link:state-changed')).toEqual([]);

    await tabA.close();
    const again = await connectBridge(host.origin, host.secret, { session: 'tab-a-0001' });
    expect(await again.invoke('session:get')).toEqual(login);
    expect(await again.invoke('link:get-state')).toMatchObject({ ok: true, value: { status: 'online' } });
    expect(await again.invoke('presence:set', { state: 'lunch' })).toMatchObject({ ok: true, value: { state: 'lunch' } });
    await waitFor('presence event on the re-attached socket', () => again.events('presence:changed').length > 0);
    await again.close();
    await tabB.close();
  });

  it('closes the older socket when a newer one takes over the same session', async () => {
    const first = await connectBridge(host.origin, host.secret, { session: 'tab-dup-0001' });
    const second = await connectBridge(host.origin, host.secret, { session: 'tab-dup-0001' });
    expect((await first.closed).code).toBe(REPLACED_CLOSE_CODE);
    expect(await second.invoke('session:get')).toEqual({ ok: true, value: null });
    await second.close();
  });

  it('disposes a session whose tab stayed away past the idle timeout', async () => {
    const tab = await connectBridge(host.origin, host.secret, { session: 'tab-idle-0001' });
    await tab.invoke('session:log-in', { gatewayUrl: host.gatewayUrl, username: 'agent2', password: host.embeddedGateway?.demo?.password });
    expect(host.activeSessions()).toBeGreaterThan(0);
    await tab.close();
    // Every earlier tab has closed too, so all sessions expire; none is disposed while attached.
    await waitFor('idle sessions disposed', () => host.activeSessions() === 0);
    const back = await connectBridge(host.origin, host.secret, { session: 'tab-idle-0001' });
    expect(await back.invoke('session:get')).toEqual({ ok: true, value: null });
    await back.close();
  });
});
