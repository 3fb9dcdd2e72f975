// Errors travel as data: every invoke returns a Result, never a thrown exception across a boundary.
import { z } from 'zod';

export const ErrorCodeSchema = z.enum([
  'invalid-request', // the payload did not match the contract
  'unknown-channel', // the channel is not part of the contract
  'forbidden-sender', // the caller is not our own top frame / session
  'not-logged-in', // the call needs a session
  'forbidden', // the user's role may not do this (an agent asking for supervisor data)
  'bad-credentials', // login refused by the gateway
  'unauthorized', // token refused or expired
  'unreachable', // the gateway could not be reached
  'gateway-error', // the gateway answered with an unexpected error
  'internal', // a bug on our side; details are logged, not shown
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const BatonErrorDataSchema = z.object({ code: ErrorCodeSchema, message: z.string() });
export type BatonErrorData = z.infer<typeof BatonErrorDataSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: BatonErrorData };

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: BatonErrorDataSchema }),
  ]);
}

/** Thrown inside a process to carry a typed code; turned into a Result at every boundary. */
export class BatonError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'BatonError';
    this.code = code;
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** Formats zod issues as `path: message` lines, for errors a person reads. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
