// What needs the agent, derived from the stores: offers ringing and unread customer messages (the
// same counts the conversation list shows), and the window title that carries them ("(4) Baton").
import type { Attention } from '../../../shared/contract/ipc';
import type { Stores } from '../../app/stores';
import { selectUnreadTotal } from '../messages/messages.store';
import { selectOfferCount } from '../offers/offers.store';

export const APP_TITLE = 'Baton';

export function attentionOf(stores: Pick<Stores, 'offers' | 'messages'>): Attention {
  return { offers: selectOfferCount(stores.offers.getState()), unread: selectUnreadTotal(stores.messages.getState()) };
}

export function attentionTotal({ offers, unread }: Attention): number {
  return offers + unread;
}

export function attentionTitle(attention: Attention): string {
  const total = attentionTotal(attention);
  return total > 0 ? `(${total}) ${APP_TITLE}` : APP_TITLE;
}
