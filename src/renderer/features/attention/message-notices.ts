// Browser mode's notification for a customer message the agent is not looking at (tab in the
// background, or another conversation open): the customer's name, the text as plain text, one tag per
// conversation, and at most one per conversation per 30 s. Electron's main process does this itself.
import type { ConversationMessage } from '../../../shared/domain/message';
import type { AlertBackend } from '../offers/alerting';

export const MESSAGE_NOTICE_INTERVAL_MS = 30_000;
const MAX_BODY = 200;

export interface MessageSeen {
  customerName: string | null;
  /** The agent is looking at this conversation right now (window focused and it is open). */
  inView: boolean;
}

export interface MessageNotices {
  received(message: ConversationMessage, seen: MessageSeen, open: () => void): void;
}

export function createMessageNotices(deps: { backend: Pick<AlertBackend, 'permission' | 'notify'>; now?: () => number }): MessageNotices {
  const now = deps.now ?? Date.now;
  const last = new Map<string, number>();
  return {
    received(message, seen, open) {
      if (message.from !== 'customer' || message.kind !== 'message' || seen.inView) return;
      if (deps.backend.permission() !== 'granted') return;
      const id = message.conversationId;
      const at = now();
      const previous = last.get(id);
      if (previous !== undefined && at - previous < MESSAGE_NOTICE_INTERVAL_MS) return;
      last.set(id, at);
      deps.backend.notify(seen.customerName ?? 'Customer', oneLine(message.text), `message:${id}`, open);
    },
  };
}

/** Notification bodies are plain text already; this keeps them to one readable line. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= MAX_BODY ? flat : `${chars.slice(0, MAX_BODY - 1).join('')}…`;
}
