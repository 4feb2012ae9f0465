/**
 * Owns the LoginItem port in Electron: macOS and Windows keep their own list
 * of login items (app.setLoginItemSettings); Linux has none in Electron, so an
 * XDG autostart entry stands in (xdg-autostart.ts). Started at login, Unknot
 * gets --hidden and stays in the tray instead of opening its window.
 */
import { app } from 'electron';
import os from 'node:os';
import type { LoginItem } from '../../core/ports';
import { autostartDir, createXdgAutostart } from '../node/xdg-autostart';

export const STARTED_AT_LOGIN_FLAG = '--hidden';

export function createLoginItem(): LoginItem {
  if (process.platform === 'linux') {
    return createXdgAutostart({
      dir: autostartDir(process.env, os.homedir()),
      entry: () => ({
        name: 'Unknot',
        comment: 'Break reminders and trigger-point release routines',
        command: [...launchCommand(), STARTED_AT_LOGIN_FLAG],
        // The name the deb package installs its icon under; an AppImage falls back to a generic icon.
        icon: 'unknot',
      }),
    });
  }
  // Windows matches entries by path and args, so the same ones go to get and set.
  const windowsArgs = { path: process.execPath, args: [STARTED_AT_LOGIN_FLAG] };
  return {
    mode: 'system',
    isEnabled: () => app.getLoginItemSettings(process.platform === 'win32' ? windowsArgs : undefined).openAtLogin,
    setEnabled(enabled) {
      app.setLoginItemSettings({ openAtLogin: enabled, ...(process.platform === 'win32' ? windowsArgs : {}) });
    },
  };
}

/** Whether this launch came from the login item (then the window stays closed until asked for). */
export function startedAtLogin(): boolean {
  if (process.argv.includes(STARTED_AT_LOGIN_FLAG)) return true;
  return process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin === true;
}

/**
 * What starts this copy of Unknot: an AppImage is a mounted folder that moves, so its own file
 * is used. Running the .AppImage (not the binary inside) also goes through its AppRun, which
 * adds --no-sandbox only where user namespaces are unavailable (Ubuntu ≥ 23.10 without a
 * profile), so the entry itself never carries that flag. The deb's /opt/Unknot/unknot is
 * covered by the AppArmor profile its package installs. See electron-builder.yml.
 */
function launchCommand(): string[] {
  if (process.env.APPIMAGE) return [process.env.APPIMAGE];
  // Unpackaged (npm start), Electron needs the app's folder too.
  return app.isPackaged ? [process.execPath] : [process.execPath, app.getAppPath()];
}
