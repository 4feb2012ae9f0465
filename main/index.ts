/**
 * Composition root of the Electron shell: the only place that wires the shared
 * services (main/services.ts) to Electron adapters (main/platform/).
 */
import { app, dialog } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices, type Services } from './services';
import { settingsFilePath } from './settings/conf-backing';
import { APP_ORIGIN } from './security/trusted-sender';
import { handleAppProtocol, registerAppScheme } from './platform/app-protocol';
import { hardenSession, hardenWebContents } from './platform/hardening';
import { createMainWindowController } from './platform/main-window';
import { createTray } from './platform/tray';
import { registerIpc } from './platform/ipc';
import { openElectronStoreBacking } from './platform/settings-backing';

const here = path.dirname(fileURLToPath(import.meta.url));
const appRoot = path.resolve(here, '../..');
const rendererDir = path.join(appRoot, 'out/renderer');
const preloadPath = path.join(appRoot, 'out/preload/index.cjs');
const iconPath = path.join(appRoot, 'resources/icons/icon.png');
const trayIconPath = path.join(appRoot, 'resources/icons/tray.png');
// In development the Electron-ABI build of better-sqlite3 sits beside the Node one (npm start makes it);
// a packaged app has node_modules rebuilt for Electron and needs no override.
const devSqliteBinding = path.join(
  appRoot,
  'out/native',
  `electron-${process.versions.electron}-${process.platform}-${process.arch}`,
  'better_sqlite3.node',
);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  hardenWebContents();
  let services: Services | null = null;
  const mainWindow = createMainWindowController({ preloadPath, iconPath });

  // A second launch (from the menu or autostart) brings the running one forward.
  app.on('second-instance', () => mainWindow.open());
  // Closing the last window keeps Unknot running in the tray.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', () => services?.close());
  // macOS: clicking the dock icon with no window open brings the window back.
  app.on('activate', () => mainWindow.open());
  // Lets tests (and people who keep data elsewhere) choose the data folder; must be set before ready.
  if (process.env.UNKNOT_DATA_DIR) app.setPath('userData', path.resolve(process.env.UNKNOT_DATA_DIR));

  app
    .whenReady()
    .then(() => {
      hardenSession();
      handleAppProtocol(rendererDir);
      const dataDir = app.getPath('userData');
      services = createServices({
        dataDir,
        shell: 'electron',
        trustedOrigin: () => APP_ORIGIN,
        settingsFile: settingsFilePath(dataDir),
        openSettingsBacking: () => openElectronStoreBacking(dataDir),
        sqliteNativeBinding: !app.isPackaged && fs.existsSync(devSqliteBinding) ? devSqliteBinding : undefined,
        logError: (channel, error) => console.error(`[ipc] ${channel} failed:`, error),
      });
      registerIpc(services.dispatch);
      createTray(trayIconPath, {
        openApp: () => mainWindow.open(),
        logPain: () => mainWindow.open('pain'),
        quit: () => app.quit(),
      });
      mainWindow.open();
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Unknot could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
