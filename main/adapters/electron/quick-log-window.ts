/**
 * Owns the quick-log window: a small window showing #/quick-log, opened from
 * the tray's "Log pain…", centred on the display under the pointer and given
 * keyboard focus (the person asked for it, unlike a break prompt). It is
 * created once and hidden when done, never destroyed and re-created; each
 * opening loads a fresh page so no half-typed entry comes back.
 */
import { BrowserWindow, app, screen } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol';
import { placeBreakWindows } from './window-placement';
import { returnFocus } from './return-focus';

const QUICK_LOG_URL = `${APP_SCHEME}://${APP_HOST}/index.html#/quick-log`;
/** Room for the search box, its list of matches and a few chosen regions. */
export const QUICK_LOG_WINDOW_SIZE = { width: 460, height: 420 } as const;

export interface QuickLogWindowOptions {
  preloadPath: string;
  iconPath: string;
  /** Under Wayland the pointer position is unknown (electron.d.ts: getCursorScreenPoint "Not supported on Wayland"). */
  wayland: boolean;
}

export interface QuickLogWindow {
  open(): void;
  /** Hides it and hands focus back (app:close-quick-log, after a save or Esc). */
  close(): void;
  /** Lets the window close for real (app quitting). */
  destroy(): void;
}

export function createQuickLogWindow(options: QuickLogWindowOptions): QuickLogWindow {
  let window: BrowserWindow | null = null;
  let quitting = false;
  let previousFocus: BrowserWindow | null = null;

  app.on('before-quit', () => {
    quitting = true;
  });

  function create(): BrowserWindow {
    const created = new BrowserWindow({
      width: QUICK_LOG_WINDOW_SIZE.width,
      height: QUICK_LOG_WINDOW_SIZE.height,
      show: false,
      frame: false,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      title: 'Unknot — log pain',
      icon: options.iconPath,
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
        spellcheck: false,
        // Middle-click would ask for a new window; the open handler denies it anyway.
        disableBlinkFeatures: 'Auxclick',
      },
    });
    created.setAlwaysOnTop(true, 'floating');
    // Closing it by the window manager (Alt+F4, ⌘W) is a cancel: hide, keep it for next time.
    created.on('close', (event) => {
      if (quitting) return;
      event.preventDefault();
      close();
    });
    return created;
  }

  function open(): void {
    const focused = BrowserWindow.getFocusedWindow();
    if (!window || window.isDestroyed()) window = create();
    const target = window;
    previousFocus = focused && focused !== target ? focused : null;
    const [placement] = placeBreakWindows({
      showOn: 'cursor-display',
      displays: screen.getAllDisplays().map((d) => ({ id: d.id, workArea: d.workArea })),
      cursorDisplayId: options.wayland ? null : screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).id,
      primaryDisplayId: screen.getPrimaryDisplay().id,
      size: QUICK_LOG_WINDOW_SIZE,
    });
    if (placement) target.setBounds(placement.bounds);
    // Shown when loadURL settles: for a new document and for a same-document (hash-only) load
    // alike, where did-finish-load never fires.
    target.loadURL(QUICK_LOG_URL).then(
      () => {
        if (target.isDestroyed()) return;
        target.show();
        target.focus();
      },
      () => undefined,
    );
  }

  function close(): void {
    if (!window || window.isDestroyed() || !window.isVisible()) return;
    const wasFocused = window.isFocused();
    window.hide();
    returnFocus(wasFocused, previousFocus);
    previousFocus = null;
  }

  return {
    open,
    close,
    destroy() {
      quitting = true;
      if (window && !window.isDestroyed()) window.destroy();
      window = null;
    },
  };
}
