/**
 * Owns what macOS can tell about Do Not Disturb (issue 13 #9), as the planner's
 * AttentionSource, and the pure reading of the two files macOS (12 and later)
 * keeps its Focus state in, ~/Library/DoNotDisturb/DB/:
 *
 * - Assertions.json: a Focus switched on by hand (Control Center, a Shortcut,
 *   another device sharing its Focus) is one record in
 *   `data[].storeAssertionRecords`, its mode at
 *   `assertionDetails.assertionDetailsModeIdentifier`;
 * - ModeConfigurations.json: each mode's schedules, in
 *   `data[].modeConfigurations[<mode>].triggers.triggers[]` (a time trigger has
 *   `enabledSetting` 2 when on, start and end hour and minute, and
 *   `timePeriodWeekdays`, one bit per day from Sunday = 1 to Saturday = 64).
 *
 * Neither file is an API: their shape is what macOS 12 to 15 write, read
 * defensively (anything unexpected counts as "no Focus"), and some versions
 * keep the folder behind Full Disk Access; then the reader is unsupported and
 * prompts come as before. `defaults read com.apple.controlcenter "NSStatusItem
 * Visible FocusModes"` is not used: it says whether the menu bar shows the
 * Focus icon, not whether a Focus is on.
 *
 * Only Do Not Disturb itself holds a prompt. Other Focus modes (Work, Personal,
 * Reading, your own) filter notifications, and many people keep Work on for the
 * whole working day: taking it as busy would put off every break.
 *
 * macOS sends no event Unknot can hear for a Focus change, so nothing is
 * watched: the files are read when the planner asks (a prompt falls due, and
 * every POSTPONE_LIMITS.stepMinutes while one is held).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BusyReason } from '../../../common/domain/breaks';
import { unsupportedAttention, type AttentionWatcher } from './attention';

/** The mode macOS names Do Not Disturb. */
export const DO_NOT_DISTURB_MODE = 'com.apple.donotdisturb.mode.default';
/** A schedule trigger's enabledSetting while it is switched on (1 is off). */
const TRIGGER_ON = 2;

export interface ActiveFocus {
  mode: string;
  how: 'manual' | 'schedule';
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v))
    : [];
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** The modes switched on by hand, from Assertions.json's parsed content. */
export function focusAssertions(assertions: unknown): string[] {
  const modes: string[] = [];
  for (const entry of records(field(assertions, 'data'))) {
    for (const record of records(entry.storeAssertionRecords)) {
      const mode = field(field(record, 'assertionDetails'), 'assertionDetailsModeIdentifier');
      if (typeof mode === 'string' && mode) modes.push(mode);
    }
  }
  return modes;
}

const minuteOfDay = (hour: unknown, minute: unknown): number | null =>
  Number.isInteger(hour) &&
  Number.isInteger(minute) &&
  (hour as number) >= 0 &&
  (hour as number) <= 24 &&
  (minute as number) >= 0 &&
  (minute as number) < 60
    ? (hour as number) * 60 + (minute as number)
    : null;

/**
 * Whether one schedule trigger covers `now` (local time). A span past midnight
 * (22:00–07:00) belongs to the day it starts on, so Friday night covers early
 * Saturday and Sunday night does not cover Monday evening.
 */
export function scheduleCovers(trigger: unknown, now: Date): boolean {
  if (field(trigger, 'enabledSetting') !== TRIGGER_ON) return false;
  const start = minuteOfDay(field(trigger, 'timePeriodStartTimeHour'), field(trigger, 'timePeriodStartTimeMinute'));
  const end = minuteOfDay(field(trigger, 'timePeriodEndTimeHour'), field(trigger, 'timePeriodEndTimeMinute'));
  if (start === null || end === null || start === end) return false;
  const weekdays = field(trigger, 'timePeriodWeekdays');
  // No day list: every day.
  const onDay = (day: number) => (Number.isInteger(weekdays) ? ((weekdays as number) & (1 << day)) !== 0 : true);
  const today = now.getDay();
  const minute = now.getHours() * 60 + now.getMinutes();
  if (start < end) return onDay(today) && minute >= start && minute < end;
  return (onDay(today) && minute >= start) || (onDay((today + 6) % 7) && minute < end);
}

/** The modes a schedule has on at `now`, from ModeConfigurations.json's parsed content. */
export function scheduledFocus(configurations: unknown, now: Date): string[] {
  const modes: string[] = [];
  for (const entry of records(field(configurations, 'data'))) {
    const byMode = field(entry, 'modeConfigurations');
    if (typeof byMode !== 'object' || byMode === null || Array.isArray(byMode)) continue;
    for (const [mode, config] of Object.entries(byMode as Record<string, unknown>)) {
      if (records(field(field(config, 'triggers'), 'triggers')).some((t) => scheduleCovers(t, now))) modes.push(mode);
    }
  }
  return modes;
}

/** Every Focus on at `now`, by hand first; files that are missing or odd add nothing. */
export function activeFocus(assertions: unknown, configurations: unknown, now: Date): ActiveFocus[] {
  const manual = focusAssertions(assertions);
  const scheduled = scheduledFocus(configurations, now).filter((mode) => !manual.includes(mode));
  return [
    ...manual.map((mode) => ({ mode, how: 'manual' as const })),
    ...scheduled.map((mode) => ({ mode, how: 'schedule' as const })),
  ];
}

/** Only Do Not Disturb holds a prompt (see the top comment for why not every Focus). */
export function busyFromFocus(active: readonly ActiveFocus[]): BusyReason[] {
  return active.some((focus) => focus.mode === DO_NOT_DISTURB_MODE) ? ['do-not-disturb'] : [];
}

export interface MacFocusOptions {
  /** ~/Library/DoNotDisturb/DB, or a test's folder. */
  dir: string;
  now: () => Date;
  /** fs.readFileSync's text form; tests pass a fake. */
  readFile?: (file: string) => string;
  log?: (message: string) => void;
}

export const focusFolder = (home: string) => path.join(home, 'Library', 'DoNotDisturb', 'DB');

/**
 * The AttentionSource on macOS. Assertions.json unreadable at start (no such folder before
 * macOS 12, or no Full Disk Access): unsupported. A later read that fails counts as no Focus.
 */
export function macFocusAttention(options: MacFocusOptions): AttentionWatcher {
  const readFile = options.readFile ?? ((file: string) => fs.readFileSync(file, 'utf8'));
  const read = (name: string): unknown => JSON.parse(readFile(path.join(options.dir, name))) as unknown;
  try {
    read('Assertions.json');
  } catch (error) {
    options.log?.(`Focus is not readable, so Do Not Disturb is not seen: ${(error as Error).message}`);
    return unsupportedAttention();
  }
  const readOrNull = (name: string): unknown => {
    try {
      return read(name);
    } catch {
      return null;
    }
  };
  return {
    support: 'supported',
    sources: ['focus-assertions', 'focus-schedules'],
    busyNow: () =>
      busyFromFocus(activeFocus(readOrNull('Assertions.json'), readOrNull('ModeConfigurations.json'), options.now())),
    onChange: () => () => undefined,
    stop: () => undefined,
  };
}
