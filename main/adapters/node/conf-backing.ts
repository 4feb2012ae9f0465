/**
 * Owns the conf-backed settings file used outside Electron (web preview, CLI).
 * Same file name and format as electron-store writes in the Electron shell.
 */
import Conf from 'conf';
import path from 'node:path';
import { DEFAULT_SETTINGS } from '../../../common/domain/settings';
import type { SettingsBacking } from '../../settings/settings-store';

export const SETTINGS_FILE_NAME = 'settings';

export function settingsFilePath(dataDir: string): string {
  return path.join(dataDir, `${SETTINGS_FILE_NAME}.json`);
}

export function openConfBacking(dataDir: string): SettingsBacking {
  return new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: SETTINGS_FILE_NAME,
    projectName: 'unknot',
    defaults: { ...DEFAULT_SETTINGS },
  });
}
