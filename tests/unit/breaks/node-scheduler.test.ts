// The real JobScheduler (node-schedule) under fake timers: node-schedule reads
// "now" through Date (Date.now / new Date) and arms its waits with setTimeout,
// both of which vi.useFakeTimers replaces, so nothing here sleeps.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import schedule from 'node-schedule';
import {
  LATE_RUN_TOLERANCE_MS,
  createNodeScheduler,
  validateWeeklyRule,
} from '../../../main/adapters/node/node-scheduler';
import type { ScheduledJob, WeeklyRule } from '../../../main/core/ports';

const WEEKDAYS_1500_BERLIN: WeeklyRule = {
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  time: '15:00',
  timeZone: 'Europe/Berlin',
};

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const at = (text: string) => Date.parse(text);

let jobs: ScheduledJob[] = [];
const track = (job: ScheduledJob) => (jobs.push(job), job);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  for (const job of jobs) job.cancel();
  jobs = [];
  vi.useRealTimers();
});

describe('node-schedule honours the faked clock', () => {
  it('computes its own next invocation from the faked "now" (checked against node-schedule itself)', () => {
    // Guards the premise of every test below: if node-schedule stopped reading Date, these would be meaningless.
    const rule = new schedule.RecurrenceRule();
    rule.dayOfWeek = [1, 2, 3, 4, 5];
    rule.hour = 15;
    rule.minute = 0;
    rule.second = 0;
    rule.tz = 'Europe/Berlin';
    for (const [now, expected] of [
      ['2026-11-20T16:00:00+01:00', '2026-11-23T14:00:00.000Z'],
      ['2026-11-23T14:00:00+01:00', '2026-11-23T14:00:00.000Z'],
    ] as const) {
      vi.setSystemTime(at(now));
      const job = schedule.scheduleJob(rule, () => undefined);
      expect(iso(job.nextInvocation()!.getTime())).toBe(expected);
      job.cancel();
    }
  });

  it('skips a week when RecurrenceRule meets a spring-forward gap (why the adapter computes runs itself)', () => {
    // If this starts failing, node-schedule fixed it and the adapter could use RecurrenceRule directly.
    const rule = new schedule.RecurrenceRule();
    rule.dayOfWeek = 0;
    rule.hour = 2;
    rule.minute = 30;
    rule.second = 0;
    rule.tz = 'Europe/Berlin';
    vi.setSystemTime(at('2026-03-28T12:00:00+01:00'));
    const job = schedule.scheduleJob(rule, () => undefined);
    expect(iso(job.nextInvocation()!.getTime())).toBe('2026-04-05T00:30:00.000Z');
    job.cancel();
  });
});

describe('createNodeScheduler', () => {
  it('schedules 15:00 Monday to Friday in Europe/Berlin: Friday 16:00 → Monday 15:00+01:00', () => {
    vi.setSystemTime(at('2026-11-20T16:00:00+01:00')); // a Friday
    const job = track(createNodeScheduler().scheduleWeekly(WEEKDAYS_1500_BERLIN, () => undefined));
    expect(job.nextRun()).toBe(at('2026-11-23T15:00:00+01:00'));
  });

  it('runs today when the time is still ahead, and not at the very minute it is now', () => {
    vi.setSystemTime(at('2026-11-23T14:59:00+01:00'));
    const before = track(createNodeScheduler().scheduleWeekly(WEEKDAYS_1500_BERLIN, () => undefined));
    expect(before.nextRun()).toBe(at('2026-11-23T15:00:00+01:00'));
    vi.setSystemTime(at('2026-11-23T15:00:00+01:00'));
    const onTheMinute = track(createNodeScheduler().scheduleWeekly(WEEKDAYS_1500_BERLIN, () => undefined));
    expect(onTheMinute.nextRun()).toBe(at('2026-11-24T15:00:00+01:00'));
  });

  it('lands on local 15:00 across the spring DST change (2026-03-29 in Berlin)', () => {
    vi.setSystemTime(at('2026-03-27T16:00:00+01:00')); // Friday before the change, winter time
    const job = track(createNodeScheduler().scheduleWeekly(WEEKDAYS_1500_BERLIN, () => undefined));
    expect(job.nextRun()).toBe(at('2026-03-30T15:00:00+02:00'));
    expect(iso(job.nextRun())).toBe('2026-03-30T13:00:00.000Z');
  });

  it('lands on local 15:00 across the autumn DST change (2026-10-25 in Berlin)', () => {
    vi.setSystemTime(at('2026-10-23T16:00:00+02:00'));
    const job = track(createNodeScheduler().scheduleWeekly(WEEKDAYS_1500_BERLIN, () => undefined));
    expect(job.nextRun()).toBe(at('2026-10-26T15:00:00+01:00'));
  });

  it('runs a time inside the spring-forward gap just after it, that same day (node-schedule alone skips the week)', () => {
    vi.setSystemTime(at('2026-03-28T12:00:00+01:00'));
    const job = track(
      createNodeScheduler().scheduleWeekly(
        { days: ['sun'], time: '02:30', timeZone: 'Europe/Berlin' },
        () => undefined,
      ),
    );
    // 02:30 does not exist on 2026-03-29; the clock reads 03:30 CEST at that moment.
    expect(job.nextRun()).toBe(at('2026-03-29T03:30:00+02:00'));
  });

  it('runs a time that happens twice (autumn overlap) once, the first time', () => {
    const rule: WeeklyRule = { days: ['sun'], time: '02:30', timeZone: 'Europe/Berlin' };
    vi.setSystemTime(at('2026-10-24T12:00:00+02:00'));
    const calls: number[] = [];
    const job = track(createNodeScheduler().scheduleWeekly(rule, () => calls.push(Date.now())));
    expect(job.nextRun()).toBe(at('2026-10-25T02:30:00+02:00'));
    vi.advanceTimersByTime(at('2026-10-25T04:00:00+01:00') - Date.now());
    expect(calls.map(iso)).toEqual(['2026-10-25T00:30:00.000Z']);
    expect(job.nextRun()).toBe(at('2026-11-01T02:30:00+01:00'));
  });

  it('moves to 15:00 New York when re-scheduled after a time-zone change', () => {
    vi.setSystemTime(at('2026-11-20T16:00:00+01:00')); // Friday 10:00 in New York
    const scheduler = createNodeScheduler();
    const berlin = track(scheduler.scheduleWeekly(WEEKDAYS_1500_BERLIN, () => undefined));
    expect(berlin.nextRun()).toBe(at('2026-11-23T15:00:00+01:00'));
    berlin.cancel();
    expect(berlin.nextRun()).toBeNull();
    const newYork = track(
      scheduler.scheduleWeekly({ ...WEEKDAYS_1500_BERLIN, timeZone: 'America/New_York' }, () => undefined),
    );
    expect(newYork.nextRun()).toBe(at('2026-11-20T15:00:00-05:00'));
    expect(iso(newYork.nextRun())).toBe('2026-11-20T20:00:00.000Z');
  });

  it('fires at the time, once, then points at the next working day', () => {
    vi.setSystemTime(at('2026-11-20T16:00:00+01:00'));
    const calls: string[] = [];
    const nextSeenInside: (string | null)[] = [];
    const job = track(
      createNodeScheduler().scheduleWeekly(WEEKDAYS_1500_BERLIN, () => {
        calls.push(iso(Date.now())!);
        nextSeenInside.push(iso(job.nextRun()));
      }),
    );
    vi.advanceTimersByTime(at('2026-11-23T14:59:59+01:00') - Date.now());
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(calls).toEqual(['2026-11-23T14:00:00.000Z']);
    // The next run is already armed while the job runs.
    expect(nextSeenInside).toEqual(['2026-11-24T14:00:00.000Z']);
    vi.advanceTimersByTime(60 * 60_000);
    expect(calls).toHaveLength(1);
  });

  it('does not fire after cancel', () => {
    vi.setSystemTime(at('2026-11-23T14:00:00+01:00'));
    const fn = vi.fn();
    const job = createNodeScheduler().scheduleWeekly(WEEKDAYS_1500_BERLIN, fn);
    job.cancel();
    vi.advanceTimersByTime(2 * 60 * 60_000);
    expect(fn).not.toHaveBeenCalled();
  });

  it('drops a run that comes long after its time (the machine slept) and keeps the job going', () => {
    vi.setSystemTime(at('2026-11-23T14:00:00+01:00'));
    const fn = vi.fn();
    const job = track(createNodeScheduler().scheduleWeekly(WEEKDAYS_1500_BERLIN, fn));
    // Wall time jumps 3 h (asleep) while the timer's own countdown did not move.
    vi.setSystemTime(at('2026-11-23T17:00:00+01:00'));
    vi.advanceTimersByTime(60 * 60_000);
    expect(fn).not.toHaveBeenCalled();
    expect(job.nextRun()).toBe(at('2026-11-24T15:00:00+01:00'));
  });

  it('still runs a little late (within the tolerance)', () => {
    vi.setSystemTime(at('2026-11-23T14:00:00+01:00'));
    const fn = vi.fn();
    track(createNodeScheduler().scheduleWeekly(WEEKDAYS_1500_BERLIN, fn));
    vi.setSystemTime(at('2026-11-23T14:00:00+01:00') + LATE_RUN_TOLERANCE_MS - 1_000);
    vi.advanceTimersByTime(60 * 60_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('resync re-arms from the wall clock after a sleep, so the next run is on time', () => {
    vi.setSystemTime(at('2026-11-23T16:00:00+01:00'));
    const scheduler = createNodeScheduler();
    const fn = vi.fn();
    const job = track(scheduler.scheduleWeekly(WEEKDAYS_1500_BERLIN, fn));
    expect(job.nextRun()).toBe(at('2026-11-24T15:00:00+01:00'));
    // Asleep overnight: the wall clock says 14:00 next day, the armed 23 h countdown has barely moved.
    vi.setSystemTime(at('2026-11-24T14:00:00+01:00'));
    scheduler.resync();
    vi.advanceTimersByTime(60 * 60_000);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(iso(Date.now())).toBe('2026-11-24T14:00:00.000Z');
  });

  it('keeps the job when its function throws, and reports the error', () => {
    vi.setSystemTime(at('2026-11-23T14:00:00+01:00'));
    const errors: unknown[] = [];
    const job = track(
      createNodeScheduler({ onError: (e) => errors.push(e) }).scheduleWeekly(WEEKDAYS_1500_BERLIN, () => {
        throw new Error('boom');
      }),
    );
    vi.advanceTimersByTime(60 * 60_000);
    expect(errors).toHaveLength(1);
    expect(job.nextRun()).toBe(at('2026-11-24T15:00:00+01:00'));
  });

  it('has no next run for a rule with no days', () => {
    vi.setSystemTime(at('2026-11-23T14:00:00+01:00'));
    const job = track(createNodeScheduler().scheduleWeekly({ ...WEEKDAYS_1500_BERLIN, days: [] }, () => undefined));
    expect(job.nextRun()).toBeNull();
  });

  it('refuses a bad rule up front, naming what is wrong', () => {
    expect(() => validateWeeklyRule({ ...WEEKDAYS_1500_BERLIN, time: '25:00' })).toThrow('time "25:00"');
    expect(() => validateWeeklyRule({ ...WEEKDAYS_1500_BERLIN, timeZone: 'Mars/Olympus' })).toThrow(
      'unknown time zone "Mars/Olympus"',
    );
    expect(() =>
      createNodeScheduler().scheduleWeekly({ ...WEEKDAYS_1500_BERLIN, time: '9:00' }, () => undefined),
    ).toThrow('must be like 08:30');
  });
});
