// The real Electron app, end to end: launch, the login form pre-filled for the embedded demo gateway,
// agent1 logs in and sees the link online. Runs wherever the Electron binary exists; elsewhere it skips
// with its reason printed (tests/shell proves the shell against a stand-in there).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const repoRoot = resolve(import.meta.dirname, '../..');

/** Probes the install without `require('electron')`, which would start a download attempt. */
function electronBinary(): string | null {
  const pathFile = join(repoRoot, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = join(repoRoot, 'node_modules/electron/dist', relative);
  return relative !== '' && existsSync(binary) ? binary : null;
}

const SKIP_REASON =
  'Electron binary not installed (no node_modules/electron/path.txt or dist/: an offline install); ' +
  'the shell is proven against a stand-in by tests/shell instead';

test('agent1 logs in through the Electron app against the embedded gateway and sees online', async () => {
  const binary = electronBinary();
  if (binary === null) {
    console.log(`[electron.spec] skipped: ${SKIP_REASON}`);
    test.skip(true, SKIP_REASON);
    return;
  }
  const userData = mkdtempSync(join(tmpdir(), 'baton-electron-e2e-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'BATON_GATEWAY_URL' && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  env.BATON_USER_DATA_DIR = userData;
  const app = await electron.launch({ executablePath: binary, args: ['.'], cwd: repoRoot, env });
  try {
    const window = await app.firstWindow();
    expect(window.url()).toBe('baton://app/index.html');
    await expect(window.getByLabel('Gateway URL')).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(window.getByLabel('Username')).toHaveValue('agent1');
    await window.getByLabel('Password').fill('baton-demo');
    await window.getByRole('button', { name: 'Log in' }).click();
    await expect(window.getByRole('status', { name: 'Link status' })).toContainText('online');

    const globals = await window.evaluate(() => ({
      process: typeof (globalThis as Record<string, unknown>).process,
      require: typeof (globalThis as Record<string, unknown>).require,
      baton: Object.keys((globalThis as Record<string, unknown>).baton ?? {}).sort(),
    }));
    expect(globals).toEqual({ process: 'undefined', require: 'undefined', baton: ['invoke', 'on'] });
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
