/**
 * Owns the SettingsStore port's one implementation over a conf-like
 * backing (electron-store in Electron, conf in the web preview and tests: both
 * are conf underneath, so the file format is the same).
 *
 * The file is read and validated once, when the store opens (after
 * recover-settings-file.ts has repaired it); from then on the store holds the
 * value in memory, so get() costs nothing (the break planner and reminders read
 * it on every wake-up). Every write is validated against the shared schema
 * first (an invalid patch changes nothing), written to the file, and only then
 * becomes the value get() returns and listeners are told. The value is frozen:
 * nobody can change it behind the store's back.
 */
import { DEFAULT_SETTINGS, mergeSettings, settingsSchema, type Settings } from '../../common/domain/settings';
import type { SettingsBacking, SettingsStore } from '../core/ports';

export type { SettingsBacking, SettingsStore } from '../core/ports';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function createSettingsStore(backing: SettingsBacking): SettingsStore {
  const listeners = new Set<(settings: Settings) => void>();
  let current: Settings = deepFreeze(settingsSchema.parse(mergeSettings(DEFAULT_SETTINGS, backing.store)));
  return {
    get: () => current,
    update(patch) {
      // One parse of the whole result: the schema is strict at every level, so an unknown
      // or invalid key in the patch fails here just as it would on its own.
      const next = deepFreeze(settingsSchema.parse({ ...current, ...patch }));
      backing.store = next; // durable first (conf writes the file atomically), then in memory
      current = next;
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
