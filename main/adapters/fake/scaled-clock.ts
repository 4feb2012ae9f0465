/**
 * Owns running a Clock faster than real time (the web preview's --clock-speed,
 * for end-to-end tests of timers): wall and monotonic time both advance `speed`
 * times as fast from the moment of scaling, and timers fire that much sooner.
 */
import type { Clock } from '../../core/ports';

export function scaleClock(base: Clock, speed: number): Clock {
  if (!(speed >= 1)) throw new RangeError('clock speed must be at least 1');
  if (speed === 1) return base;
  const wall0 = base.now();
  const mono0 = base.monotonic();
  return {
    now: () => wall0 + (base.now() - wall0) * speed,
    monotonic: () => mono0 + (base.monotonic() - mono0) * speed,
    setTimer: (delayMs, fn) => base.setTimer(delayMs / speed, fn),
  };
}
