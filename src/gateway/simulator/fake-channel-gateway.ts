// Test support for the customer tests: a tiny real HTTP server on 127.0.0.1 that speaks the gateway's
// channel API (conversation, messages, typing, end) from in-memory data. Never imported by production code.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HandoffContextSchema, type HandoffContext, type HandoffContextInput } from '../../shared/domain/handoff-context';

export interface FakeMessage {
  seq: number;
  id: string;
  kind: 'message';
  from: 'customer' | 'agent';
  text: string;
}

export interface FakeConversation {
  status: string;
  context: HandoffContext;
  messages: FakeMessage[];
}

export interface FakeRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface FakeChannelGateway {
  url: string;
  requests: FakeRequest[];
  conversations: Map<string, FakeConversation>;
  open(id: string, context: Omit<HandoffContextInput, 'source'>, status?: string): void;
  agentSays(id: string, text: string): void;
  customerMessages(id: string): string[];
  /** While true every request gets a 500. */
  failing: boolean;
  close(): Promise<void>;
}

const ACTIVE = new Set(['active', 'on-hold']);

export async function startFakeChannelGateway(botKey: string): Promise<FakeChannelGateway> {
  const conversations = new Map<string, FakeConversation>();
  const requests: FakeRequest[] = [];
  const state = { failing: false };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = null;
      try {
        body = text === '' ? null : (JSON.parse(text) as unknown);
      } catch {
        body = text;
      }
      requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, body });
      const send = (status: number, payload?: unknown): void => {
        if (payload === undefined) res.writeHead(status).end();
        else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
      };
      if (state.failing) return send(500, { error: 'boom' });
      if (req.headers.authorization !== `Bearer ${botKey}`) return send(401, { error: 'bad key' });
      if (req.method === 'POST' && url.pathname.startsWith('/v1/handoffs/')) {
        // Any handoff opens an active conversation, as if an agent took it at once.
        const id = `fake-${conversations.size + 1}`;
        conversations.set(id, { status: 'active', context: HandoffContextSchema.parse({ source: { format: 'native', conversationId: id, raw: null } }), messages: [] });
        return send(202, { conversationId: id, queue: 'general' });
      }
      const match = /^\/v1\/conversations\/([^/]+)(\/[a-z]+)?$/.exec(url.pathname);
      const conversation = match?.[1] === undefined ? undefined : conversations.get(decodeURIComponent(match[1]));
      if (match === null || conversation === undefined) return send(404, { error: 'No conversation' });
      const action = `${req.method ?? ''} ${match[2] ?? ''}`;
      const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
      switch (action) {
        case 'GET ':
          return send(200, { conversation: { conversationId: match[1], status: conversation.status }, context: conversation.context });
        case 'GET /messages': {
          const after = Number(url.searchParams.get('after') ?? '0');
          return send(200, { messages: conversation.messages.filter((m) => m.seq > after) });
        }
        case 'POST /messages': {
          if (!ACTIVE.has(conversation.status)) return send(409, { error: `The conversation is ${conversation.status}` });
          const same = conversation.messages.find((m) => m.from === 'customer' && m.id === fields['id']);
          if (same) return send(200, { seq: same.seq });
          const seq = conversation.messages.length + 1;
          conversation.messages.push({ seq, id: String(fields['id']), kind: 'message', from: 'customer', text: String(fields['text']) });
          return send(202, { seq });
        }
        case 'POST /typing':
          return ACTIVE.has(conversation.status) ? send(204) : send(409, { error: 'not active' });
        case 'POST /end':
          conversation.status = 'ended';
          return send(202, { conversationId: match[1], status: 'ended' });
        default:
          return send(404, { error: 'No such endpoint' });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    conversations,
    open(id, context, status = 'active') {
      const parsed = HandoffContextSchema.parse({ ...context, source: { format: 'native', conversationId: `bot-${id}`, raw: null } });
      conversations.set(id, { status, context: parsed, messages: [] });
    },
    agentSays(id, text) {
      const conversation = conversations.get(id);
      if (!conversation) throw new Error(`no fake conversation ${id}`);
      conversation.messages.push({ seq: conversation.messages.length + 1, id: `agent-${conversation.messages.length + 1}`, kind: 'message', from: 'agent', text });
    },
    customerMessages: (id) => (conversations.get(id)?.messages ?? []).filter((m) => m.from === 'customer').map((m) => m.text),
    get failing() {
      return state.failing;
    },
    set failing(value: boolean) {
      state.failing = value;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
