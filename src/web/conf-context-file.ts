// Browser mode's KeyValueFile for the context cache: `context-cache.json` in the data dir, through `conf`.
// Damaged files are reported, not silently cleared (`clearInvalidConfig: false`); recovery is the core's.
import path from 'node:path';
import Conf from 'conf';
import type { Logger } from '../shared/log';
import { createConfLikeFile } from '../main/core/cache/conf-like-file';
import type { KeyValueFile } from '../main/core/ports';

const NAME = 'context-cache';

export function createConfContextFile({ dataDir, log }: { dataDir: string; log: Logger }): KeyValueFile {
  return createConfLikeFile({
    path: path.join(dataDir, `${NAME}.json`),
    open: () =>
      new Conf<Record<string, unknown>>({
        cwd: dataDir,
        configName: NAME,
        projectName: 'baton',
        clearInvalidConfig: false,
        accessPropertiesByDotNotation: false,
      }),
    log,
  });
}
