// Ports the core needs from its host (preferences, the context cache's file, the offer notifier).
// Electron implements them with electron-store and Notification, browser mode with `conf` and a no-op;
// the core only sees these shapes and never imports a storage or UI library itself.
import { z } from 'zod';
import { GatewayUrlSchema, type Attention } from '../../shared/contract/ipc';
import type { Offer } from '../../shared/domain/conversation';
import type { ConversationMessage } from '../../shared/domain/message';
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

/**
 * One JSON file of keyed values (the context cache). Electron backs it with electron-store, browser mode
 * with `conf`; both rewrite the whole file on every write, so callers coalesce their writes.
 */
export interface KeyValueFile {
  /** Where the data lives, for log lines. */
  readonly location: string;
  /** The value under `key`, or undefined. Throws when the file exists but cannot be read or parsed. */
  read(key: string): unknown;
  /** Replaces the value under `key`. A damaged file is set aside and a fresh one started. */
  write(key: string, value: unknown): void;
}

/** A KeyValueFile that keeps nothing between runs (tests, hosts without a data dir). */
export function createMemoryKeyValueFile(): KeyValueFile {
  const values = new Map<string, string>();
  return {
    location: 'memory',
    read: (key) => {
      const stored = values.get(key);
      return stored === undefined ? undefined : (JSON.parse(stored) as unknown);
    },
    write: (key, value) => {
      values.set(key, JSON.stringify(value));
    },
  };
}

/** How the desktop gets the agent's attention outside the window; the renderer shows the cards itself. */
export interface Notifier {
  notifyOffer(offer: Offer): void;
  /** A customer message in an assigned conversation; the host decides whether it is worth a notification. */
  notifyMessage?(message: ConversationMessage, customerName: string | null): void;
  /** What the tray badge, taskbar and tooltip show (the renderer's counts). */
  setAttention?(attention: Attention): void;
}

/** For browser mode, whose renderer uses the web Notification API and the app badge, and for tests. */
export const silentNotifier: Notifier = { notifyOffer() {}, notifyMessage() {}, setAttention() {} };
