// The simulated customer's side of the gateway's channel API (bot key, real HTTP): read the
// conversation, poll its messages, post replies and typing, leave. Every outcome is data; never throws.
import { z } from 'zod';
import { HandoffContextSchema } from '../../shared/domain/handoff-context';

export type CallOutcome<T> =
  | { kind: 'ok'; status: number; value: T }
  | { kind: 'refused'; status: number; body: string }
  | { kind: 'malformed'; status: number; error: string }
  | { kind: 'unreachable'; error: string }
  | { kind: 'cancelled' };

const ConversationViewSchema = z.object({
  conversation: z.object({ status: z.string() }),
  context: HandoffContextSchema.pick({ customer: true, facts: true, intent: true, sentiment: true }),
});
export type ConversationView = z.infer<typeof ConversationViewSchema>;

const MessagesSchema = z.object({
  messages: z.array(z.object({ seq: z.number().int(), from: z.string(), kind: z.string().default('message'), text: z.string() })),
});
export type PolledMessage = z.infer<typeof MessagesSchema>['messages'][number];

export interface CustomerApi {
  conversation(id: string): Promise<CallOutcome<ConversationView>>;
  messagesAfter(id: string, seq: number): Promise<CallOutcome<PolledMessage[]>>;
  send(id: string, message: { text: string; id: string }): Promise<CallOutcome<unknown>>;
  typing(id: string, typing: boolean): Promise<CallOutcome<unknown>>;
  end(id: string): Promise<CallOutcome<unknown>>;
}

export interface CustomerApiOptions {
  gatewayUrl: string;
  botKey: string;
  /** Aborting it cancels every request in flight (stop()). */
  signal: AbortSignal;
  timeoutMs: number;
}

const MAX_LOGGED_BODY = 300;
const Anything = z.unknown();

export function createCustomerApi({ gatewayUrl, botKey, signal, timeoutMs }: CustomerApiOptions): CustomerApi {
  const base = gatewayUrl.replace(/\/+$/, '');

  async function call<T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown): Promise<CallOutcome<T>> {
    try {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${botKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
      });
      const text = await response.text();
      if (!response.ok) return { kind: 'refused', status: response.status, body: text.slice(0, MAX_LOGGED_BODY) };
      let json: unknown = null;
      try {
        json = text === '' ? null : JSON.parse(text);
      } catch {
        return { kind: 'malformed', status: response.status, error: 'the answer is not JSON' };
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) return { kind: 'malformed', status: response.status, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
      return { kind: 'ok', status: response.status, value: parsed.data };
    } catch (error) {
      if (signal.aborted) return { kind: 'cancelled' };
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      return { kind: 'unreachable', error: `${error instanceof Error ? error.message : String(error)}${cause}` };
    }
  }

  const at = (id: string, rest = ''): string => `/v1/conversations/${encodeURIComponent(id)}${rest}`;
  return {
    conversation: (id) => call('GET', at(id), ConversationViewSchema),
    messagesAfter: async (id, seq) => {
      const outcome = await call('GET', at(id, `/messages?after=${seq}`), MessagesSchema);
      return outcome.kind === 'ok' ? { ...outcome, value: outcome.value.messages } : outcome;
    },
    send: (id, message) => call('POST', at(id, '/messages'), Anything, message),
    typing: (id, typing) => call('POST', at(id, '/typing'), Anything, { typing }),
    end: (id) => call('POST', at(id, '/end'), Anything, {}),
  };
}

/** One line for logs: what went wrong with a call that did not succeed. */
export function describeFailure(outcome: Exclude<CallOutcome<unknown>, { kind: 'ok' }>): Record<string, unknown> {
  switch (outcome.kind) {
    case 'refused':
      return { status: outcome.status, body: outcome.body };
    case 'malformed':
      return { status: outcome.status, error: outcome.error };
    case 'unreachable':
      return { error: outcome.error };
    case 'cancelled':
      return { cancelled: true };
  }
}
