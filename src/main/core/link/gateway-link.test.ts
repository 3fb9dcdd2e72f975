// The link against a bare socket.io server that misbehaves on purpose: invalid events, invalid acks,
// refusals and silence. The well-behaved path runs against the real gateway in tests/integration.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket as ServerSocket } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkState } from '../../../shared/domain/link';
import { createRecordingLogger } from '../testing/recording-logger';
import { waitFor } from '../testing/wait-for';
import { createGatewayLink, type GatewayLink, type ServerEvent } from './gateway-link';
import { createReconnectPolicy } from './reconnect-policy';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fakeGateway(onConnection: (socket: ServerSocket) => void, middleware?: Parameters<Server['use']>[0]) {
  const http = createServer();
  const io = new Server(http);
  if (middleware) io.use(middleware);
  io.on('connection', onConnection);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => void io.close(() => resolve())));
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

function open(url: string, extra: { heartbeatIntervalMs?: number; heartbeatTimeoutMs?: number } = {}) {
  const states: LinkState[] = [];
  const events: ServerEvent[] = [];
  const log = createRecordingLogger();
  const link: GatewayLink = createGatewayLink({
    url,
    token: 'token-1',
    log,
    onState: (s) => states.push(s),
    onEvent: (e) => events.push(e),
    reconnect: createReconnectPolicy({ initialDelayMs: 50, maxDelayMs: 100 }),
    heartbeatIntervalMs: 0,
    requestTimeoutMs: 500,
    ...extra,
  });
  cleanups.push(() => link.close());
  return { link, states, events, log, status: () => states.at(-1)?.status };
}

const validPresence = { state: 'available', since: '2025-01-01T00:00:00.000Z' };

describe('createGatewayLink', () => {
  it('sends the token and drops unknown or invalid events, delivering only valid ones', async () => {
    let auth: unknown = null;
    const url = await fakeGateway((socket) => {
      auth = socket.handshake.auth;
      socket.emit('contact:offered', { evil: true });
      socket.emit('presence:changed', { state: 'sleeping', since: 'yesterday' });
      socket.emit('presence:changed', validPresence);
    });
    const { events, log, status } = open(url);
    await waitFor('valid event delivered', () => events.length === 1);
    expect(status()).toBe('online');
    expect(auth).toEqual({ token: 'token-1' });
    expect(events).toEqual([{ name: 'presence:changed', payload: validPresence }]);
    expect(log.at('warn').map((e) => e.message)).toEqual(['dropped unknown gateway event', 'dropped invalid gateway event']);
  });

  it('turns error acks into BatonErrors with their code and invalid acks into gateway-error', async () => {
    const url = await fakeGateway((socket) => {
      socket.on('presence:set', (_payload: unknown, ack: (r: unknown) => void) => ack({ ok: false, error: { code: 'not-logged-in', message: 'who?' } }));
      socket.on('diag:echo', (_payload: unknown, ack: (r: unknown) => void) => ack({ ok: true, value: 'nonsense' }));
    });
    const { link, status } = open(url);
    await waitFor('online', () => status() === 'online');
    await expect(link.request('presence:set', { state: 'busy' })).rejects.toMatchObject({ code: 'not-logged-in', message: 'who?' });
    await expect(link.echo()).rejects.toMatchObject({ code: 'gateway-error' });
  });

  it('refuses to send a request that breaks the protocol, and reports a missing answer as unreachable', async () => {
    const url = await fakeGateway(() => undefined);
    const { link, status } = open(url);
    await waitFor('online', () => status() === 'online');
    // @ts-expect-error: the state is not part of the protocol
    await expect(link.request('presence:set', { state: 'asleep' })).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(link.request('presence:set', { state: 'busy' })).rejects.toMatchObject({ code: 'unreachable', message: expect.stringContaining('did not answer') as string });
  });

  it('treats a socket.io error without refusal data as a network problem and keeps retrying', async () => {
    let attempts = 0;
    const url = await fakeGateway(() => undefined, (_socket, next) => {
      attempts += 1;
      next(new Error('busy'));
    });
    const { states } = open(url);
    await waitFor('three attempts', () => attempts >= 3);
    const offline = states.filter((s) => s.status === 'offline');
    expect(offline.length).toBeGreaterThanOrEqual(2);
    expect(offline[1]?.attempt).toBe(2);
    expect(states.some((s) => s.status === 'unauthorized')).toBe(false);
  });

  it('notices a gateway that stops answering through the heartbeat and reconnects', async () => {
    let connections = 0;
    const url = await fakeGateway((socket) => {
      connections += 1;
      if (connections === 1) socket.on('diag:echo', () => undefined);
      else socket.on('diag:echo', (payload: unknown, ack: (r: unknown) => void) => ack({ ok: true, value: payload }));
    });
    const { states } = open(url, { heartbeatIntervalMs: 50, heartbeatTimeoutMs: 100 });
    const stalled = await waitFor('offline after a silent heartbeat', () => states.find((s) => s.status === 'offline'));
    expect(stalled.reason).toBe('The gateway stopped answering.');
    await waitFor('back online', () => connections === 2 && states.at(-1)?.status === 'online');
  });

  it('reports an unreachable gateway as offline with the next retry time', async () => {
    const url = await fakeGateway(() => undefined);
    await cleanups.pop()?.();
    const { states } = open(url);
    const offline = await waitFor('offline', () => states.find((s) => s.status === 'offline'));
    expect(offline.reason).toContain(`Cannot reach the gateway at ${url}`);
    expect(Date.parse(offline.nextRetryAt ?? '')).toBeGreaterThanOrEqual(Date.parse(offline.since));
  });
});
