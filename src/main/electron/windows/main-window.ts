// The app's one `createWindow()`: nothing else calls `new BrowserWindow`. Every window gets the secure
// preferences from security/, opens where it was last (clamped to a visible display) and remembers it.
import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { Logger } from '../../../shared/log';
import { secureWebPreferences } from '../security';
import type { Settings } from '../settings';
import { MIN_WINDOW_SIZE, resolveWindowBounds } from './window-bounds';

/** Matches `--c-bg-app` in the renderer's tokens, so the first frame does not flash. */
const BACKGROUND = { light: '#f5f5f7', dark: '#0f0f12' } as const;

/** For callers that hold a window; only this folder may import BrowserWindow itself. */
export type AppWindow = BrowserWindow;

export interface CreateWindowDeps {
  preload: string;
  url: string;
  settings: Settings;
  log: Logger;
  saveDelayMs?: number;
}

export function createWindow(deps: CreateWindowDeps): BrowserWindow {
  const saved = deps.settings.windowBounds();
  const bounds = resolveWindowBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Baton',
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    // A copy: the policy object stays frozen even if Electron annotates the options it is given.
    webPreferences: { ...secureWebPreferences(deps.preload) },
  });
  if (saved?.maximized === true) window.maximize();
  window.once('ready-to-show', () => window.show());

  let pending: NodeJS.Timeout | null = null;
  const save = (): void => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
    if (window.isDestroyed()) return;
    deps.settings.setWindowBounds({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const saveSoon = (): void => {
    if (pending !== null) clearTimeout(pending);
    pending = setTimeout(save, deps.saveDelayMs ?? 400);
  };
  window.on('move', saveSoon);
  window.on('resize', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);

  window.loadURL(deps.url).catch((error: unknown) => {
    deps.log.error('window: the app page failed to load', { url: deps.url, error });
  });
  return window;
}
