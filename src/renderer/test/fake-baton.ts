// An in-memory BatonApi for renderer tests: the injected port, not a module mock. It records every
// invoke, answers from per-channel handlers, and lets a test push contract events. Messages get
// increasing seqs and wrap-up drafts are kept in memory, as the host would.
import type {
  AppInfo,
  BatonApi,
  EventChannel,
  EventPayload,
  InvokeArgs,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
} from '../../shared/contract/ipc';
import type { Result } from '../../shared/contract/result';
import { initialLinkState } from '../../shared/domain/link';
import type { ConversationMessage } from '../../shared/domain/message';
import type { Session } from '../../shared/domain/session';
import type { WrapUpDraft } from '../../shared/domain/wrap-up';

export type FakeHandlers = {
  [C in InvokeChannel]: (request: InvokeRequest<C>) => Result<InvokeResponse<C>> | Promise<Result<InvokeResponse<C>>>;
};

export interface FakeBaton extends BatonApi {
  readonly calls: { channel: InvokeChannel; request: unknown }[];
  emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void;
  callsTo(channel: InvokeChannel): unknown[];
}

export const demoInfo: AppInfo = {
  version: '0.1.0',
  mode: 'browser',
  defaults: { gatewayUrl: 'http://127.0.0.1:7400', username: 'agent1' },
  demo: { users: ['agent1', 'agent2', 'supervisor1'], password: 'baton-demo' },
};

export function sessionFor(username: string, role: Session['role'] = 'agent'): Session {
  return {
    username,
    displayName: role === 'agent' ? 'Alex Agent' : 'Sam Supervisor',
    role,
    gatewayUrl: 'http://127.0.0.1:7400',
    expiresAt: '2030-01-01T00:00:00.000Z',
  };
}

const notHere = (what: string) => ({ ok: false as const, error: { code: 'gateway-error' as const, message: `${what} is not set up in this test` } });

/** Handlers with state of their own, fresh for every fake. */
function statefulDefaults(): Pick<FakeHandlers, 'message:send' | 'note:add' | 'wrapup:save-draft' | 'wrapup:get-draft'> {
  let seq = 100;
  const drafts = new Map<string, WrapUpDraft>();
  const posted = (kind: ConversationMessage['kind'], conversationId: string, text: string): ConversationMessage => {
    seq += 1;
    return { conversationId, seq, id: `client-${seq}`, kind, from: 'agent', author: 'agent1', authorName: 'Alex Agent', text, at: new Date().toISOString() };
  };
  return {
    'message:send': ({ conversationId, text }) => ({ ok: true, value: posted('message', conversationId, text) }),
    'note:add': ({ conversationId, text }) => ({ ok: true, value: posted('note', conversationId, text) }),
    'wrapup:save-draft': ({ conversationId, disposition, notes }) => {
      const draft: WrapUpDraft = {
        conversationId,
        disposition: disposition ?? null,
        notes,
        idempotencyKey: drafts.get(conversationId)?.idempotencyKey ?? `key-${conversationId}-0001`,
        updatedAt: new Date().toISOString(),
      };
      drafts.set(conversationId, draft);
      return { ok: true, value: draft };
    },
    'wrapup:get-draft': ({ conversationId }) => ({ ok: true, value: drafts.get(conversationId) ?? null }),
  };
}

const defaults: Omit<FakeHandlers, keyof ReturnType<typeof statefulDefaults>> = {
  'app:get-info': () => ({ ok: true, value: demoInfo }),
  'session:log-in': (form) => ({ ok: true, value: sessionFor(form.username) }),
  'session:log-out': () => ({ ok: true, value: null }),
  'session:get': () => ({ ok: true, value: null }),
  'link:get-state': () => ({ ok: true, value: initialLinkState(new Date('2030-01-01T00:00:00.000Z')) }),
  'presence:get': () => ({ ok: true, value: null }),
  'presence:set': ({ state }) => ({ ok: true, value: { state, since: new Date().toISOString() } }),
  'contact:accept': () => ({ ok: false, error: { code: 'gateway-error', message: 'No such offer' } }),
  'contact:reject': () => ({ ok: true, value: null }),
  'contact:list-offers': () => ({ ok: true, value: [] }),
  'conversation:list': () => ({ ok: true, value: [] }),
  'canned:list': () => ({ ok: true, value: [] }),
  'conversation:end': () => notHere('conversation:end'),
  'wrapup:extend': () => notHere('wrapup:extend'),
  'wrapup:submit': () => notHere('wrapup:submit'),
  'call:command': () => notHere('call:command'),
  'transfer:request': () => notHere('transfer:request'),
  'transfer:cancel': () => notHere('transfer:cancel'),
  'directory:list': () => ({ ok: true, value: { queues: [], agents: [] } }),
  'app:set-attention': () => ({ ok: true, value: null }),
  'team:list': () => ({ ok: true, value: [] }),
};

export function createFakeBaton(overrides: Partial<FakeHandlers> = {}): FakeBaton {
  const handlers: FakeHandlers = { ...defaults, ...statefulDefaults(), ...overrides };
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  const calls: { channel: InvokeChannel; request: unknown }[] = [];
  return {
    calls,
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.request),
    async invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<Result<InvokeResponse<C>>> {
      calls.push({ channel, request: args[0] });
      const handler = handlers[channel] as (request: unknown) => Result<InvokeResponse<C>> | Promise<Result<InvokeResponse<C>>>;
      return handler(args[0]);
    },
    on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const untyped = listener as (payload: unknown) => void;
      set.add(untyped);
      return () => set.delete(untyped);
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  };
}
