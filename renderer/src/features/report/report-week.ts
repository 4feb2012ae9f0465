/**
 * Owns the Report screen's view of weeks: reading the week from the address
 * (never past the current week), and a week and its days in words for the
 * person's locale. The ISO-week arithmetic itself is shared with main
 * (common/domain/iso-week.ts).
 */
import { parseIsoWeek, weekDates } from '@common/domain/iso-week';

/** ISO weeks sort as text, also across years ("2025-W52" < "2026-W01"). */
export function compareWeeks(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The week to show for the address's parameter: the asked-for week if it is a
 * real ISO week no later than the current one, else the current week.
 */
export function weekFromParam(param: string | undefined, currentWeek: string): string {
  if (!param || !parseIsoWeek(param)) return currentWeek;
  return compareWeeks(param, currentWeek) > 0 ? currentWeek : param;
}

/** "Week 47 of 2026". */
export function weekName(week: string): string {
  const parts = parseIsoWeek(week);
  return parts ? `Week ${parts.week} of ${parts.year}` : week;
}

/** Local dates are calendar days: format them at UTC midnight so no zone can move them. */
function utcDate(localDate: string): Date {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** The week's dates in words for a locale: "16–22 November 2026" (en-GB), "November 16 – 22, 2026" (en-US). */
export function weekDatesInWords(week: string, locale?: string): string {
  const { from, to } = weekDates(week);
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(utcDate(from), utcDate(to));
}

/** A short day label for charts and tables: "Mon", or "Mon 16 Nov" with the month. */
export function dayLabel(localDate: string, locale?: string, withMonth = false): string {
  const options: Intl.DateTimeFormatOptions = withMonth
    ? { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }
    : { weekday: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(utcDate(localDate));
}

/** A day in full words: "Monday 16 November". */
export function longDayLabel(localDate: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(utcDate(localDate));
}

/** Day and month without the weekday: "16 Nov". */
export function shortDateLabel(localDate: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    utcDate(localDate),
  );
}
