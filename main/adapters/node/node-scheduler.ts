/**
 * Owns the JobScheduler port for real wall-clock jobs (working hours, the daily
 * release session, the weekly report), backed by node-schedule. Node-only (no
 * electron), so the Electron shell and the web preview share it.
 *
 * Why not node-schedule's RecurrenceRule with `tz`: it skips a whole week when
 * the time falls in a spring-forward gap (02:30 on Sunday 2026-03-29 in
 * Europe/Berlin comes out as 2026-04-05) and runs a second time in the autumn
 * overlap (02:30 on 2026-10-25 at both +02:00 and +01:00). So the next run comes
 * from the core's nextWeeklyRun (the same rule the simulator uses: a time in a
 * gap runs just after it, a doubled time runs once) and node-schedule runs each
 * one as a one-shot date job, re-armed after it fires.
 */
import schedule, { type Job } from 'node-schedule';
import { WEEKDAYS, clockTimeSchema } from '../../../common/domain/settings';
import { isValidTimeZone, nextWeeklyRun } from '../../core/zoned-time';
import type { JobScheduler, ScheduledJob, WeeklyRule } from '../../core/ports';

/** node-schedule fired later than this after its time (the machine slept): the moment has passed. */
export const LATE_RUN_TOLERANCE_MS = 5 * 60_000;

/** Checks a rule before anything is scheduled, so a bad one fails at once, naming what is wrong. */
export function validateWeeklyRule(rule: WeeklyRule): void {
  if (!clockTimeSchema.safeParse(rule.time).success) throw new RangeError(`time "${rule.time}" must be like 08:30`);
  if (!isValidTimeZone(rule.timeZone)) {
    throw new RangeError(`unknown time zone "${rule.timeZone}" (use an IANA name such as "Europe/Berlin")`);
  }
  for (const day of rule.days) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) throw new RangeError(`unknown weekday "${String(day)}"`);
  }
}

export interface NodeJobScheduler extends JobScheduler {
  /**
   * Re-arms every live job from the current wall time. Call after the system
   * resumes or the screen unlocks: Node timers do not count time asleep, so a
   * timer armed before sleep would otherwise fire late.
   */
  resync(): void;
}

export interface NodeSchedulerOptions {
  /** A job function threw; the job stays scheduled. */
  onError?: (error: unknown) => void;
}

export function createNodeScheduler(options: NodeSchedulerOptions = {}): NodeJobScheduler {
  const onError = options.onError ?? ((error: unknown) => console.error('[scheduler] job failed:', error));
  const live = new Set<() => void>();

  function scheduleWeekly(rule: WeeklyRule, fn: () => void): ScheduledJob {
    validateWeeklyRule(rule);
    const copy: WeeklyRule = { days: [...rule.days], time: rule.time, timeZone: rule.timeZone };
    let job: Job | null = null;
    let plannedAt: number | null = null;
    let cancelled = false;

    const arm = (afterMs: number): void => {
      job?.cancel();
      job = null;
      plannedAt = nextWeeklyRun(copy, afterMs);
      if (plannedAt === null) return;
      const at = plannedAt;
      // node-schedule answers null instead of a job for a date already past (cannot happen: at > afterMs ≥ now).
      job = schedule.scheduleJob(new Date(at), () => fire(at)) ?? null;
    };

    const fire = (at: number): void => {
      if (cancelled) return;
      const now = Date.now();
      // Arm the next run first, so fn sees it in nextRun() and a throwing fn cannot stop the job.
      arm(Math.max(now, at));
      if (now - at > LATE_RUN_TOLERANCE_MS) return;
      try {
        fn();
      } catch (error) {
        onError(error);
      }
    };

    const resync = (): void => {
      // A run missed while asleep is dropped, as a late one is: a reminder after the fact helps nobody.
      if (!cancelled) arm(Date.now());
    };

    arm(Date.now());
    live.add(resync);
    return {
      cancel() {
        cancelled = true;
        live.delete(resync);
        job?.cancel();
        job = null;
        plannedAt = null;
      },
      nextRun() {
        const next = job?.nextInvocation();
        return next ? next.getTime() : plannedAt;
      },
    };
  }

  return {
    scheduleWeekly,
    resync() {
      for (const resync of live) resync();
    },
  };
}
