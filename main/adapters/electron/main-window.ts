/**
 * Owns the main window: created on demand, focused if it already exists,
 * destroyed when closed (the app lives on in the tray).
 */
import { BrowserWindow } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol';

export interface MainWindowOptions {
  preloadPath: string;
  iconPath: string;
}

export function createMainWindowController(options: MainWindowOptions) {
  let window: BrowserWindow | null = null;

  /** Shows the window; navigates only when a route is asked for, so the screen the person was on stays. */
  function open(route?: string): BrowserWindow {
    if (window && !window.isDestroyed()) {
      if (route !== undefined) void window.loadURL(`${APP_SCHEME}://${APP_HOST}/index.html#/${route}`);
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      return window;
    }
    window = new BrowserWindow({
      width: 1080,
      height: 760,
      minWidth: 380,
      minHeight: 480,
      show: false,
      title: 'Unknot',
      icon: options.iconPath,
      autoHideMenuBar: true,
      webPreferences: {
        preload: options.preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        spellcheck: true,
        // Middle-click would ask for a new window; the open handler denies it anyway.
        disableBlinkFeatures: 'Auxclick',
      },
    });
    window.once('ready-to-show', () => window?.show());
    window.on('closed', () => {
      window = null;
    });
    void window.loadURL(`${APP_SCHEME}://${APP_HOST}/index.html#/${route ?? 'today'}`);
    return window;
  }

  return { open, current: () => window };
}
