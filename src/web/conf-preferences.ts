// Browser mode's PreferencesStore: a JSON file in the data dir, written through `conf`. Whatever is on
// disk is parsed with the core's schema; unreadable data is logged and treated as empty, never trusted.
import Conf from 'conf';
import type { Logger } from '../shared/log';
import { PreferencesSchema, type Preferences, type PreferencesStore } from '../main/core/ports';

export function createConfPreferences({ dataDir, log }: { dataDir: string; log: Logger }): PreferencesStore {
  const conf = new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: 'preferences',
    projectName: 'baton',
    clearInvalidConfig: true,
  });
  return {
    get(): Preferences {
      const parsed = PreferencesSchema.safeParse(conf.store);
      if (parsed.success) return parsed.data;
      log.warn('web: ignoring unreadable preferences', { file: conf.path });
      return {};
    },
    update(patch) {
      const current = PreferencesSchema.safeParse(conf.store);
      conf.store = PreferencesSchema.parse({ ...(current.success ? current.data : {}), ...patch });
    },
  };
}
