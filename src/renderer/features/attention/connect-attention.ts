// Keeps the world outside the page in step with what needs the agent: the counts go to the host
// (`app:set-attention`: Electron's tray and badge), into the document title and, in browser mode, the
// app badge; customer messages the agent is not looking at get a web notification (browser mode); and
// `app:focus-conversation` (a system notification was clicked) brings that conversation forward.
import type { Attention, BatonApi } from '../../../shared/contract/ipc';
import { customerName } from '../../../shared/domain/story';
import type { Stores } from '../../app/stores';
import type { AlertBackend } from '../offers/alerting';
import { attentionOf, attentionTitle, attentionTotal } from './attention-counts';
import { focusConversation } from './focus-conversation';
import { createMessageNotices, type MessageNotices } from './message-notices';

export interface AppBadge {
  set(count: number): Promise<void>;
  clear(): Promise<void>;
}

export interface AttentionEnv {
  doc: Document;
  win: { focus(): void };
  /** The browser's app badge (installed web apps), when it has one. */
  appBadge: AppBadge | null;
  /** Web notifications for customer messages; used in browser mode only. */
  notices: MessageNotices | null;
  /** Coalesces a burst of store changes into one update; a microtask unless a test says otherwise. */
  schedule?: (run: () => void) => void;
}

export function connectAttention(baton: BatonApi, stores: Stores, env: AttentionEnv): () => void {
  const schedule = env.schedule ?? queueMicrotask;
  const isBrowser = () => stores.session.getState().appInfo?.mode === 'browser';
  const target = { stores, doc: env.doc, win: env.win };
  let last: Attention | null = null;
  let pending = false;

  function flush(): void {
    pending = false;
    const next = attentionOf(stores);
    if (last !== null && last.offers === next.offers && last.unread === next.unread) return;
    last = next;
    env.doc.title = attentionTitle(next);
    void baton.invoke('app:set-attention', next);
    const badge = env.appBadge;
    if (badge && isBrowser()) {
      const total = attentionTotal(next);
      // Badging can be refused (not installed, policy); the title still carries the count.
      void (total > 0 ? badge.set(total) : badge.clear()).catch(() => undefined);
    }
  }

  function changed(): void {
    if (pending) return;
    pending = true;
    schedule(flush);
  }

  const offs = [
    stores.offers.subscribe(changed),
    stores.messages.subscribe(changed),
    baton.on('app:focus-conversation', ({ conversationId }) => {
      focusConversation(target, conversationId);
    }),
    baton.on('conversation:message', (message) => {
      if (!env.notices || !isBrowser()) return;
      const conversations = stores.conversations.getState();
      const assigned = conversations.byId[message.conversationId];
      if (!assigned) return;
      env.notices.received(
        message,
        { customerName: customerName(assigned.context), inView: env.doc.hasFocus() && conversations.selectedId === message.conversationId },
        () => void focusConversation(target, message.conversationId),
      );
    }),
  ];
  changed();
  return () => {
    for (const off of offs) off();
  };
}

/** The real environment: this window's document, the app badge if the browser has one, web notifications. */
export function createBrowserAttentionEnv(win: Window, backend: AlertBackend): AttentionEnv {
  const nav = win.navigator;
  const appBadge: AppBadge | null =
    typeof nav.setAppBadge === 'function' && typeof nav.clearAppBadge === 'function'
      ? { set: (count) => nav.setAppBadge(count), clear: () => nav.clearAppBadge() }
      : null;
  return { doc: win.document, win, appBadge, notices: createMessageNotices({ backend }) };
}
