/**
 * Owns Today's one line of progress: this week so far against the same days of
 * last week (weeks start on Monday, in local dates), counted in things done —
 * breaks taken, routines done, days logged. Counts only: pain averages belong
 * to the weekly report. Worded to encourage without pretending.
 */

export interface WeekCounts {
  breaks: number;
  routines: number;
  daysLogged: number;
}

export interface WeekRanges {
  /** Monday of this week up to today. */
  thisWeek: { from: string; to: string };
  /** The same weekdays last week: Monday to the same weekday as today. */
  lastWeek: { from: string; to: string };
}

export interface ProgressInput {
  /** Break history rows: outcome, and dueAt carrying its own offset (so its first 10 characters are the local date). */
  breaks: readonly { outcome: string; dueAt: string }[];
  routineDates: readonly string[];
  /** Local dates with a pain entry or a check-in. */
  loggedDates: readonly string[];
}

const DAY_MS = 86_400_000;

function toUtcMs(localDate: string): number {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function shiftDate(localDate: string, days: number): string {
  return new Date(toUtcMs(localDate) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday on or before the date. */
export function mondayOf(localDate: string): string {
  const weekday = (new Date(toUtcMs(localDate)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return shiftDate(localDate, -weekday);
}

export function weekRanges(today: string): WeekRanges {
  const monday = mondayOf(today);
  return {
    thisWeek: { from: monday, to: today },
    lastWeek: { from: shiftDate(monday, -7), to: shiftDate(today, -7) },
  };
}

const within = (date: string, range: { from: string; to: string }) => date >= range.from && date <= range.to;

export function countWeek(input: ProgressInput, range: { from: string; to: string }): WeekCounts {
  return {
    // A break you took when asked and one you took on your own both count as a break taken.
    breaks: input.breaks.filter(
      (b) => (b.outcome === 'taken' || b.outcome === 'natural') && within(b.dueAt.slice(0, 10), range),
    ).length,
    routines: input.routineDates.filter((d) => within(d, range)).length,
    daysLogged: new Set(input.loggedDates.filter((d) => within(d, range))).size,
  };
}

const LABELS: Record<keyof WeekCounts, string> = { breaks: 'breaks', routines: 'routines', daysLogged: 'days logged' };
const KEYS = Object.keys(LABELS) as (keyof WeekCounts)[];

function joinWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** One sentence comparing this week so far with last week by the same day; null when neither has anything yet. */
export function progressSentence(now: WeekCounts, before: WeekCounts): string | null {
  const total = (c: WeekCounts) => c.breaks + c.routines + c.daysLogged;
  if (total(now) === 0 && total(before) === 0) return null;
  if (total(before) === 0)
    return 'Nothing was recorded by this day last week, so this week is already ahead. A good start.';
  const up = KEYS.filter((k) => now[k] > before[k]).map((k) => LABELS[k]);
  const down = KEYS.filter((k) => now[k] < before[k]).map((k) => LABELS[k]);
  if (up.length && !down.length) return `More ${joinWords(up)} than by this day last week. Keep it going.`;
  if (up.length) return `More ${joinWords(up)} than by this day last week; fewer ${joinWords(down)} so far.`;
  if (!down.length) return 'Level with last week by this day. Steady is good.';
  if (total(now) === 0) return 'A quiet start to the week so far. One short break is a fine way to begin.';
  return 'A quieter week so far than last. Every break still helps, and there is time left in the week.';
}
