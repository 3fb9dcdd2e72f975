// The desktop attention and the tray with stand-in Electron objects (the real ones need the binary):
// tooltip, icon, badge and taskbar flash, and carrying on where the platform has none of them.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../core/testing/recording-logger';
import { createDesktopAttention, type FlashableWindow } from './attention';
import { createAppTray, type TrayDeps } from './tray';
import { TRAY_ICON_SIZE, trayIconBitmap } from './tray-icon';

class StandInTray extends EventEmitter {
  static made: StandInTray[] = [];
  static failing = false;
  tooltip = '';
  image: unknown;
  menu: { template: { label?: string; click?: () => void }[] } | null = null;
  destroyed = false;
  constructor(image: unknown) {
    super();
    if (StandInTray.failing) throw new Error('tray not supported on this desktop');
    this.image = image;
    StandInTray.made.push(this);
  }
  setToolTip(text: string) {
    this.tooltip = text;
  }
  setImage(image: unknown) {
    this.image = image;
  }
  setContextMenu(menu: StandInTray['menu']) {
    this.menu = menu;
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
}

function trayDeps(calls: string[]): TrayDeps {
  return {
    Tray: StandInTray as unknown as TrayDeps['Tray'],
    Menu: { buildFromTemplate: ((template: unknown) => ({ template })) as unknown as TrayDeps['Menu']['buildFromTemplate'] },
    nativeImage: {
      createFromBitmap: ((buffer: Buffer, options: { width: number }) => ({ dot: buffer.equals(trayIconBitmap(true)), width: options.width })) as unknown as TrayDeps['nativeImage']['createFromBitmap'],
    },
    onShow: () => calls.push('show'),
    onQuit: () => calls.push('quit'),
    log: createRecordingLogger(),
  };
}

class StandInWindow extends EventEmitter {
  focused = false;
  flashes: boolean[] = [];
  flashFrame(flag: boolean) {
    this.flashes.push(flag);
  }
  isFocused() {
    return this.focused;
  }
  isDestroyed() {
    return false;
  }
}

describe('createAppTray', () => {
  it('shows what waits in the tooltip, a dotted icon while anything waits, and a Show/Quit menu', () => {
    const calls: string[] = [];
    const tray = createAppTray(trayDeps(calls));
    const made = StandInTray.made.at(-1);
    expect(tray).not.toBeNull();
    expect(made?.tooltip).toBe('Baton');
    expect(made?.image).toEqual({ dot: false, width: TRAY_ICON_SIZE });
    tray?.show({ offers: 1, unread: 3 });
    expect(made?.tooltip).toBe('Baton — 1 offer waiting, 3 unread');
    expect(made?.image).toEqual({ dot: true, width: TRAY_ICON_SIZE });
    tray?.show({ offers: 0, unread: 0 });
    expect(made?.image).toEqual({ dot: false, width: TRAY_ICON_SIZE });
    expect(made?.menu?.template.map((item) => item.label ?? '-')).toEqual(['Show Baton', '-', 'Quit Baton']);
    made?.menu?.template[0]?.click?.();
    made?.emit('click');
    made?.menu?.template[2]?.click?.();
    expect(calls).toEqual(['show', 'show', 'quit']);
    tray?.dispose();
    expect(made?.destroyed).toBe(true);
  });

  it('returns null with one warning where the desktop has no tray', () => {
    StandInTray.failing = true;
    const deps = trayDeps([]);
    expect(createAppTray(deps)).toBeNull();
    StandInTray.failing = false;
    expect((deps.log as ReturnType<typeof createRecordingLogger>).at('warn')).toHaveLength(1);
  });

  it('draws an opaque disc with a transparent outside, plus the red dot variant', () => {
    const plain = trayIconBitmap(false);
    expect(plain).toHaveLength(TRAY_ICON_SIZE * TRAY_ICON_SIZE * 4);
    expect(plain[3]).toBe(0);
    const middle = ((TRAY_ICON_SIZE / 2) * TRAY_ICON_SIZE + 4) * 4;
    expect(plain[middle + 3]).toBe(0xff);
    expect(trayIconBitmap(true).equals(plain)).toBe(false);
  });
});

describe('createDesktopAttention', () => {
  function setup(options: { badgeFails?: boolean } = {}) {
    const badges: number[] = [];
    const shown: unknown[] = [];
    const log = createRecordingLogger();
    const win = new StandInWindow();
    const attention = createDesktopAttention({
      app: {
        setBadgeCount: (count?: number) => {
          if (options.badgeFails) throw new Error('no launcher');
          badges.push(count ?? 0);
          return true;
        },
      },
      tray: { show: (a) => shown.push(a), dispose: () => undefined },
      window: () => win as unknown as FlashableWindow,
      log,
    });
    return { attention, badges, shown, win, log };
  }

  it('sets the badge to offers + unread and updates the tray, only when the counts change', () => {
    const { attention, badges, shown } = setup();
    attention.set({ offers: 1, unread: 3 });
    attention.set({ offers: 1, unread: 3 });
    attention.set({ offers: 0, unread: 0 });
    expect(badges).toEqual([4, 0]);
    expect(shown).toEqual([
      { offers: 1, unread: 3 },
      { offers: 0, unread: 0 },
    ]);
  });

  it('flashes the taskbar for an offer while unfocused, and stops when the window gets focus', () => {
    const { attention, win } = setup();
    attention.offerArrived();
    attention.offerArrived();
    expect(win.flashes).toEqual([true, true]);
    win.focused = true;
    win.emit('focus');
    expect(win.flashes).toEqual([true, true, false]);
    attention.offerArrived();
    expect(win.flashes).toEqual([true, true, false]);
    expect(win.listenerCount('focus')).toBe(0);
  });

  it('logs a missing badge once and keeps going', () => {
    const { attention, log, shown } = setup({ badgeFails: true });
    attention.set({ offers: 1, unread: 0 });
    attention.set({ offers: 2, unread: 0 });
    expect(shown).toHaveLength(2);
    expect(log.at('warn')).toHaveLength(1);
  });
});
