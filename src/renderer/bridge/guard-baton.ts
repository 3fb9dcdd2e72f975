// Wraps a BatonApi so nothing reaches the stores unchecked: every event payload and every invoke
// result is parsed with the contract first. Used for the preload's window.baton in Electron.
import type { BatonApi, EventChannel, EventPayload, InvokeArgs, InvokeChannel, InvokeResponse } from '../../shared/contract/ipc';
import type { Result } from '../../shared/contract/result';
import { parseEvent, parseInvokeResult } from './wire';

export function guardBaton(api: BatonApi, warn: (message: string) => void = (m) => console.warn(m)): BatonApi {
  return {
    async invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<Result<InvokeResponse<C>>> {
      const result = await api.invoke(channel, ...args);
      return parseInvokeResult(channel, result);
    },
    on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      return api.on(event, (payload: unknown) => {
        const parsed = parseEvent(event, payload);
        if (!parsed) {
          warn(`Bridge: ignored an invalid ${event} event`);
          return;
        }
        // parseEvent checked the payload against this very channel's schema.
        listener(parsed.payload as EventPayload<E>);
      });
    },
  };
}
