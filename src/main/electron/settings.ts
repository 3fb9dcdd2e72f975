// The app's only importer of electron-store: a typed schema (window bounds, the core's preferences, an
// optional gateway URL), validated on read, written coalesced because electron-store rewrites the
// whole file synchronously on every set. Secrets never go here.
import Store from 'electron-store';
import { z } from 'zod';
import { GatewayUrlSchema } from '../../shared/contract/ipc';
import type { Logger } from '../../shared/log';
import { PreferencesSchema, type Preferences, type PreferencesStore } from '../core/ports';

export const WindowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof WindowBoundsSchema>;

interface StoredSettings {
  windowBounds: WindowBounds | null;
  preferences: Preferences;
  gatewayUrl: string | null;
}

const DEFAULTS: StoredSettings = { windowBounds: null, preferences: {}, gatewayUrl: null };

export interface Settings {
  windowBounds(): WindowBounds | null;
  setWindowBounds(bounds: WindowBounds): void;
  /** A gateway chosen in settings; `BATON_GATEWAY_URL` still wins over it. */
  gatewayUrl(): string | null;
  readonly preferences: PreferencesStore;
  /** Writes pending changes now (on quit). */
  flush(): void;
}

/** Each field is checked on its own, so one damaged value does not throw away the others. */
function readField<T>(schema: z.ZodType<T>, value: unknown, fallback: T, field: string, log: Logger): T {
  if (value === undefined) return fallback;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  log.warn('settings: ignored an invalid stored value', { field });
  return fallback;
}

function toPreferences(value: z.output<typeof PreferencesSchema>): Preferences {
  return value.lastLogin === undefined ? {} : { lastLogin: value.lastLogin };
}

export function createSettings(deps: { log: Logger; writeDelayMs?: number; cwd?: string }): Settings {
  const store = new Store<StoredSettings>({
    name: 'settings',
    defaults: DEFAULTS,
    clearInvalidConfig: true,
    ...(deps.cwd === undefined ? {} : { cwd: deps.cwd }),
  });
  const raw: Partial<Record<keyof StoredSettings, unknown>> = store.store;
  let state: StoredSettings = {
    windowBounds: readField(WindowBoundsSchema.nullable(), raw.windowBounds, null, 'windowBounds', deps.log),
    preferences: toPreferences(readField(PreferencesSchema, raw.preferences, {}, 'preferences', deps.log)),
    gatewayUrl: readField(GatewayUrlSchema.nullable(), raw.gatewayUrl, null, 'gatewayUrl', deps.log),
  };
  let pending: NodeJS.Timeout | null = null;
  let dirty = false;

  function flush(): void {
    if (pending !== null) clearTimeout(pending);
    pending = null;
    if (!dirty) return;
    dirty = false;
    try {
      store.store = state;
    } catch (error) {
      deps.log.error('settings: could not be written', { error });
    }
  }

  function change(patch: Partial<StoredSettings>): void {
    state = { ...state, ...patch };
    dirty = true;
    if (pending !== null) return;
    pending = setTimeout(flush, deps.writeDelayMs ?? 500);
    pending.unref();
  }

  return {
    windowBounds: () => state.windowBounds,
    setWindowBounds: (bounds) => change({ windowBounds: WindowBoundsSchema.parse(bounds) }),
    gatewayUrl: () => state.gatewayUrl,
    preferences: {
      get: () => state.preferences,
      update: (patch) => change({ preferences: toPreferences(PreferencesSchema.parse({ ...state.preferences, ...patch })) }),
    },
    flush,
  };
}
