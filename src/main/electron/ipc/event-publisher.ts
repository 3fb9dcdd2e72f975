// Pushes core events to the renderer: only to the windows we created, and only payloads that match the
// contract (a bad payload is a bug on our side; it is logged and dropped, never sent half-formed).
import { eventContract, type EventPublisher } from '../../../shared/contract/ipc';
import type { Logger } from '../../../shared/log';
import type { WebContentsLike } from './invoke-registry';

export function createEventPublisher(deps: { ownContents: () => readonly WebContentsLike[]; log: Logger }): EventPublisher {
  return (event, payload) => {
    const parsed = eventContract[event].safeParse(payload);
    if (!parsed.success) {
      deps.log.error('ipc: event payload does not match the contract; not sent', { event });
      return;
    }
    for (const contents of deps.ownContents()) {
      if (!contents.isDestroyed()) contents.send(event, parsed.data);
    }
  };
}
