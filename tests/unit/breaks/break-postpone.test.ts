/** Issue 13 #9: a prompt that falls due while the person is busy waits, within POSTPONE_LIMITS. */
import { describe, expect, it } from 'vitest';
import type { BusyReason } from '../../../common/domain/breaks';
import { POSTPONE_LIMITS } from '../../../common/domain/policy';
import { DEFAULT_SETTINGS, mergeSettings, settingsSchema } from '../../../common/domain/settings';
import { createBreakEngine } from '../../../main/core/break-engine';
import { FakeClock } from '../../../main/adapters/fake/fake-clock';
import { createClockScheduler } from '../../../main/adapters/fake/clock-scheduler';
import { trayView } from '../../../main/adapters/electron/tray-model';

const MIN = 60_000;
const START = Date.parse('2026-11-23T09:00:00+01:00');

function harness(settingsPatch: unknown = {}) {
  const clock = new FakeClock(START);
  const settings = settingsSchema.parse(mergeSettings(DEFAULT_SETTINGS, settingsPatch));
  let busy: BusyReason[] = [];
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  const engine = createBreakEngine({
    clock,
    idle: { idleSeconds: () => 0 },
    scheduler: createClockScheduler(clock),
    notifier: {
      preBreak: (kind) => calls.push(`preBreak ${kind}`),
      showPrompt: (s) => calls.push(`show ${s.prompt?.kind} at ${(clock.now() - START) / MIN} min`),
      closePrompt: () => calls.push('close'),
    },
    recorder: { record: () => undefined, today: () => ({ taken: 0, natural: 0, skipped: 0, snoozed: 0 }) },
    settings: { get: () => settings, onChange: () => () => undefined },
    timeZone: () => 'Europe/Berlin',
    attention: {
      busyNow: () => busy,
      onChange: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  });
  engine.start();
  return {
    clock,
    engine,
    calls,
    /** The desktop says the person is (or is no longer) busy; it tells the planner, as the sources do. */
    setBusy(reasons: BusyReason[]) {
      busy = reasons;
      clock.setTimer(0, () => listeners.forEach((l) => l()));
      clock.advanceBy(0);
    },
  };
}

describe('postponing prompts while the person is busy', () => {
  it('holds the prompt while presenting, says so in the tray, and shows it the moment the presentation ends', () => {
    const h = harness();
    h.setBusy(['presenting']);
    h.clock.advanceBy(20 * MIN);
    // No heads-up and no prompt over the slides.
    expect(h.calls).toEqual([]);
    const status = h.engine.status();
    expect(status).toMatchObject({ prompt: null, waitingFor: 'presenting', next: { kind: 'micro' } });
    expect(trayView(status, h.clock.now()).tooltip).toBe('Micro-pause waiting until your presentation ends');
    h.clock.advanceBy(7 * MIN);
    h.setBusy([]);
    expect(h.calls).toEqual(['show micro at 27 min']);
    expect(h.engine.status().waitingFor).toBeNull();
  });

  it('never puts a break off for ever: shown once the cap is reached, however busy', () => {
    const h = harness();
    h.setBusy(['do-not-disturb']);
    h.clock.advanceBy(20 * MIN);
    expect(h.engine.status().waitingFor).toBe('do-not-disturb');
    h.clock.advanceBy(POSTPONE_LIMITS.maxMinutes * MIN - MIN);
    expect(h.calls).toEqual([]);
    h.clock.advanceBy(MIN);
    expect(h.calls).toEqual([`show micro at ${20 + POSTPONE_LIMITS.maxMinutes} min`]);
    expect(trayView(h.engine.status(), h.clock.now()).tooltip).toBe('Micro-pause now');
  });

  it('wakes only once per step while holding (no busy loop on a due prompt)', () => {
    const h = harness();
    h.setBusy(['fullscreen']);
    h.clock.advanceBy(20 * MIN);
    const before = h.engine.stats().wakeups;
    h.clock.advanceBy(POSTPONE_LIMITS.stepMinutes * MIN * 3);
    // Three looks at the busy state, plus the idle looks every 30 s meanwhile.
    expect(h.engine.stats().wakeups - before).toBeLessThanOrEqual(3 + (POSTPONE_LIMITS.stepMinutes * 3 * 60) / 30);
    expect(h.engine.status().waitingFor).toBe('fullscreen');
  });

  it('a behaviour turned off in the settings does not hold the prompt', () => {
    const h = harness({ breaks: { waitWhile: { doNotDisturb: false, fullscreen: true, presenting: true } } });
    h.setBusy(['do-not-disturb']);
    h.clock.advanceBy(20 * MIN);
    expect(h.calls).toEqual(['preBreak micro', 'show micro at 20 min']);
    expect(h.engine.status().waitingFor).toBeNull();
  });

  it('being busy does nothing while no prompt is due, and the next one counts from the end', () => {
    const h = harness();
    h.setBusy(['presenting']);
    h.clock.advanceBy(10 * MIN);
    h.setBusy([]);
    expect(h.engine.status()).toMatchObject({ waitingFor: null, next: { at: '2026-11-23T09:20:00+01:00' } });
    h.clock.advanceBy(10 * MIN);
    expect(h.calls).toEqual(['preBreak micro', 'show micro at 20 min']);
  });
});
