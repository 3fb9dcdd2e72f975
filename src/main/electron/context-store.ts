// Electron's KeyValueFiles for the core: the context cache (`context-cache.json`) and the wrap-up drafts
// (`wrapup-drafts.json`) in the profile, through electron-store (this file and settings.ts are its only
// importers). Damaged files are reported, not silently cleared; the core recovers and times the writes.
import { join } from 'node:path';
import Store from 'electron-store';
import type { Logger } from '../../shared/log';
import { createConfLikeFile } from '../core/cache/conf-like-file';
import type { KeyValueFile } from '../core/ports';

/** `dir` is the profile folder (`app.getPath('userData')`), passed in so this module needs no `app`. */
function createStoreFile(name: string, { dir, log }: { dir: string; log: Logger }): KeyValueFile {
  return createConfLikeFile({
    path: join(dir, `${name}.json`),
    open: () => new Store<Record<string, unknown>>({ name, cwd: dir, clearInvalidConfig: false, accessPropertiesByDotNotation: false }),
    log,
  });
}

export function createContextStore(options: { dir: string; log: Logger }): KeyValueFile {
  return createStoreFile('context-cache', options);
}

export function createDraftFile(options: { dir: string; log: Logger }): KeyValueFile {
  return createStoreFile('wrapup-drafts', options);
}
