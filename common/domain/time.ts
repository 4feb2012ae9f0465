/**
 * Owns how a moment is written down: epoch milliseconds plus the local calendar
 * date and UTC offset the person lived it in, so weeks group the way they were lived.
 * Pure string/number work; no time-zone database is needed because every
 * timestamp crossing the contract carries its own offset.
 */

export interface LocalMoment {
  /** Epoch milliseconds. */
  atMs: number;
  /** Local calendar date, YYYY-MM-DD. */
  localDate: string;
  /** Minutes east of UTC at that moment (UTC+01:00 → 60). */
  utcOffsetMinutes: number;
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses "2026-11-16T09:30:00+01:00"; returns null for anything else or an impossible date. */
export function parseOffsetDateTime(text: string): LocalMoment | null {
  const m = ISO_WITH_OFFSET.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '0', ms = '0', zone] = m;
  const offset = zone === 'Z' ? 0 : offsetFromText(zone!);
  if (offset === null) return null;
  const localAsUtc = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, +ms!.padEnd(3, '0'));
  const check = new Date(localAsUtc);
  // Reject 2026-02-30 and 25:00, which Date.UTC would silently roll over.
  if (
    check.getUTCFullYear() !== +y! ||
    check.getUTCMonth() !== +mo! - 1 ||
    check.getUTCDate() !== +d! ||
    check.getUTCHours() !== +h! ||
    check.getUTCMinutes() !== +mi!
  ) {
    return null;
  }
  return { atMs: localAsUtc - offset * 60_000, localDate: `${y}-${mo}-${d}`, utcOffsetMinutes: offset };
}

function offsetFromText(zone: string): number | null {
  const sign = zone.startsWith('-') ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** Writes a moment back as ISO 8601 with its own offset, seconds precision. */
export function formatOffsetDateTime(atMs: number, utcOffsetMinutes: number): string {
  const local = new Date(atMs + utcOffsetMinutes * 60_000);
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.trunc(Math.abs(utcOffsetMinutes) / 60))}:${pad(Math.abs(utcOffsetMinutes) % 60)}`
  );
}

/** The moment as this machine's local time zone sees it (renderer and main agree on one machine). */
export function localMomentOf(date: Date): LocalMoment {
  const utcOffsetMinutes = -date.getTimezoneOffset();
  const atMs = date.getTime();
  return { atMs, utcOffsetMinutes, localDate: formatOffsetDateTime(atMs, utcOffsetMinutes).slice(0, 10) };
}

export function nowAsOffsetDateTime(date: Date = new Date()): string {
  return formatOffsetDateTime(date.getTime(), -date.getTimezoneOffset());
}

export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
