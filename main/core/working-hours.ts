/**
 * Owns the question "is this a working time, and when does that change?" for
 * per-weekday ranges of local time in a zone. Searches at most eight days ahead.
 */
import type { WorkingHours } from '../../common/domain/settings';
import { addDays, weekdayOf, zonedInstant, zonedParts } from './zoned-time';

interface Span {
  start: number;
  end: number;
}

function spansOn(localDate: string, hours: WorkingHours, timeZone: string): Span[] {
  return hours[weekdayOf(localDate)].map((r) => ({
    start: zonedInstant(localDate, r.start, timeZone),
    end:
      r.end === '24:00'
        ? zonedInstant(addDays(localDate, 1), '00:00', timeZone)
        : zonedInstant(localDate, r.end, timeZone),
  }));
}

function spansAround(ms: number, hours: WorkingHours, timeZone: string, daysAhead: number): Span[] {
  const today = zonedParts(ms, timeZone).localDate;
  const spans: Span[] = [];
  for (let d = -1; d <= daysAhead; d++) spans.push(...spansOn(addDays(today, d), hours, timeZone));
  return spans;
}

export function isWorkingTime(ms: number, hours: WorkingHours, timeZone: string): boolean {
  return spansAround(ms, hours, timeZone, 0).some((s) => s.start <= ms && ms < s.end);
}

/** The next instant after ms where working time starts or ends; null when there are no working hours at all. */
export function nextWorkingChange(ms: number, hours: WorkingHours, timeZone: string): number | null {
  const edges = spansAround(ms, hours, timeZone, 8)
    .flatMap((s) => [s.start, s.end])
    .filter((t) => t > ms);
  return edges.length ? Math.min(...edges) : null;
}

/** Start of the first working range on a later local day than ms ("until tomorrow's working hours"). */
export function nextDayWorkingStart(ms: number, hours: WorkingHours, timeZone: string): number | null {
  const today = zonedParts(ms, timeZone).localDate;
  for (let d = 1; d <= 8; d++) {
    const spans = spansOn(addDays(today, d), hours, timeZone);
    if (spans.length) return Math.min(...spans.map((s) => s.start));
  }
  return null;
}
