// Proves the Electron shell without the Electron binary: the BUILT main bundle runs in a child Node
// process against a faithful stand-in of the Electron API (tests/shell/stand-in/) and we assert what a
// real launch does: lock, scheme, secure window, CSP, one handler per contract channel, policies, quit.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../src/shared/contract/ipc';
import { CONTENT_SECURITY_POLICY } from '../../src/main/electron/security/policy';
import { builtMain, ensureBuilt, repoRoot } from './build-output';

const run = promisify(execFile);
const runner = join(repoRoot, 'tests/shell/stand-in/run-main.mjs');
const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

// The report is whatever the runner saw; the test reads it field by field.
type Report = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let workDir = '';

async function launch(userData: string, extraEnv: Record<string, string> = {}): Promise<Report> {
  const reportFile = join(workDir, `report-${Math.random().toString(36).slice(2)}.json`);
  const env: NodeJS.ProcessEnv = { ...process.env, STANDIN_USER_DATA: userData, STANDIN_REPORT: reportFile, ...extraEnv };
  delete env.BATON_GATEWAY_URL;
  await run(process.execPath, [runner, builtMain], { cwd: repoRoot, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
}

describe('built main bundle against the Electron stand-in', () => {
  let first: Report;
  let userData: string;

  beforeAll(async () => {
    ensureBuilt();
    workDir = mkdtempSync(join(tmpdir(), 'baton-shell-'));
    userData = join(workDir, 'user-data');
    first = await launch(userData);
  }, 120_000);

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('requests the single-instance lock, enables the sandbox and registers the privileged scheme before ready', () => {
    expect(first.beforeReady.lockRequests).toBe(1);
    expect(first.beforeReady.sandboxEnabled).toBe(true);
    expect(first.beforeReady.privilegedSchemes).toEqual([
      { scheme: 'baton', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(first.handledSchemes).toEqual(['baton']);
  });

  it('creates one hidden window with exactly the secure preferences and an existing CommonJS preload', () => {
    expect(first.window.count).toBe(1);
    const { webPreferences, ...options } = first.window.options;
    const { preload, ...rest } = webPreferences;
    expect(rest).toEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(preload).toMatch(/[\\/]out[\\/]preload[\\/]index\.cjs$/);
    expect(first.window.preloadExists).toBe(true);
    expect(options).toMatchObject({ show: false, minWidth: 1024, minHeight: 640 });
    expect(first.window.loadedUrl).toBe('baton://app/index.html');
  });

  it('serves the app scheme with the CSP and refuses paths outside the renderer folder', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP);
    const { index, traversal, encodedTraversal, otherHost, rendererBuilt } = first.scheme;
    expect(index.headers['content-security-policy']).toBe(EXPECTED_CSP);
    if (rendererBuilt) {
      expect(index.status).toBe(200);
      expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    }
    for (const refused of [traversal, encodedTraversal, otherHost]) {
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.bodyStart).not.toMatch(/import|"name"/);
    }
  });

  it('replaces any CSP on responses from our origin and leaves other origins alone', () => {
    expect(first.headers.responseHeaders['Content-Security-Policy']).toEqual([EXPECTED_CSP]);
    expect(first.headers.responseHeaders['content-security-policy']).toBeUndefined();
    expect(first.foreignHeaders.responseHeaders).toEqual({ 'X-Test': ['1'] });
  });

  it('registers a handler for every invoke channel of the contract, and nothing else', () => {
    expect([...(first.ipcChannels as string[])].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('denies window.open, blocks foreign navigation and webviews, and opens only allowlisted links outside', () => {
    expect(first.windowOpen).toEqual({ https: { action: 'deny' }, file: { action: 'deny' } });
    expect(first.navigation).toEqual({
      foreignPrevented: true,
      ownPrevented: false,
      javascriptPrevented: true,
      redirectPrevented: true,
      webviewPrevented: true,
    });
    expect(first.openedExternally).toEqual(['https://example.com/help', 'https://evil.example/phish']);
  });

  it('grants only notifications, and only to our origin', () => {
    expect(first.permissions).toEqual({
      notificationsOwn: true,
      notificationsForeign: false,
      media: false,
      geolocation: false,
      checkNotifications: true,
      checkClipboard: false,
    });
  });

  it('starts the embedded demo gateway, pre-fills agent1 and logs in over the real link', () => {
    expect(first.appInfo).toMatchObject({ ok: true, value: { mode: 'electron', defaults: { username: 'agent1' } } });
    expect(first.appInfo.value.defaults.gatewayUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.login).toMatchObject({ ok: true, value: { username: 'agent1', role: 'agent' } });
    expect(first.sent).toContainEqual({ channel: 'link:state-changed', status: 'online' });
    expect(first.subFrame).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('focuses the existing window on a second instance', () => {
    expect(first.secondInstanceFocused).toBe(true);
  });

  it('quits cleanly: gateway closed, window bounds and last login saved', () => {
    expect(first.quitted).toBe(true);
    expect(first.exitCode).toBeNull();
    expect(first.gatewayAfterQuit).toBe('closed');
    expect(first.settings.windowBounds).toEqual({ x: 40, y: 30, width: 1300, height: 820, maximized: false });
    expect(first.settings.preferences.lastLogin.username).toBe('agent1');
  });

  it('restores the remembered bounds on the next launch', async () => {
    const second = await launch(userData);
    expect(second.window.options).toMatchObject({ x: 40, y: 30, width: 1300, height: 820 });
  }, 60_000);

  it('hands over to the running instance when the lock is taken, creating no window', async () => {
    const report = await launch(join(workDir, 'other'), { STANDIN_SECOND_INSTANCE: '1' });
    expect(report.beforeReady.lockRequests).toBe(1);
    expect(report.quitted).toBe(true);
    expect(report.windowCount).toBe(0);
  }, 60_000);
});
