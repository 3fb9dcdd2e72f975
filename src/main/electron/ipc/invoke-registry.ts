// The IPC gate, written against an ipcMain-like port so it runs without Electron: registers a handler
// for every contract channel, refuses callers that are not our own top frame, then hands the call to
// the core dispatcher (which parses the payload).
import { INVOKE_CHANNELS } from '../../../shared/contract/ipc';
import { fail, type Result } from '../../../shared/contract/result';
import type { Logger } from '../../../shared/log';
import type { Dispatch } from '../../core/ipc/dispatch';
import { isAppUrl } from '../security/policy';

/** Shapes of the Electron objects the gate reads; Electron's own types satisfy them. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}
export interface WebContentsLike {
  readonly id: number;
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}
export interface InvokeEventLike {
  readonly sender: WebContentsLike;
  readonly senderFrame: SenderFrameLike | null;
}
export interface IpcMainPort {
  handle(channel: string, listener: (event: InvokeEventLike, request: unknown) => Promise<Result<unknown>>): void;
  removeHandler(channel: string): void;
}

export interface InvokeRegistryDeps {
  ipcMain: IpcMainPort;
  dispatch: Dispatch;
  /** The webContents of the windows we created: the only trusted senders. */
  ownContents: () => readonly WebContentsLike[];
  log: Logger;
}

export interface InvokeRegistry {
  /** The gate every registered handler runs through; exposed so tests can also try forged channels. */
  handleInvoke(channel: string, event: InvokeEventLike, request: unknown): Promise<Result<unknown>>;
  dispose(): void;
}

/** Why a sender is refused, or null when it is our own window's top frame on our origin. */
export function senderRefusal(event: InvokeEventLike, ownContents: readonly WebContentsLike[]): string | null {
  const frame = event.senderFrame;
  if (frame === null) return 'the sending frame is gone';
  if (frame.parent !== null) return 'the sender is a sub-frame';
  if (!ownContents.some((contents) => contents.id === event.sender.id)) return 'the sender is not one of our windows';
  if (!isAppUrl(frame.url)) return 'the sender is not on the app origin';
  return null;
}

export function createInvokeRegistry(deps: InvokeRegistryDeps): InvokeRegistry {
  async function handleInvoke(channel: string, event: InvokeEventLike, request: unknown): Promise<Result<unknown>> {
    const refusal = senderRefusal(event, deps.ownContents());
    if (refusal !== null) {
      deps.log.warn('ipc: call refused', { channel, reason: refusal, url: event.senderFrame?.url ?? null });
      return fail('forbidden-sender', 'This caller may not use the Baton API');
    }
    return deps.dispatch(channel, request);
  }

  for (const channel of INVOKE_CHANNELS) {
    deps.ipcMain.handle(channel, (event, request) => handleInvoke(channel, event, request));
  }

  return {
    handleInvoke,
    dispose() {
      for (const channel of INVOKE_CHANNELS) deps.ipcMain.removeHandler(channel);
    },
  };
}
