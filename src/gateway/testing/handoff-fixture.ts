// Test support for intake and routing: a real gateway on 127.0.0.1 port 0 with agents, queues and a bot
// key, an HTTP helper that posts handoffs as a bot would, and real socket.io agents that record events.
// Used by the gateway's own tests; never imported by production code.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
// eslint-disable-next-line no-restricted-imports -- test support: agents are real socket.io clients, as desktops are
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerEventName, ServerToClientEvents } from '../../shared/contract/protocol';
import { LoginResponseSchema } from '../../shared/contract/http';
import type { SelectablePresence } from '../../shared/domain/presence';
import type { Role } from '../../shared/domain/role';
import { hashPassword } from '../auth/password-hash';
import type { QueueConfig } from '../config/routing-schema';
import { startGateway, type GatewayOptions, type RunningGateway } from '../server';
import { login, makeTempDir, TEST_SECRET } from './gateway-fixture';

export const TEST_BOT_KEY = 'test-bot-key-0123456789abcdef';
export const PASSWORD = 'routing-test-pw';

export interface PersonSpec {
  username: string;
  role?: Role;
  skills?: string[];
  capacity?: number;
}

export interface RoutingGateway {
  gateway: RunningGateway;
  stop: () => Promise<void>;
}

export async function startRoutingGateway(
  people: readonly PersonSpec[],
  config: { queues?: Partial<QueueConfig>[]; routing?: Record<string, unknown>; webhooks?: Record<string, unknown>[]; wellbeing?: Record<string, unknown> } = {},
  options: Partial<GatewayOptions> = {},
): Promise<RoutingGateway> {
  const temp = await makeTempDir();
  const passwordHash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
  const users = people.map(({ username, role = 'agent', ...rest }) => ({ username, displayName: `Test ${username}`, role, passwordHash, ...rest }));
  const configPath = join(temp.dir, 'gateway.json');
  await writeFile(configPath, JSON.stringify({ users, ...config }));
  const gateway = await startGateway({ configPath, secret: TEST_SECRET, botKey: TEST_BOT_KEY, dataDir: join(temp.dir, 'data'), port: 0, host: '127.0.0.1', ...options });
  return {
    gateway,
    stop: async () => {
      await gateway.close();
      await temp.remove();
    },
  };
}

export interface PostOptions {
  format?: string;
  key?: string | null;
  headers?: Record<string, string>;
}

export async function postHandoff(url: string, body: unknown, { format = 'native', key = TEST_BOT_KEY, headers = {} }: PostOptions = {}) {
  const path = format === 'native' ? '/v1/handoffs' : `/v1/handoffs/${format}`;
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { authorization: `Bearer ${key}` }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

/** A minimal valid native handoff. */
export function nativeHandoff(conversationId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    conversationId,
    customer: { displayName: `Customer ${conversationId}` },
    intent: { name: 'general_question', label: 'General question', confidence: 0.9 },
    facts: [{ key: 'orderNumber', label: 'Order number', value: 'A-1001', status: 'confirmed' }],
    transcript: [{ id: 't1', from: 'customer', text: 'I need a person' }],
    ...extra,
  };
}

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
type Payload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];

/** A connected agent desktop that keeps every server event it received, in order. */
export interface TestAgent {
  username: string;
  /** The login's token: another connection with it is another tab of the same desktop session. */
  token: string;
  client: Client;
  events: { name: ServerEventName; payload: unknown }[];
  received<E extends ServerEventName>(name: E): Payload<E>[];
  /** Resolves with the `count`-th event of that name (1-based), waiting for it if needed. */
  next<E extends ServerEventName>(name: E, count?: number): Promise<Payload<E>>;
  setPresence(state: SelectablePresence): Promise<unknown>;
  close(): void;
}

const EVENTS: ServerEventName[] = [
  'session:ready',
  'presence:changed',
  'offer:created',
  'offer:withdrawn',
  'conversation:assigned',
  'conversation:message',
  'conversation:typing',
  'conversation:updated',
  'wellbeing:suggestion',
  'team:agent-changed',
];

/** A new login unless `token` is given; a newer login of the same agent takes over from the older one. */
export async function connectAgent(url: string, username: string, given?: string): Promise<TestAgent> {
  const token = given ?? LoginResponseSchema.parse(await (await login(url, username, PASSWORD)).json()).token;
  const client: Client = connect(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  const events: TestAgent['events'] = [];
  const waiters: (() => void)[] = [];
  for (const name of EVENTS) {
    (client as unknown as { on(e: string, l: (p: unknown) => void): void }).on(name, (payload) => {
      events.push({ name, payload });
      for (const wake of waiters.splice(0)) wake();
    });
  }
  const agent: TestAgent = {
    username,
    token,
    client,
    events,
    received: <E extends ServerEventName>(name: E) => events.filter((e) => e.name === name).map((e) => e.payload as Payload<E>),
    next: <E extends ServerEventName>(name: E, count = 1) =>
      new Promise<Payload<E>>((resolve) => {
        const check = (): void => {
          const found = agent.received(name)[count - 1];
          if (found !== undefined) resolve(found);
          else waiters.push(check);
        };
        check();
      }),
    setPresence: (state) => client.emitWithAck('presence:set', { state }),
    close: () => client.disconnect(),
  };
  await agent.next('session:ready');
  return agent;
}
