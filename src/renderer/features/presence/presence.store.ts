// Presence store: the agent's presence as the gateway confirmed it, plus a change in flight.
// The gateway is authoritative; this store never guesses a state it was not told.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Presence, SelectablePresence } from '../../../shared/domain/presence';

export interface PresenceStoreState {
  presence: Presence | null;
  requested: SelectablePresence | null;
  error: string | null;
}

export interface PresenceActions {
  presenceChanged(presence: Presence | null): void;
  changeRequested(state: SelectablePresence): void;
  changeFailed(message: string): void;
}

export type PresenceStore = StoreApi<PresenceStoreState & PresenceActions>;

export function createPresenceStore(): PresenceStore {
  return createStore<PresenceStoreState & PresenceActions>()((set) => ({
    presence: null,
    requested: null,
    error: null,
    presenceChanged: (presence) => set({ presence, requested: null, error: null }),
    changeRequested: (state) => set({ requested: state, error: null }),
    changeFailed: (message) => set({ requested: null, error: message }),
  }));
}

export const selectPresence = (s: PresenceStoreState): Presence | null => s.presence;
export const selectPresenceRequested = (s: PresenceStoreState): SelectablePresence | null => s.requested;
export const selectPresenceError = (s: PresenceStoreState): string | null => s.error;
export const selectIsAvailable = (s: PresenceStoreState): boolean => s.presence?.state === 'available';
