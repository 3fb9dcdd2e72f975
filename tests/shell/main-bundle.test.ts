// Proves the Electron shell without the Electron binary: the BUILT main bundle runs in a child Node
// process against a faithful stand-in of the Electron API (tests/shell/stand-in/) and we assert what a
// real launch does: lock, scheme, secure window, CSP, one handler per contract channel, policies, quit.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

interface Served {
  status: number;
  headers: Record<string, string>;
  bodyStart: string;
}
type Outcome = { ok: true; value: Record<string, unknown> } | { ok: false; error: { code: string } };
/** What tests/shell/stand-in/run-main.mjs writes; fields absent in the second-instance run are optional. */
interface Report {
  beforeReady: { lockRequests: number; sandboxEnabled: boolean; privilegedSchemes: unknown[] };
  windowCount?: number;
  window: { count: number; options: Record<string, unknown> & { webPreferences: Record<string, unknown> }; loadedUrl: string; preloadExists: boolean };
  handledSchemes: string[];
  scheme: { rendererBuilt: boolean; index: Served; traversal: Served; encodedTraversal: Served; otherHost: Served };
  headers: { responseHeaders: Record<string, string[]> };
  foreignHeaders: { responseHeaders: Record<string, string[]> };
  permissions: Record<string, boolean>;
  windowOpen: Record<string, unknown>;
  navigation: Record<string, boolean>;
  openedExternally: string[];
  ipcChannels: string[];
  appInfo: Outcome & { value?: { defaults: { gatewayUrl: string | null } } };
  subFrame: Outcome;
  login: Outcome;
  sent: { channel: string; status: string | null }[];
  secondInstanceFocused: boolean;
  quitted: boolean;
  exitCode: number | null;
  settings: { windowBounds: unknown; preferences: { lastLogin?: { username: string } } } | null;
  gatewayAfterQuit: string;
  attention: {
    trayCount: number;
    tooltipAtStart: string | null;
    menu: string[] | null;
    set: Outcome;
    tooltip: string | null;
    badges: number[];
    refused: Outcome;
    afterRefused: { tooltip: string | null; badges: number[] };
  };
  offer?: {
    presence: boolean;
    intake: number;
    conversationId: string | null;
    notified: boolean;
    flashesWhileAway: boolean[];
    focusedAfterClick: boolean;
    focusEvents: { conversationId: string }[];
    flashesAfterFocus: boolean[];
  };
  trayDestroyedOnQuit: boolean | null;
}

let workDir = '';

async function launch(userData: string, extraEnv: Record<string, string> = {}): Promise<Report & { log: string }> {
  const reportFile = join(workDir, `report-${Math.random().toString(36).slice(2)}.json`);
  const env: NodeJS.ProcessEnv = { ...process.env, STANDIN_USER_DATA: userData, STANDIN_REPORT: reportFile };
  delete env.BATON_GATEWAY_URL;
  delete env.BATON_USER_DATA_DIR;
  Object.assign(env, extraEnv);
  const { stderr } = await run(process.execPath, [runner, builtMain], { cwd: repoRoot, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
  return { ...(JSON.parse(readFileSync(reportFile, 'utf8')) as Report), log: stderr };
}

type Launched = Report & { log: string };

describe('built main bundle against the Electron stand-in', () => {
  let first: Launched;
  let later: Record<'restored' | 'configured' | 'damaged' | 'broken' | 'profile' | 'secondInstance' | 'offer', Launched>;

  beforeAll(async () => {
    ensureBuilt();
    workDir = mkdtempSync(join(tmpdir(), 'baton-shell-'));
    const userData = join(workDir, 'user-data');
    first = await launch(userData);

    // Independent launches run side by side; only `restored` depends on the first one.
    const damaged = join(workDir, 'damaged');
    mkdirSync(damaged, { recursive: true });
    writeFileSync(
      join(damaged, 'settings.json'),
      JSON.stringify({
        windowBounds: { x: 'left', y: 0, width: -5, height: 10 },
        gatewayUrl: 'ftp://files.example',
        preferences: { lastLogin: { gatewayUrl: 'http://127.0.0.1:1', username: 'agent9' } },
      }),
    );
    const broken = join(workDir, 'broken');
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, 'settings.json'), '{ this is not json');
    const [restored, configured, damagedRun, brokenRun, profile, secondInstance, offer] = await Promise.all([
      launch(userData),
      launch(join(workDir, 'configured'), { BATON_GATEWAY_URL: 'http://127.0.0.1:9' }),
      launch(damaged, { STANDIN_SKIP_LOGIN: '1' }),
      launch(broken),
      launch(join(workDir, 'ignored'), { BATON_USER_DATA_DIR: join(workDir, 'profile') }),
      launch(join(workDir, 'other'), { STANDIN_SECOND_INSTANCE: '1' }),
      launch(join(workDir, 'offer'), { BATON_BOT_KEY: 'shell-test-bot-key-0123456789abcdef', BATON_DEMO_SIMULATOR: 'off' }),
    ]);
    later = { restored, configured, damaged: damagedRun, broken: brokenRun, profile, secondInstance, offer };
  }, 180_000);

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('requests the single-instance lock, enables the sandbox and registers the privileged scheme before ready', () => {
    expect(first.beforeReady.lockRequests).toBe(1);
    expect(first.beforeReady.sandboxEnabled).toBe(true);
    expect(first.beforeReady.privilegedSchemes).toEqual([
      { scheme: 'baton', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
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
    expect([...first.ipcChannels].sort()).toEqual([...INVOKE_CHANNELS].sort());
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
    expect(first.appInfo.value?.defaults.gatewayUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
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
    expect(first.settings?.windowBounds).toEqual({ x: 40, y: 30, width: 1300, height: 820, maximized: false });
    expect(first.settings?.preferences.lastLogin?.username).toBe('agent1');
  });

  it('restores the remembered bounds on the next launch', () => {
    expect(later.restored.window.options).toMatchObject({ x: 40, y: 30, width: 1300, height: 820 });
  });

  it('talks to BATON_GATEWAY_URL instead of starting the embedded gateway', () => {
    const report = later.configured;
    expect(report.appInfo).toMatchObject({ ok: true, value: { defaults: { gatewayUrl: 'http://127.0.0.1:9' }, demo: null } });
    expect(report.log).not.toContain('embedded demo gateway started');
  });

  it('ignores damaged stored settings field by field, with a warning, and keeps the rest', () => {
    const report = later.damaged;
    expect(report.window.options).toMatchObject({ x: 320, y: 120, width: 1280, height: 800 });
    expect(report.appInfo).toMatchObject({ ok: true, value: { demo: { password: 'baton-demo' } } });
    expect(report.log).toMatch(/settings: ignored an invalid stored value.*windowBounds/);
    expect(report.log).toMatch(/settings: ignored an invalid stored value.*gatewayUrl/);
    expect(report.settings?.preferences.lastLogin?.username).toBe('agent9');
  });

  it('starts with defaults when the settings file is not JSON at all', () => {
    const report = later.broken;
    expect(report.window.count).toBe(1);
    expect(report.settings?.windowBounds).toEqual({ x: 40, y: 30, width: 1300, height: 820, maximized: false });
  });

  it('uses BATON_USER_DATA_DIR as the profile folder', () => {
    expect(later.profile.window.count).toBe(1);
    expect(existsSync(join(workDir, 'profile', 'settings.json'))).toBe(true);
  });

  it('hands over to the running instance when the lock is taken, creating no window', () => {
    const report = later.secondInstance;
    expect(report.beforeReady.lockRequests).toBe(1);
    expect(report.quitted).toBe(true);
    expect(report.windowCount).toBe(0);
  });

  it('shows a tray with a Show/Quit menu; the renderer\'s counts set its tooltip and the badge; bad counts are refused', () => {
    const { attention } = first;
    expect(attention.trayCount).toBe(1);
    expect(attention.tooltipAtStart).toBe('Baton');
    expect(attention.menu).toEqual(['Show Baton', '-', 'Quit Baton']);
    expect(attention.set).toEqual({ ok: true, value: null });
    expect(attention.tooltip).toBe('Baton — 1 offer waiting, 3 unread');
    expect(attention.badges).toEqual([4]);
    expect(attention.refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(attention.afterRefused).toEqual({ tooltip: 'Baton — 1 offer waiting, 3 unread', badges: [4] });
    expect(first.trayDestroyedOnQuit).toBe(true);
  });

  it('flashes the taskbar for a real offer while the agent is away; the notification click focuses and opens it', () => {
    const { offer } = later.offer;
    expect(offer).toMatchObject({ presence: true, intake: 202, notified: true });
    expect(offer?.conversationId).toEqual(expect.any(String));
    expect(offer?.flashesWhileAway).toEqual([true]);
    expect(offer?.focusedAfterClick).toBe(true);
    expect(offer?.focusEvents).toEqual([{ conversationId: offer?.conversationId }]);
    expect(offer?.flashesAfterFocus).toEqual([true, false]);
  });
});
