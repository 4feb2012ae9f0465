/**
 * Owns deciding whether the system's idle time can be trusted, and what to
 * tell the person when it cannot. Pure (no electron): the power-monitor
 * adapter feeds it readings and the session facts.
 *
 * Electron on Linux under Wayland gets idle time only from compositors that
 * offer an idle protocol; elsewhere getSystemIdleTime() reads 0 forever. A
 * Wayland session alone is therefore not enough to give up: idle detection is
 * 'unavailable' only when, in a Wayland session, every reading over several
 * minutes was exactly 0. A person at work leaves the keyboard alone for a
 * second often enough that a real sensor never reads 0 ten times in a row
 * spread over ten minutes. One non-zero reading proves the sensor works.
 */
import type { Notice } from '../../../common/ipc/contract';

export type IdleDetection = 'ok' | 'unavailable';

export interface SessionFacts {
  /** process.platform */
  platform: string;
  env: { XDG_SESSION_TYPE?: string | undefined; WAYLAND_DISPLAY?: string | undefined };
}

export function isWaylandSession({ platform, env }: SessionFacts): boolean {
  if (platform !== 'linux') return false;
  const type = env.XDG_SESSION_TYPE?.trim().toLowerCase();
  if (type === 'wayland') return true;
  // An explicit X11 session wins over a stray WAYLAND_DISPLAY (nested compositors).
  if (type === 'x11') return false;
  return Boolean(env.WAYLAND_DISPLAY?.trim());
}

export interface IdleDetectorOptions {
  /** Zero readings needed before giving up. */
  minZeroReadings: number;
  /** …and the monotonic time they must span. */
  minZeroSpanMs: number;
}

export const DEFAULT_IDLE_DETECTOR_OPTIONS: IdleDetectorOptions = {
  minZeroReadings: 10,
  minZeroSpanMs: 10 * 60_000,
};

export interface IdleDetector {
  /** Records one reading (seconds idle, at a monotonic ms) and returns the decision after it. */
  record(idleSeconds: number, atMonotonicMs: number): IdleDetection;
  decision(): IdleDetection;
  /** True once nothing more can change the decision, so probing can stop. */
  settled(): boolean;
}

export function createIdleDetector(
  session: { wayland: boolean },
  options: IdleDetectorOptions = DEFAULT_IDLE_DETECTOR_OPTIONS,
): IdleDetector {
  let sawNonZero = false;
  let zeroCount = 0;
  let firstZeroAt: number | null = null;
  let lastZeroAt: number | null = null;

  const decision = (): IdleDetection => {
    if (!session.wayland || sawNonZero) return 'ok';
    if (firstZeroAt === null || lastZeroAt === null) return 'ok';
    return zeroCount >= options.minZeroReadings && lastZeroAt - firstZeroAt >= options.minZeroSpanMs
      ? 'unavailable'
      : 'ok';
  };

  return {
    record(idleSeconds, atMonotonicMs) {
      if (!Number.isFinite(idleSeconds) || idleSeconds < 0) return decision();
      if (idleSeconds > 0) {
        sawNonZero = true;
      } else if (!sawNonZero) {
        zeroCount += 1;
        firstZeroAt ??= atMonotonicMs;
        lastZeroAt = atMonotonicMs;
      }
      return decision();
    },
    decision,
    settled: () => !session.wayland || sawNonZero,
  };
}

/** powerMonitor.getSystemIdleState()'s answers. */
export type SystemIdleState = 'active' | 'idle' | 'locked' | 'unknown';

/**
 * Linux reports no lock-screen/unlock-screen events, but getSystemIdleState()
 * says 'locked' (Chromium asks the desktop's ScreenSaver service over D-Bus).
 * What that reading says about the lock, for the planner's IdleSource.lockedNow:
 * 'unknown' tells nothing (null), so it changes nothing.
 */
export function lockedFromIdleState(state: SystemIdleState): boolean | null {
  return state === 'unknown' ? null : state === 'locked';
}

export const IDLE_UNAVAILABLE_NOTICE_ID = 'idle-detection-unavailable';

/** What the person reads when natural breaks cannot be seen (a Notice in the app, level info). */
export function idleUnavailableNotice(): Notice {
  return {
    id: IDLE_UNAVAILABLE_NOTICE_ID,
    level: 'info',
    title: 'Unknot can’t see when you step away',
    message:
      'Your desktop session (Wayland) doesn’t tell apps how long it has been since you last used the keyboard ' +
      'or mouse, so natural breaks, like walking away for a coffee, go unnoticed. Until that changes, breaks ' +
      'are timed by the clock while your session is unlocked. Locking the screen and putting the computer to ' +
      'sleep still count as breaks. To have natural breaks noticed, choose an “Xorg” or “X11” session on the ' +
      'login screen, or lock your screen when you step away.',
  };
}
