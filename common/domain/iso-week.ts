/**
 * Owns ISO-week arithmetic on local calendar dates (YYYY-MM-DD), shared by main,
 * the renderer and the CLI: a week's Monday..Sunday, the week of a date, stepping
 * by weeks, the current week from an instant and a time zone, and which weeks
 * exist (a year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday
 * in a leap year). Dates are counted as whole days since the epoch in UTC, so
 * DST never shifts a day: a week is seven calendar dates, however long it lasts.
 */
import { z } from 'zod';
import { ISO_WEEK } from './report';

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dayNumber(localDate: string): number {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function dateOfDayNumber(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday of ISO week 1: the week that holds the year's first Thursday (so always holds 4 January). */
function week1Monday(year: number): number {
  const jan4 = Math.round(Date.UTC(year, 0, 4) / DAY_MS);
  return jan4 - weekdayIndex(jan4);
}

export function weeksInYear(year: number): 52 | 53 {
  return week1Monday(year + 1) - week1Monday(year) === 53 * 7 ? 53 : 52;
}

export interface IsoWeekParts {
  year: number;
  week: number;
}

/** Splits "2026-W47"; null when the text is malformed or the week does not exist (2025-W53). */
export function parseIsoWeek(text: string): IsoWeekParts | null {
  const m = ISO_WEEK.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week > weeksInYear(year)) return null;
  return { year, week };
}

export function formatIsoWeek({ year, week }: IsoWeekParts): string {
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Why a well-formed week is refused, or null when it exists. */
export function isoWeekProblem(text: string): string | null {
  if (!ISO_WEEK.test(text)) return `"${text.slice(0, 20)}" is not an ISO week like 2026-W47`;
  if (parseIsoWeek(text)) return null;
  const year = Number(text.slice(0, 4));
  return `${text} does not exist: ${year} has ${weeksInYear(year)} ISO weeks`;
}

/** An ISO week that exists in its year (the contract's argument type). */
export const existingIsoWeekSchema = z.string().superRefine((text, ctx) => {
  const problem = isoWeekProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

function mondayOf(text: string): number {
  const parts = parseIsoWeek(text);
  if (!parts) throw new RangeError(isoWeekProblem(text) ?? `bad ISO week ${text}`);
  return week1Monday(parts.year) + (parts.week - 1) * 7;
}

/** The ISO week a local date falls in (29 Dec 2025 is in 2026-W01; 1 Jan 2027 is in 2026-W53). */
export function isoWeekOf(localDate: string): string {
  const day = dayNumber(localDate);
  // The week belongs to the year of its Thursday.
  const thursday = day - weekdayIndex(day) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  return formatIsoWeek({ year, week: Math.floor((thursday - week1Monday(year)) / 7) + 1 });
}

export interface WeekDates {
  /** Monday. */
  from: string;
  /** Sunday. */
  to: string;
  /** Monday first, seven local dates. */
  days: string[];
}

export function weekDates(week: string): WeekDates {
  const monday = mondayOf(week);
  const days = Array.from({ length: 7 }, (_, i) => dateOfDayNumber(monday + i));
  return { from: days[0]!, to: days[6]!, days };
}

/** The week `n` weeks after (negative: before) the given one, across year ends. */
export function addWeeks(week: string, n: number): string {
  return isoWeekOf(dateOfDayNumber(mondayOf(week) + n * 7));
}

export function previousWeek(week: string): string {
  return addWeeks(week, -1);
}

/** Whole calendar days from one local date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The local date `n` days after the given one. */
export function shiftDate(localDate: string, n: number): string {
  return dateOfDayNumber(dayNumber(localDate) + n);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The local date an instant falls on in an IANA time zone. */
export function localDateIn(atMs: number, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(atMs)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The ISO week that is under way at an instant, as lived in a time zone. */
export function currentIsoWeek(atMs: number, timeZone: string): string {
  return isoWeekOf(localDateIn(atMs, timeZone));
}
