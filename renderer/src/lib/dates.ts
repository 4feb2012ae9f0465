/** Owns the renderer's date formatting and the datetime-local ⇄ offset-time conversions. */
import { formatOffsetDateTime, localMomentOf } from '@common/domain/time';
import { appNow } from './clock';

export function todayLocalDate(now: Date = new Date(appNow())): string {
  return localMomentOf(now).localDate;
}

/** "2026-11-16T09:30:00+01:00" → "2026-11-16T09:30" for <input type="datetime-local">. */
export function toDateTimeLocalValue(offsetDateTime: string): string {
  return offsetDateTime.slice(0, 16);
}

/** The reverse, using this machine's offset for that local time (DST-aware). */
export function fromDateTimeLocalValue(value: string): string | null {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return formatOffsetDateTime(date.getTime(), -date.getTimezoneOffset());
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

/** Shows the time as it was lived (its own offset), not re-projected into today's zone. */
export function formatEntryTime(offsetDateTime: string): string {
  const [date, time] = offsetDateTime.split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return timeFormat.format(new Date(y, m - 1, d, hh, mm));
}

const shortDayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

/** "Today", "Yesterday", or "Thu, 19 Nov" for older entries. */
export function formatShortDate(localDate: string, today: string = todayLocalDate()): string {
  if (localDate === today) return 'Today';
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  if (Date.UTC(ty, tm - 1, td) - Date.UTC(y, m - 1, d) === 86_400_000) return 'Yesterday';
  return shortDayFormat.format(new Date(y, m - 1, d));
}

export function formatLocalDate(localDate: string): string {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return dayFormat.format(new Date(y, m - 1, d));
}

/** A moment from main (ISO with offset) as a wall-clock time in this machine's zone: "14:20". */
export function formatClockTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long' });

/** "14:20" today, "tomorrow at 08:00", or "Monday at 08:00" within a week. */
export function formatUpcoming(iso: string, now: Date = new Date(appNow())): string {
  const at = new Date(iso);
  const dayDiff = Math.round(
    (new Date(at.getFullYear(), at.getMonth(), at.getDate()).getTime() -
      new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime()) /
      86_400_000,
  );
  const time = timeFormat.format(at);
  if (dayDiff <= 0) return time;
  if (dayDiff === 1) return `tomorrow at ${time}`;
  if (dayDiff < 7) return `${weekdayFormat.format(at)} at ${time}`;
  return `${shortDayFormat.format(at)} at ${time}`;
}

/** "now", "in 1 min", "in 12 min", "in 2 h 5 min" — rounded up so "in 0 min" never shows. */
export function formatIn(iso: string, nowMs: number = appNow()): string {
  const minutes = Math.ceil((new Date(iso).getTime() - nowMs) / 60_000);
  if (minutes <= 0) return 'now';
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `in ${hours} h` : `in ${hours} h ${rest} min`;
}

/** Seconds left as "4:05" (or "1:02:03" past an hour). */
export function formatCountdown(totalSeconds: number): string {
  const s = Math.max(0, Math.ceil(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** A break's length in words: "30 seconds", "5 minutes", "1 minute 30 seconds". */
export function formatDuration(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} ${seconds === 1 ? 'second' : 'seconds'}`);
  return parts.join(' ');
}

/** "at 14:20", "tomorrow at 08:00", "on Monday at 08:00": reads after a noun ("Stretch break …"). */
export function formatAt(iso: string, now: Date = new Date(appNow())): string {
  const when = formatUpcoming(iso, now);
  if (/^\d/.test(when)) return `at ${when}`;
  return when.startsWith('tomorrow') ? when : `on ${when}`;
}
