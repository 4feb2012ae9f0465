import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMER_DELAY_MS, createSystemClock } from '../../../main/adapters/node/system-clock';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  vi.setSystemTime(Date.parse('2026-11-23T09:00:00+01:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createSystemClock', () => {
  it('reads wall time from Date.now and monotonic time from performance.now', () => {
    const clock = createSystemClock();
    expect(clock.now()).toBe(Date.parse('2026-11-23T09:00:00+01:00'));
    const before = clock.monotonic();
    vi.advanceTimersByTime(1_500);
    expect(clock.monotonic() - before).toBe(1_500);
    expect(clock.now()).toBe(Date.parse('2026-11-23T09:00:01.500+01:00'));
  });

  it('fires a timer once after its delay, and never after cancel', () => {
    const clock = createSystemClock();
    const fired = vi.fn();
    const cancelled = vi.fn();
    clock.setTimer(1_000, fired);
    const cancel = clock.setTimer(1_000, cancelled);
    cancel();
    vi.advanceTimersByTime(999);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(fired).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
    cancel(); // cancelling twice is harmless
  });

  it('treats a negative delay as now', () => {
    const fired = vi.fn();
    createSystemClock().setTimer(-50, fired);
    vi.advanceTimersByTime(0);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('waits longer than setTimeout can in one go, instead of firing at once', () => {
    const clock = createSystemClock();
    const fired = vi.fn();
    const cancel = clock.setTimer(MAX_TIMER_DELAY_MS + 60_000, fired);
    vi.advanceTimersByTime(MAX_TIMER_DELAY_MS);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(fired).toHaveBeenCalledTimes(1);
    cancel();
  });

  it('can cancel a long wait between its hops', () => {
    const fired = vi.fn();
    const cancel = createSystemClock().setTimer(MAX_TIMER_DELAY_MS + 60_000, fired);
    vi.advanceTimersByTime(MAX_TIMER_DELAY_MS + 1);
    cancel();
    vi.advanceTimersByTime(120_000);
    expect(fired).not.toHaveBeenCalled();
  });
});
