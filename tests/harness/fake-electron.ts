/**
 * Owns the recording fake of the `electron` module that the contract harness
 * runs the real built bundles against. Every fake object is typed from
 * Electron's own electron.d.ts (`implements Pick<…>`, `satisfies Pick<…>`,
 * parameters taken from the real signatures), so a renamed or re-typed API
 * breaks `tsc`. It enforces the rules Electron enforces at runtime, throwing
 * the way Electron does and recording each breach in `violations`:
 *
 * - before `ready` only: protocol.registerSchemesAsPrivileged (it throws
 *   afterwards), app.setPath('userData') (docs: "call this before the ready event");
 * - after `ready` only: BrowserWindow, Tray, screen, powerMonitor,
 *   session.defaultSession, protocol.handle, Notification, dialog (except
 *   showErrorBox, which the docs allow before ready; showMessageBox answers
 *   with the button the scenario's simulated person presses);
 * - one ipcMain.handle per channel ("Attempted to register a second handler for …").
 *
 * It also records, without throwing, platform misuse (APIs electron.d.ts marks for other
 * platforms) and a login item that would start the bare Electron binary (an unpackaged
 * run registering itself on macOS, or on Windows without the app's folder).
 *
 * The renderer side (contextBridge, ipcRenderer, …) lives in preload-sandbox.ts.
 */
import fs from 'node:fs';
import { EventEmitter } from 'node:events';
import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Dialog,
  IpcMain,
  MessageBoxOptions,
  IpcMainInvokeEvent,
  Menu,
  MenuItemConstructorOptions,
  NativeImage,
  NotificationConstructorOptions,
  PowerMonitor,
  Protocol,
  Screen,
  Session,
  Tray,
  WebContents,
  WebFrameMain,
} from 'electron';
import type * as ElectronModule from 'electron';

/** Names of the `electron` main-process exports the fake provides; each must exist in electron.d.ts. */
export const FAKE_MAIN_EXPORTS = [
  'app',
  'BrowserWindow',
  'dialog',
  'ipcMain',
  'Menu',
  'nativeImage',
  'Notification',
  'powerMonitor',
  'protocol',
  'screen',
  'session',
  'shell',
  'Tray',
  'webContents',
] as const satisfies readonly (keyof typeof ElectronModule)[];

/** A fake class as the bundle sees it (constructor and chosen statics), so its inherited emitter statics stay out of the declared type. */
type Ctor<A extends unknown[], I, S = object> = (new (...args: A) => I) & S;

type Params<T> = T extends (...args: infer A) => unknown ? A : never;

export interface HarnessOptions {
  platform: NodeJS.Platform;
  userData: string;
  /** Seconds since the last input, as powerMonitor.getSystemIdleTime() reports it. */
  idleSeconds(): number;
  locked(): boolean;
  /** Which button of a dialog.showMessageBox the simulated person presses (default: the first). */
  answerMessageBox?(buttons: string[]): number;
}

/** The fakes' event base; named at module level so createFakeElectron's inferred type can refer to it. */
export class Emitter extends EventEmitter {}

export interface Violation {
  rule: string;
  detail: string;
}

/**
 * What the desktop keeps of a shown notification. Like the real native side it does not
 * keep the JS object alive: it holds it weakly, so a notification the app lets go of can be
 * garbage-collected (run the harness with --expose-gc and call gc()), and a click on it is
 * then lost, as in electron#16922.
 */
export interface ShownNotification {
  title: string;
  shownAt: number;
  /** close() was called on it (withdrawn or replaced by the app). */
  closed: boolean;
  /** Clicks that found no JS object left to tell. */
  lostClicks: number;
  ref: WeakRef<Emitter>;
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

export function createFakeElectron(options: HarnessOptions) {
  let ready = false;
  const violations: Violation[] = [];
  const log: string[] = [];
  const counters = {
    trayMenus: 0,
    trayTooltips: 0,
    windowsCreated: 0,
    notifications: 0,
    /** powerMonitor.getSystemIdleTime() calls: the planner's looks at idle time. */
    idleTimeReads: 0,
    /** powerMonitor.getSystemIdleState() calls: on Linux, the looks at the lock state. */
    idleStateReads: 0,
  };

  const breach = (rule: string, detail: string, message: string): never => {
    violations.push({ rule, detail });
    throw new Error(message);
  };
  const afterReady = (what: string): void => {
    if (!ready) breach('after-ready', what, `${what} cannot be used before the app is ready`);
  };

  // ---- app ----------------------------------------------------------------
  type AppKeys =
    | 'whenReady'
    | 'isReady'
    | 'quit'
    | 'exit'
    | 'getPath'
    | 'setPath'
    | 'requestSingleInstanceLock'
    | 'setAppUserModelId'
    | 'getLoginItemSettings'
    | 'setLoginItemSettings'
    | 'getAppPath'
    | 'getVersion'
    | 'hide'
    | 'isPackaged';
  const paths = new Map<string, string>([
    ['userData', options.userData],
    ['documents', options.userData],
  ]);
  let readyResolve: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (readyResolve = resolve));
  const state = { exitCode: null as number | null, quitRequested: false, loginItem: false };
  /** Every app.setLoginItemSettings call, with whether the app was packaged at the time. */
  const loginItemCalls: { openAtLogin: boolean; path: string; args: string[]; packaged: boolean }[] = [];

  /** Chromium switches appended by the app (before ready: Chromium reads them as it starts). */
  const switches = new Map<string, string>();
  /**
   * Whether windows are native Wayland windows: Electron 38+ follows XDG_SESSION_TYPE unless
   * --ozone-platform says otherwise. There showInactive() shows *and focuses* (electron#48436)
   * and setAlwaysOnTop does nothing (electron#50403); decided at ready, as Chromium does.
   */
  let nativeWayland = false;

  class FakeApp extends Emitter implements Pick<App, AppKeys> {
    isPackaged = false;
    // Only what the app uses of Electron's CommandLine (typed from it, so drift breaks tsc).
    readonly commandLine: Pick<App['commandLine'], 'appendSwitch' | 'hasSwitch' | 'getSwitchValue'> = {
      appendSwitch(name: string, value?: string): void {
        // Platform switches are read once, as Chromium starts: appended later they change nothing.
        if (ready) violations.push({ rule: 'before-ready', detail: `commandLine.appendSwitch(${name})` });
        else switches.set(name, value ?? '');
      },
      hasSwitch: (name: string) => switches.has(name),
      getSwitchValue: (name: string) => switches.get(name) ?? '',
    };
    whenReady(): Promise<void> {
      return readyPromise;
    }
    isReady(): boolean {
      return ready;
    }
    quit(): void {
      log.push('app.quit');
      state.quitRequested = true;
      // Electron emits before-quit, closes the windows, then will-quit and quit.
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      this.emit('before-quit', event);
      if (event.defaultPrevented) return;
      for (const w of [...windows]) if (!w.isDestroyed()) w.close();
      this.emit('will-quit', event);
      this.emit('quit', event, 0);
    }
    exit(exitCode?: number): void {
      // Exits at once: no before-quit, no window close events.
      log.push(`app.exit(${exitCode ?? 0})`);
      state.exitCode = exitCode ?? 0;
    }
    getPath(name: Params<App['getPath']>[0]): string {
      const p = paths.get(name);
      if (p === undefined) throw new Error(`Failed to get '${name}' path`);
      return p;
    }
    setPath(name: Params<App['setPath']>[0], value: string): void {
      if (ready && name === 'userData') {
        violations.push({ rule: 'before-ready', detail: "app.setPath('userData')" });
      }
      paths.set(name, value);
    }
    requestSingleInstanceLock(): boolean {
      return true;
    }
    setAppUserModelId(id: string): void {
      if (options.platform !== 'win32')
        violations.push({ rule: 'platform', detail: `setAppUserModelId(${id}) off Windows` });
      log.push(`app.setAppUserModelId(${id})`);
    }
    getLoginItemSettings(_opts?: Params<App['getLoginItemSettings']>[0]): ReturnType<App['getLoginItemSettings']> {
      if (options.platform === 'linux') violations.push({ rule: 'platform', detail: 'getLoginItemSettings on Linux' });
      return {
        openAtLogin: state.loginItem,
        wasOpenedAtLogin: false,
        status: 'not-registered',
        executableWillLaunchAtLogin: state.loginItem,
        launchItems: [],
      };
    }
    setLoginItemSettings(settings: Params<App['setLoginItemSettings']>[0]): void {
      if (options.platform === 'linux') violations.push({ rule: 'platform', detail: 'setLoginItemSettings on Linux' });
      const call = {
        openAtLogin: settings.openAtLogin === true,
        path: settings.path ?? process.execPath,
        args: settings.args ?? [],
        packaged: this.isPackaged,
      };
      loginItemCalls.push(call);
      // Unpackaged, the executable is Electron itself: macOS registers its .app (no arguments
      // there), and Windows starts electron.exe bare unless the app's folder is passed.
      const bare =
        call.openAtLogin &&
        !call.packaged &&
        (options.platform === 'darwin' ||
          (options.platform === 'win32' && call.path === process.execPath && !call.args.includes(this.getAppPath())));
      if (bare) {
        violations.push({ rule: 'bare-electron-login-item', detail: `${call.path} ${call.args.join(' ')}` });
      }
      state.loginItem = call.openAtLogin;
    }
    getAppPath(): string {
      return process.cwd();
    }
    getVersion(): string {
      return '0.0.0-harness';
    }
    hide(): void {
      log.push('app.hide');
    }
  }
  const app = new FakeApp();
  // Electron's app emits web-contents-created for every webContents; hardening listens to it.

  // ---- webContents and frames -------------------------------------------
  let nextContentsId = 1;
  const allContents = new Map<number, FakeWebContents>();

  class FakeFrame implements Pick<WebFrameMain, 'url'> {
    constructor(public url: string) {}
  }

  class FakeWebContents extends Emitter implements Pick<WebContents, 'id' | 'getURL' | 'isDestroyed' | 'loadURL'> {
    readonly id = nextContentsId++;
    readonly mainFrame = new FakeFrame('');
    destroyed = false;
    windowOpenHandler: Params<WebContents['setWindowOpenHandler']>[0] | null = null;
    constructor() {
      super();
      allContents.set(this.id, this);
    }
    getURL(): string {
      return this.mainFrame.url;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    setWindowOpenHandler(handler: Params<WebContents['setWindowOpenHandler']>[0]): void {
      this.windowOpenHandler = handler;
    }
    printToPDF(_options: Params<WebContents['printToPDF']>[0]): ReturnType<WebContents['printToPDF']> {
      return Promise.resolve(Buffer.from('%PDF-1.4 harness'));
    }
    /**
     * A main-frame navigation as Chromium reports it. A URL that differs from the current one only
     * in its fragment is a same-document navigation: did-start-navigation (isSameDocument true),
     * then did-navigate-in-page, and no did-finish-load. Anything else (including the identical URL,
     * which loadURL treats as a reload) loads a new document: did-finish-load on a later turn.
     */
    navigate(url: string): void {
      const sameDocument = isSameDocument(this.mainFrame.url, url);
      this.emit('did-start-navigation', { preventDefault: () => undefined }, url, sameDocument, true);
      this.mainFrame.url = url;
      if (sameDocument) {
        this.emit('did-navigate-in-page', { preventDefault: () => undefined }, url, true);
        return;
      }
      setImmediate(() => {
        if (this.destroyed) return;
        this.emit('did-finish-load');
        this.emit('did-stop-loading');
      });
    }
    /** The page's own router changing location.hash (renderer-initiated, same document). */
    navigateInPage(url: string): void {
      if (!isSameDocument(this.mainFrame.url, url)) throw new Error(`not a same-document URL: ${url}`);
      this.navigate(url);
    }
    /**
     * loadURL's promise as lib/browser/api/web-contents.ts builds it (_awaitNextLoad): it resolves on
     * did-finish-load, or on did-navigate-in-page for a same-document load; a later cross-document
     * main-frame navigation rejects it with ERR_ABORTED (-3).
     */
    loadURL(url: string): Promise<void> {
      const p = new Promise<void>((resolve, reject) => {
        let started = false;
        const cleanup = () => {
          this.off('did-finish-load', finish);
          this.off('did-navigate-in-page', finish);
          this.off('did-start-navigation', onStart);
        };
        const finish = () => {
          cleanup();
          resolve();
        };
        const onStart = (_e: unknown, next: string, sameDocument: boolean, mainFrame: boolean) => {
          if (!mainFrame) return;
          if (started && !sameDocument) {
            cleanup();
            reject(Object.assign(new Error(`ERR_ABORTED (-3) loading '${next}'`), { errno: -3, code: 'ERR_ABORTED' }));
          }
          started = true;
        };
        this.on('did-finish-load', finish);
        this.on('did-navigate-in-page', finish);
        this.on('did-start-navigation', onStart);
      });
      p.catch(() => undefined);
      this.navigate(url);
      return p;
    }
  }
  const isSameDocument = (from: string, to: string): boolean => {
    const [fromBase, fromHash] = from.split('#', 2);
    const [toBase, toHash] = to.split('#', 2);
    return from !== '' && fromBase === toBase && toHash !== undefined && fromHash !== toHash;
  };
  const webContents = {
    fromId: (id: number) => allContents.get(id),
    getAllWebContents: () => [...allContents.values()],
  } satisfies Record<'fromId' | 'getAllWebContents', (...a: never[]) => unknown>;

  // ---- BrowserWindow ------------------------------------------------------
  type WindowKeys =
    | 'isDestroyed'
    | 'show'
    | 'showInactive'
    | 'hide'
    | 'focus'
    | 'isFocused'
    | 'isVisible'
    | 'isMinimized'
    | 'restore'
    | 'setBounds'
    | 'setAlwaysOnTop'
    | 'setVisibleOnAllWorkspaces'
    | 'destroy'
    | 'close'
    | 'loadURL';
  const windows: FakeBrowserWindow[] = [];
  let focusedWindow: FakeBrowserWindow | null = null;

  class FakeBrowserWindow extends Emitter implements Pick<BrowserWindow, WindowKeys> {
    readonly webContents = new FakeWebContents();
    readonly options: BrowserWindowConstructorOptions;
    visible = false;
    destroyed = false;
    /** loadURL calls so far (a count, not a list: the soak loads thousands of times). */
    loads = 0;
    static getFocusedWindow(): FakeBrowserWindow | null {
      return focusedWindow && !focusedWindow.destroyed ? focusedWindow : null;
    }
    static fromWebContents(contents: { id: number }): FakeBrowserWindow | null {
      return windows.find((w) => w.webContents.id === contents.id) ?? null;
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return windows.filter((w) => !w.destroyed);
    }
    constructor(opts: BrowserWindowConstructorOptions = {}) {
      super();
      afterReady('new BrowserWindow()');
      this.options = opts;
      windows.push(this);
      counters.windowsCreated++;
      app.emit('web-contents-created', { preventDefault: () => undefined }, this.webContents);
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    alive(what: string): void {
      if (this.destroyed) throw new TypeError(`Object has been destroyed (${what})`);
    }
    show(): void {
      this.alive('show');
      this.visible = true;
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fake tracks which window has focus
      focusedWindow = this;
    }
    showInactive(): void {
      this.alive('showInactive');
      this.visible = true;
      // Native Wayland has no way to show a window without activating it.
      if (nativeWayland) focusedWindow = this; // eslint-disable-line @typescript-eslint/no-this-alias
    }
    hide(): void {
      this.alive('hide');
      this.visible = false;
      if (focusedWindow === this) focusedWindow = null;
    }
    focus(): void {
      this.alive('focus');
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fake tracks which window has focus
      focusedWindow = this;
    }
    isFocused(): boolean {
      return focusedWindow === this;
    }
    isVisible(): boolean {
      return this.visible;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    setBounds(_bounds: Params<BrowserWindow['setBounds']>[0]): void {
      this.alive('setBounds');
    }
    setAlwaysOnTop(_flag: boolean, _level?: Params<BrowserWindow['setAlwaysOnTop']>[1]): void {}
    setVisibleOnAllWorkspaces(_v: boolean, _o?: Params<BrowserWindow['setVisibleOnAllWorkspaces']>[1]): void {
      if (options.platform === 'win32')
        violations.push({ rule: 'platform', detail: 'setVisibleOnAllWorkspaces on Windows' });
    }
    close(): void {
      if (this.destroyed) return;
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) this.destroy();
    }
    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.visible = false;
      this.webContents.destroyed = true;
      allContents.delete(this.webContents.id);
      if (focusedWindow === this) focusedWindow = null;
      this.emit('closed');
    }
    loadURL(url: string): Promise<void> {
      this.alive('loadURL');
      const first = ++this.loads === 1;
      const loaded = this.webContents.loadURL(url);
      // Electron emits ready-to-show once, after the first page has rendered.
      if (first) setImmediate(() => !this.destroyed && this.emit('ready-to-show'));
      return loaded;
    }
  }

  // ---- Tray, Menu, nativeImage -------------------------------------------
  // Electron's createFromPath gives an empty image, silently, when the file is missing or unreadable.
  class FakeNativeImage implements Pick<NativeImage, 'isEmpty'> {
    constructor(readonly path: string) {}
    isEmpty(): boolean {
      return !fs.existsSync(this.path);
    }
  }
  const nativeImage = {
    createFromPath: (p: string) => new FakeNativeImage(p),
  } satisfies Record<keyof Pick<typeof ElectronModule.nativeImage, 'createFromPath'>, (p: string) => unknown>;

  class FakeMenu implements Pick<Menu, 'items'> {
    items: Menu['items'] = [];
    constructor(readonly template: MenuItemConstructorOptions[]) {}
  }
  const MenuStatics = {
    buildFromTemplate(template: Params<(typeof ElectronModule.Menu)['buildFromTemplate']>[0]): FakeMenu {
      return new FakeMenu(template as MenuItemConstructorOptions[]);
    },
  };

  const trays: FakeTray[] = [];
  class FakeTray extends Emitter implements Pick<Tray, 'isDestroyed' | 'destroy' | 'setToolTip'> {
    image: unknown;
    tooltip = '';
    menu: FakeMenu | null = null;
    destroyed = false;
    constructor(image: FakeNativeImage | string) {
      super();
      afterReady('new Tray()');
      this.image = image;
      trays.push(this);
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    destroy(): void {
      this.destroyed = true;
    }
    setImage(image: FakeNativeImage | string): void {
      this.image = image;
    }
    setToolTip(toolTip: string): void {
      counters.trayTooltips++;
      this.tooltip = toolTip;
    }
    setContextMenu(menu: FakeMenu | null): void {
      counters.trayMenus++;
      this.menu = menu;
    }
  }

  // ---- protocol, session --------------------------------------------------
  const schemes: Params<Protocol['registerSchemesAsPrivileged']>[0] = [];
  const handlers = new Map<string, Params<Protocol['handle']>[1]>();
  const protocol = {
    registerSchemesAsPrivileged(custom: Params<Protocol['registerSchemesAsPrivileged']>[0]): void {
      if (ready) {
        breach(
          'before-ready',
          'protocol.registerSchemesAsPrivileged',
          'protocol.registerSchemesAsPrivileged should be called before app is ready',
        );
      }
      schemes.push(...custom);
    },
    handle(scheme: string, handler: Params<Protocol['handle']>[1]): void {
      afterReady('protocol.handle');
      if (handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
      handlers.set(scheme, handler);
    },
  } satisfies Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;

  const permissions: {
    request: Params<Session['setPermissionRequestHandler']>[0];
    check: Params<Session['setPermissionCheckHandler']>[0];
  } = { request: null, check: null };
  const defaultSession = {
    setPermissionRequestHandler(handler: Params<Session['setPermissionRequestHandler']>[0]): void {
      permissions.request = handler;
    },
    setPermissionCheckHandler(handler: Params<Session['setPermissionCheckHandler']>[0]): void {
      permissions.check = handler;
    },
  } satisfies Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
  const session = {
    get defaultSession() {
      afterReady('session.defaultSession');
      return defaultSession;
    },
  };

  // ---- ipcMain ------------------------------------------------------------
  type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
  const ipcHandlers = new Map<string, InvokeHandler>();
  class FakeIpcMain extends Emitter implements Pick<IpcMain, 'handle' | 'removeHandler'> {
    handle(channel: string, listener: InvokeHandler): void {
      if (ipcHandlers.has(channel)) {
        breach('one-handler', channel, `Attempted to register a second handler for '${channel}'`);
      }
      ipcHandlers.set(channel, listener);
    }
    removeHandler(channel: string): void {
      ipcHandlers.delete(channel);
    }
  }
  const ipcMain = new FakeIpcMain();

  // ---- powerMonitor, screen -----------------------------------------------
  class FakePowerMonitor extends Emitter implements Pick<PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState'> {
    getSystemIdleTime(): number {
      afterReady('powerMonitor.getSystemIdleTime');
      counters.idleTimeReads++;
      return options.idleSeconds();
    }
    getSystemIdleState(idleThreshold: number): ReturnType<PowerMonitor['getSystemIdleState']> {
      afterReady('powerMonitor.getSystemIdleState');
      counters.idleStateReads++;
      if (options.locked()) return 'locked';
      return options.idleSeconds() >= idleThreshold ? 'idle' : 'active';
    }
    override on(event: string | symbol, listener: (...args: unknown[]) => void): this {
      afterReady(`powerMonitor.on('${String(event)}')`);
      if ((event === 'lock-screen' || event === 'unlock-screen') && options.platform === 'linux') {
        // electron.d.ts: "@platform darwin,win32" — Linux never emits them.
        violations.push({ rule: 'platform', detail: `powerMonitor '${event}' on Linux` });
      }
      return super.on(event, listener);
    }
  }
  const powerMonitor = new FakePowerMonitor();

  const display = {
    id: 1,
    workArea: { x: 0, y: 0, width: 1920, height: 1040 },
    bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  };
  const screen = {
    getAllDisplays() {
      afterReady('screen.getAllDisplays');
      return [display];
    },
    getPrimaryDisplay() {
      afterReady('screen.getPrimaryDisplay');
      return display;
    },
    getCursorScreenPoint() {
      afterReady('screen.getCursorScreenPoint');
      return { x: 100, y: 100 };
    },
    getDisplayNearestPoint(_point: Params<Screen['getDisplayNearestPoint']>[0]) {
      afterReady('screen.getDisplayNearestPoint');
      return display;
    },
  } satisfies Record<
    keyof Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'getCursorScreenPoint' | 'getDisplayNearestPoint'>,
    unknown
  >;

  // ---- dialog, Notification, shell -------------------------------------------
  const errorBoxes: { title: string; content: string }[] = [];
  const dialogAnswers: string[] = [];
  const messageBoxes: MessageBoxOptions[] = [];
  const dialog = {
    showErrorBox(title: string, content: string): void {
      // Allowed before ready (docs: "This API can be called safely before the ready event").
      errorBoxes.push({ title, content });
    },
    // A test answers a dialog by queueing the path the person would pick; none queued is "Cancel".
    async showSaveDialog(..._args: unknown[]): ReturnType<Dialog['showSaveDialog']> {
      afterReady('dialog.showSaveDialog');
      const filePath = dialogAnswers.shift();
      return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' };
    },
    async showOpenDialog(..._args: unknown[]): ReturnType<Dialog['showOpenDialog']> {
      afterReady('dialog.showOpenDialog');
      const filePath = dialogAnswers.shift();
      return filePath ? { canceled: false, filePaths: [filePath] } : { canceled: true, filePaths: [] };
    },
    // Electron's overloads: (options) or (window, options).
    async showMessageBox(
      ...args: [MessageBoxOptions] | [BrowserWindow, MessageBoxOptions]
    ): ReturnType<Dialog['showMessageBox']> {
      afterReady('dialog.showMessageBox');
      const boxOptions = args.length === 1 ? args[0] : args[1];
      messageBoxes.push(boxOptions);
      const response = options.answerMessageBox?.(boxOptions.buttons ?? ['OK']) ?? 0;
      return { response, checkboxChecked: false };
    },
  } satisfies Pick<Dialog, 'showErrorBox'> & Record<'showSaveDialog' | 'showOpenDialog' | 'showMessageBox', unknown>;

  const shownNotifications: ShownNotification[] = [];

  class FakeNotification extends Emitter {
    static isSupported(): boolean {
      return true;
    }
    shown: ShownNotification | null = null;
    constructor(readonly options: NotificationConstructorOptions) {
      super();
      afterReady('new Notification()');
      counters.notifications++;
    }
    show(): void {
      this.shown = {
        title: this.options.title ?? '',
        shownAt: Date.now(),
        closed: false,
        lostClicks: 0,
        ref: new WeakRef(this),
      };
      shownNotifications.push(this.shown);
    }
    close(): void {
      if (this.shown) this.shown.closed = true;
    }
  }

  /** The person clicks a shown notification: true when the app's object was still there to hear it. */
  const clickNotification = (shown: ShownNotification): boolean => {
    const note = shown.ref.deref();
    if (!note) {
      shown.lostClicks++;
      return false;
    }
    note.emit('click', { preventDefault: () => undefined });
    return true;
  };
  /** The desktop closes it: the person dismissed it, or (Windows) it timed out into the Action Center. */
  const dismissNotification = (shown: ShownNotification, reason: 'userCanceled' | 'timedOut'): void => {
    shown.ref.deref()?.emit('close', { preventDefault: () => undefined, reason });
  };

  const shell = {
    openPath: async (_p: string) => '',
  };

  const mainExports = {
    app,
    BrowserWindow: FakeBrowserWindow as Ctor<
      [BrowserWindowConstructorOptions?],
      FakeBrowserWindow,
      {
        getFocusedWindow(): FakeBrowserWindow | null;
        fromWebContents(contents: { id: number }): FakeBrowserWindow | null;
        getAllWindows(): FakeBrowserWindow[];
      }
    >,
    dialog,
    ipcMain,
    Menu: MenuStatics,
    nativeImage,
    Notification: FakeNotification as Ctor<
      [NotificationConstructorOptions],
      FakeNotification,
      { isSupported(): boolean }
    >,
    powerMonitor,
    protocol,
    screen,
    session,
    shell,
    Tray: FakeTray as Ctor<[FakeNativeImage | string], FakeTray>,
    webContents,
  } satisfies Record<(typeof FAKE_MAIN_EXPORTS)[number], unknown>;

  return {
    exports: mainExports,
    violations,
    log,
    counters,
    state,
    windows,
    trays,
    schemes,
    protocolHandlers: handlers,
    ipcHandlers,
    errorBoxes,
    dialogAnswers,
    messageBoxes,
    permissions,
    powerMonitor,
    loginItemCalls,
    shownNotifications,
    clickNotification,
    dismissNotification,
    isReady: () => ready,
    switches,
    nativeWayland: () => nativeWayland,
    /** Electron's startup: ready fires, whenReady resolves. */
    emitReady(): void {
      const ozone = switches.get('ozone-platform');
      nativeWayland =
        options.platform === 'linux' &&
        (ozone === 'wayland' || (ozone !== 'x11' && process.env.XDG_SESSION_TYPE === 'wayland'));
      ready = true;
      app.emit('will-finish-launching');
      app.emit('ready', { preventDefault: () => undefined }, {});
      readyResolve();
    },
    /** Runs the handler ipcMain holds for a channel as Electron would for a renderer's invoke. */
    async invoke(sender: FakeWebContents, frame: FakeFrame, channel: string, args: unknown[]): Promise<unknown> {
      const handler = ipcHandlers.get(channel);
      if (!handler)
        throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
      const event = { sender, senderFrame: frame, processId: 1, frameId: 1 } as unknown as IpcMainInvokeEvent;
      // IPC arguments and results cross as structured clones.
      return structuredClone(await handler(event, ...structuredClone(args)));
    },
    newFrame: (url: string) => new FakeFrame(url),
  };
}
