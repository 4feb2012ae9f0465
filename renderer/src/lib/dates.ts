/** Owns the renderer's date formatting and the datetime-local ⇄ offset-time conversions. */
import { formatOffsetDateTime, localMomentOf } from '../../../common/domain/time';

export function todayLocalDate(now: Date = new Date()): string {
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
