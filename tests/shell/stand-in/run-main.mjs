// Child-process runner: loads the BUILT main bundle against the Electron stand-in, drives it the way
// Electron and a renderer would (ready, requests to the app scheme, IPC calls, navigation, quit) and
// writes what happened as JSON to STANDIN_REPORT. Usage: node run-main.mjs <out/main/index.js>
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [mainPath] = process.argv.slice(2);
const reportPath = process.env.STANDIN_REPORT;
if (!mainPath || !reportPath) throw new Error('usage: STANDIN_REPORT=<file> node run-main.mjs <main bundle>');

register('./hooks.mjs', import.meta.url, { data: { standInUrl: new URL('./electron.mjs', import.meta.url).href } });
const electron = await import('electron');
const { record, emitReady, app } = electron;

const waitFor = async (what, check, ms = 20_000) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const value = check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
};
const navEvent = (url) => {
  const event = { url, defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  return event;
};

const report = {};
await import(pathToFileURL(mainPath).href);
report.beforeReady = {
  lockRequests: record.singleInstanceLockRequests,
  sandboxEnabled: record.sandboxEnabled,
  privilegedSchemes: structuredClone(record.privilegedSchemes),
};
if (process.env.STANDIN_SECOND_INSTANCE === '1') {
  await new Promise((resolve) => setTimeout(resolve, 50));
  report.quitted = record.quitted;
  report.windowCount = record.windows.length;
  writeFileSync(reportPath, JSON.stringify(report));
  process.exit(0);
}
setImmediate(emitReady);

const window = await waitFor('the main window', () => record.windows[0]);
await waitFor('ready-to-show', () => window.isVisible());
const contents = window.webContents;
const preload = window.options.webPreferences?.preload ?? null;
report.window = {
  count: record.windows.length,
  options: { ...window.options, webPreferences: { ...window.options.webPreferences } },
  loadedUrl: window.loadedUrl,
  preloadExists: typeof preload === 'string' && existsSync(preload),
};
report.handledSchemes = [...record.handledSchemes.keys()];

// What the renderer's first requests would get from the app scheme.
const serve = async (url) => {
  const response = await record.handledSchemes.get('baton')(new Request(url));
  const body = Buffer.from(await response.arrayBuffer()).toString('utf8');
  return { status: response.status, headers: Object.fromEntries(response.headers), bodyStart: body.slice(0, 200) };
};
const rendererIndex = join(dirname(mainPath), '../renderer/index.html');
report.scheme = {
  rendererBuilt: existsSync(rendererIndex),
  index: await serve('baton://app/index.html'),
  traversal: await serve('baton://app/..%2f..%2fmain/index.js'),
  encodedTraversal: await serve('baton://app/%2e%2e/%2e%2e/package.json'),
  otherHost: await serve('baton://evil/index.html'),
};
report.headers = await new Promise((resolve) =>
  record.headersListener(
    { url: 'baton://app/index.html', responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Test': ['1'] } },
    resolve,
  ),
);
report.foreignHeaders = await new Promise((resolve) =>
  record.headersListener({ url: 'https://example.com/', responseHeaders: { 'X-Test': ['1'] } }, resolve),
);

const permission = (name, url) =>
  new Promise((resolve) => record.permissionRequestHandler(contents, name, resolve, { requestingUrl: url, isMainFrame: true }));
report.permissions = {
  notificationsOwn: await permission('notifications', 'baton://app/index.html'),
  notificationsForeign: await permission('notifications', 'https://evil.example/'),
  media: await permission('media', 'baton://app/index.html'),
  geolocation: await permission('geolocation', 'baton://app/index.html'),
  checkNotifications: record.permissionCheckHandler(contents, 'notifications', 'baton://app', { isMainFrame: true }),
  checkClipboard: record.permissionCheckHandler(contents, 'clipboard-read', 'baton://app', { isMainFrame: true }),
};

report.windowOpen = {
  https: contents.windowOpenHandler({ url: 'https://example.com/help', frameName: '', features: '', disposition: 'new-window' }),
  file: contents.windowOpenHandler({ url: 'file:///etc/passwd', frameName: '', features: '', disposition: 'new-window' }),
};
const navigate = (name, url) => {
  const event = navEvent(url);
  contents.emit(name, event);
  return event.defaultPrevented;
};
report.navigation = {
  foreignPrevented: navigate('will-navigate', 'https://evil.example/phish'),
  ownPrevented: navigate('will-navigate', 'baton://app/index.html'),
  javascriptPrevented: navigate('will-navigate', 'javascript:alert(1)'),
  redirectPrevented: navigate('will-redirect', 'http://127.0.0.1:9/'),
  webviewPrevented: navigate('will-attach-webview', 'about:blank'),
};
report.openedExternally = [...record.openedExternally];

// The renderer's calls, through the real registered handlers.
report.ipcChannels = [...record.ipcHandlers.keys()];
report.ipcListeners = [...record.ipcListeners];
const trusted = { sender: contents, senderFrame: contents.mainFrame };
const invoke = (channel, request, event = trusted) => record.ipcHandlers.get(channel)(event, request);
report.appInfo = await invoke('app:get-info', undefined);
report.subFrame = await invoke('session:get', undefined, {
  sender: contents,
  senderFrame: { url: 'baton://app/index.html', parent: contents.mainFrame },
});
const info = report.appInfo.ok ? report.appInfo.value : null;
if (info?.defaults.gatewayUrl && info.demo && process.env.STANDIN_SKIP_LOGIN !== '1') {
  report.login = await invoke('session:log-in', {
    gatewayUrl: info.defaults.gatewayUrl,
    username: info.defaults.username,
    password: info.demo.password,
  });
  await waitFor('link online', () =>
    contents.sent.some((m) => m.channel === 'link:state-changed' && m.args[0]?.status === 'online'),
  ).catch(() => undefined);
}

// Attention outside the window: the renderer's counts reach the tray and badge; a bad payload is refused.
const tray = record.trays[0];
report.attention = {
  trayCount: record.trays.length,
  tooltipAtStart: tray?.tooltip ?? null,
  menu: tray?.menu?.template.map((item) => item.label ?? '-') ?? null,
  set: await invoke('app:set-attention', { offers: 1, unread: 3 }),
  tooltip: tray?.tooltip ?? null,
  badges: [...record.badgeCounts],
  refused: await invoke('app:set-attention', { offers: -1, unread: 'many' }),
};
report.attention.afterRefused = { tooltip: tray?.tooltip ?? null, badges: [...record.badgeCounts] };

// A real offer through the embedded gateway while the agent is in another app (needs BATON_BOT_KEY).
if (report.login?.ok && process.env.BATON_BOT_KEY) {
  window.blur();
  const presence = await invoke('presence:set', { state: 'available' });
  const handoff = readFileSync(new URL('../../fixtures/bot-payloads/native-handoff.json', import.meta.url), 'utf8');
  const intake = await fetch(new URL('/v1/handoffs', info.defaults.gatewayUrl), {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.BATON_BOT_KEY}`, 'content-type': 'application/json' },
    body: handoff,
  });
  const offered = await waitFor('an offer', () => contents.sent.find((m) => m.channel === 'contact:offered')).catch(() => null);
  const notification = record.notifications.find((n) => n.options.title === 'Incoming contact');
  report.offer = {
    presence: presence.ok,
    intake: intake.status,
    conversationId: offered?.args[0]?.conversationId ?? null,
    notified: notification !== undefined,
    flashesWhileAway: [...window.flashes],
  };
  notification?.emit('click', {});
  report.offer.focusedAfterClick = window.isFocused();
  report.offer.focusEvents = contents.sent.filter((m) => m.channel === 'app:focus-conversation').map((m) => m.args[0]);
  report.offer.flashesAfterFocus = [...window.flashes];
}
report.sent = contents.sent.map((m) => ({ channel: m.channel, status: m.args[0]?.status ?? null }));

app.emit('second-instance', navEvent(''), ['baton'], process.cwd(), {});
report.secondInstanceFocused = window.focusCount > 0;

window.setBounds({ x: 40, y: 30, width: 1300, height: 820 });
app.quit();
await waitFor('quit', () => record.quitted, 10_000).catch(() => undefined);
report.quitted = record.quitted;
report.exitCode = record.exitCode;
report.trayDestroyedOnQuit = tray?.isDestroyed() ?? null;
const settingsFile = join(app.getPath('userData'), 'settings.json');
report.settings = existsSync(settingsFile) ? JSON.parse(readFileSync(settingsFile, 'utf8')) : null;
if (info?.defaults.gatewayUrl) {
  report.gatewayAfterQuit = await fetch(new URL('/healthz', info.defaults.gatewayUrl), { signal: AbortSignal.timeout(2000) })
    .then((r) => `answered ${r.status}`)
    .catch(() => 'closed');
}
writeFileSync(reportPath, JSON.stringify(report, null, 2));
process.exit(0);
