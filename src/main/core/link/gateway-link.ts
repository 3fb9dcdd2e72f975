// The desktop's one socket to the gateway (the only importer of socket.io-client). It authenticates
// with the token, reconnects with backoff, publishes LinkState, and parses every inbound event and ack
// with the shared protocol schemas. It holds no session or UI state: callers get events and states.
import { io, type Socket } from 'socket.io-client';
import type { z } from 'zod';
import {
  ackSchema,
  AuthRefusalSchema,
  clientRequests,
  serverEvents,
  type AuthRefusalCode,
  type ClientRequest,
  type ClientRequestName,
  type ClientResponse,
  type ServerEventName,
} from '../../../shared/contract/protocol';
import { BatonError, describeIssues } from '../../../shared/contract/result';
import type { LinkState, LinkStatus } from '../../../shared/domain/link';
import type { Logger } from '../../../shared/log';
import { createReconnectPolicy, type ReconnectPolicy } from './reconnect-policy';

/** Worded for the agent; the gateway's own message is logged, the code decides the words. */
const REFUSAL_REASONS: Readonly<Record<AuthRefusalCode, string>> = {
  'missing-token': 'no session token was sent',
  'bad-token': 'the session token is not valid for this gateway',
  'expired-token': 'token expired',
  'unknown-user': 'this user is no longer allowed on the gateway',
  'session-replaced': 'you signed in on another desktop',
};

/** A takeover is told in the gateway's own sentence ("You signed in on another desktop at 09:05."). */
function refusalReason({ code, message }: { code: AuthRefusalCode; message: string }): string {
  if (code === 'session-replaced' && message.trim() !== '') return message.trim();
  return `Gateway refused the session: ${REFUSAL_REASONS[code]}. Log in again.`;
}

export type ServerEvent = { [E in ServerEventName]: { name: E; payload: z.infer<(typeof serverEvents)[E]> } }[ServerEventName];

export interface GatewayLinkOptions {
  /** Gateway base URL; socket.io is reached at its origin. */
  url: string;
  token: string;
  log: Logger;
  onState: (state: LinkState) => void;
  onEvent: (event: ServerEvent) => void;
  reconnect?: ReconnectPolicy;
  /** How long one connection attempt may take before it counts as failed. */
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** An echo every this often notices a dead link in seconds rather than engine.io's ~45 s. 0 disables. */
  heartbeatIntervalMs?: number;
  heartbeatTimeoutMs?: number;
  now?: () => Date;
}

export interface GatewayLink {
  state(): LinkState;
  request<R extends ClientRequestName>(name: R, payload: ClientRequest<R>, timeoutMs?: number): Promise<ClientResponse<R>>;
  /** One `diag:echo` round trip; resolves with its duration in milliseconds. */
  echo(n?: number): Promise<number>;
  close(): void;
}

export function createGatewayLink(options: GatewayLinkOptions): GatewayLink {
  const { url, token, log, onState, onEvent } = options;
  const origin = new URL(url).origin;
  const now = options.now ?? (() => new Date());
  const policy = options.reconnect ?? createReconnectPolicy();
  const connectTimeoutMs = options.connectTimeoutMs ?? 5000;
  const requestTimeoutMs = options.requestTimeoutMs ?? 5000;
  const heartbeatIntervalMs = options.heartbeatIntervalMs ?? 5000;
  const heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? 4000;

  let socket: Socket | null = null;
  let closed = false;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | null = null;
  let heartbeatTimer: NodeJS.Timeout | null = null;
  let heartbeatInFlight = false;
  let echoCounter = 0;
  let current: LinkState = { status: 'connecting', gatewayUrl: url, reason: null, attempt: 0, nextRetryAt: null, since: now().toISOString() };

  function setState(status: LinkStatus, reason: string | null, nextRetryAt: Date | null = null): void {
    if (closed) return;
    const since = status === current.status ? current.since : now().toISOString();
    current = { status, gatewayUrl: url, reason, attempt, nextRetryAt: nextRetryAt?.toISOString() ?? null, since };
    log.info('link state', { status, reason, attempt });
    onState(current);
  }

  function connect(): void {
    if (closed) return;
    retryTimer = null;
    setState('connecting', attempt > 0 ? `Reconnecting (attempt ${attempt})` : null);
    const next = io(origin, {
      auth: { token },
      forceNew: true,
      reconnection: false,
      transports: ['websocket'],
      timeout: connectTimeoutMs,
    });
    socket = next;
    next.on('connect', () => {
      if (socket !== next) return;
      attempt = 0;
      setState('online', null);
      startHeartbeat();
    });
    next.on('connect_error', (error: Error & { data?: unknown }) => {
      if (socket !== next) return;
      const refusal = AuthRefusalSchema.safeParse(error.data);
      if (refusal.success) {
        log.warn('gateway refused the session', { code: refusal.data.code, message: refusal.data.message });
        drop();
        setState('unauthorized', refusalReason(refusal.data));
        return;
      }
      scheduleRetry(`Cannot reach the gateway at ${origin} (${error.message}).`);
    });
    next.on('disconnect', (reason) => {
      // Our own disconnects (close, heartbeat recycle) set the state themselves.
      if (socket !== next || reason === 'io client disconnect') return;
      scheduleRetry(`Lost the connection to the gateway (${reason}).`);
    });
    next.onAny((name: string, ...args: unknown[]) => deliver(name, args[0]));
  }

  function deliver(name: string, payload: unknown): void {
    if (!Object.hasOwn(serverEvents, name)) {
      log.warn('dropped unknown gateway event', { event: name.slice(0, 100) });
      return;
    }
    const eventName = name as ServerEventName;
    const parsed = serverEvents[eventName].safeParse(payload);
    if (!parsed.success) {
      log.warn('dropped invalid gateway event', { event: eventName, issues: describeIssues(parsed.error) });
      return;
    }
    const event = { name: eventName, payload: parsed.data } as ServerEvent;
    if (event.name === 'session:taken-over') {
      // A newer login of this agent replaced this one: retrying would only be refused, so stop here.
      log.warn('session taken over by another desktop', { reason: event.payload.reason });
      drop();
      setState('unauthorized', event.payload.reason);
    }
    onEvent(event);
  }

  function drop(): void {
    stopHeartbeat();
    const old = socket;
    socket = null;
    if (old) {
      old.removeAllListeners();
      old.offAny();
      old.disconnect();
    }
  }

  function scheduleRetry(reason: string): void {
    drop();
    if (closed) return;
    attempt += 1;
    const delay = policy.delayFor(attempt);
    setState('offline', reason, new Date(now().getTime() + delay));
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, delay);
  }

  function startHeartbeat(): void {
    stopHeartbeat();
    if (heartbeatIntervalMs <= 0) return;
    heartbeatTimer = setInterval(() => {
      if (heartbeatInFlight) return;
      heartbeatInFlight = true;
      const beat = socket;
      void echo(undefined, heartbeatTimeoutMs)
        .catch((error: unknown) => {
          if (socket !== beat || closed) return;
          log.warn('heartbeat failed, reconnecting', { error: error instanceof Error ? error.message : String(error) });
          scheduleRetry('The gateway stopped answering.');
        })
        .finally(() => {
          heartbeatInFlight = false;
        });
    }, heartbeatIntervalMs);
  }

  function stopHeartbeat(): void {
    if (heartbeatTimer) clearInterval(heartbeatTimer);
    heartbeatTimer = null;
    heartbeatInFlight = false;
  }

  async function request<R extends ClientRequestName>(name: R, payload: ClientRequest<R>, timeoutMs = requestTimeoutMs): Promise<ClientResponse<R>> {
    const live = socket;
    if (!live?.connected) {
      throw new BatonError('unreachable', 'Baton is not connected to the gateway right now. Try again when the link is back online.');
    }
    const outbound = clientRequests[name].request.safeParse(payload);
    if (!outbound.success) throw new BatonError('invalid-request', describeIssues(outbound.error));
    let raw: unknown;
    try {
      raw = await live.timeout(timeoutMs).emitWithAck(name, outbound.data);
    } catch {
      throw new BatonError('unreachable', `The gateway did not answer "${name}" within ${timeoutMs} ms.`);
    }
    const ack = ackSchema(name).safeParse(raw);
    if (!ack.success) {
      log.warn('invalid ack from gateway', { request: name, issues: describeIssues(ack.error) });
      throw new BatonError('gateway-error', `The gateway sent an invalid answer to "${name}".`);
    }
    if (!ack.data.ok) throw new BatonError(ack.data.error.code, ack.data.error.message);
    return ack.data.value as ClientResponse<R>;
  }

  async function echo(n?: number, timeoutMs = requestTimeoutMs): Promise<number> {
    echoCounter += 1;
    const probe = { n: n ?? echoCounter, sentAt: performance.now() };
    const answer = await request('diag:echo', probe, timeoutMs);
    if (answer.n !== probe.n) throw new BatonError('gateway-error', `Echo mismatch: sent ${probe.n}, got ${answer.n}.`);
    return performance.now() - probe.sentAt;
  }

  connect();

  return {
    state: () => current,
    request,
    echo: (n) => echo(n),
    close() {
      if (closed) return;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      drop();
      closed = true;
    },
  };
}
