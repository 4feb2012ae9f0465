/**
 * Owns the real-time Clock port: wall time from Date.now(), monotonic time from
 * performance.now(), one-shot timers from setTimeout. Node-only (no electron),
 * so the Electron shell and the web preview share it.
 */
import type { Clock } from '../../core/ports';

/** setTimeout's delay is a signed 32-bit millisecond count; longer delays fire at once. */
export const MAX_TIMER_DELAY_MS = 2_147_483_647;

export function createSystemClock(): Clock {
  return {
    now: () => Date.now(),
    monotonic: () => performance.now(),
    setTimer(delayMs, fn) {
      // Timers are left ref'd on purpose: a pending break is a reason for the process to stay alive.
      // A longer wait is split into hops so it never overflows into an immediate call.
      let handle: ReturnType<typeof setTimeout> | null = null;
      const deadline = performance.now() + Math.max(0, delayMs);
      const arm = (): void => {
        const left = deadline - performance.now();
        if (left > MAX_TIMER_DELAY_MS) {
          handle = setTimeout(arm, MAX_TIMER_DELAY_MS);
        } else {
          handle = setTimeout(
            () => {
              handle = null;
              fn();
            },
            Math.max(0, left),
          );
        }
      };
      arm();
      return () => {
        if (handle !== null) clearTimeout(handle);
        handle = null;
      };
    },
  };
}
