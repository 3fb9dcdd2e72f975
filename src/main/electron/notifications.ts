// The core's Notifier in Electron: a system notification per new offer ("Incoming contact" and the
// one-line story; the OS plays its sound) and, while the window is not focused, a quiet one for a
// customer message (at most one per conversation per 30 s). A click focuses the window and asks the
// renderer to open that conversation. Plain text only. Counts and the taskbar flash go to `attention`.
import { Notification } from 'electron';
import type { Attention } from '../../shared/contract/ipc';
import type { Offer } from '../../shared/domain/conversation';
import type { ConversationMessage } from '../../shared/domain/message';
import type { Logger } from '../../shared/log';
import { OFFER_NOTIFICATION_TITLE, offerStory, plainLine } from '../core/notify/offer-story';
import type { Notifier } from '../core/ports';

/** Electron drops click handlers of notifications that get garbage-collected, so live ones are held. */
const MAX_LIVE = 20;
/** A chatty customer gets one notification per conversation in this window; the unread badge counts the rest. */
export const MESSAGE_NOTICE_INTERVAL_MS = 30_000;
const MAX_BODY = 200;

export interface ElectronNotifierDeps {
  focusWindow(): void;
  /** After a click: tell the renderer which conversation (or ringing offer) to bring forward. */
  openConversation?(conversationId: string): void;
  /** Message notifications only show while the agent is looking elsewhere. */
  isWindowFocused?(): boolean;
  attention?: { set(attention: Attention): void; offerArrived(): void };
  log: Logger;
  now?: () => number;
}

export function createElectronNotifier(deps: ElectronNotifierDeps): Notifier {
  const live = new Set<Notification>();
  const lastNotice = new Map<string, number>();
  const now = deps.now ?? Date.now;

  function show(options: { title: string; body: string; silent: boolean }, conversationId: string, fields: Record<string, string>): void {
    if (!Notification.isSupported()) return;
    const notification = new Notification(options);
    const release = (): void => {
      live.delete(notification);
    };
    notification.on('click', () => {
      release();
      deps.focusWindow();
      deps.openConversation?.(conversationId);
    });
    notification.on('close', release);
    notification.on('failed', (_event, error) => {
      release();
      deps.log.warn(fields.offerId ? 'offer notification failed' : 'message notification failed', { ...fields, error });
    });
    live.add(notification);
    for (const old of live) {
      if (live.size <= MAX_LIVE) break;
      live.delete(old);
    }
    notification.show();
  }

  return {
    notifyOffer(offer: Offer) {
      deps.attention?.offerArrived();
      show({ title: OFFER_NOTIFICATION_TITLE, body: offerStory(offer), silent: false }, offer.conversationId, { offerId: offer.offerId });
    },
    notifyMessage(message: ConversationMessage, customerName: string | null) {
      if (deps.isWindowFocused?.() ?? false) return;
      const id = message.conversationId;
      const at = now();
      const last = lastNotice.get(id);
      if (last !== undefined && at - last < MESSAGE_NOTICE_INTERVAL_MS) return;
      lastNotice.delete(id);
      lastNotice.set(id, at);
      // Oldest first in a Map: keep the memory bounded on a long shift.
      for (const old of lastNotice.keys()) {
        if (lastNotice.size <= 200) break;
        lastNotice.delete(old);
      }
      const title = plainLine(customerName, 80) || 'Customer';
      show({ title, body: plainLine(message.text, MAX_BODY), silent: true }, id, { conversationId: id });
    },
    setAttention(attention: Attention) {
      deps.attention?.set(attention);
    },
  };
}
