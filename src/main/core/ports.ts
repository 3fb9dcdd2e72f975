// Ports the core needs from its host. Electron implements them with electron-store, browser mode
// with `conf`; the core only sees these shapes and never imports a storage library itself.
import { z } from 'zod';
import { GatewayUrlSchema } from '../../shared/contract/ipc';
import { UsernameSchema } from '../../shared/domain/role';

export const LastLoginSchema = z.object({ gatewayUrl: GatewayUrlSchema, username: UsernameSchema });
export type LastLogin = z.infer<typeof LastLoginSchema>;

/** What the desktop remembers between runs. Secrets never go here. */
export const PreferencesSchema = z.object({
  lastLogin: LastLoginSchema.optional(),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export interface PreferencesStore {
  /** Always a valid value: implementations fall back to `{}` when the stored data is unreadable. */
  get(): Preferences;
  update(patch: Partial<Preferences>): void;
}

/** An in-memory store for tests and for hosts that keep nothing between runs. */
export function createMemoryPreferences(initial: Preferences = {}): PreferencesStore {
  let current = PreferencesSchema.parse(initial);
  return {
    get: () => current,
    update: (patch) => {
      current = PreferencesSchema.parse({ ...current, ...patch });
    },
  };
}
