/**
 * Owns wall-clock arithmetic in a named time zone (working hours, the daily
 * release session, "until tomorrow"), using only Intl, so DST changes and
 * time-zone moves are handled by the platform's own zone database.
 */
import { WEEKDAYS, type Weekday } from '../../common/domain/settings';
import type { WeeklyRule } from './ports';

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: Weekday;
  /** YYYY-MM-DD */
  localDate: string;
  /** Minutes east of UTC at that instant. */
  offsetMinutes: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const p of formatFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  // The format asks for exactly these six parts, so each is present.
  const { year, month, day, hour, minute, second } = parts as Required<typeof parts>;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((asUtc - (ms - (((ms % 1000) + 1000) % 1000))) / 60_000);
  // Date.UTC weekday: 0 = Sunday.
  const weekday = WEEKDAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7]!;
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    weekday,
    localDate: `${year}-${pad(month)}-${pad(day)}`,
    offsetMinutes,
  };
}

/**
 * The instant a local date and time names in a zone. A time skipped by a DST
 * jump forward resolves to the same clock reading after the jump (02:30 → 03:30);
 * a time that happens twice resolves to the first.
 */
export function zonedInstant(localDate: string, clockTime: string, timeZone: string): number {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  const [hh, mm] = clockTime.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  // Try the offsets in force a day either side; keep the earliest that reads back right.
  const candidates = [
    zonedParts(asUtc - 86_400_000, timeZone).offsetMinutes,
    zonedParts(asUtc + 86_400_000, timeZone).offsetMinutes,
  ];
  const matches = candidates
    .map((offset) => asUtc - offset * 60_000)
    .filter((ms) => {
      const p = zonedParts(ms, timeZone);
      return p.hour === hh && p.minute === mm && p.localDate === localDate;
    })
    .sort((a, b) => a - b);
  if (matches.length) return matches[0]!;
  // Skipped by a jump forward: the pre-jump offset puts it just after the jump.
  return asUtc - Math.min(...candidates) * 60_000;
}

/** The local date `days` after the given one (calendar arithmetic, no zone needed). */
export function addDays(localDate: string, days: number): string {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function weekdayOf(localDate: string): Weekday {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
}

/** "2026-11-23T09:10:00+01:00" for an instant as lived in a zone. */
export function zonedIso(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  const sign = p.offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(p.offsetMinutes);
  return (
    `${p.localDate}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.trunc(abs / 60))}:${pad(abs % 60)}`
  );
}

/** Next instant strictly after `afterMs` matching the rule. */
export function nextWeeklyRun(rule: WeeklyRule, afterMs: number): number | null {
  if (!rule.days.length) return null;
  const today = zonedParts(afterMs, rule.timeZone).localDate;
  for (let d = 0; d <= 7; d++) {
    const date = addDays(today, d);
    if (!rule.days.includes(weekdayOf(date))) continue;
    const at = zonedInstant(date, rule.time, rule.timeZone);
    if (at > afterMs) return at;
  }
  return null;
}
