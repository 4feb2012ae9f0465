/**
 * Owns Electron's powerMonitor for the break engine: the IdleSource port
 * (getSystemIdleTime), whether those readings can be trusted (decided in
 * idle-detection.ts), and forwarding lock/unlock/suspend/resume as engine
 * system events. Use only after app 'ready'.
 */
import { powerMonitor } from 'electron';
import type { Clock, IdleSource, SystemEvent } from '../../core/ports';
import { createIdleDetector, lockTransition, type IdleDetection } from './idle-detection';

/** How often a Wayland session is sampled until a non-zero reading proves idle time works. */
const IDLE_PROBE_MS = 60_000;
/** How often Linux is asked whether the screen is locked (it sends no lock events). */
const LOCK_PROBE_MS = 15_000;

export interface ElectronIdleSource extends IdleSource {
  detection(): IdleDetection;
  stop(): void;
}

export interface IdleSourceOptions {
  clock: Clock;
  wayland: boolean;
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
  // as well, so the decision does not wait on the engine's schedule.
  const probe = (): void => {
    cancelProbe = null;
    read();
    if (!detector.settled()) cancelProbe = clock.setTimer(IDLE_PROBE_MS, probe);
  };
  if (!detector.settled()) cancelProbe = clock.setTimer(IDLE_PROBE_MS, probe);

  return {
    idleSeconds: read,
    detection: () => last,
    stop() {
      cancelProbe?.();
      cancelProbe = null;
    },
  };
}

export interface SystemEventOptions {
  clock: Clock;
  /** process.platform */
  platform: string;
}

/**
 * Sends powerMonitor's lock-screen, unlock-screen, suspend and resume to the
 * engine. lock-screen/unlock-screen exist on macOS and Windows only
 * (electron.d.ts: "@platform darwin,win32"), so on Linux the lock state is
 * polled through getSystemIdleState() instead. Returns a function that stops it all.
 */
export function wireSystemEvents(send: (event: SystemEvent) => void, options: SystemEventOptions): () => void {
  const onLock = () => send('lock');
  const onUnlock = () => send('unlock');
  const onSuspend = () => send('suspend');
  const onResume = () => send('resume');
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('resume', onResume);

  let cancelLockProbe: (() => void) | null = null;
  if (options.platform === 'linux') {
    let locked: boolean | null = null;
    const probe = (): void => {
      // The threshold only matters for 'idle' vs 'active'; we only look for 'locked'.
      const step = lockTransition(locked, powerMonitor.getSystemIdleState(60));
      locked = step.locked;
      if (step.event) send(step.event);
      cancelLockProbe = options.clock.setTimer(LOCK_PROBE_MS, probe);
    };
    probe();
  } else {
    powerMonitor.on('lock-screen', onLock);
    powerMonitor.on('unlock-screen', onUnlock);
  }

  return () => {
    powerMonitor.off('suspend', onSuspend);
    powerMonitor.off('resume', onResume);
    powerMonitor.off('lock-screen', onLock);
    powerMonitor.off('unlock-screen', onUnlock);
    cancelLockProbe?.();
    cancelLockProbe = null;
  };
}
