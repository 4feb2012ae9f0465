/** Planner unit tests on a fake clock: the engine's API beyond what day traces cover. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings, settingsSchema, type Settings } from '../../../common/domain/settings';
import { createBreakEngine } from '../../../main/core/break-engine';
import type { BreakRecordInput } from '../../../main/core/ports';
import { createClockScheduler } from '../../../main/adapters/fake/clock-scheduler';
import { nextWeeklyRun } from '../../../main/core/zoned-time';
import { FakeClock } from '../../../main/adapters/fake/fake-clock';
import { createSettingsStore, memoryBacking } from '../../../main/settings/settings-store';
import { zonedIso } from '../../../main/core/zoned-time';

const MIN = 60_000;

/** `lock: 'poll'` plays Linux: no lock events, the lock state is read through the IdleSource. */
function harness(
  start = '2026-11-23T09:00:00+01:00',
  settingsPatch: unknown = {},
  options: { lock?: 'events' | 'poll' } = {},
) {
  const clock = new FakeClock(Date.parse(start));
  let settings: Settings = settingsSchema.parse(mergeSettings(DEFAULT_SETTINGS, settingsPatch));
  const settingsListeners = new Set<(s: Settings) => void>();
  let timeZone = 'Europe/Berlin';
  let idleSeconds = 0;
  /** Set while the person gives no input: idle time then grows with the clock. */
  let idleSinceMono: number | null = null;
  let screenLocked: boolean | null = false;
  let lockReads = 0;
  const records: BreakRecordInput[] = [];
  const calls: string[] = [];
  const engine = createBreakEngine({
    clock,
    idle: {
      idleSeconds: () =>
        idleSinceMono === null ? idleSeconds : Math.floor((clock.monotonic() - idleSinceMono) / 1000),
      ...(options.lock === 'poll' ? { lockedNow: () => (lockReads++, screenLocked) } : {}),
    },
    scheduler: createClockScheduler(clock),
    notifier: {
      preBreak: (kind, inSeconds) => calls.push(`preBreak ${kind} ${inSeconds}`),
      showPrompt: (s) => calls.push(`show ${s.prompt?.kind} ${s.prompt?.phase}`),
      closePrompt: () => calls.push('close'),
    },
    recorder: {
      record: (r) => records.push(r),
      today: () => ({
        taken: records.filter((r) => r.outcome === 'taken').length,
        natural: records.filter((r) => r.outcome === 'natural').length,
        skipped: records.filter((r) => r.outcome === 'skipped').length,
        snoozed: records.filter((r) => r.outcome === 'snoozed').length,
      }),
    },
    settings: {
      get: () => settings,
      onChange: (listener) => {
        settingsListeners.add(listener);
        return () => settingsListeners.delete(listener);
      },
    },
    timeZone: () => timeZone,
  });
  engine.start();
  return {
    clock,
    engine,
    records,
    calls,
    wall: (ms: number) => zonedIso(ms, timeZone),
    setIdle: (s: number) => (idleSeconds = s),
    /** What the lock state reads (null: the system cannot tell), and how often it was read. */
    setLocked: (locked: boolean | null) => (screenLocked = locked),
    /** No input from now on (idle time grows) / input again. */
    stopInput: () => (idleSinceMono = clock.monotonic()),
    startInput: () => {
      idleSinceMono = null;
      idleSeconds = 0;
    },
    lockReads: () => lockReads,
    /** Saves a settings change: the engine is told, as the settings store tells it. */
    setSettings: (patch: unknown) => {
      settings = settingsSchema.parse(mergeSettings(settings, patch));
      for (const listener of settingsListeners) listener(settings);
    },
    setTimeZone: (tz: string) => (timeZone = tz),
  };
}

describe('break engine', () => {
  it('reports the next break and shows the prompt without any 1-second tick', () => {
    const h = harness();
    expect(h.engine.status()).toMatchObject({
      state: 'running',
      next: { kind: 'micro', at: '2026-11-23T09:20:00+01:00' },
      prompt: null,
    });
    h.clock.advanceBy(20 * MIN);
    expect(h.calls).toEqual(['preBreak micro 10', 'show micro prompt']);
    expect(h.engine.status().prompt).toMatchObject({
      kind: 'micro',
      phase: 'prompt',
      canSnooze: true,
      canSkip: true,
      snoozesLeft: 2,
    });
    // About one look every 30 s while working: 40 in 20 minutes, plus the heads-up.
    expect(h.engine.stats().wakeups).toBeLessThanOrEqual(42);
  });

  it('Start runs the break for its duration and records it as taken', () => {
    const h = harness();
    h.clock.advanceBy(20 * MIN);
    expect(h.engine.respond('start').prompt).toMatchObject({
      phase: 'break',
      breakEndsAt: '2026-11-23T09:20:30+01:00',
      canSkip: false,
    });
    h.clock.advanceBy(30_000);
    expect(h.engine.status().prompt).toBeNull();
    expect(h.records).toEqual([
      {
        kind: 'micro',
        dueAt: '2026-11-23T09:20:00+01:00',
        shownAt: '2026-11-23T09:20:00+01:00',
        outcome: 'taken',
        secondsTaken: 30,
      },
    ]);
    expect(h.engine.status().next).toEqual({ kind: 'micro', at: '2026-11-23T09:40:30+01:00' });
  });

  it('finish ends a started break early and records the seconds actually taken', () => {
    const h = harness();
    h.engine.takeNow('stretch');
    h.clock.advanceBy(2 * MIN);
    h.engine.respond('finish');
    expect(h.records.at(-1)).toMatchObject({ kind: 'stretch', outcome: 'taken', secondsTaken: 120 });
    // A stretch break counts for the micro-pause too.
    expect(h.engine.status().next).toEqual({ kind: 'micro', at: '2026-11-23T09:22:00+01:00' });
  });

  it('skip restarts the timer from now; snooze re-prompts 5 minutes later', () => {
    const h = harness();
    h.clock.advanceBy(20 * MIN);
    h.engine.respond('snooze');
    expect(h.records.at(-1)).toMatchObject({ outcome: 'snoozed' });
    expect(h.engine.status().next).toEqual({ kind: 'micro', at: '2026-11-23T09:25:00+01:00' });
    h.clock.advanceBy(5 * MIN);
    expect(h.engine.status().prompt).toMatchObject({ kind: 'micro', snoozesLeft: 1 });
    h.engine.respond('skip');
    expect(h.records.at(-1)).toMatchObject({ outcome: 'skipped', secondsTaken: 0 });
    expect(h.engine.status().next).toEqual({ kind: 'micro', at: '2026-11-23T09:45:00+01:00' });
  });

  it('strict mode offers neither snooze nor skip, and refuses them', () => {
    const h = harness(undefined, { breaks: { strictMode: true } });
    h.clock.advanceBy(20 * MIN);
    expect(h.engine.status().prompt).toMatchObject({ canSnooze: false, canSkip: false, snoozesLeft: 0 });
    h.engine.respond('skip');
    h.engine.respond('snooze');
    expect(h.engine.status().prompt).toMatchObject({ phase: 'prompt' });
    expect(h.records).toEqual([]);
  });

  it('walking away while a prompt is up counts as taking that break', () => {
    const h = harness();
    h.clock.advanceBy(20 * MIN);
    h.setIdle(40);
    h.clock.advanceBy(40_000);
    h.setIdle(0);
    h.clock.advanceBy(30_000);
    expect(h.records.at(-1)).toMatchObject({ kind: 'micro', outcome: 'taken' });
    expect(h.calls.at(-1)).toBe('close');
  });

  it('pause for 30 minutes: nothing accrues or prompts, then fresh timers with the grace', () => {
    const h = harness();
    h.clock.advanceBy(19 * MIN);
    const paused = h.engine.pause('30m');
    expect(paused).toMatchObject({ state: 'paused', pausedUntil: '2026-11-23T09:49:00+01:00', next: null });
    h.clock.advanceBy(30 * MIN);
    expect(h.calls).toEqual([]);
    expect(h.engine.status()).toMatchObject({
      state: 'running',
      next: { kind: 'micro', at: '2026-11-23T10:09:00+01:00' },
    });
  });

  it('pausing with a prompt on screen records it as paused and closes it', () => {
    const h = harness();
    h.clock.advanceBy(20 * MIN);
    h.engine.pause('1h');
    expect(h.records.at(-1)).toMatchObject({ outcome: 'paused' });
    expect(h.calls.at(-1)).toBe('close');
    expect(h.engine.status().pausedUntil).toBe('2026-11-23T10:20:00+01:00');
  });

  it('pause until tomorrow lasts until the next working day starts; until resumed lasts until resume()', () => {
    const h = harness('2026-11-27T10:00:00+01:00'); // a Friday
    expect(h.engine.pause('until-tomorrow').pausedUntil).toBe('2026-11-30T08:00:00+01:00');
    h.engine.resume();
    expect(h.engine.pause('until-resumed')).toMatchObject({ state: 'paused', pausedUntil: null });
    h.clock.advanceBy(60 * MIN);
    expect(h.engine.status().state).toBe('paused');
    expect(h.calls).toEqual([]);
    expect(h.engine.resume()).toMatchObject({
      state: 'running',
      next: { kind: 'micro', at: '2026-11-27T11:20:00+01:00' },
    });
  });

  it('outside working hours it is quiet and says so', () => {
    const h = harness('2026-11-28T10:00:00+01:00'); // Saturday
    expect(h.engine.status()).toMatchObject({ state: 'outside-hours', next: null });
    h.clock.advanceBy(60 * MIN);
    expect(h.calls).toEqual([]);
  });

  it('with idle time unavailable (Wayland reads 0) breaks follow the clock, and lock still counts', () => {
    const h = harness();
    h.clock.advanceBy(10 * MIN);
    h.engine.systemEvent('lock');
    h.clock.advanceBy(6 * MIN);
    h.engine.systemEvent('unlock');
    expect(h.records.at(-1)).toMatchObject({ kind: 'stretch', outcome: 'natural', secondsTaken: 360 });
    expect(h.engine.status().next).toEqual({ kind: 'micro', at: '2026-11-23T09:36:00+01:00' });
  });

  it('changing settings re-plans from now', () => {
    const h = harness();
    h.clock.advanceBy(5 * MIN);
    // The change event alone re-plans: no replan() call.
    h.setSettings({ breaks: { micro: { everyMinutes: 10 } } });
    expect(h.engine.status().next).toEqual({ kind: 'micro', at: '2026-11-23T09:10:00+01:00' });
  });

  it('reads the settings once and then only what each change pushes, never on a wake-up', () => {
    const clock = new FakeClock(Date.parse('2026-11-23T09:00:00+01:00'));
    const store = createSettingsStore(memoryBacking(DEFAULT_SETTINGS));
    let reads = 0;
    const engine = createBreakEngine({
      clock,
      idle: { idleSeconds: () => 0 },
      scheduler: createClockScheduler(clock),
      notifier: { preBreak: () => undefined, showPrompt: () => undefined, closePrompt: () => undefined },
      recorder: { record: () => undefined, today: () => ({ taken: 0, natural: 0, skipped: 0, snoozed: 0 }) },
      settings: { get: () => (reads++, store.get()), onChange: (l) => store.onChange(l) },
      timeZone: () => 'Europe/Berlin',
    });
    engine.start();
    const readsAtStart = reads;
    clock.advanceBy(3 * MIN);
    expect(engine.stats().wakeups).toBeGreaterThanOrEqual(6);
    expect(reads).toBe(readsAtStart);
    store.update({
      breaks: { ...DEFAULT_SETTINGS.breaks, micro: { ...DEFAULT_SETTINGS.breaks.micro, everyMinutes: 5 } },
    });
    expect(engine.status().next).toEqual({ kind: 'micro', at: '2026-11-23T09:05:00+01:00' });
    expect(reads).toBe(readsAtStart);
    engine.stop();
  });

  it('tells status listeners only when the status changes, not on every wake-up', () => {
    const h = harness();
    const seen: string[] = [];
    h.engine.onStatus((s) => seen.push(s.prompt ? `prompt ${s.prompt.kind}` : `next ${s.next?.at ?? '-'}`));
    h.clock.advanceBy(20 * MIN);
    expect(h.engine.stats().wakeups).toBeGreaterThan(40);
    // A new listener hears the first status; then only the prompt changes it.
    expect(seen).toEqual(['next 2026-11-23T09:20:00+01:00', 'prompt micro']);
    h.engine.respond('skip');
    h.clock.advanceBy(5 * MIN);
    expect(seen.slice(2)).toEqual(['next 2026-11-23T09:40:00+01:00']);
    expect(h.engine.stats().published).toBe(3);
  });

  it('every kind switched off: state off, nothing planned', () => {
    const h = harness(undefined, {
      breaks: { micro: { enabled: false }, stretch: { enabled: false }, release: { enabled: false } },
    });
    expect(h.engine.status()).toMatchObject({ state: 'off', next: null });
  });

  it('every kind switched off: it arms no wake-up at all, whatever the person does', () => {
    const h = harness(undefined, {
      breaks: { micro: { enabled: false }, stretch: { enabled: false }, release: { enabled: false } },
    });
    h.clock.advanceBy(2 * 60 * MIN);
    h.setIdle(600);
    h.clock.advanceBy(10 * MIN);
    h.setIdle(0);
    h.clock.advanceBy(8 * 60 * MIN); // past the end of working hours, into the evening
    expect(h.engine.stats().wakeups).toBe(0);
    expect(h.clock.nextTimerAt()).toBeNull();
    expect(h.calls).toEqual([]);
  });

  it('turning a kind back on starts its timer afresh, since nothing watched while all were off', () => {
    const off = { micro: { enabled: false }, stretch: { enabled: false }, release: { enabled: false } };
    const h = harness(undefined, { breaks: off });
    h.clock.advanceBy(2 * 60 * MIN);
    h.setSettings({ breaks: { micro: { enabled: true } } });
    // Not at once for the two unwatched hours: 20 active minutes from 11:00.
    expect(h.engine.status().next).toEqual({ kind: 'micro', at: '2026-11-23T11:20:00+01:00' });
    h.clock.advanceBy(20 * MIN);
    expect(h.calls).toEqual(['preBreak micro 10', 'show micro prompt']);
  });

  it('a started break still ends on time with every kind off', () => {
    const h = harness(undefined, {
      breaks: { micro: { enabled: false }, stretch: { enabled: false }, release: { enabled: false } },
    });
    h.engine.takeNow('micro');
    h.clock.advanceBy(MIN);
    expect(h.records).toMatchObject([{ kind: 'micro', outcome: 'taken', secondsTaken: 30 }]);
    expect(h.engine.stats().wakeups).toBe(1);
    expect(h.clock.nextTimerAt()).toBeNull();
  });

  describe('lock state read, not sent (Linux)', () => {
    it('reads the lock state at its own looks only: no extra wake-up while unlocked', () => {
      const h = harness(undefined, {}, { lock: 'poll' });
      h.clock.advanceBy(10 * MIN);
      // One look every 30 s, each reading idle time and the lock state together.
      expect(h.engine.stats().wakeups).toBe(20);
      expect(h.lockReads()).toBe(20);
    });

    it('a lock seen at the next look starts where input stopped; the unlock is looked for and ends it', () => {
      const h = harness(undefined, {}, { lock: 'poll' });
      h.clock.advanceBy(10 * MIN);
      // Input stops and the screen locks at 09:10; the next look (09:10:30) sees both.
      h.stopInput();
      h.setLocked(true);
      const lockedAt = h.clock.now();
      h.clock.advanceBy(6 * MIN);
      expect(h.engine.status().next).toBeNull(); // away: nothing can be prompted
      const wakesLocked = h.engine.stats().wakeups;
      h.setLocked(false);
      h.startInput();
      h.clock.advanceBy(30_000);
      // Looked for the unlock every 30 s (the micro-pause's length), as for any return.
      expect(h.engine.stats().wakeups - wakesLocked).toBe(1);
      expect(h.records.at(-1)).toMatchObject({
        kind: 'stretch',
        outcome: 'natural',
        dueAt: h.wall(lockedAt),
        secondsTaken: 390,
      });
      // The unlock was seen at 09:16:30: fresh timers, and the grace before any prompt.
      expect(h.engine.status().next).toEqual({ kind: 'micro', at: '2026-11-23T09:36:30+01:00' });
    });

    it('after ten minutes locked it looks for the unlock once a minute', () => {
      const h = harness(undefined, {}, { lock: 'poll' });
      h.setLocked(true);
      h.stopInput();
      h.clock.advanceBy(30_000);
      const w0 = h.engine.stats().wakeups;
      h.clock.advanceBy(60 * MIN);
      // 19 looks in the first ten minutes, then one a minute for fifty.
      expect(h.engine.stats().wakeups - w0).toBeLessThanOrEqual(19 + 50 + 1);
      expect(h.engine.stats().wakeups - w0).toBeGreaterThanOrEqual(19 + 50 - 1);
      expect(h.calls).toEqual([]);
    });

    it('"cannot tell" (unknown) changes nothing', () => {
      const h = harness(undefined, {}, { lock: 'poll' });
      h.clock.advanceBy(5 * MIN);
      h.setLocked(null);
      h.clock.advanceBy(15 * MIN);
      expect(h.calls).toEqual(['preBreak micro 10', 'show micro prompt']);
    });

    it('waking up to a locked screen stays away until it unlocks', () => {
      const h = harness(undefined, {}, { lock: 'poll' });
      h.clock.advanceBy(5 * MIN);
      h.setLocked(true);
      h.stopInput();
      h.engine.systemEvent('suspend');
      // An hour asleep: the wall clock moves on, the monotonic one (and its timers) does not.
      h.clock.jumpWallTo(h.clock.now() + 60 * MIN);
      h.setIdle(3600);
      h.engine.systemEvent('resume');
      expect(h.engine.status().next).toBeNull();
      h.clock.advanceBy(30 * MIN);
      expect(h.calls).toEqual([]);
      h.setLocked(false);
      h.startInput();
      h.clock.advanceBy(MIN);
      expect(h.engine.status().next).not.toBeNull();
      expect(h.records.at(-1)).toMatchObject({ outcome: 'natural' });
    });
  });

  it('the release session follows a time-zone change', () => {
    const h = harness('2026-11-23T09:00:00+01:00', {
      breaks: { micro: { enabled: false }, stretch: { enabled: false } },
    });
    h.setTimeZone('America/New_York');
    h.engine.replan();
    // 15:00 in New York is 21:00 in Berlin; New York's working hours must allow it.
    h.setSettings({ workingHours: { mon: [{ start: '08:00', end: '18:00' }] } });
    h.clock.advanceBy(12 * 60 * MIN); // Berlin 21:00 = New York 15:00
    expect(h.calls).toEqual(['show release prompt']);
    expect(h.engine.status().prompt).toMatchObject({ kind: 'release', dueAt: '2026-11-23T15:00:00-05:00' });
  });
});

describe('weekly wall-clock jobs', () => {
  const rule = { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, time: '15:00', timeZone: 'Europe/Berlin' };
  it('runs at the local time on working days, across a weekend', () => {
    const friday = Date.parse('2026-11-27T16:00:00+01:00');
    expect(new Date(nextWeeklyRun(rule, friday)!).toISOString()).toBe('2026-11-30T14:00:00.000Z');
  });
  it('keeps the local time across DST', () => {
    const beforeSpring = Date.parse('2026-03-27T16:00:00+01:00');
    // Monday 30 March 15:00 CEST = 13:00 UTC.
    expect(new Date(nextWeeklyRun(rule, beforeSpring)!).toISOString()).toBe('2026-03-30T13:00:00.000Z');
  });
  it('fires through the clock and re-arms itself', () => {
    const clock = new FakeClock(Date.parse('2026-11-23T14:59:00+01:00'));
    const fired: string[] = [];
    const job = createClockScheduler(clock).scheduleWeekly(rule, () =>
      fired.push(zonedIso(clock.now(), 'Europe/Berlin')),
    );
    clock.advanceBy(26 * 60 * MIN);
    expect(fired).toEqual(['2026-11-23T15:00:00+01:00', '2026-11-24T15:00:00+01:00']);
    expect(zonedIso(job.nextRun()!, 'Europe/Berlin')).toBe('2026-11-25T15:00:00+01:00');
    job.cancel();
    clock.advanceBy(24 * 60 * MIN);
    expect(fired).toHaveLength(2);
  });
});

describe('a sped-up clock (web preview --clock-speed)', () => {
  it('runs wall time, monotonic time and timers faster by the same factor', async () => {
    const { scaleClock } = await import('../../../main/adapters/fake/scaled-clock');
    const base = new FakeClock(Date.parse('2026-11-23T09:00:00+01:00'));
    const fast = scaleClock(base, 10);
    const fired: number[] = [];
    fast.setTimer(60_000, () => fired.push(fast.now()));
    base.advanceBy(6_000);
    expect(fired).toEqual([Date.parse('2026-11-23T09:01:00+01:00')]);
    expect(fast.monotonic()).toBe(60_000);
    expect(() => scaleClock(base, 0.5)).toThrow(/at least 1/);
  });
});
