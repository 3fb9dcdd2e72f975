// The browser-mode transport of the `baton` contract: a WebSocket at BRIDGE_PATH on the web host.
// It admits only the host's own origin holding the per-run key, parses every frame, and hands calls
// to the tab's CoreSession through the shared dispatcher. Bad frames are logged and never fatal.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { z } from 'zod';
import { BRIDGE_PATH, InvokeFrameSchema, type HostFrame } from '../../shared/contract/bridge-wire';
import { describeIssues } from '../../shared/contract/result';
import type { Logger } from '../../shared/log';
import type { AccessPolicy } from '../access';
import type { Attachment, SessionRegistry } from './session-registry';

/** Close code sent to a socket whose tab session was taken over by a newer socket: do not reconnect. */
export const REPLACED_CLOSE_CODE = 4409;
const SessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,128}$/);
const MAX_FRAME_BYTES = 1024 * 1024;

export interface BridgeServerDeps {
  server: Server;
  access: AccessPolicy;
  registry: SessionRegistry;
  log: Logger;
}

export interface BridgeServer {
  close(): Promise<void>;
}

export function attachBridgeServer({ server, access, registry, log }: BridgeServerDeps): BridgeServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });

  function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    const sessionId = SessionIdSchema.safeParse(url.searchParams.get('session'));
    const refusal =
      url.pathname !== BRIDGE_PATH ? { status: 404, why: 'unknown path' }
      : !access.hostAllowed(req.headers.host) ? { status: 403, why: 'foreign host header' }
      : !access.originAllowed(req.headers.origin) ? { status: 403, why: 'foreign origin' }
      : !access.keyMatches(url.searchParams.get('key')) ? { status: 403, why: 'missing or wrong key' }
      : !sessionId.success ? { status: 400, why: 'missing or malformed session id' }
      : null;
    if (refusal || !sessionId.success) {
      log.warn('web: bridge connection refused', { why: refusal?.why, origin: req.headers.origin ?? null });
      refuse(socket, refusal?.status ?? 400);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, sessionId.data));
  }

  function onConnection(ws: WebSocket, sessionId: string): void {
    const send = (frame: HostFrame): void => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
    };
    const attachment = registry.attach(sessionId, {
      send,
      replaced: () => ws.close(REPLACED_CLOSE_CODE, 'Replaced by a newer connection'),
    });
    if (!attachment) {
      log.warn('web: bridge connection refused: too many sessions');
      ws.close(1013, 'Too many browser sessions');
      return;
    }
    ws.on('message', (data, isBinary) => onFrame(data, isBinary, attachment, send));
    ws.on('close', () => attachment.detach());
    ws.on('error', (error) => log.warn('web: bridge socket error', { error: error.message }));
  }

  function onFrame(data: RawData, isBinary: boolean, attachment: Attachment, send: (frame: HostFrame) => void): void {
    if (isBinary) {
      log.warn('web: ignored a binary bridge frame');
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(rawText(data));
    } catch {
      log.warn('web: ignored a bridge frame that is not JSON');
      return;
    }
    const frame = InvokeFrameSchema.safeParse(raw);
    if (!frame.success) {
      const message = describeIssues(frame.error);
      log.warn('web: malformed bridge frame', { issues: message });
      const id = readableId(raw);
      if (id !== null) send({ kind: 'result', id, result: { ok: false, error: { code: 'invalid-request', message: `Malformed frame: ${message}` } } });
      return;
    }
    const { id, channel, request } = frame.data;
    void attachment.dispatch(channel, request).then((result) => send({ kind: 'result', id, result }));
  }

  server.on('upgrade', onUpgrade);

  return {
    async close() {
      server.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.close(1001, 'Baton is shutting down');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      for (const client of wss.clients) client.terminate();
    },
  };
}

function refuse(socket: Duplex, status: number): void {
  const text = status === 404 ? 'Not Found' : status === 400 ? 'Bad Request' : 'Forbidden';
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.once('finish', () => socket.destroy());
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}

function readableId(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const { id } = raw;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
}
