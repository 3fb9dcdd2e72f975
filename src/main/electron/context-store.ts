// Electron's KeyValueFile for the context cache: `context-cache.json` in the profile, through
// electron-store (this file and settings.ts are its only importers). Damaged files are reported, not
// silently cleared; the core's cache recovers from them and coalesces the writes.
import { join } from 'node:path';
import Store from 'electron-store';
import type { Logger } from '../../shared/log';
import { createConfLikeFile } from '../core/cache/conf-like-file';
import type { KeyValueFile } from '../core/ports';

const NAME = 'context-cache';

/** `dir` is the profile folder (`app.getPath('userData')`), passed in so this module needs no `app`. */
export function createContextStore({ dir, log }: { dir: string; log: Logger }): KeyValueFile {
  return createConfLikeFile({
    path: join(dir, `${NAME}.json`),
    open: () => new Store<Record<string, unknown>>({ name: NAME, cwd: dir, clearInvalidConfig: false, accessPropertiesByDotNotation: false }),
    log,
  });
}
