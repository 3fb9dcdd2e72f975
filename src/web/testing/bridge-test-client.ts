// Test support: a real `ws` client speaking the bridge wire protocol, the way the renderer does.
// Never imported by production code.
import WebSocket from 'ws';
import { BRIDGE_PATH, HostFrameSchema, type HostFrame } from '../../shared/contract/bridge-wire';
import type { Result } from '../../shared/contract/result';

export interface BridgeTestClient {
  socket: WebSocket;
  frames: HostFrame[];
  events(channel: string): unknown[];
  invoke(channel: string, request?: unknown): Promise<Result<unknown>>;
  /** Sends raw text and waits for the result with `id`, if one is expected. */
  sendRaw(text: string): void;
  resultFor(id: number): Promise<Result<unknown>>;
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  origin?: string;
  key?: string | null;
  session?: string | null;
}

export function bridgeUrl(hostOrigin: string, { key, session }: { key: string | null; session: string | null }): string {
  const url = new URL(BRIDGE_PATH, hostOrigin.replace(/^http/, 'ws'));
  if (key !== null) url.searchParams.set('key', key);
  if (session !== null) url.searchParams.set('session', session);
  return url.toString();
}

/** Resolves with the HTTP status when the upgrade is refused, or rejects if it was accepted. */
export function refusedStatus(url: string, origin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { origin });
    socket.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      socket.close();
      reject(new Error('the bridge accepted a connection it should refuse'));
    });
    socket.on('error', () => undefined);
  });
}

export async function connectBridge(hostOrigin: string, secret: string, options: ConnectOptions = {}): Promise<BridgeTestClient> {
  const url = bridgeUrl(hostOrigin, { key: options.key === undefined ? secret : options.key, session: options.session === undefined ? 'session-0001' : options.session });
  const socket = new WebSocket(url, { origin: options.origin ?? hostOrigin });
  const frames: HostFrame[] = [];
  const waiters = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;
  socket.on('message', (data: Buffer) => {
    const frame = HostFrameSchema.parse(JSON.parse(data.toString('utf8')));
    frames.push(frame);
    if (frame.kind === 'result') waiters.get(frame.id)?.(frame.result);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const resultFor = (id: number) =>
    new Promise<Result<unknown>>((resolve) => {
      const done = frames.find((f) => f.kind === 'result' && f.id === id);
      if (done?.kind === 'result') resolve(done.result);
      else waiters.set(id, resolve);
    });
  return {
    socket,
    frames,
    events: (channel) => frames.flatMap((f) => (f.kind === 'event' && f.channel === channel ? [f.payload] : [])),
    invoke(channel, request) {
      const id = nextId++;
      socket.send(JSON.stringify({ kind: 'invoke', id, channel, request }));
      return resultFor(id);
    },
    sendRaw: (text) => socket.send(text),
    resultFor,
    closed,
    async close() {
      if (socket.readyState !== WebSocket.CLOSED) socket.close();
      await closed;
    },
  };
}
