// An in-memory BatonApi for renderer tests: the injected port, not a module mock. It records every
// invoke, answers from per-channel handlers, and lets a test push contract events.
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
import type { Session } from '../../shared/domain/session';

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

const defaults: FakeHandlers = {
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
};

export function createFakeBaton(overrides: Partial<FakeHandlers> = {}): FakeBaton {
  const handlers: FakeHandlers = { ...defaults, ...overrides };
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
