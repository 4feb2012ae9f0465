/**
 * Owns the settings shape, its defaults and its validation. The same schema
 * checks the settings file at load, every settings:update call, and the Settings screen.
 * Later features add their keys here (with defaults), never a second settings file.
 */
import { z } from 'zod';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const settingsSchema = z
  .object({
    theme: z.enum(THEMES),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  theme: 'system',
});

/** A patch changes some keys; every key it names must be valid on its own. */
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
