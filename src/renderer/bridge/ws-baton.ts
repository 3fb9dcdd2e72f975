// The browser-mode BatonApi: carries invoke/on over one WebSocket to the web host and reconnects with
// backoff. It owns the socket and the pending calls; it never interprets what a channel means.
//
// Delivery choice: calls made while the first connection (or a reconnect) is opening wait for it;
// calls made while waiting to retry, and calls in flight when the socket drops, resolve to
// `unreachable` at once. Re-sending them later could repeat a side effect (a presence change) the
// agent has already moved past, so the caller decides whether to try again.
import type { BatonApi, EventChannel, EventPayload, InvokeArgs, InvokeChannel, InvokeResponse } from '../../shared/contract/ipc';
import type { Result } from '../../shared/contract/result';
import type { LinkState } from '../../shared/domain/link';
import { reconnectDelay } from './reconnect-delay';
import { decodeHostFrame, encodeInvoke, parseEvent, parseInvokeResult, type ParsedEvent } from './wire';

/** The part of the DOM WebSocket the bridge uses; a test double implements just this. */
export interface BridgeSocket {
  send(data: string): void;
  close(): void;
  onopen: ((event: Event) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
}

export interface WsBatonDeps {
  url: string;
  createSocket: (url: string) => BridgeSocket;
  schedule?: (run: () => void, ms: number) => () => void;
  now?: () => Date;
  delay?: (attempt: number) => number;
  warn?: (message: string) => void;
}

export interface WsBaton extends BatonApi {
  /** Closes the socket for good: pending calls resolve to `unreachable`, no reconnect. */
  dispose(): void;
}

type Pending = { channel: InvokeChannel; resolve: (result: Result<unknown>) => void };
type Queued = Pending & { id: number; request: unknown };
type Phase = 'connecting' | 'open' | 'waiting' | 'disposed';

const UNREACHABLE = { code: 'unreachable', message: 'The Baton host is not reachable; reconnecting.' } as const;

const defaultSchedule = (run: () => void, ms: number): (() => void) => {
  const handle = setTimeout(run, ms);
  return () => clearTimeout(handle);
};

export function createWsBaton(deps: WsBatonDeps): WsBaton {
  const schedule = deps.schedule ?? defaultSchedule;
  const now = deps.now ?? (() => new Date());
  const delay = deps.delay ?? ((attempt: number) => reconnectDelay(attempt));
  const warn = deps.warn ?? ((message: string) => console.warn(message));

  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  const pending = new Map<number, Pending>();
  let queue: Queued[] = [];
  let nextId = 1;
  let attempt = 0;
  let hasBeenOpen = false;
  let phase: Phase = 'connecting';
  let socket: BridgeSocket | null = null;
  let cancelRetry: (() => void) | null = null;
  let lastGatewayUrl: string | null = null;

  function emit(event: ParsedEvent): void {
    if (event.channel === 'link:state-changed') lastGatewayUrl = event.payload.gatewayUrl;
    for (const listener of listeners.get(event.channel) ?? []) listener(event.payload);
  }

  function send(call: Queued): void {
    pending.set(call.id, { channel: call.channel, resolve: call.resolve });
    socket?.send(encodeInvoke(call.id, call.channel, call.request));
  }

  function failAll(): void {
    const dropped = [...pending.values(), ...queue];
    pending.clear();
    queue = [];
    for (const call of dropped) call.resolve({ ok: false, error: UNREACHABLE });
  }

  /** After a reconnect the host may have moved on: read the live state again and replay it as events. */
  async function resync(): Promise<void> {
    const link = await invokeRaw('link:get-state', undefined);
    if (link.ok) emit({ channel: 'link:state-changed', payload: link.value as LinkState });
    const session = await invokeRaw('session:get', undefined);
    if (session.ok) emit({ channel: 'session:changed', payload: session.value as EventPayload<'session:changed'> });
    const presence = await invokeRaw('presence:get', undefined);
    if (presence.ok) emit({ channel: 'presence:changed', payload: presence.value as EventPayload<'presence:changed'> });
  }

  function onMessage(data: unknown): void {
    const frame = decodeHostFrame(data);
    if (!frame) {
      warn('Bridge: ignored a frame that does not match the contract');
      return;
    }
    if (frame.kind === 'event') {
      const event = parseEvent(frame.channel, frame.payload);
      if (event) emit(event);
      else warn(`Bridge: ignored an invalid ${frame.channel} event`);
      return;
    }
    const call = pending.get(frame.id);
    if (!call) return;
    pending.delete(frame.id);
    call.resolve(parseInvokeResult(call.channel, frame.result));
  }

  function onDrop(): void {
    if (phase === 'disposed' || phase === 'waiting') return;
    socket = null;
    phase = 'waiting';
    failAll();
    const wait = delay(attempt);
    attempt += 1;
    const nextRetryAt = new Date(now().getTime() + wait).toISOString();
    emit({
      channel: 'link:state-changed',
      payload: {
        status: 'offline',
        gatewayUrl: lastGatewayUrl,
        reason: 'Lost the connection to the Baton host',
        attempt,
        nextRetryAt,
        since: now().toISOString(),
      },
    });
    cancelRetry = schedule(connect, wait);
  }

  function connect(): void {
    cancelRetry = null;
    if (phase === 'disposed') return;
    phase = 'connecting';
    const current = deps.createSocket(deps.url);
    socket = current;
    current.onopen = () => {
      if (socket !== current) return;
      phase = 'open';
      attempt = 0;
      const waiting = queue;
      queue = [];
      for (const call of waiting) send(call);
      if (hasBeenOpen) void resync();
      hasBeenOpen = true;
    };
    current.onmessage = (event) => {
      if (socket === current) onMessage(event.data);
    };
    current.onclose = () => {
      if (socket === current) onDrop();
    };
    current.onerror = () => {
      if (socket === current) onDrop();
    };
  }

  function invokeRaw(channel: InvokeChannel, request: unknown): Promise<Result<unknown>> {
    return new Promise((resolve) => {
      const call: Queued = { id: nextId++, channel, request, resolve };
      if (phase === 'open') send(call);
      else if (phase === 'connecting') queue.push(call);
      else resolve({ ok: false, error: UNREACHABLE });
    });
  }

  connect();

  return {
    invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<Result<InvokeResponse<C>>> {
      // Results were checked against this channel's response schema in onMessage.
      return invokeRaw(channel, args[0]) as Promise<Result<InvokeResponse<C>>>;
    },
    on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      // Payloads reach listeners only after parseEvent matched them to this channel's schema.
      const untyped = listener as (payload: unknown) => void;
      set.add(untyped);
      return () => set.delete(untyped);
    },
    dispose(): void {
      phase = 'disposed';
      cancelRetry?.();
      const current = socket;
      socket = null;
      current?.close();
      failAll();
    },
  };
}
