/**
 * Owns ISO-week arithmetic for the Report screen: which week a local date falls
 * in, a week's Monday to Sunday, moving a week back or forward, reading the
 * week from the address (never past the current week) and the week in words.
 * Works on local calendar dates ("YYYY-MM-DD") through UTC day
 * numbers, so daylight-saving changes can never shift a day.
 */
import { ISO_WEEK } from '../../../common/domain/report';

const DAY_MS = 86_400_000;

function dayNumber(localDate: string): number {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Monday = 0 … Sunday = 6. */
function weekdayIndex(day: number): number {
  return (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
}

export function addDays(localDate: string, days: number): string {
  return fromDayNumber(dayNumber(localDate) + days);
}

/** The ISO week (Monday to Sunday; week 1 holds the year's first Thursday) of a local date. */
export function isoWeekOf(localDate: string): string {
  const day = dayNumber(localDate);
  const thursday = day + 3 - weekdayIndex(day);
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1) / DAY_MS) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Whether the text is an ISO week that exists (2026-W53 does, 2025-W53 does not). */
export function isIsoWeek(text: string): boolean {
  const match = ISO_WEEK.exec(text);
  if (!match) return false;
  return isoWeekOf(mondayOfUnchecked(Number(match[1]), Number(match[2]))) === text;
}

function mondayOfUnchecked(year: number, week: number): string {
  // 4 January is always in week 1.
  const jan4 = Date.UTC(year, 0, 4) / DAY_MS;
  return fromDayNumber(jan4 - weekdayIndex(jan4) + (week - 1) * 7);
}

/** The Monday of an ISO week, as a local date. */
export function weekMonday(week: string): string {
  const match = ISO_WEEK.exec(week);
  if (!match) throw new Error(`"${week}" is not an ISO week like 2026-W47`);
  return mondayOfUnchecked(Number(match[1]), Number(match[2]));
}

/** The seven local dates of a week, Monday first. */
export function weekDates(week: string): string[] {
  const monday = weekMonday(week);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function shiftWeek(week: string, by: number): string {
  return isoWeekOf(addDays(weekMonday(week), by * 7));
}

/** ISO weeks sort as text within a year and across years ("2025-W52" < "2026-W01"). */
export function compareWeeks(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The week to show for the address's parameter: the asked-for week if it is a
 * real ISO week no later than the current one, else the current week.
 */
export function weekFromParam(param: string | undefined, currentWeek: string): string {
  if (!param || !isIsoWeek(param)) return currentWeek;
  return compareWeeks(param, currentWeek) > 0 ? currentWeek : param;
}

/** "Week 47 of 2026". */
export function weekName(week: string): string {
  const match = ISO_WEEK.exec(week);
  if (!match) return week;
  return `Week ${Number(match[2])} of ${match[1]}`;
}

function utcDate(localDate: string): Date {
  return new Date(dayNumber(localDate) * DAY_MS);
}

/** The week's dates in words for a locale: "16–22 November 2026" (en-GB), "November 16 – 22, 2026" (en-US). */
export function weekDatesInWords(week: string, locale?: string): string {
  const monday = weekMonday(week);
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.formatRange(utcDate(monday), utcDate(addDays(monday, 6)));
}

/** A local date as a short day label for charts and tables: "Mon 16" / "Mon, 16 Nov". */
export function dayLabel(localDate: string, locale?: string, withMonth = false): string {
  const options: Intl.DateTimeFormatOptions = withMonth
    ? { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }
    : { weekday: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(utcDate(localDate));
}

/** A local date in full words: "Monday 16 November". */
export function longDayLabel(localDate: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(utcDate(localDate));
}
