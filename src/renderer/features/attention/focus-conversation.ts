// Brings one conversation forward after a notification click (system or web): a still-ringing offer
// for it gets keyboard focus on its Accept button; an assigned conversation opens in the workspace.
import type { Stores } from '../../app/stores';

export interface FocusTarget {
  stores: Pick<Stores, 'offers' | 'conversations'>;
  doc: Document;
  /** Browser mode: the notification click must raise the tab; Electron's main already raised the window. */
  win?: { focus(): void };
}

export type FocusOutcome = 'offer' | 'conversation' | 'gone';

export function focusConversation(target: FocusTarget, conversationId: string): FocusOutcome {
  target.win?.focus();
  const offer = target.stores.offers.getState().offers.find((o) => o.conversationId === conversationId);
  if (offer) {
    const card = [...target.doc.querySelectorAll<HTMLElement>('[data-offer-id]')].find((el) => el.dataset.offerId === offer.offerId);
    card?.querySelector<HTMLButtonElement>('button[aria-label="Accept"]')?.focus();
    return 'offer';
  }
  const conversations = target.stores.conversations.getState();
  if (conversations.byId[conversationId]) {
    conversations.select(conversationId);
    return 'conversation';
  }
  return 'gone';
}
