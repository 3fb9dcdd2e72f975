// A KeyValueFile over a conf-style store (`conf` in browser mode, electron-store in Electron: same API).
// It owns the recovery from a damaged file: reads report it (the cache starts empty), and the next write
// moves the damaged file aside to `<file>.corrupt` and starts a fresh one. It never parses values itself.
import { existsSync, renameSync } from 'node:fs';
import type { Logger } from '../../../shared/log';
import type { KeyValueFile } from '../ports';

/** The part of conf / electron-store this file uses. Open it with `clearInvalidConfig: false` and
 *  `accessPropertiesByDotNotation: false` (keys hold gateway URLs, which contain dots). */
export interface ConfLike {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface ConfLikeFileDeps {
  /** The JSON file `open()` reads and writes. */
  path: string;
  /** Constructs the store; conf reads the file here, so this may throw on a damaged file. */
  open: () => ConfLike;
  log: Logger;
}

export function createConfLikeFile({ path, open, log }: ConfLikeFileDeps): KeyValueFile {
  let store: ConfLike | null = null;
  const instance = (): ConfLike => (store ??= open());

  function setAside(error: unknown): void {
    store = null;
    const aside = `${path}.corrupt`;
    try {
      if (existsSync(path)) renameSync(path, aside);
      log.warn('cache file was damaged; set aside and started fresh', { file: path, setAsideAs: aside, error: describe(error) });
    } catch (renameError) {
      log.error('cache file is damaged and could not be set aside', { file: path, error: describe(renameError) });
      throw renameError;
    }
  }

  return {
    location: path,
    read: (key) => instance().get(key),
    write(key, value) {
      try {
        instance().set(key, value);
        return;
      } catch (error) {
        if (!isDamagedFile(error)) throw error;
        setAside(error);
      }
      instance().set(key, value);
    },
  };
}

/** conf throws a SyntaxError for a file that is not JSON (and with `clearInvalidConfig: false` keeps it). */
function isDamagedFile(error: unknown): boolean {
  return error instanceof Error && (error.name === 'SyntaxError' || error.message.startsWith('Config schema violation'));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
