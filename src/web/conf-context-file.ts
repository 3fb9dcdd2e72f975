// Browser mode's KeyValueFiles for the core: the context cache (`context-cache.json`) and the wrap-up
// drafts (`wrapup-drafts.json`) in the data dir, through `conf`. Damaged files are reported, not silently
// cleared (`clearInvalidConfig: false`); recovery and write timing are the core's.
import path from 'node:path';
import Conf from 'conf';
import type { Logger } from '../shared/log';
import { createConfLikeFile } from '../main/core/cache/conf-like-file';
import type { KeyValueFile } from '../main/core/ports';

function createConfFile(name: string, { dataDir, log }: { dataDir: string; log: Logger }): KeyValueFile {
  return createConfLikeFile({
    path: path.join(dataDir, `${name}.json`),
    open: () =>
      new Conf<Record<string, unknown>>({
        cwd: dataDir,
        configName: name,
        projectName: 'baton',
        clearInvalidConfig: false,
        accessPropertiesByDotNotation: false,
      }),
    log,
  });
}

export function createConfContextFile(options: { dataDir: string; log: Logger }): KeyValueFile {
  return createConfFile('context-cache', options);
}

export function createConfDraftFile(options: { dataDir: string; log: Logger }): KeyValueFile {
  return createConfFile('wrapup-drafts', options);
}
