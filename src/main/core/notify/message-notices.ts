// Tells the Notifier about customer messages as they are shown: wraps the publisher the work tracker
// uses, so only messages it actually publishes (new, in seq order, de-duplicated) count. Whether a
// message is worth a notification (window focus, throttling) is the host notifier's decision.
import type { EventPayload, EventPublisher } from '../../../shared/contract/ipc';
import type { Logger } from '../../../shared/log';
import type { Notifier } from '../ports';

export interface MessageNoticesDeps {
  notifier: Notifier;
  /** The customer's display name for a conversation assigned here, or null. */
  customerName(conversationId: string): string | null;
  log: Logger;
}

export function withMessageNotices(publish: EventPublisher, deps: MessageNoticesDeps): EventPublisher {
  const notice = (message: EventPayload<'conversation:message'>): void => {
    if (message.from !== 'customer' || message.kind !== 'message') return;
    try {
      deps.notifier.notifyMessage?.(message, deps.customerName(message.conversationId));
    } catch (error) {
      deps.log.warn('message notification failed', { conversationId: message.conversationId, error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (event, payload) => {
    publish(event, payload);
    // The generic publisher cannot narrow the payload by its channel; the channel check is the proof.
    if (event === 'conversation:message') notice(payload as EventPayload<'conversation:message'>);
  };
}
