/**
 * Owns the SettingsStore port's one implementation over a conf-like
 * backing (electron-store in Electron, conf in the web preview and tests: both
 * are conf underneath, so the file format is the same). Every write is
 * validated against the shared schema first; an invalid patch changes nothing.
 */
import {
  DEFAULT_SETTINGS,
  mergeSettings,
  settingsPatchSchema,
  settingsSchema,
  type Settings,
} from '../../common/domain/settings';
import type { SettingsBacking, SettingsStore } from '../core/ports';

export type { SettingsBacking, SettingsStore } from '../core/ports';

export function createSettingsStore(backing: SettingsBacking): SettingsStore {
  const listeners = new Set<(settings: Settings) => void>();
  const read = (): Settings => settingsSchema.parse(mergeSettings(DEFAULT_SETTINGS, backing.store));
  return {
    get: read,
    update(patch) {
      const validPatch = settingsPatchSchema.parse(patch);
      const next = settingsSchema.parse({ ...read(), ...validPatch });
      backing.store = next;
      for (const listener of listeners) listener(next);
      return next;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A backing that lives in memory, for tests and the simulator. */
export function memoryBacking(initial: Settings): SettingsBacking {
  let store: Record<string, unknown> = { ...initial };
  return {
    get store() {
      return { ...store };
    },
    set store(value) {
      store = { ...value };
    },
  };
}
