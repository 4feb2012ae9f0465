/** Owns the electron-store settings file in the Electron shell (same format as the web preview's conf file). */
import Store from 'electron-store';
import { DEFAULT_SETTINGS } from '../../../common/domain/settings';
import type { SettingsBacking } from '../../settings/settings-store';
import { SETTINGS_FILE_NAME } from '../node/conf-backing';

export function openElectronStoreBacking(dataDir: string): SettingsBacking {
  return new Store<Record<string, unknown>>({
    cwd: dataDir,
    name: SETTINGS_FILE_NAME,
    defaults: { ...DEFAULT_SETTINGS },
  });
}
