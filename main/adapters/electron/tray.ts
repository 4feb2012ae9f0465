/**
 * Owns the tray icon and its menu: turns tray-model.ts's view of the break
 * status into a Tray image, tooltip and Menu on every status change and when a
 * countdown in the tooltip ticks over, setting only the parts that changed.
 */
import path from 'node:path';
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import type { BreakStatus } from '../../../common/domain/breaks';
import type { BreakEngine, Clock } from '../../core/ports';
import {
  trayIconFile,
  opensAppOnClick,
  createTrayPresenter,
  trayView,
  type TrayAction,
  type TrayIconState,
  type TrayMenuItem,
  type TrayRenderStats,
} from './tray-model';

export interface TrayActions {
  openApp(): void;
  /** Opens the quick-log window. */
  quickLog(): void;
  startRoutine(): void;
  quit(): void;
}

export interface TrayOptions {
  /** Folder with tray.png, tray-due.png, tray-paused.png, their macOS …Template.png versions (and all their @2x). */
  iconsDir: string;
  clock: Clock;
  breaks: Pick<BreakEngine, 'status' | 'onStatus' | 'takeNow' | 'pause' | 'resume'>;
  actions: TrayActions;
}

export interface AppTray {
  tray: Tray;
  /** How often the tray was drawn and what had to change (for the soak bench and logs). */
  stats(): TrayRenderStats;
  dispose(): void;
}

export function createTray(options: TrayOptions): AppTray {
  const { breaks, actions, clock } = options;
  const images = new Map<TrayIconState, NativeImage>();
  // createFromPath picks up the @2x file beside each PNG on high-density displays.
  const image = (state: TrayIconState): NativeImage => {
    let img = images.get(state);
    if (!img) {
      img = nativeImage.createFromPath(path.join(options.iconsDir, trayIconFile(state, process.platform)));
      images.set(state, img);
    }
    return img;
  };

  const run = (action: TrayAction): void => {
    switch (action.type) {
      case 'take-now':
        breaks.takeNow(action.kind);
        break;
      case 'pause':
        breaks.pause(action.mode);
        break;
      case 'resume':
        breaks.resume();
        break;
      case 'start-routine':
        actions.startRoutine();
        break;
      case 'quick-log':
        actions.quickLog();
        break;
      case 'open-app':
        actions.openApp();
        break;
      case 'quit':
        actions.quit();
        break;
    }
  };

  const toTemplate = (item: TrayMenuItem): MenuItemConstructorOptions => {
    switch (item.type) {
      case 'separator':
        return { type: 'separator' };
      case 'submenu':
        return { label: item.label, enabled: item.enabled, submenu: item.items.map(toTemplate) };
      case 'item': {
        const action = item.action;
        return { label: item.label, enabled: item.enabled, click: action ? () => run(action) : undefined };
      }
    }
  };

  const tray = new Tray(image('running'));
  const presenter = createTrayPresenter(
    {
      setIcon: (icon) => tray.setImage(image(icon)),
      setTooltip: (tooltip) => tray.setToolTip(tooltip),
      setMenu: (menu) => tray.setContextMenu(Menu.buildFromTemplate(menu.map(toTemplate))),
    },
    'running',
  );
  let cancelRefresh: (() => void) | null = null;

  const render = (status: BreakStatus = breaks.status()): void => {
    cancelRefresh?.();
    cancelRefresh = null;
    if (tray.isDestroyed()) return;
    const view = trayView(status, clock.now());
    presenter.show(view);
    if (view.refreshAt !== null) cancelRefresh = clock.setTimer(view.refreshAt - clock.now(), () => render());
  };

  // Windows (and the Linux desktops that report it) open the app on a click on the icon. On macOS
  // the same mouse-down emits 'click' and opens the context menu, so a click handler there would
  // open the window every time the person opens the menu.
  if (opensAppOnClick(process.platform)) tray.on('click', actions.openApp);
  const unsubscribe = breaks.onStatus((status) => render(status));
  render();

  return {
    tray,
    stats: presenter.stats,
    dispose() {
      unsubscribe();
      cancelRefresh?.();
      cancelRefresh = null;
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}
