// The latest break suggestion from the gateway (very negative contacts in a row), until the agent takes
// the break, extends wrap-up or says "Not now". Fed by connect-stores; no timers.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WellbeingSuggestion } from '../../../shared/domain/wellbeing';

export interface WellbeingState {
  suggestion: WellbeingSuggestion | null;
  suggested(suggestion: WellbeingSuggestion): void;
  dismissed(): void;
}

export type WellbeingStore = StoreApi<WellbeingState>;

export function createWellbeingStore(): WellbeingStore {
  return createStore<WellbeingState>()((set) => ({
    suggestion: null,
    // A newer suggestion replaces the older one: it carries the longer streak and the latest contact.
    suggested: (suggestion) => set({ suggestion }),
    dismissed: () => set({ suggestion: null }),
  }));
}

export const selectSuggestion = (s: WellbeingState): WellbeingSuggestion | null => s.suggestion;
