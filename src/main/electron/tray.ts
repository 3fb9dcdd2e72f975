// The tray icon: tooltip with what waits ("Baton — 1 offer waiting, 3 unread"), a red-dot icon while
// anything waits, a menu (Show Baton, Quit Baton) and click-to-show. Electron's Tray, Menu and
// nativeImage are passed in, so this runs in plain Node tests. Where the desktop has no tray (some
// Linux sessions) it logs once and the app carries on without one.
import type { Menu as ElectronMenu, Tray as ElectronTray, nativeImage as ElectronNativeImage, NativeImage } from 'electron';
import type { Attention } from '../../shared/contract/ipc';
import type { Logger } from '../../shared/log';
import { attentionCount, attentionTooltip } from '../core/notify/attention-words';
import { TRAY_ICON_SIZE, trayIconBitmap } from './tray-icon';

export interface TrayDeps {
  Tray: typeof ElectronTray;
  Menu: Pick<typeof ElectronMenu, 'buildFromTemplate'>;
  nativeImage: Pick<typeof ElectronNativeImage, 'createFromBitmap'>;
  onShow(): void;
  onQuit(): void;
  log: Logger;
}

export interface AppTray {
  show(attention: Attention): void;
  dispose(): void;
}

export function createAppTray(deps: TrayDeps): AppTray | null {
  const { log } = deps;
  let tray: ElectronTray;
  let icons: { calm: NativeImage; waiting: NativeImage };
  try {
    const image = (withDot: boolean) =>
      deps.nativeImage.createFromBitmap(trayIconBitmap(withDot), { width: TRAY_ICON_SIZE, height: TRAY_ICON_SIZE, scaleFactor: 2 });
    icons = { calm: image(false), waiting: image(true) };
    tray = new deps.Tray(icons.calm);
    tray.setToolTip(attentionTooltip({ offers: 0, unread: 0 }));
    tray.setContextMenu(
      deps.Menu.buildFromTemplate([
        { label: 'Show Baton', click: () => deps.onShow() },
        { type: 'separator' },
        { label: 'Quit Baton', click: () => deps.onQuit() },
      ]),
    );
    tray.on('click', () => deps.onShow());
  } catch (error) {
    log.warn('no tray icon on this desktop; badge and notifications still work', { error: describe(error) });
    return null;
  }

  let failed = false;
  let waiting = false;
  return {
    show(attention) {
      if (failed || tray.isDestroyed()) return;
      try {
        tray.setToolTip(attentionTooltip(attention));
        const nowWaiting = attentionCount(attention) > 0;
        if (nowWaiting !== waiting) tray.setImage(nowWaiting ? icons.waiting : icons.calm);
        waiting = nowWaiting;
      } catch (error) {
        failed = true;
        log.warn('the tray icon stopped updating', { error: describe(error) });
      }
    },
    dispose() {
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
