/**
 * Owns what happens when the settings file on disk is damaged: before any store
 * opens it, a file that is not JSON, or has values the schema rejects, is copied
 * aside (settings.json → settings.corrupt-<time>.json) and replaced by the values
 * that still validate plus defaults. The person is told through a notice.
 * Pure Node (no electron) so it is tested directly and shared by both shells.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, mergeSettings, settingsSchema, type Settings } from '../../common/domain/settings';
import type { Notice } from '../../common/ipc/contract';
import { formatOffsetDateTime } from '../../common/domain/time';

export interface RecoveryResult {
  settings: Settings;
  notice?: Notice;
}

export function recoverSettingsFile(filePath: string, nowMs: number): RecoveryResult {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: { ...DEFAULT_SETTINGS } };
    throw error;
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return keepAsideAndReset(
      filePath,
      nowMs,
      { ...DEFAULT_SETTINGS, firstRun: setupDoneBefore(nowMs) },
      'it is not readable JSON',
    );
  }

  // Keys this version added since the file was written are filled from defaults, at any depth.
  const whole = settingsSchema.safeParse(mergeSettings(DEFAULT_SETTINGS, isObject(parsed) ? parsed : {}));
  if (isObject(parsed) && whole.success) {
    if (Object.hasOwn(parsed, 'firstRun')) return { settings: whole.data };
    const settings = { ...whole.data, firstRun: setupDoneBefore(nowMs) };
    writeFileAtomic(filePath, JSON.stringify({ ...parsed, firstRun: settings.firstRun }, null, 2));
    return { settings };
  }

  // Keep every value that is valid on its own; only the broken ones go back to defaults.
  const salvaged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const reset: string[] = [];
  if (isObject(parsed)) {
    for (const [key, value] of Object.entries(parsed)) {
      // Own keys only: `in` would also match what every object inherits (toString, constructor, __proto__).
      if (!Object.hasOwn(settingsSchema.shape, key)) continue; // unknown keys are dropped (kept in the copy)
      const merged = mergeSettings(DEFAULT_SETTINGS, { [key]: value }) as Record<string, unknown>;
      const one = settingsSchema.shape[key as keyof Settings].safeParse(merged[key]);
      if (one.success) salvaged[key] = one.data;
      else reset.push(key);
    }
  }
  if (reset.includes('firstRun') || !isObject(parsed) || !Object.hasOwn(parsed, 'firstRun')) {
    salvaged.firstRun = setupDoneBefore(nowMs);
  }
  const reason = isObject(parsed)
    ? reset.length
      ? `these values were not valid: ${reset.join(', ')}`
      : 'it had settings this version does not know'
    : 'it does not hold a settings object';
  return keepAsideAndReset(filePath, nowMs, settingsSchema.parse(salvaged), reason);
}

function keepAsideAndReset(filePath: string, nowMs: number, settings: Settings, reason: string): RecoveryResult {
  const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-');
  const { dir, name, ext } = path.parse(filePath);
  const aside = path.join(dir, `${name}.corrupt-${stamp}${ext}`);
  fs.copyFileSync(filePath, aside);
  writeFileAtomic(filePath, JSON.stringify(settings, null, 2));
  return {
    settings,
    notice: {
      id: `settings-recovered-${stamp}`,
      level: 'warning',
      title: 'Your settings were reset',
      message:
        `Unknot could not use its settings file because ${reason}, so it went back to defaults for those. ` +
        `Your pain log and history are not affected. The old file was kept as ${aside}.`,
    },
  };
}

/** The marker for a person who was using Unknot before it had a first run: done, as of now. */
function setupDoneBefore(nowMs: number): Settings['firstRun'] {
  return { completedAt: formatOffsetDateTime(nowMs, 0) };
}

export function writeFileAtomic(filePath: string, contents: string): void {
  const temp = `${filePath}.${process.pid}.tmp`;
  fs.writeFileSync(temp, contents);
  fs.renameSync(temp, filePath);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
