// The set of feature stores one window uses. Built once at startup (or per test) and handed down
// through AppServices; there are no module-level store singletons.
import { createLinkStore, type LinkStore } from '../features/link/link.store';
import { createPresenceStore, type PresenceStore } from '../features/presence/presence.store';
import { createSessionStore, type SessionStore } from '../features/session/session.store';
import { createThemeStore, type PreferenceStorage, type ThemeStore } from '../features/theme/theme.store';

export interface Stores {
  session: SessionStore;
  link: LinkStore;
  presence: PresenceStore;
  theme: ThemeStore;
}

export function createStores(preferences: PreferenceStorage | null): Stores {
  return {
    session: createSessionStore(),
    link: createLinkStore(),
    presence: createPresenceStore(),
    theme: createThemeStore(preferences),
  };
}
