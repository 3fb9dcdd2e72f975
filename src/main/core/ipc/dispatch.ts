// Turns an untrusted (channel, request) pair into a Result: checks the channel against the contract,
// parses the request, runs the handler. Shared by the Electron IPC registry and the web host's bridge.
// It never throws and never calls a handler with input that did not parse.
import { invokeContract, isInvokeChannel, type InvokeChannel, type InvokeHandlers } from '../../../shared/contract/ipc';
import { BatonError, describeIssues, fail, ok, type Result } from '../../../shared/contract/result';
import type { Logger } from '../../../shared/log';

export interface DispatcherDeps {
  handlers: InvokeHandlers;
  log: Logger;
}

export type Dispatch = (channel: unknown, request: unknown) => Promise<Result<unknown>>;

export function createDispatcher({ handlers, log }: DispatcherDeps): Dispatch {
  return async function dispatch(channel, request) {
    if (!isInvokeChannel(channel)) {
      log.warn('invoke refused: unknown channel', { channel: printable(channel) });
      return fail('unknown-channel', `"${printable(channel)}" is not a Baton channel`);
    }
    const parsed = invokeContract[channel].request.safeParse(request);
    if (!parsed.success) {
      const message = describeIssues(parsed.error);
      log.warn('invoke refused: invalid request', { channel, issues: message });
      return fail('invalid-request', message || 'The request does not match the contract');
    }
    try {
      return ok(await runHandler(handlers, channel, parsed.data));
    } catch (error) {
      if (error instanceof BatonError) {
        log.info('invoke failed', { channel, code: error.code, message: error.message });
        return fail(error.code, error.message);
      }
      log.error('invoke crashed', { channel, error });
      return fail('internal', 'Something went wrong inside Baton. The details are in the log.');
    }
  };
}

/** The contract maps channel -> handler; TypeScript cannot correlate the two across the union, so widen once here. */
function runHandler(handlers: InvokeHandlers, channel: InvokeChannel, request: unknown): Promise<unknown> {
  const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
  return handler(request);
}

function printable(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value;
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}
