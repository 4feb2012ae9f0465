/**
 * Owns what a valid date or time is, for every input channel and the importer:
 * calendar-aware (no 2026-02-30, no month 13), not before 1970, and — for
 * anything logged — not more than LOGGED_TIME_MAX_AHEAD_HOURS after main's clock.
 *
 * "Now" comes from main's clock at the moment of validation. zod has no parse
 * context, so main runs each synchronous parse inside validatingAt(nowMs, …)
 * (the dispatcher for every call, the importer for every file), and the
 * schemas read that value. Outside such a scope (the renderer checking a form
 * before it sends it) the future bound is not checked: main, with its own
 * clock, is the one that decides.
 */
import { z } from 'zod';
import { LOCAL_DATE, formatOffsetDateTime, parseOffsetDateTime } from './time';
import { EARLIEST_DATE, LATEST_DATE, LOGGED_TIME_MAX_AHEAD_HOURS } from './policy';

const MAX_AHEAD_MS = LOGGED_TIME_MAX_AHEAD_HOURS * 3_600_000;
/** The furthest-ahead UTC offset in use (Kiribati, UTC+14): the latest a local date can be anywhere. */
const LATEST_OFFSET_MINUTES = 14 * 60;
const EARLIEST_MS = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);
const AHEAD_WORDS = LOGGED_TIME_MAX_AHEAD_HOURS === 24 ? 'a day' : `${LOGGED_TIME_MAX_AHEAD_HOURS} hours`;

let scopedNowMs: number | undefined;

/** Runs a synchronous parse with `nowMs` (main's clock) as "now" for every time bound inside it. */
export function validatingAt<T>(nowMs: number, parse: () => T): T {
  const outer = scopedNowMs;
  scopedNowMs = nowMs;
  try {
    return parse();
  } finally {
    scopedNowMs = outer;
  }
}

/** Main's "now" for the parse under way, or undefined outside validatingAt. */
export function validationNow(): number | undefined {
  return scopedNowMs;
}

/** Whether "YYYY-MM-DD" is a day of the calendar (2026-02-30, 2026-13-45 and 9999-99-99 are not). */
export function isCalendarDate(text: string): boolean {
  if (!LOCAL_DATE.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps the year as written.
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The latest local date a logged record may carry now: the day it already is, a day ahead, anywhere on Earth. */
export function latestLoggedDate(nowMs: number): string {
  return formatOffsetDateTime(nowMs + MAX_AHEAD_MS, LATEST_OFFSET_MINUTES).slice(0, 10);
}

const DATE_FORMAT = 'must be a date like 2026-11-16';

/** A day of the calendar from 1970 on: the dates a query names (from, to). */
export const localDateSchema = z
  .string()
  .max(10, DATE_FORMAT)
  .regex(LOCAL_DATE, DATE_FORMAT)
  .refine(isCalendarDate, { error: (i) => `${String(i.input)} is not a day of the calendar` })
  .refine((d) => d >= EARLIEST_DATE && d <= LATEST_DATE, `must be ${EARLIEST_DATE} or later`);

/** The date of something logged (a check-in): a calendar day from 1970 on, at most a day ahead of now. */
export const loggedDateSchema = localDateSchema.refine(
  (d) => {
    const now = validationNow();
    return now === undefined || d <= latestLoggedDate(now);
  },
  { error: (i) => `${String(i.input)} is more than ${AHEAD_WORDS} in the future` },
);

/** A date and time with its UTC offset, calendar-aware (results and stored rows: no bounds beyond that). */
export const offsetDateTimeSchema = z
  .string()
  .max(40)
  .refine((s) => parseOffsetDateTime(s) !== null, {
    message: 'must be a date and time with its UTC offset, like 2026-11-16T09:30:00+01:00',
  });

/** A logged moment: a real date and time with its offset, from 1970 on, at most a day ahead of main's clock. */
export const loggedTimeSchema = offsetDateTimeSchema.superRefine((text, ctx) => {
  const moment = parseOffsetDateTime(text);
  if (!moment) return; // reported by offsetDateTimeSchema
  if (moment.atMs < EARLIEST_MS) {
    ctx.addIssue({ code: 'custom', message: `${text} is before ${EARLIEST_DATE}` });
    return;
  }
  const now = validationNow();
  if (now !== undefined && moment.atMs > now + MAX_AHEAD_MS) {
    ctx.addIssue({ code: 'custom', message: `${text} is more than ${AHEAD_WORDS} in the future` });
  }
});

/** Epoch milliseconds of something logged (a record's createdAt, updatedAt): from 1970, at most a day ahead. */
export const loggedEpochMsSchema = z
  .number({ error: 'must be a time in epoch milliseconds' })
  // Bounds first, so -2^53 is reported as before 1970 rather than as not a safe whole number.
  .min(EARLIEST_MS, `must be ${EARLIEST_DATE} or later`)
  .int('must be whole milliseconds')
  .refine(
    (ms) => {
      const now = validationNow();
      return now === undefined || ms <= now + MAX_AHEAD_MS;
    },
    { error: `must be at most ${AHEAD_WORDS} in the future` },
  );

/** Milliseconds from one logged time to another (both already valid), or null when either is not. */
export function spanMs(from: string, to: string): number | null {
  const a = parseOffsetDateTime(from);
  const b = parseOffsetDateTime(to);
  return a && b ? b.atMs - a.atMs : null;
}
