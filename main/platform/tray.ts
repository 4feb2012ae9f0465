/** Owns the tray icon and its menu. The menu grows with the break engine. */
import { Menu, Tray, nativeImage } from 'electron';

export interface TrayActions {
  openApp(): void;
  logPain(): void;
  quit(): void;
}

export function createTray(iconPath: string, actions: TrayActions): Tray {
  const tray = new Tray(nativeImage.createFromPath(iconPath));
  tray.setToolTip('Unknot');
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Unknot', click: actions.openApp },
      { label: 'Log pain…', click: actions.logPain },
      { type: 'separator' },
      { label: 'Quit', click: actions.quit },
    ]),
  );
  // Linux desktops ignore click on the tray icon itself; elsewhere it opens the app.
  tray.on('click', actions.openApp);
  return tray;
}
