/**
 * Owns where Unknot keeps its data outside Electron. It matches Electron's
 * app.getPath('userData') for the app name "Unknot", so the web preview and the
 * desktop app share one pain log on the same machine.
 */
import os from 'node:os';
import path from 'node:path';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Unknot');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Unknot');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Unknot');
}
