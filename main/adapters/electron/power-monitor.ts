/**
 * Owns Electron's powerMonitor for the break engine: the IdleSource port
 * (getSystemIdleTime, and on Linux the lock state from getSystemIdleState),
 * whether idle readings can be trusted (decided in idle-detection.ts), and
 * forwarding lock/unlock/suspend/resume events as engine system events.
 * Use only after app 'ready'.
 *
 * Nothing here polls on a timer of its own once idle detection is decided: the
 * Linux lock state is read by the planner at its own wake-ups (IdleSource.lockedNow),
 * so it costs no wake-up while the screen is unlocked and none at all while every
 * break kind is off (issue 13 #7).
 */
import { powerMonitor } from 'electron';
import type { Clock, IdleSource, SystemEvent } from '../../core/ports';
import { createIdleDetector, lockedFromIdleState, type IdleDetection } from './idle-detection';

/** How often a Wayland session is sampled until its idle readings are decided on. */
const IDLE_PROBE_MS = 60_000;
/**
 * getSystemIdleState's threshold only splits 'idle' from 'active'; we only look
 * for 'locked', so any value does.
 */
const IDLE_STATE_THRESHOLD_S = 60;

export interface ElectronIdleSource extends IdleSource {
  detection(): IdleDetection;
  stop(): void;
}

export interface IdleSourceOptions {
  clock: Clock;
  wayland: boolean;
  /** process.platform: Linux sends no lock events, so only there is the lock state read. */
  platform: string;
  onDetectionChange(detection: IdleDetection): void;
}

export function createElectronIdleSource(options: IdleSourceOptions): ElectronIdleSource {
  const { clock } = options;
  const detector = createIdleDetector({ wayland: options.wayland });
  let last = detector.decision();
  let cancelProbe: (() => void) | null = null;

  const read = (): number => {
    const seconds = powerMonitor.getSystemIdleTime();
    const next = detector.record(seconds, clock.monotonic());
    if (next !== last) {
      last = next;
      // Told on a fresh stack: this read may be the engine's own, and the listener may call back into it.
      clock.setTimer(0, () => options.onDetectionChange(next));
    }
    return seconds;
  };

  // The engine reads idle time only when it needs it; on Wayland sample on our own
  // as well, so the decision does not wait on the engine's schedule (with every break
  // off it reads nothing). Once the readings are decided 'unavailable' the probe stops:
  // the engine's own reads still feed the detector, so a sensor that starts working is
  // still noticed, and a broken one costs no wake-up a minute for the rest of the session.
  const probe = (): void => {
    cancelProbe = null;
    read();
    if (!detector.settled() && last !== 'unavailable') cancelProbe = clock.setTimer(IDLE_PROBE_MS, probe);
  };
  if (!detector.settled()) cancelProbe = clock.setTimer(IDLE_PROBE_MS, probe);

  const source: ElectronIdleSource = {
    idleSeconds: read,
    detection: () => last,
    stop() {
      cancelProbe?.();
      cancelProbe = null;
    },
  };
  if (options.platform === 'linux') {
    source.lockedNow = () => lockedFromIdleState(powerMonitor.getSystemIdleState(IDLE_STATE_THRESHOLD_S));
  }
  return source;
}

export interface SystemEventOptions {
  /** process.platform */
  platform: string;
}

/**
 * Sends powerMonitor's suspend and resume, and lock-screen and unlock-screen
 * where they exist (macOS and Windows: electron.d.ts "@platform darwin,win32"),
 * to the engine. Linux's lock state reaches the engine through
 * IdleSource.lockedNow instead. Returns a function that stops it all.
 */
export function wireSystemEvents(send: (event: SystemEvent) => void, options: SystemEventOptions): () => void {
  const onLock = () => send('lock');
  const onUnlock = () => send('unlock');
  const onSuspend = () => send('suspend');
  const onResume = () => send('resume');
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('resume', onResume);
  const lockEvents = options.platform !== 'linux';
  if (lockEvents) {
    powerMonitor.on('lock-screen', onLock);
    powerMonitor.on('unlock-screen', onUnlock);
  }

  return () => {
    powerMonitor.off('suspend', onSuspend);
    powerMonitor.off('resume', onResume);
    if (lockEvents) {
      powerMonitor.off('lock-screen', onLock);
      powerMonitor.off('unlock-screen', onUnlock);
    }
  };
}
