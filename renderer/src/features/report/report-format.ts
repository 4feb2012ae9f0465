/**
 * Owns how the report's numbers are written for people: one decimal for pain
 * scores and points, whole percentages, and plural words. The report object
 * keeps full precision; rounding happens only here, at display time.
 */

/** A 0–10 score or mean with one decimal ("4.2"); a dash when there is none. */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return roundTo(value, 1).toFixed(1);
}

/** The size of a change in points, without its sign ("1.1"). */
export function formatPoints(value: number): string {
  return roundTo(Math.abs(value), 1).toFixed(1);
}

/** A share or relative change as a whole percentage, without its sign ("30%"). */
export function formatPercent(value: number): string {
  return `${Math.round(Math.abs(value))}%`;
}

/** A 0–1 share as a whole percentage ("78%"). */
export function formatShare(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** "1 day", "3 days", "1 point", "1.5 points". */
export function plural(count: number, one: string, many: string, text: string = String(count)): string {
  return `${text} ${count === 1 ? one : many}`;
}

/** Rounds half away from zero, so 4.25 shows as 4.3 on every engine. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON * factor)) / factor;
}

/** Minutes as "25 min" or "1 h 5 min". */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} min`;
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
