// Builds the `window.baton` object from the contract's channel lists and an ipcRenderer-like port.
// Owns the allowlist check; must not expose ipcRenderer, Electron events or anything beyond invoke/on.
import {
  isEventChannel,
  isInvokeChannel,
  type BatonApi,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type InvokeResponse,
} from '../shared/contract/ipc';
import { fail, type Result } from '../shared/contract/result';

/** The slice of Electron's ipcRenderer the bridge uses; injected so the bridge runs without Electron. */
export interface IpcRendererPort {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createBatonApi(ipc: IpcRendererPort): BatonApi {
  async function invoke<C extends InvokeChannel>(channel: C, ...args: unknown[]): Promise<Result<InvokeResponse<C>>> {
    if (!isInvokeChannel(channel)) {
      return fail('unknown-channel', `"${String(channel)}" is not a Baton channel`);
    }
    try {
      // Main validates the payload and the result shape; the preload only forwards contract channels.
      return (await ipc.invoke(channel, args[0])) as Result<InvokeResponse<C>>;
    } catch (error) {
      return fail('internal', error instanceof Error ? error.message : 'The call could not reach the app');
    }
  }

  function on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    if (!isEventChannel(event)) {
      throw new TypeError(`"${String(event)}" is not a Baton event`);
    }
    // The IpcRendererEvent carries `sender` (the ipcRenderer itself): it must never reach the page.
    const forward = (_event: unknown, payload: unknown): void => listener(payload as EventPayload<E>);
    ipc.on(event, forward);
    return () => {
      ipc.removeListener(event, forward);
    };
  }

  return Object.freeze({ invoke, on } as BatonApi);
}
