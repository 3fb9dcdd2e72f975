// Theme store: the user's light/dark/system choice, remembered in the injected storage. It is a
// local display preference, so it is the one store not fed by the bridge.
import { z } from 'zod';
import { createStore, type StoreApi } from 'zustand/vanilla';

export const ThemePreferenceSchema = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreferenceSchema>;

const STORAGE_KEY = 'baton.theme';

export interface PreferenceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface ThemeState {
  preference: ThemePreference;
}

export interface ThemeActions {
  choose(preference: ThemePreference): void;
}

export type ThemeStore = StoreApi<ThemeState & ThemeActions>;

export function createThemeStore(storage: PreferenceStorage | null): ThemeStore {
  const saved = ThemePreferenceSchema.safeParse(storage?.getItem(STORAGE_KEY));
  return createStore<ThemeState & ThemeActions>()((set) => ({
    preference: saved.success ? saved.data : 'system',
    choose: (preference) => {
      storage?.setItem(STORAGE_KEY, preference);
      set({ preference });
    },
  }));
}

export const selectThemePreference = (s: ThemeState): ThemePreference => s.preference;

/** `system` leaves the attribute off so the CSS follows prefers-color-scheme. */
export function applyTheme(root: HTMLElement, preference: ThemePreference): void {
  if (preference === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', preference);
}
