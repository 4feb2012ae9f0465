/**
 * Owns the JobScheduler port for real wall-clock jobs (working hours, the daily
 * release session, the weekly report), backed by node-schedule. Node-only (no
 * electron), so the Electron shell and the web preview share it.
 *
 * Why not node-schedule's RecurrenceRule with `tz`: it skips a whole week when
 * the time falls in a spring-forward gap (02:30 on 2026-03-29 in Europe/Berlin
 * comes out as 2026-04-05) and can run twice in the autumn overlap. So the next
 * run is computed here (`nextWeeklyRun`, pure, with the zone rules from Intl)
 * and node-schedule runs each one as a one-shot date job, re-armed after it fires.
 * A time in a gap runs at the same distance after the gap (02:30 → 03:30); a
 * time that happens twice runs the first time only.
 */
import schedule, { type Job } from 'node-schedule';
import { WEEKDAYS, type Weekday } from '../../common/domain/settings';
import type { JobScheduler, ScheduledJob, WeeklyRule } from '../core/ports';

const DAY_MS = 86_400_000;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** Date.getUTCDay() numbering: Sunday 0 … Saturday 6. */
const DAY_NUMBER: Record<Weekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** node-schedule fired later than this after its time (the machine slept): the moment has passed. */
export const LATE_RUN_TOLERANCE_MS = 5 * 60_000;

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws a RangeError naming the zone when Intl does not know it. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`unknown time zone "${timeZone}" (use an IANA name such as "Europe/Berlin")`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of an instant in a zone. */
export function localDateTimeAt(epochMs: number, timeZone: string): LocalDateTime {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

function wallAsUtc(t: LocalDateTime): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
}

/** Milliseconds the zone is ahead of UTC at an instant (whole seconds). */
function offsetAt(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return wallAsUtc(localDateTimeAt(whole, timeZone)) - whole;
}

/**
 * The instant a wall-clock time happens in a zone. A time that happens twice
 * (autumn overlap) gives the first; a time that never happens (spring gap) gives
 * the instant that far past the gap's start, as the clock would read with the
 * offset from before the change (02:30 in a 02:00–03:00 gap → 03:30).
 */
export function zonedTimeToEpoch(local: LocalDateTime, timeZone: string): number {
  const asUtc = wallAsUtc(local);
  // Zones change offset at most once within a couple of days, so the offsets a day
  // either side are the only two the answer can use.
  const before = asUtc - offsetAt(asUtc - DAY_MS, timeZone);
  const after = asUtc - offsetAt(asUtc + DAY_MS, timeZone);
  const matches = [...new Set([before, after])]
    .filter((candidate) => wallAsUtc(localDateTimeAt(candidate, timeZone)) === asUtc)
    .sort((a, b) => a - b);
  return matches[0] ?? before;
}

/** Hours and minutes from "HH:MM"; throws naming the bad value. */
export function parseRuleTime(time: string): { hour: number; minute: number } {
  const m = TIME.exec(time);
  if (!m) throw new RangeError(`time "${time}" must be like 08:30`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** Checks a rule before anything is scheduled, so a bad one fails loudly and at once. */
export function validateWeeklyRule(rule: WeeklyRule): void {
  parseRuleTime(rule.time);
  formatterFor(rule.timeZone);
  for (const day of rule.days) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) throw new RangeError(`unknown weekday "${String(day)}"`);
  }
}

/** Epoch ms of the rule's first time strictly after `afterMs`, or null when it names no day. */
export function nextWeeklyRun(rule: WeeklyRule, afterMs: number): number | null {
  validateWeeklyRule(rule);
  if (rule.days.length === 0) return null;
  const { hour, minute } = parseRuleTime(rule.time);
  const days = new Set(rule.days.map((d) => DAY_NUMBER[d]));
  const today = localDateTimeAt(afterMs, rule.timeZone);
  // Eight local days cover a full week whatever the time of day today.
  for (let i = 0; i <= 8; i++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + i));
    if (!days.has(date.getUTCDay())) continue;
    const at = zonedTimeToEpoch(
      {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour,
        minute,
        second: 0,
      },
      rule.timeZone,
    );
    if (at > afterMs) return at;
  }
  return null;
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
      // A run missed while asleep is dropped, as a late one is: the engine re-plans on resume.
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
