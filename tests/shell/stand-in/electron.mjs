// A faithful stand-in for the Electron main-process API surface Baton uses, for running the BUILT main
// bundle in plain Node. It keeps Electron's ordering rules (privileged schemes and the sandbox switch
// only before `ready`, protocol.handle only after, one ipcMain handler per channel) and records calls.
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

let userData = process.env.STANDIN_USER_DATA;
if (!userData) throw new Error('STANDIN_USER_DATA must point at a throwaway folder');
mkdirSync(userData, { recursive: true });

/** Everything the app did, read by the runner. */
export const record = {
  singleInstanceLockRequests: 0,
  sandboxEnabled: false,
  privilegedSchemes: [],
  handledSchemes: new Map(),
  windows: [],
  ipcHandlers: new Map(),
  ipcListeners: [],
  headersListener: null,
  permissionRequestHandler: null,
  permissionCheckHandler: null,
  openedExternally: [],
  quitted: false,
  exitCode: null,
  trays: [],
  badgeCounts: [],
  notifications: [],
};

function makeEvent(extra = {}) {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    ...extra,
  };
  return event;
}

let ready = false;
let readyResolve;
const readyPromise = new Promise((resolve) => {
  readyResolve = resolve;
});

class App extends EventEmitter {
  isPackaged = false;
  requestSingleInstanceLock() {
    record.singleInstanceLockRequests += 1;
    return process.env.STANDIN_SECOND_INSTANCE !== '1';
  }
  enableSandbox() {
    if (ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    record.sandboxEnabled = true;
  }
  whenReady() {
    return readyPromise;
  }
  isReady() {
    return ready;
  }
  getPath(name) {
    if (!['userData', 'appData', 'temp', 'logs', 'home', 'sessionData'].includes(name)) throw new Error(`Failed to get '${name}' path`);
    return name === 'userData' || name === 'sessionData' ? userData : join(userData, name);
  }
  setPath(name, value) {
    if (name !== 'userData') throw new Error(`the stand-in only supports setPath('userData'), not '${name}'`);
    if (ready) throw new Error("userData must be set before app is ready");
    userData = value;
    mkdirSync(userData, { recursive: true });
    record.userDataSetTo = value;
  }
  getVersion() {
    return process.env.STANDIN_APP_VERSION ?? '0.0.0';
  }
  getName() {
    return 'Baton';
  }
  setAppUserModelId() {}
  setBadgeCount(count = 0) {
    if (!Number.isInteger(count) || count < 0) throw new TypeError('setBadgeCount needs a non-negative integer');
    record.badgeCounts.push(count);
    return true;
  }
  focus() {}
  quit() {
    const before = makeEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    for (const window of [...BrowserWindow.getAllWindows()]) {
      window.close();
      if (!window.isDestroyed()) return;
    }
    const willQuit = makeEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.emit('quit', makeEvent(), 0);
    record.quitted = true;
  }
  exit(code = 0) {
    record.exitCode = code;
    record.quitted = true;
  }
}
export const app = new App();

/** Called by the runner once the main script has run, as Electron does. */
export function emitReady() {
  ready = true;
  app.emit('will-finish-launching');
  readyResolve();
  app.emit('ready', makeEvent(), {});
}

let nextContentsId = 1;
class WebContents extends EventEmitter {
  id = nextContentsId++;
  url = '';
  sent = [];
  windowOpenHandler = null;
  destroyed = false;
  constructor() {
    super();
    this.mainFrame = { parent: null, frames: [] };
    Object.defineProperty(this.mainFrame, 'url', { get: () => this.url, enumerable: true });
    Object.defineProperty(this.mainFrame, 'top', { get: () => this.mainFrame });
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  getURL() {
    return this.url;
  }
  send(channel, ...args) {
    if (this.destroyed) throw new Error('Object has been destroyed');
    // Electron serialises with the structured clone algorithm; functions or classes would throw here.
    this.sent.push({ channel, args: structuredClone(args) });
  }
  isDestroyed() {
    return this.destroyed;
  }
  focus() {}
}

const allWindows = new Set();
export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return [...allWindows];
  }
  static getFocusedWindow() {
    return null;
  }
  constructor(options = {}) {
    super();
    if (!ready) throw new Error('Cannot create BrowserWindow before app is ready');
    this.options = options;
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.visible = options.show !== false;
    this.maximized = false;
    this.minimized = false;
    this.destroyed = false;
    this.focusCount = 0;
    this.focused = false;
    this.flashes = [];
    this.webContents = new WebContents();
    allWindows.add(this);
    record.windows.push(this);
    app.emit('web-contents-created', makeEvent(), this.webContents);
  }
  loadURL(url) {
    if (typeof url !== 'string') throw new TypeError('loadURL needs a string');
    this.loadedUrl = url;
    this.webContents.url = url;
    setImmediate(() => {
      if (!this.destroyed) this.emit('ready-to-show', makeEvent());
    });
    return Promise.resolve();
  }
  /** As in Electron, showing a window also gives it focus; `blur()` stands for the agent switching away. */
  show() {
    this.visible = true;
    if (this.focused) return;
    this.focused = true;
    this.emit('focus', makeEvent());
  }
  hide() {
    this.visible = false;
  }
  isVisible() {
    return this.visible;
  }
  focus() {
    this.focusCount += 1;
    if (this.focused) return;
    this.focused = true;
    this.emit('focus', makeEvent());
  }
  blur() {
    if (!this.focused) return;
    this.focused = false;
    this.emit('blur', makeEvent());
  }
  isFocused() {
    return this.focused;
  }
  flashFrame(flag) {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.flashes.push(Boolean(flag));
  }
  restore() {
    this.minimized = false;
  }
  isMinimized() {
    return this.minimized;
  }
  maximize() {
    this.maximized = true;
    this.emit('maximize', makeEvent());
  }
  isMaximized() {
    return this.maximized;
  }
  getBounds() {
    return { ...this.bounds };
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  setBounds(bounds) {
    this.bounds = { ...this.bounds, ...bounds };
    this.emit('move', makeEvent());
    this.emit('resize', makeEvent());
  }
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    if (this.destroyed) return;
    const event = makeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    allWindows.delete(this);
    this.emit('closed');
  }
}

export const ipcMain = Object.assign(new EventEmitter(), {
  handle(channel, listener) {
    if (record.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record.ipcHandlers.set(channel, listener);
  },
  handleOnce(channel, listener) {
    this.handle(channel, listener);
  },
  removeHandler(channel) {
    record.ipcHandlers.delete(channel);
  },
});
const originalOn = ipcMain.on.bind(ipcMain);
ipcMain.on = (channel, listener) => {
  record.ipcListeners.push(channel);
  return originalOn(channel, listener);
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    record.privilegedSchemes.push(...structuredClone(schemes));
  },
  handle(scheme, handler) {
    if (!ready) throw new Error('protocol.handle can only be used after app is ready');
    if (record.handledSchemes.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    record.handledSchemes.set(scheme, handler);
  },
  unhandle(scheme) {
    record.handledSchemes.delete(scheme);
  },
  isProtocolHandled(scheme) {
    return record.handledSchemes.has(scheme);
  },
};

const defaultSession = {
  webRequest: {
    onHeadersReceived(filterOrListener, maybeListener) {
      record.headersListener = maybeListener ?? filterOrListener;
    },
  },
  setPermissionRequestHandler(handler) {
    record.permissionRequestHandler = handler;
  },
  setPermissionCheckHandler(handler) {
    record.permissionCheckHandler = handler;
  },
};
export const session = {
  get defaultSession() {
    if (!ready) throw new Error('session module can only be used when app is ready');
    return defaultSession;
  },
};

export const shell = {
  openExternal(url) {
    record.openedExternally.push(url);
    return Promise.resolve();
  },
  openPath() {
    return Promise.resolve('');
  },
};

const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
export const screen = {
  getAllDisplays() {
    if (!ready) throw new Error('screen module can only be used when app is ready');
    return [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea }];
  },
  getPrimaryDisplay() {
    if (!ready) throw new Error('screen module can only be used when app is ready');
    return { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea };
  },
};

export const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system' });

export const Menu = { setApplicationMenu() {}, buildFromTemplate: (template) => ({ template }) };

/** Keeps Electron's rule that a raw bitmap is exactly width × height × 4 bytes (BGRA). */
export const nativeImage = {
  createFromBitmap(buffer, options) {
    const scale = options.scaleFactor ?? 1;
    if (!Buffer.isBuffer(buffer) || buffer.length !== options.width * options.height * 4) throw new Error('invalid buffer size');
    return { kind: 'bitmap', bytes: buffer.length, isEmpty: () => false, getSize: () => ({ width: options.width / scale, height: options.height / scale }) };
  },
  createEmpty() {
    return { kind: 'empty', isEmpty: () => true, getSize: () => ({ width: 0, height: 0 }) };
  },
};

export class Tray extends EventEmitter {
  constructor(image) {
    super();
    if (!ready) throw new Error('Cannot create Tray before app is ready');
    if (!image || typeof image.isEmpty !== 'function') throw new TypeError('Tray needs a NativeImage');
    this.image = image;
    this.tooltip = '';
    this.menu = null;
    this.destroyed = false;
    record.trays.push(this);
  }
  setToolTip(text) {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.tooltip = String(text);
  }
  setImage(image) {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.image = image;
  }
  setContextMenu(menu) {
    this.menu = menu;
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
}

export class Notification extends EventEmitter {
  static isSupported() {
    return true;
  }
  constructor(options) {
    super();
    this.options = options;
  }
  show() {
    record.notifications.push(this);
  }
}

export default { app, BrowserWindow, ipcMain, protocol, session, shell, screen, nativeTheme, Menu, Notification, Tray, nativeImage };
