// The set of feature stores one window uses. Built once at startup (or per test) and handed down
// through AppServices; there are no module-level store singletons.
import { createConversationsStore, type ConversationsStore } from '../features/conversation/conversations.store';
import { createMessagesStore, type MessagesStore } from '../features/messages/messages.store';
import { createLinkStore, type LinkStore } from '../features/link/link.store';
import { createOffersStore, type OffersStore } from '../features/offers/offers.store';
import { createPresenceStore, type PresenceStore } from '../features/presence/presence.store';
import { createSessionStore, type SessionStore } from '../features/session/session.store';
import { createTransferStore, type TransferStore } from '../features/transfer/transfer.store';
import { createThemeStore, type PreferenceStorage, type ThemeStore } from '../features/theme/theme.store';
import { createTeamStore, type TeamStore } from '../features/supervisor/team.store';
import { createWellbeingStore, type WellbeingStore } from '../features/wellbeing/wellbeing.store';

export interface Stores {
  session: SessionStore;
  link: LinkStore;
  presence: PresenceStore;
  theme: ThemeStore;
  offers: OffersStore;
  conversations: ConversationsStore;
  messages: MessagesStore;
  transfers: TransferStore;
  wellbeing: WellbeingStore;
  team: TeamStore;
}

export function createStores(preferences: PreferenceStorage | null): Stores {
  return {
    session: createSessionStore(),
    link: createLinkStore(),
    presence: createPresenceStore(),
    theme: createThemeStore(preferences),
    offers: createOffersStore(),
    conversations: createConversationsStore(),
    messages: createMessagesStore(),
    transfers: createTransferStore(),
    wellbeing: createWellbeingStore(),
    team: createTeamStore(),
  };
}
