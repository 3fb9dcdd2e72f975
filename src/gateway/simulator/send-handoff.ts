// One handoff POST to the gateway's intake over real HTTP. Turns every outcome (accepted, refused,
// unreachable, timed out, cancelled) into data; it never throws.
import type { HandoffFormat } from '../../shared/domain/handoff-context';

export type SendOutcome =
  | { kind: 'accepted'; status: number; conversationId: string | null; queue: string | null }
  | { kind: 'refused'; status: number; body: string }
  | { kind: 'unreachable'; error: string }
  | { kind: 'cancelled' };

export interface SendRequest {
  gatewayUrl: string;
  botKey: string;
  format: HandoffFormat;
  payload: unknown;
  signal: AbortSignal;
  timeoutMs: number;
}

const MAX_LOGGED_BODY = 500;

export function intakeUrl(gatewayUrl: string, format: HandoffFormat): string {
  return `${gatewayUrl.replace(/\/+$/, '')}/v1/handoffs/${format}`;
}

function field(body: unknown, key: string): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const value = (body as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

export async function sendHandoff({ gatewayUrl, botKey, format, payload, signal, timeoutMs }: SendRequest): Promise<SendOutcome> {
  try {
    const response = await fetch(intakeUrl(gatewayUrl, format), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${botKey}` },
      body: JSON.stringify(payload),
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
    });
    const text = await response.text();
    if (!response.ok) return { kind: 'refused', status: response.status, body: text.slice(0, MAX_LOGGED_BODY) };
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      // A 2xx without JSON still means the gateway took it; there is just no id to log.
    }
    return { kind: 'accepted', status: response.status, conversationId: field(body, 'conversationId'), queue: field(body, 'queue') };
  } catch (error) {
    if (signal.aborted) return { kind: 'cancelled' };
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { kind: 'unreachable', error: `${error instanceof Error ? error.message : String(error)}${cause}` };
  }
}
