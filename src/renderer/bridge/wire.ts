// Encoding and decoding of browser-mode bridge frames (shared/contract/bridge-wire.ts), plus the
// contract checks on what comes back. Pure functions: no sockets, no timers, no DOM.
import { HostFrameSchema, type HostFrame, type InvokeFrame } from '../../shared/contract/bridge-wire';
import {
  eventContract,
  invokeContract,
  isEventChannel,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type InvokeResponse,
} from '../../shared/contract/ipc';
import { describeIssues, type Result } from '../../shared/contract/result';

export function encodeInvoke(id: number, channel: InvokeChannel, request: unknown): string {
  const frame: InvokeFrame = request === undefined ? { kind: 'invoke', id, channel } : { kind: 'invoke', id, channel, request };
  return JSON.stringify(frame);
}

/** A host frame, or null when the data is not JSON or not a valid frame (the caller logs it once). */
export function decodeHostFrame(data: unknown): HostFrame | null {
  if (typeof data !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = HostFrameSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export type ParsedEvent = { [E in EventChannel]: { channel: E; payload: EventPayload<E> } }[EventChannel];

/** An event checked against the contract; null for unknown channels or payloads that do not match. */
export function parseEvent(channel: string, payload: unknown): ParsedEvent | null {
  if (!isEventChannel(channel)) return null;
  const parsed = eventContract[channel].safeParse(payload);
  // The schema was picked by `channel`, so the payload type matches it.
  return parsed.success ? ({ channel, payload: parsed.data } as ParsedEvent) : null;
}

type RawResult = { ok: true; value: unknown } | Extract<Result<unknown>, { ok: false }>;

/** A host result checked against the channel's response schema: a mismatch is our bug, not data. */
export function parseInvokeResult<C extends InvokeChannel>(channel: C, result: RawResult): Result<InvokeResponse<C>> {
  if (!result.ok) return result;
  const parsed = invokeContract[channel].response.safeParse(result.value);
  if (!parsed.success) {
    return { ok: false, error: { code: 'internal', message: `Unexpected answer on ${channel}: ${describeIssues(parsed.error)}` } };
  }
  // The schema was picked by `channel`, so the value type matches it.
  return { ok: true, value: parsed.data as InvokeResponse<C> };
}
