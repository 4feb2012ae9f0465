/**
 * Owns the keyboard rules of the 0–10 intensity scale, so rating is as fast as
 * typing: a digit sets the value at once, "1" then "0" in quick succession
 * makes 10, arrows step by one, Page Up/Down by two, Home/End go to 0 and 10.
 * Pure, so it is unit-tested in Node.
 */

export const INTENSITY_MIN = 0;
export const INTENSITY_MAX = 10;
/** How soon after "1" a "0" still means 10 (long enough for a slow typist, short enough to rate 1 then 0 on purpose). */
export const TWO_DIGIT_WINDOW_MS = 900;

/** The last digit typed on the scale and when, for the "1" "0" → 10 rule. */
export interface DigitMemory {
  digit: number;
  atMs: number;
}

export interface IntensityKeyResult {
  value: number;
  memory: DigitMemory | null;
}

const STEPS: Record<string, number> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageUp: 2,
  PageDown: -2,
};

const clamp = (n: number) => Math.min(INTENSITY_MAX, Math.max(INTENSITY_MIN, n));

/**
 * The new value after a key press on the scale, or null when the key is not
 * one the scale handles (so Tab, Enter and shortcuts pass through untouched).
 * `value` may be NaN (no rating yet): steps then start from 0.
 */
export function intensityForKey(
  key: string,
  value: number,
  memory: DigitMemory | null,
  nowMs: number,
): IntensityKeyResult | null {
  const start = Number.isFinite(value) ? value : INTENSITY_MIN;
  const step = STEPS[key];
  if (step !== undefined) return { value: clamp(start + step), memory: null };
  if (key === 'Home') return { value: INTENSITY_MIN, memory: null };
  if (key === 'End') return { value: INTENSITY_MAX, memory: null };
  if (/^[0-9]$/.test(key)) {
    const digit = Number(key);
    const recent = memory !== null && nowMs - memory.atMs <= TWO_DIGIT_WINDOW_MS;
    const next = nextIntensity(memory?.digit ?? null, digit, recent);
    return next === 10 && digit === 0 ? { value: next, memory: null } : { value: next, memory: { digit, atMs: nowMs } };
  }
  return null;
}

/**
 * The next intensity after a digit key: "1" then "0" makes 10; any other digit
 * replaces the number, so a slip is fixed by typing the right digit. Shared by
 * every 0–10 control that takes digits (the scale, the quick log, the check-in).
 */
export function nextIntensity(current: number | null, digit: number, previousKeyWasDigit: boolean): number {
  if (previousKeyWasDigit && current === 1 && digit === 0) return 10;
  return digit;
}
