/**
 * Owns the daily check-in reminder: once a day at the set time, and only if
 * the day has not been answered or skipped, so it never nags twice.
 */
import { WEEKDAYS, type Settings } from '../../common/domain/settings';
import type { Clock, JobScheduler, ScheduledJob } from './ports';
import { zonedParts } from './zoned-time';

export interface CheckinReminderDeps {
  clock: Clock;
  scheduler: JobScheduler;
  settings: () => Settings;
  timeZone: () => string;
  /** Answered or skipped already? */
  settled: (localDate: string) => boolean;
  /** Show the reminder (a notification in the app). */
  remind: (localDate: string) => void;
}

export function createCheckinReminder(deps: CheckinReminderDeps) {
  let job: ScheduledJob | null = null;
  let remindedOn: string | null = null;
  function plan(): void {
    job?.cancel();
    job = null;
    const { enabled, time } = deps.settings().checkin;
    if (!enabled) return;
    job = deps.scheduler.scheduleWeekly({ days: WEEKDAYS, time, timeZone: deps.timeZone() }, () => {
      const today = zonedParts(deps.clock.now(), deps.timeZone()).localDate;
      if (remindedOn === today || deps.settled(today)) return;
      remindedOn = today;
      deps.remind(today);
    });
  }
  return {
    start: plan,
    replan: plan,
    stop: () => {
      job?.cancel();
      job = null;
    },
  };
}
