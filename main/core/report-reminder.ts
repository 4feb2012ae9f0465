/**
 * Owns the weekly "your report is ready" reminder: once a week on the set day
 * and time (default Monday 09:00) through the JobScheduler port, about the last
 * complete week: the one before the day it fires, or on a Sunday the week ending
 * that day (someone who asks for Sunday evening means this week). It stays quiet when
 * that week has no pain entries (an empty report is not news) and never
 * reminds twice about the same week, even when settings are changed and replanned.
 */
import type { Settings } from '../../common/domain/settings';
import { isoWeekOf, previousWeek } from '../../common/domain/iso-week';
import type { Clock, JobScheduler, ScheduledJob } from './ports';
import { weekdayOf, zonedParts } from './zoned-time';

export interface ReportReminderDeps {
  clock: Clock;
  scheduler: JobScheduler;
  settings: () => Settings;
  timeZone: () => string;
  /** Does the week have anything to report? */
  hasEntries: (week: string) => boolean;
  /** Tell the person the week's report is ready (a notification that opens the report). */
  remind: (week: string) => void;
}

export interface ReportReminder {
  start(): void;
  replan(): void;
  stop(): void;
  /** Epoch ms of the next reminder, or null when it is off. */
  nextRun(): number | null;
}

export function createReportReminder(deps: ReportReminderDeps): ReportReminder {
  let job: ScheduledJob | null = null;
  let remindedWeek: string | null = null;
  function plan(): void {
    job?.cancel();
    job = null;
    const { reminder, day, time } = deps.settings().report;
    if (!reminder) return;
    job = deps.scheduler.scheduleWeekly({ days: [day], time, timeZone: deps.timeZone() }, () => {
      const today = zonedParts(deps.clock.now(), deps.timeZone()).localDate;
      const week = weekdayOf(today) === 'sun' ? isoWeekOf(today) : previousWeek(isoWeekOf(today));
      if (remindedWeek === week || !deps.hasEntries(week)) return;
      remindedWeek = week;
      deps.remind(week);
    });
  }
  return {
    start: plan,
    replan: plan,
    stop: () => {
      job?.cancel();
      job = null;
    },
    nextRun: () => job?.nextRun() ?? null,
  };
}
