/**
 * Owns the LoginItem port in Electron: macOS and Windows keep their own list
 * of login items (app.setLoginItemSettings); Linux has none in Electron, so an
 * XDG autostart entry stands in (xdg-autostart.ts). Started at login, Unknot
 * gets --hidden and stays in the tray instead of opening its window.
 *
 * A development run (npm start: not packaged) on macOS or Windows refuses to
 * turn it on and says why (mode 'unavailable'): there the executable is
 * Electron itself. macOS registers the running .app bundle and takes no
 * arguments (setLoginItemSettings' path and args are Windows-only), so a
 * development login item would be Electron.app, which opens Electron's default
 * app rather than Unknot. Windows could be given electron.exe plus the app
 * folder, but a development checkout is not something to start at every login
 * (it moves, gets rebuilt or deleted, and then every login shows Electron's
 * error), and the same answer on both systems keeps the screens simple. Turning
 * it off is always passed on, so a login item left by an older development run
 * can still be removed. Linux's autostart entry names the app folder itself and
 * keeps working in development.
 */
import { app } from 'electron';
import os from 'node:os';
import { ConflictError } from '../../core/errors';
import type { LoginItem, LoginItemMode } from '../../core/ports';
import { autostartDir, createXdgAutostart } from '../node/xdg-autostart';

export const STARTED_AT_LOGIN_FLAG = '--hidden';

export const LOGIN_ITEM_UNAVAILABLE_IN_DEVELOPMENT =
  'Starting at login works in the installed Unknot app. This development copy runs inside Electron itself, ' +
  'so it can’t add itself to your login items.';

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
  // Read on every call (it never changes in a run; the harness flips it to test both).
  const mode = (): LoginItemMode => (app.isPackaged ? 'system' : 'unavailable');
  return {
    get mode() {
      return mode();
    },
    isEnabled: () => app.getLoginItemSettings(process.platform === 'win32' ? windowsArgs : undefined).openAtLogin,
    setEnabled(enabled) {
      if (enabled && mode() === 'unavailable') throw new ConflictError(LOGIN_ITEM_UNAVAILABLE_IN_DEVELOPMENT); // its words reach the person
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
