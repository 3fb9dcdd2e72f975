// What the desktop shows outside the window: the tray (tooltip and icon), the app badge count (macOS,
// Linux Unity) and the taskbar flash for a new offer while the window is not focused (stopped when it
// gets focus). Electron objects are passed in; every platform call is guarded and a failure is logged
// once, never thrown: a missing tray or badge must not cost the agent an offer.
import type { App } from 'electron';
import type { Attention } from '../../shared/contract/ipc';
import type { Logger } from '../../shared/log';
import { attentionCount, NO_ATTENTION, sameAttention } from '../core/notify/attention-words';
import type { AppTray } from './tray';
import type { AppWindow } from './windows/main-window';

export type FlashableWindow = Pick<AppWindow, 'flashFrame' | 'isFocused' | 'isDestroyed' | 'once'>;

export interface DesktopAttentionDeps {
  app: Pick<App, 'setBadgeCount'>;
  tray: AppTray | null;
  /** The main window, when there is one. */
  window(): FlashableWindow | null;
  log: Logger;
}

export interface DesktopAttention {
  set(attention: Attention): void;
  /** A new offer rang: flash the taskbar entry unless the agent is already looking. */
  offerArrived(): void;
}

export function createDesktopAttention(deps: DesktopAttentionDeps): DesktopAttention {
  const warned = new Set<string>();
  const guarded = (what: string, call: () => void): void => {
    try {
      call();
    } catch (error) {
      if (warned.has(what)) return;
      warned.add(what);
      deps.log.warn(`${what} is not available here; carrying on without it`, { error: error instanceof Error ? error.message : String(error) });
    }
  };
  let current = NO_ATTENTION;
  const flashing = new WeakSet<FlashableWindow>();

  return {
    set(attention) {
      if (sameAttention(attention, current)) return;
      current = attention;
      deps.tray?.show(attention);
      guarded('the app badge', () => {
        deps.app.setBadgeCount(attentionCount(attention));
      });
    },
    offerArrived() {
      const win = deps.window();
      if (!win || win.isDestroyed() || win.isFocused()) return;
      guarded('flashing the taskbar', () => win.flashFrame(true));
      if (flashing.has(win)) return;
      flashing.add(win);
      win.once('focus', () => {
        flashing.delete(win);
        if (!win.isDestroyed()) guarded('flashing the taskbar', () => win.flashFrame(false));
      });
    },
  };
}
