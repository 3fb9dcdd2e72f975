// Test support for integration tests: a real gateway, core sessions built as the web host builds them
// (conf files in `<tmp>/desktop`), a bot/connector speaking the gateway's HTTP API, and a loopback TCP
// proxy that can cut the desktop's link without touching the gateway's state.
import { createServer, connect, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { expect } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/gateway/server';
import { createDispatcher, type Dispatch } from '../../src/main/core/ipc/dispatch';
import { createReconnectPolicy } from '../../src/main/core/link/reconnect-policy';
import { createMemoryPreferences } from '../../src/main/core/ports';
import { createCoreSession, type CoreSession } from '../../src/main/core/session/core-session';
import { createRecordingLogger, type RecordingLogger } from '../../src/main/core/testing/recording-logger';
import { waitFor } from '../../src/main/core/testing/wait-for';
import type { EventChannel, EventPayload } from '../../src/shared/contract/ipc';
import type { Result } from '../../src/shared/contract/result';
import { createConfContextFile, createConfDraftFile } from '../../src/web/conf-context-file';

export type Published = { [E in EventChannel]: { event: E; payload: EventPayload<E> } }[EventChannel];

export const BOT_KEY = 'integration-bot-key-0123456789';
export const SECRET = 'integration-secret-0123456789-abcdefghij';

export function startTestGateway(tmp: string, port = 0): Promise<RunningGateway> {
  return startGateway({ demo: true, port, host: '127.0.0.1', secret: SECRET, dataDir: path.join(tmp, 'gateway'), botKey: BOT_KEY, simulator: false });
}

export interface Desktop {
  core: CoreSession;
  dispatch: Dispatch;
  published: Published[];
  log: RecordingLogger;
  of<E extends EventChannel>(event: E): EventPayload<E>[];
  logIn(username?: string): Promise<Result<unknown>>;
  online(): Promise<unknown>;
}

/** A core session on `<tmp>/desktop`, talking to `gatewayUrl` (the gateway or a proxy in front of it). */
export function createDesktop(tmp: string, gatewayUrl: string, demo: RunningGateway['demo'], sessions: CoreSession[]): Desktop {
  const log = createRecordingLogger();
  const published: Published[] = [];
  const dataDir = path.join(tmp, 'desktop');
  const core = createCoreSession({
    mode: 'browser',
    version: '0.0.0-test',
    demo,
    defaults: { gatewayUrl, username: 'agent1' },
    prefs: createMemoryPreferences(),
    contextFile: createConfContextFile({ dataDir, log }),
    draftFile: createConfDraftFile({ dataDir, log }),
    log,
    publish: (event, payload) => published.push({ event, payload } as Published),
    link: { reconnect: createReconnectPolicy({ initialDelayMs: 50, maxDelayMs: 200 }), heartbeatIntervalMs: 500, heartbeatTimeoutMs: 500 },
  });
  sessions.push(core);
  const dispatch = createDispatcher({ handlers: core.handlers, log });
  const of = <E extends EventChannel>(event: E) => published.filter((p) => p.event === event).map((p) => p.payload as EventPayload<E>);
  return {
    core,
    dispatch,
    published,
    log,
    of,
    logIn: (username = 'agent1') => dispatch('session:log-in', { gatewayUrl, username, password: 'baton-demo' }),
    online: () => waitFor('link online', () => of('link:state-changed').at(-1)?.status === 'online'),
  };
}

export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** The bot / channel connector side of the gateway's HTTP API (bot key). */
export function connector(gatewayUrl: string) {
  const call = (method: string, url: string, body?: unknown) =>
    fetch(`${gatewayUrl}${url}`, {
      method,
      headers: { authorization: `Bearer ${BOT_KEY}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(5000),
    });
  return {
    async handOver(botConversationId: string): Promise<string> {
      const response = await call('POST', '/v1/handoffs', {
        conversationId: botConversationId,
        customer: { displayName: 'Dana Whitfield', verification: { method: 'sms-otp' } },
        intent: { name: 'return_damaged_item', label: 'Return a damaged item', confidence: 0.91 },
        facts: [{ key: 'orderNumber', label: 'Order number', value: 'A-1001', status: 'confirmed' }],
        transcript: [{ id: 't1', from: 'customer', text: 'My kettle arrived broken.' }],
      });
      expect(response.status).toBe(202);
      return ((await response.json()) as { conversationId: string }).conversationId;
    },
    postMessage: (conversationId: string, id: string, text: string) => call('POST', `/v1/conversations/${conversationId}/messages`, { id, text }),
    async messages(conversationId: string, after = 0): Promise<{ seq: number; text: string; kind: string; from: string }[]> {
      const response = await call('GET', `/v1/conversations/${conversationId}/messages?after=${after}`);
      expect(response.status).toBe(200);
      return ((await response.json()) as { messages: { seq: number; text: string; kind: string; from: string }[] }).messages;
    },
  };
}

export interface LinkProxy {
  url: string;
  /** Drops every open connection and refuses new ones until `resume`. */
  cut(): void;
  resume(): void;
  close(): Promise<void>;
}

/** A loopback TCP proxy in front of the gateway, so a test can drop the desktop's link at will. */
export async function startLinkProxy(targetPort: number): Promise<LinkProxy> {
  const open = new Set<Socket>();
  let refusing = false;
  const server: Server = createServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    cut() {
      refusing = true;
      for (const socket of open) socket.destroy();
    },
    resume() {
      refusing = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
