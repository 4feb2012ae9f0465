/**
 * Owns a JobScheduler that runs weekly wall-clock jobs on any Clock: the
 * simulator's (and tests') stand-in for node-schedule, computing each next run
 * in the rule's time zone so DST and zone changes land at the right local time.
 */
import type { Clock, JobScheduler, ScheduledJob, WeeklyRule } from './ports';
import { addDays, weekdayOf, zonedInstant, zonedParts } from './zoned-time';

/** Next instant strictly after `afterMs` matching the rule. */
export function nextWeeklyRun(rule: WeeklyRule, afterMs: number): number | null {
  if (!rule.days.length) return null;
  const today = zonedParts(afterMs, rule.timeZone).localDate;
  for (let d = 0; d <= 7; d++) {
    const date = addDays(today, d);
    if (!rule.days.includes(weekdayOf(date))) continue;
    const at = zonedInstant(date, rule.time, rule.timeZone);
    if (at > afterMs) return at;
  }
  return null;
}

export function createClockScheduler(clock: Clock): JobScheduler {
  return {
    scheduleWeekly(rule, fn): ScheduledJob {
      let cancel: (() => void) | null = null;
      let next: number | null = null;
      const arm = (after: number) => {
        next = nextWeeklyRun(rule, after);
        if (next === null) return;
        const target = next;
        cancel = clock.setTimer(target - clock.now(), () => {
          arm(Math.max(target, clock.now()));
          fn();
        });
      };
      arm(clock.now());
      return {
        cancel: () => {
          cancel?.();
          next = null;
        },
        nextRun: () => next,
      };
    },
  };
}
