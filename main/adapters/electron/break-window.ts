/**
 * Owns the break window: a small always-on-top window showing #/break, opened
 * without taking keyboard focus, on the display under the pointer or on every
 * display. Windows are created once and hidden between breaks, never destroyed
 * and re-created per break. Placement, close and focus rules live in
 * window-placement.ts; the keyboard (Enter, S, Esc) belongs to the screen.
 */
import { BrowserWindow, app, screen } from 'electron';
import type { BreakAction, BreakStatus } from '../../../common/domain/breaks';
import type { BreakNotifier } from '../../core/ports';
import { APP_HOST, APP_SCHEME } from './app-protocol';
import { returnFocus } from './return-focus';
import {
  BREAK_WINDOW_SIZE,
  actionOnCloseRequest,
  placeBreakWindows,
  promptIdentity,
  type ShowOn,
} from './window-placement';

const BREAK_URL = `${APP_SCHEME}://${APP_HOST}/index.html#/break`;

export interface BreakWindowOptions {
  preloadPath: string;
  iconPath: string;
  showOn: () => ShowOn;
  /** Under Wayland the pointer position is unknown (electron.d.ts: getCursorScreenPoint "Not supported on Wayland"). */
  wayland: boolean;
  /** The prompt as the engine sees it now, to decide what a close by the person means. */
  currentStatus: () => BreakStatus;
  /** The person closed the window: answer the engine for them. */
  respond: (action: BreakAction) => void;
}

export interface ShowOptions {
  /**
   * Show and focus: only when the person asked for the window themselves (clicked the
   * prompt's notification, chose a break from the tray). Otherwise it is shown without
   * taking the keyboard (issue 13 #10).
   */
  activate?: boolean;
}

export type BreakWindows = Pick<BreakNotifier, 'closePrompt'> & {
  showPrompt(status: BreakStatus, show?: ShowOptions): void;
  /** Lets the windows close for real (app quitting). */
  destroy(): void;
};

export function createBreakWindows(options: BreakWindowOptions): BreakWindows {
  const pool: BrowserWindow[] = [];
  let quitting = false;
  let shownIdentity: string | null = null;
  /** Bumped on every show and close, so a page that finishes loading late does not reopen a closed prompt. */
  let generation = 0;
  let previousFocus: BrowserWindow | null = null;

  app.on('before-quit', () => {
    quitting = true;
  });

  const isOurs = (w: BrowserWindow) => pool.includes(w);

  function create(): BrowserWindow {
    const window = new BrowserWindow({
      width: BREAK_WINDOW_SIZE.width,
      height: BREAK_WINDOW_SIZE.height,
      show: false,
      frame: false,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      title: 'Unknot — break',
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
        spellcheck: true,
        // Middle-click would ask for a new window; the open handler denies it anyway.
        disableBlinkFeatures: 'Auxclick',
      },
    });
    // Above ordinary windows but below system UI; 'floating' is Electron's default level for alwaysOnTop.
    window.setAlwaysOnTop(true, 'floating');
    // Follow the person to whichever workspace they are on. skipTransformProcessType avoids
    // macOS hiding the dock icon for a moment (electron.d.ts, VisibleOnAllWorkspacesOptions).
    if (process.platform !== 'win32') window.setVisibleOnAllWorkspaces(true, { skipTransformProcessType: true });
    window.on('close', (event) => {
      if (quitting) return;
      event.preventDefault();
      const action = actionOnCloseRequest(options.currentStatus().prompt);
      if (action === 'keep-open') return;
      if (action === 'hide') closePrompt();
      else options.respond(action);
    });
    return window;
  }

  function showWhenLoaded(window: BrowserWindow, activate: boolean): void {
    const wanted = generation;
    // loadURL's promise settles for a new document (did-finish-load) and for a same-document,
    // hash-only load (did-navigate-in-page), where did-finish-load never comes.
    // A newer prompt's load can abort this one (ERR_ABORTED); that load shows the window.
    window.loadURL(BREAK_URL).then(
      () => {
        if (wanted !== generation || window.isDestroyed()) return;
        if (activate) window.show();
        else window.showInactive();
      },
      () => undefined,
    );
  }

  function showPrompt(status: BreakStatus, show: ShowOptions = {}): void {
    const identity = promptIdentity(status.prompt);
    const anyVisible = pool.some((w) => !w.isDestroyed() && w.isVisible());
    // The same prompt moving on (asking → under way) is the screen's own doing: leave it where it is.
    if (anyVisible && identity === shownIdentity) return;
    if (!anyVisible) {
      const focused = BrowserWindow.getFocusedWindow();
      previousFocus = focused && !isOurs(focused) ? focused : null;
    }
    generation += 1;
    const placements = placeBreakWindows({
      showOn: options.showOn(),
      displays: screen.getAllDisplays().map((d) => ({ id: d.id, workArea: d.workArea })),
      cursorDisplayId: options.wayland ? null : screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).id,
      primaryDisplayId: screen.getPrimaryDisplay().id,
    });
    shownIdentity = identity;
    placements.forEach((placement, i) => {
      const existing = pool[i];
      const window = existing && !existing.isDestroyed() ? existing : (pool[i] = create());
      window.setBounds(placement.bounds);
      // Every new prompt gets a fresh page: the screen reads the status when it loads.
      // Only the first window (the primary display's, or the pointer's) takes the focus it was asked to.
      showWhenLoaded(window, show.activate === true && i === 0);
    });
    for (const extra of pool.slice(placements.length)) if (!extra.isDestroyed()) extra.hide();
  }

  function closePrompt(): void {
    generation += 1;
    shownIdentity = null;
    const focused = BrowserWindow.getFocusedWindow();
    const breakWindowFocused = focused !== null && isOurs(focused);
    for (const window of pool) if (!window.isDestroyed()) window.hide();
    returnFocus(breakWindowFocused, previousFocus);
    previousFocus = null;
  }

  return {
    showPrompt,
    closePrompt,
    destroy() {
      quitting = true;
      for (const window of pool.splice(0)) if (!window.isDestroyed()) window.destroy();
    },
  };
}
