// Locates the built Electron bundles for the shell tests, building them first when they are missing
// (`npm test` builds before running tests; this keeps a lone `vitest run tests/shell` working too).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const builtMain = join(repoRoot, 'out/main/index.js');
export const builtPreload = join(repoRoot, 'out/preload/index.cjs');

export function ensureBuilt(): void {
  if (existsSync(builtMain) && existsSync(builtPreload)) return;
  const run = spawnSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, encoding: 'utf8', timeout: 240_000 });
  // The renderer may fail to build on its own; main and preload are what these tests need.
  if (!existsSync(builtMain) || !existsSync(builtPreload)) {
    throw new Error(`electron-vite build did not produce the main and preload bundles:\n${run.stdout}\n${run.stderr}`);
  }
}
