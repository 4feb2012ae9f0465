/**
 * Owns the break presets offered at first run (gentle, standard, focused): each
 * one a full set of break numbers, how to apply one to settings, and which one
 * (if any) settings match now. "Standard" is exactly the default settings.
 * A preset sets numbers only; which breaks are switched on, the release
 * session's time and days, snoozing and strict mode stay the person's own.
 */
import { DEFAULT_SETTINGS, type IntervalBreakSettings, type Settings } from './settings';

export const BREAK_PRESET_IDS = ['gentle', 'standard', 'focused'] as const;
export type BreakPresetId = (typeof BREAK_PRESET_IDS)[number];

type IntervalNumbers = Omit<IntervalBreakSettings, 'enabled'>;

export interface BreakPreset {
  id: BreakPresetId;
  label: string;
  /** Who it suits, in one plain sentence. */
  description: string;
  micro: IntervalNumbers;
  stretch: IntervalNumbers;
  releaseMinutes: number;
}

const numbersOf = ({ everyMinutes, durationSeconds, notifyBeforeSeconds }: IntervalBreakSettings): IntervalNumbers => ({
  everyMinutes,
  durationSeconds,
  notifyBeforeSeconds,
});

export const BREAK_PRESETS: readonly BreakPreset[] = Object.freeze([
  {
    id: 'gentle',
    label: 'Gentle',
    description: 'Fewer, shorter pauses: an easy way to start if breaks feel like an interruption.',
    micro: { everyMinutes: 30, durationSeconds: 20, notifyBeforeSeconds: 10 },
    stretch: { everyMinutes: 90, durationSeconds: 180, notifyBeforeSeconds: 30 },
    releaseMinutes: 5,
  },
  {
    id: 'standard',
    label: 'Standard',
    description: 'A short pause every 20 minutes and a longer stretch every hour, close to what office studies tested.',
    micro: numbersOf(DEFAULT_SETTINGS.breaks.micro),
    stretch: numbersOf(DEFAULT_SETTINGS.breaks.stretch),
    releaseMinutes: DEFAULT_SETTINGS.breaks.release.durationMinutes,
  },
  {
    id: 'focused',
    label: 'Focused',
    description: 'More often and a little longer: for a bad week or a flare-up.',
    micro: { everyMinutes: 15, durationSeconds: 40, notifyBeforeSeconds: 10 },
    stretch: { everyMinutes: 45, durationSeconds: 300, notifyBeforeSeconds: 30 },
    releaseMinutes: 15,
  },
]);

export function getBreakPreset(id: BreakPresetId): BreakPreset {
  return BREAK_PRESETS.find((p) => p.id === id)!;
}

/** Settings with the preset's numbers; everything else (switches, times, days) as it was. */
export function applyBreakPreset(settings: Settings, id: BreakPresetId): Settings {
  const preset = getBreakPreset(id);
  const { breaks } = settings;
  return {
    ...settings,
    breaks: {
      ...breaks,
      micro: { ...breaks.micro, ...preset.micro },
      stretch: { ...breaks.stretch, ...preset.stretch },
      release: { ...breaks.release, durationMinutes: preset.releaseMinutes },
    },
  };
}

/** The preset whose numbers the settings have now, or null when they were set by hand. */
export function matchingBreakPreset(settings: Settings): BreakPresetId | null {
  const found = BREAK_PRESETS.find((preset) => {
    const applied = applyBreakPreset(settings, preset.id);
    return JSON.stringify(applied.breaks) === JSON.stringify(settings.breaks);
  });
  return found?.id ?? null;
}
