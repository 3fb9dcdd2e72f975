// The simulated telephony connector's side of the gateway (bot key, real HTTP): read a conversation's
// status and channel, report call events, poll the agent's call commands. Every outcome is data; never throws.
import { z } from 'zod';
import { CallCommandSchema, type CallEventType } from '../../shared/domain/call';
import type { CallOutcome } from './customer-api';

const ConversationSchema = z.object({ conversation: z.object({ status: z.string(), channel: z.string() }) });
const CommandsSchema = z.object({ commands: z.array(z.object({ seq: z.number().int(), command: CallCommandSchema })) });
export type PolledCommand = z.infer<typeof CommandsSchema>['commands'][number];

export interface TelephonyApi {
  conversation(id: string): Promise<CallOutcome<{ status: string; channel: string }>>;
  event(id: string, event: { type: CallEventType; id: string }): Promise<CallOutcome<unknown>>;
  commandsAfter(id: string, seq: number): Promise<CallOutcome<PolledCommand[]>>;
}

export function createTelephonyApi({ gatewayUrl, botKey, signal, timeoutMs }: { gatewayUrl: string; botKey: string; signal: AbortSignal; timeoutMs: number }): TelephonyApi {
  const base = gatewayUrl.replace(/\/+$/, '');

  async function call<T>(path: string, schema: z.ZodType<T>, body?: unknown): Promise<CallOutcome<T>> {
    try {
      const response = await fetch(`${base}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${botKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
      });
      const text = await response.text();
      if (!response.ok) return { kind: 'refused', status: response.status, body: text.slice(0, 300) };
      const parsed = schema.safeParse(text === '' ? null : (JSON.parse(text) as unknown));
      if (!parsed.success) return { kind: 'malformed', status: response.status, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
      return { kind: 'ok', status: response.status, value: parsed.data };
    } catch (error) {
      if (signal.aborted) return { kind: 'cancelled' };
      return { kind: 'unreachable', error: error instanceof Error ? error.message : String(error) };
    }
  }

  const at = (id: string, rest = ''): string => `/v1/conversations/${encodeURIComponent(id)}${rest}`;
  return {
    conversation: async (id) => {
      const outcome = await call(at(id), ConversationSchema);
      return outcome.kind === 'ok' ? { ...outcome, value: outcome.value.conversation } : outcome;
    },
    event: (id, event) => call(at(id, '/call-events'), z.unknown(), event),
    commandsAfter: async (id, seq) => {
      const outcome = await call(at(id, `/call-commands?after=${seq}`), CommandsSchema);
      return outcome.kind === 'ok' ? { ...outcome, value: outcome.value.commands } : outcome;
    },
  };
}
