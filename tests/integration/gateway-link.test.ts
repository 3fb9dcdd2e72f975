// Integration: the real gateway and the real main-side link and session over loopback.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../src/gateway/server';
import { createGatewayLink, type GatewayLink, type ServerEvent } from '../../src/main/core/link/gateway-link';
import { createReconnectPolicy } from '../../src/main/core/link/reconnect-policy';
import { logInOverHttp } from '../../src/main/core/session/gateway-client';
import { waitFor } from '../../src/main/core/testing/wait-for';
import { BatonError } from '../../src/shared/contract/result';
import type { LinkState } from '../../src/shared/domain/link';
import { silentLogger } from '../../src/shared/log';

const SECRET = 'integration-secret-0123456789-abcdefghij';
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function gatewayWith(options: Partial<GatewayOptions> = {}): Promise<RunningGateway> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'baton-int-'));
  const gateway = await startGateway({ demo: true, port: 0, secret: SECRET, dataDir, ...options });
  cleanups.push(async () => {
    await gateway.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  return gateway;
}

function watchLink(url: string, token: string) {
  const states: LinkState[] = [];
  const events: ServerEvent[] = [];
  const link: GatewayLink = createGatewayLink({
    url,
    token,
    log: silentLogger,
    onState: (state) => states.push(state),
    onEvent: (event) => events.push(event),
    reconnect: createReconnectPolicy({ initialDelayMs: 50, maxDelayMs: 250 }),
    connectTimeoutMs: 2000,
  });
  cleanups.push(() => Promise.resolve(link.close()));
  const status = () => states.at(-1)?.status;
  return { link, states, events, status };
}

async function login(gateway: RunningGateway, username = 'agent1', password = 'baton-demo') {
  return logInOverHttp({ gatewayUrl: gateway.url, username, password, log: silentLogger });
}

describe('gateway + link over loopback', () => {
  it('logs in over HTTP, connects, goes online and receives session:ready', async () => {
    const gateway = await gatewayWith();
    const { token, role } = await login(gateway);
    expect(role).toBe('agent');
    const watched = watchLink(gateway.url, token);
    expect(watched.states[0]?.status).toBe('connecting');
    await waitFor('link online', () => watched.status() === 'online');
    const ready = await waitFor('session:ready', () => watched.events.find((e) => e.name === 'session:ready'));
    expect(ready.payload).toMatchObject({ username: 'agent1', role: 'agent' });
    expect(watched.link.state()).toMatchObject({ status: 'online', gatewayUrl: gateway.url, reason: null, attempt: 0 });
  });

  it('round-trips presence and echo through the gateway', async () => {
    const gateway = await gatewayWith();
    const { token } = await login(gateway);
    const watched = watchLink(gateway.url, token);
    await waitFor('link online', () => watched.status() === 'online');
    const presence = await watched.link.request('presence:set', { state: 'busy' });
    expect(presence.state).toBe('busy');
    // Another tab of the same login; a second login would take over (src/main/core/session/takeover.test.ts).
    const other = watchLink(gateway.url, token);
    const ready = await waitFor('second desktop ready', () => other.events.find((e) => e.name === 'session:ready'));
    expect(ready.payload).toMatchObject({ presence: { state: 'busy', since: presence.since } });
    await watched.link.request('presence:set', { state: 'available' });
    await waitFor('presence change pushed to the other desktop', () =>
      other.events.some((e) => e.name === 'presence:changed' && e.payload.state === 'available'),
    );
    expect(await watched.link.echo()).toBeGreaterThanOrEqual(0);
  });

  it('reports a wrong password as bad-credentials', async () => {
    const gateway = await gatewayWith();
    const error = await login(gateway, 'agent1', 'wrong').then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(BatonError);
    expect(error).toMatchObject({ code: 'bad-credentials' });
  });

  it('marks a token from another gateway unauthorized and stops retrying', async () => {
    const issuer = await gatewayWith({ secret: 'another-secret-0123456789-abcdefghijklmn' });
    const gateway = await gatewayWith();
    const watched = watchLink(gateway.url, (await login(issuer)).token);
    await waitFor('link unauthorized', () => watched.status() === 'unauthorized');
    expect(watched.link.state().reason).toBe('Gateway refused the session: the session token is not valid for this gateway. Log in again.');
    const seen = watched.states.length;
    expect(await watched.link.request('diag:echo', { n: 1, sentAt: 0 }).catch((e: unknown) => e)).toMatchObject({ code: 'unreachable' });
    expect(watched.states).toHaveLength(seen);
  });

  it('marks an expired token unauthorized with a reason the agent can act on', async () => {
    const gateway = await gatewayWith({ tokenTtlSeconds: 1 });
    const { token, expiresAt } = await login(gateway);
    await waitFor('token expiry', () => Date.now() > Date.parse(expiresAt) + 1000, { timeoutMs: 5000, intervalMs: 100 });
    const watched = watchLink(gateway.url, token);
    await waitFor('link unauthorized', () => watched.status() === 'unauthorized');
    expect(watched.link.state().reason).toBe('Gateway refused the session: token expired. Log in again.');
  });

  it('goes offline when the gateway stops and back online on its own when it returns on the same port', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'baton-int-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const first = await startGateway({ demo: true, port: 0, secret: SECRET, dataDir });
    const watched = watchLink(first.url, (await login(first)).token);
    await waitFor('link online', () => watched.status() === 'online');
    const readyCount = () => watched.events.filter((e) => e.name === 'session:ready').length;
    const readyBefore = await waitFor('first session:ready', () => readyCount());
    await first.close();
    const offline = await waitFor('link offline', () => watched.states.find((s) => s.status === 'offline'));
    expect(offline.reason).toMatch(/gateway/i);
    expect(offline.nextRetryAt).not.toBeNull();
    const second = await startGateway({ demo: true, port: first.port, secret: SECRET, dataDir });
    cleanups.push(() => second.close());
    await waitFor('link online again', () => watched.status() === 'online');
    await waitFor('session:ready after reconnect', () => readyCount() > readyBefore);
    expect(watched.states.map((s) => s.status)).toEqual(expect.arrayContaining(['online', 'offline', 'connecting']));
    expect(await watched.link.request('presence:set', { state: 'training' })).toMatchObject({ state: 'training' });
  });
});
