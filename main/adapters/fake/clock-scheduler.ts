/**
 * Owns a JobScheduler that runs weekly wall-clock jobs on any Clock: the
 * simulator's (and tests') stand-in for node-schedule, computing each next run
 * in the rule's time zone (main/core/zoned-time.ts) so DST and zone changes
 * land at the right local time.
 */
import type { Clock, JobScheduler, ScheduledJob } from '../../core/ports';
import { nextWeeklyRun } from '../../core/zoned-time';

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
