// The browser-mode transport against an in-memory socket (the injected BridgeSocket port): frames,
// contract checks, and what happens to calls and state when the host connection drops.
import { describe, expect, it } from 'vitest';
import type { LinkState } from '../../shared/domain/link';
import { createWsBaton, type BridgeSocket } from './ws-baton';

class FakeSocket implements BridgeSocket {
  readonly sent: unknown[] = [];
  closed = false;
  onopen: ((event: Event) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.closed = true;
  }
  open() {
    this.onopen?.(new Event('open'));
  }
  receive(frame: unknown) {
    this.onmessage?.(new MessageEvent('message', { data: typeof frame === 'string' ? frame : JSON.stringify(frame) }));
  }
  drop() {
    this.onclose?.(new CloseEvent('close'));
  }
}

const NOW = new Date('2030-01-01T12:00:00.000Z');
const online: LinkState = { status: 'online', gatewayUrl: 'http://127.0.0.1:7400', reason: null, attempt: 0, nextRetryAt: null, since: NOW.toISOString() };

function harness() {
  const sockets: FakeSocket[] = [];
  const timers: { run: () => void; ms: number; cancelled: boolean }[] = [];
  const warnings: string[] = [];
  const baton = createWsBaton({
    url: 'ws://127.0.0.1:1/bridge?key=k&session=s',
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    schedule: (run, ms) => {
      const timer = { run, ms, cancelled: false };
      timers.push(timer);
      return () => (timer.cancelled = true);
    },
    now: () => NOW,
    delay: (attempt) => 1000 * (attempt + 1),
    warn: (m) => warnings.push(m),
  });
  const socket = () => {
    const s = sockets.at(-1);
    if (!s) throw new Error('no socket yet');
    return s;
  };
  return { baton, sockets, timers, warnings, socket };
}

describe('createWsBaton', () => {
  it('holds calls until the socket opens, then sends invoke frames with fresh ids', async () => {
    const { baton, socket } = harness();
    expect(socket().url).toBe('ws://127.0.0.1:1/bridge?key=k&session=s');
    const info = baton.invoke('link:get-state');
    const set = baton.invoke('presence:set', { state: 'busy' });
    expect(socket().sent).toEqual([]);
    socket().open();
    expect(socket().sent).toEqual([
      { kind: 'invoke', id: 1, channel: 'link:get-state' },
      { kind: 'invoke', id: 2, channel: 'presence:set', request: { state: 'busy' } },
    ]);
    socket().receive({ kind: 'result', id: 2, result: { ok: false, error: { code: 'unreachable', message: 'gateway down' } } });
    socket().receive({ kind: 'result', id: 1, result: { ok: true, value: online } });
    await expect(info).resolves.toEqual({ ok: true, value: online });
    await expect(set).resolves.toEqual({ ok: false, error: { code: 'unreachable', message: 'gateway down' } });
  });

  it('turns an answer that breaks the contract into an internal error', async () => {
    const { baton, socket } = harness();
    socket().open();
    const call = baton.invoke('link:get-state');
    socket().receive({ kind: 'result', id: 1, result: { ok: true, value: { status: 'sideways' } } });
    const result = await call;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('internal');
  });

  it('passes valid events to listeners and drops invalid frames and payloads with a warning', () => {
    const { baton, socket, warnings } = harness();
    socket().open();
    const seen: LinkState[] = [];
    const off = baton.on('link:state-changed', (state) => seen.push(state));
    socket().receive({ kind: 'event', channel: 'link:state-changed', payload: online });
    socket().receive({ kind: 'event', channel: 'link:state-changed', payload: { status: 'online' } });
    socket().receive({ kind: 'event', channel: 'evil:channel', payload: {} });
    socket().receive('not json');
    socket().receive({ kind: 'result', id: 99, result: { ok: true, value: 1 } });
    off();
    socket().receive({ kind: 'event', channel: 'link:state-changed', payload: online });
    expect(seen).toEqual([online]);
    expect(warnings).toHaveLength(3);
  });

  it('on a drop fails pending calls, reports offline with the next retry, and fails new calls until reconnected', async () => {
    const { baton, socket, sockets, timers } = harness();
    socket().open();
    socket().receive({ kind: 'event', channel: 'link:state-changed', payload: online });
    const states: LinkState[] = [];
    baton.on('link:state-changed', (s) => states.push(s));
    const inFlight = baton.invoke('presence:set', { state: 'available' });
    socket().drop();
    await expect(inFlight).resolves.toMatchObject({ ok: false, error: { code: 'unreachable' } });
    expect(states).toEqual([
      {
        status: 'offline',
        gatewayUrl: 'http://127.0.0.1:7400',
        reason: 'Lost the connection to the Baton host',
        attempt: 1,
        nextRetryAt: '2030-01-01T12:00:01.000Z',
        since: NOW.toISOString(),
      },
    ]);
    await expect(baton.invoke('session:get')).resolves.toMatchObject({ ok: false, error: { code: 'unreachable' } });
    expect(timers.map((t) => t.ms)).toEqual([1000]);

    timers[0]?.run();
    expect(sockets).toHaveLength(2);
    const queued = baton.invoke('session:get');
    socket().open();
    // After a reconnect the bridge replays live state, then sends what was queued.
    expect(socket().sent).toEqual([
      { kind: 'invoke', id: 3, channel: 'session:get' },
      { kind: 'invoke', id: 4, channel: 'link:get-state' },
    ]);
    socket().receive({ kind: 'result', id: 3, result: { ok: true, value: null } });
    await expect(queued).resolves.toEqual({ ok: true, value: null });
    socket().receive({ kind: 'result', id: 4, result: { ok: true, value: online } });
    await expect.poll(() => states.at(-1)?.status).toBe('online');
  });

  it('backs off further on repeated failures and stops for good on dispose', () => {
    const { baton, socket, sockets, timers } = harness();
    socket().drop();
    timers[0]?.run();
    socket().onerror?.(new Event('error'));
    socket().drop();
    expect(timers.map((t) => t.ms)).toEqual([1000, 2000]);
    baton.dispose();
    expect(timers[1]?.cancelled).toBe(true);
    timers[1]?.run();
    expect(sockets).toHaveLength(2);
  });

  it('closes an open socket on dispose and fails what was pending', async () => {
    const { baton, socket, timers } = harness();
    socket().open();
    const call = baton.invoke('session:get');
    baton.dispose();
    expect(socket().closed).toBe(true);
    await expect(call).resolves.toMatchObject({ ok: false, error: { code: 'unreachable' } });
    socket().drop();
    expect(timers).toEqual([]);
  });
});
