// The Electron main entry: lifecycle and wiring only. Single-instance lock, security before and after
// `ready`, the gateway choice, the core session behind the IPC gate, the one window, a clean quit.
// Logic lives in the modules it wires; this file decides order, nothing else.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, Menu, nativeImage, protocol, session, shell, Tray } from 'electron';
import { startGateway } from '../../gateway/server';
import { createDispatcher } from '../core/ipc/dispatch';
import { createConsoleLogger } from '../core/log';
import { createCoreSession } from '../core/session/core-session';
import { createDesktopAttention } from './attention';
import { createContextStore, createDraftFile } from './context-store';
import { chooseGateway, simulatorFromEnv } from './gateway-choice';
import { createEventPublisher } from './ipc/event-publisher';
import { registerIpc } from './ipc/registry';
import { createElectronNotifier } from './notifications';
import { APP_ENTRY_URL, applySecurityBeforeReady, applySecurityWhenReady } from './security';
import { createSettings } from './settings';
import { createAppTray } from './tray';
import { createWindow, type AppWindow } from './windows/main-window';

const here = dirname(fileURLToPath(import.meta.url));
const PRELOAD_PATH = join(here, '../preload/index.cjs');
const RENDERER_ROOT = join(here, '../renderer');
/** Quit must never hang on a stuck socket: whatever is not closed by then is left to the OS. */
const SHUTDOWN_LIMIT_MS = 5_000;

async function main(): Promise<void> {
  const log = createConsoleLogger({ base: { process: 'main' } });
  // A throwaway profile (tests, a second agent on one machine); the single-instance lock is per profile.
  const userDataDir = process.env.BATON_USER_DATA_DIR?.trim();
  if (userDataDir) app.setPath('userData', userDataDir);
  if (!app.requestSingleInstanceLock()) {
    log.info('Baton is already running; focusing that window instead');
    app.quit();
    return;
  }
  applySecurityBeforeReady({ app, protocol, shell, log });

  let window: AppWindow | null = null;
  const focusWindow = (): void => {
    if (window === null || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
  app.on('second-instance', focusWindow);

  await app.whenReady();
  applySecurityWhenReady({ protocol, session: session.defaultSession, rendererRoot: RENDERER_ROOT, log });

  const settings = createSettings({ log });
  const gateway = await chooseGateway({
    envUrl: process.env.BATON_GATEWAY_URL,
    settingsUrl: settings.gatewayUrl(),
    startEmbedded: () =>
      startGateway({
        demo: true,
        simulator: simulatorFromEnv(process.env.BATON_DEMO_SIMULATOR),
        port: 0,
        host: '127.0.0.1',
        log: createConsoleLogger({ base: { process: 'gateway' } }),
      }),
    log,
  });
  const ownContents = () => (window === null || window.isDestroyed() ? [] : [window.webContents]);
  const publish = createEventPublisher({ ownContents, log });
  const tray = createAppTray({ Tray, Menu, nativeImage, onShow: () => (window === null ? openWindow() : focusWindow()), onQuit: () => app.quit(), log });
  const attention = createDesktopAttention({ app, tray, window: () => window, log });
  const core = createCoreSession({
    mode: 'electron',
    version: app.getVersion(),
    demo: gateway.demo,
    defaults: gateway.defaults,
    prefs: settings.preferences,
    contextFile: createContextStore({ dir: app.getPath('userData'), log }),
    draftFile: createDraftFile({ dir: app.getPath('userData'), log }),
    notifier: createElectronNotifier({
      focusWindow,
      openConversation: (conversationId) => publish('app:focus-conversation', { conversationId }),
      isWindowFocused: () => window !== null && !window.isDestroyed() && window.isFocused(),
      attention,
      log,
    }),
    log,
    publish,
  });
  const registry = registerIpc({ dispatch: createDispatcher({ handlers: core.handlers, log }), ownContents, log });

  const openWindow = (): void => {
    const created = createWindow({ preload: PRELOAD_PATH, url: APP_ENTRY_URL, settings, log });
    created.on('closed', () => {
      if (window === created) window = null;
    });
    window = created;
  };
  openWindow();
  app.on('activate', () => {
    if (window === null) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Windows close (and save their bounds) after before-quit, so the final write happens here.
  app.on('will-quit', () => {
    settings.flush();
    tray?.dispose();
  });

  let state: 'running' | 'stopping' | 'stopped' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'stopped') return;
    event.preventDefault();
    if (state === 'stopping') return;
    state = 'stopping';
    const stop = async (): Promise<void> => {
      registry.dispose();
      await core.dispose();
      await gateway.close();
    };
    void withinLimit(stop(), SHUTDOWN_LIMIT_MS)
      .catch((error: unknown) => log.error('shutdown did not finish cleanly', { error }))
      .finally(() => {
        state = 'stopped';
        app.quit();
      });
  });
}

function withinLimit(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`shutdown took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

main().catch((error: unknown) => {
  process.stderr.write(`Baton could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  app.exit(1);
});
