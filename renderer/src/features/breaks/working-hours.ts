/** Owns reading the working-hours setting in the renderer: when the next working time begins. */
import { WEEKDAYS, type WorkingHours } from '@common/domain/settings';
import { appNow } from '@renderer/lib/clock';

/** The next start of a working range after `now`, in this machine's time zone, within a week; null if none. */
export function nextWorkingStart(hours: WorkingHours, now: Date = new Date(appNow())): Date | null {
  for (let offset = 0; offset < 8; offset++) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
    const weekday = WEEKDAYS[(day.getDay() + 6) % 7]!;
    const starts = (hours[weekday] ?? []).map((r) => r.start).sort();
    for (const start of starts) {
      const [h, m] = start.split(':').map(Number) as [number, number];
      const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m);
      if (at > now) return at;
    }
  }
  return null;
}
