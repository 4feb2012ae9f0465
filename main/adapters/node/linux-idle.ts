/**
 * Owns reading input and the screen lock from the Linux desktop over D-Bus
 * (issue 13 #8), on the DesktopBus port, so all of it runs in Node against a
 * private dbus-daemon in the tests:
 *
 * - input: GNOME's org.gnome.Mutter.IdleMonitor (X11 and Wayland alike). No
 *   polling: an idle watch fires when input has stopped for the planner's
 *   threshold, and a user-active watch (one-shot, added then) fires at the next
 *   input, so the planner is woken exactly when something changed;
 * - lock: systemd-logind's session (the LockedHint property, and its Lock and
 *   Unlock signals) on the system bus, and the screensaver's ActiveChanged
 *   signal (org.gnome.ScreenSaver, org.freedesktop.ScreenSaver for KDE and
 *   others) on the session bus; whichever speaks last is the lock state.
 *
 * createDesktopIdleSource() puts either in front of the powerMonitor source
 * (the fallback) as one IdleSource for the planner; startLinuxDesktop() finds
 * what this desktop offers and swaps sources in and out as services come and go.
 */
import type { Clock, IdleSource, SystemEvent } from '../../core/ports';
import { getProperty, watchProperty, type DesktopBus } from './desktop-bus';
import type { AttentionWatcher } from './attention';
import { watchLinuxAttention } from './linux-attention';

export const MUTTER_IDLE = {
  destination: 'org.gnome.Mutter.IdleMonitor',
  path: '/org/gnome/Mutter/IdleMonitor/Core',
  interface: 'org.gnome.Mutter.IdleMonitor',
} as const;

export const LOGIND = {
  destination: 'org.freedesktop.login1',
  path: '/org/freedesktop/login1',
  manager: 'org.freedesktop.login1.Manager',
  session: 'org.freedesktop.login1.Session',
} as const;

/** The screensavers that say when the lock screen is up, with their object paths. */
export const SCREENSAVERS = [
  { destination: 'org.gnome.ScreenSaver', path: '/org/gnome/ScreenSaver', interface: 'org.gnome.ScreenSaver' },
  {
    destination: 'org.freedesktop.ScreenSaver',
    path: '/org/freedesktop/ScreenSaver',
    interface: 'org.freedesktop.ScreenSaver',
  },
] as const;

const toNumber = (value: unknown): number | null => {
  if (typeof value === 'bigint') return Number(value);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

// --- Input: Mutter's idle monitor ------------------------------------------------

export interface InputWatcher {
  /** Which desktop service watches (for logs and the tests). */
  readonly source: string;
  /**
   * Seconds without input as far as the watches tell: exact once a pause has reached
   * the threshold; 0 before that (a pause shorter than the threshold is activity to the
   * planner anyway, so "active" is the reading that never invents a break).
   */
  idleSeconds(): number;
  /** One watch at a time (the planner's); a new one replaces the last. onChange is called asynchronously. */
  watch(thresholdMs: number, onChange: () => void): () => void;
}

/** Mutter's watches, or null when this desktop has no Mutter idle monitor. */
export async function watchMutterInput(bus: DesktopBus, clock: Clock): Promise<InputWatcher | null> {
  const call = (member: string, signature = '', body: unknown[] = []) =>
    bus.call({ ...MUTTER_IDLE, member, signature, body });
  try {
    await call('GetIdletime');
  } catch {
    return null;
  }

  interface Watch {
    thresholdMs: number;
    onChange: () => void;
    idleId: number | null;
    activeId: number | null;
    /** Wall ms the current pause began, once it reached the threshold; null while active. */
    idleSince: number | null;
    stopped: boolean;
  }
  let current: Watch | null = null;
  /** Watch ids that fired before their Add…Watch call had answered with the id. */
  const firedEarly = new Set<number>();

  const tell = (w: Watch) => queueMicrotask(() => !w.stopped && w.onChange());

  const addActiveWatch = (w: Watch) => {
    call('AddUserActiveWatch').then(
      ([id]) => {
        const activeId = toNumber(id);
        if (activeId === null) return;
        if (w.stopped) {
          call('RemoveWatch', 'u', [activeId]).catch(() => undefined);
          return;
        }
        w.activeId = activeId;
        if (firedEarly.delete(activeId)) fired(activeId);
      },
      () => undefined,
    );
  };

  const becameIdle = (w: Watch, since: number) => {
    if (w.idleSince !== null) return;
    w.idleSince = since;
    addActiveWatch(w);
    tell(w);
  };

  const fired = (id: number) => {
    const w = current;
    if (!w || w.stopped) return;
    if (id === w.idleId) {
      becameIdle(w, clock.now() - w.thresholdMs);
    } else if (id === w.activeId) {
      // The user-active watch is one-shot: Mutter has dropped it already.
      w.activeId = null;
      w.idleSince = null;
      tell(w);
    } else if (w.idleId === null || (w.idleSince !== null && w.activeId === null)) {
      firedEarly.add(id);
    }
  };

  await bus.onSignal({ sender: MUTTER_IDLE.destination, ...MUTTER_IDLE, member: 'WatchFired' }, ([id]) => {
    const watchId = toNumber(id);
    if (watchId !== null) fired(watchId);
  });

  return {
    source: MUTTER_IDLE.destination,
    idleSeconds() {
      const since = current?.idleSince ?? null;
      return since === null ? 0 : Math.max(0, clock.now() - since) / 1000;
    },
    watch(thresholdMs, onChange) {
      if (current) stop(current);
      const w: Watch = { thresholdMs, onChange, idleId: null, activeId: null, idleSince: null, stopped: false };
      current = w;
      call('AddIdleWatch', 't', [BigInt(Math.round(thresholdMs))]).then(
        async ([id]) => {
          const idleId = toNumber(id);
          if (idleId === null || w.stopped) {
            if (idleId !== null) call('RemoveWatch', 'u', [idleId]).catch(() => undefined);
            return;
          }
          w.idleId = idleId;
          if (firedEarly.delete(idleId)) fired(idleId);
          // A pause already longer than the threshold: the watch fires only at the next one.
          const [idle] = await call('GetIdletime');
          const idleMs = toNumber(idle);
          if (!w.stopped && idleMs !== null && idleMs >= thresholdMs) becameIdle(w, clock.now() - idleMs);
        },
        () => undefined,
      );
      return () => stop(w);
    },
  };

  function stop(w: Watch) {
    if (w.stopped) return;
    w.stopped = true;
    if (current === w) current = null;
    for (const id of [w.idleId, w.activeId]) if (id !== null) call('RemoveWatch', 'u', [id]).catch(() => undefined);
  }
}

// --- Lock: logind and the screensavers -----------------------------------------

export interface LockWatcher {
  /** The services that report the lock here. */
  readonly sources: readonly string[];
  locked(): boolean;
  /** Every change of the lock state (not repeats). */
  onChange(listener: (locked: boolean) => void): () => void;
  stop(): void;
}

export interface LockBuses {
  /** The session bus (the screensavers), if there is one. */
  session: DesktopBus | null;
  /** The system bus (logind), if there is one. */
  system: DesktopBus | null;
}

export interface LockLookup {
  /** XDG_SESSION_ID, when set: the logind session this process belongs to. */
  sessionId?: string | undefined;
  /** process.pid, to ask logind for our session when XDG_SESSION_ID is not set. */
  pid: number;
}

async function logindSessionPath(bus: DesktopBus, lookup: LockLookup): Promise<string> {
  const manager = { destination: LOGIND.destination, path: LOGIND.path, interface: LOGIND.manager };
  const [path] = lookup.sessionId
    ? await bus.call({ ...manager, member: 'GetSession', signature: 's', body: [lookup.sessionId] })
    : await bus.call({ ...manager, member: 'GetSessionByPID', signature: 'u', body: [lookup.pid] });
  if (typeof path !== 'string') throw new Error('logind returned no session path');
  return path;
}

/** Every lock reporter this desktop has, as one watcher; null when none answers. */
export async function watchLock(buses: LockBuses, lookup: LockLookup): Promise<LockWatcher | null> {
  const sources: string[] = [];
  const unsubscribers: (() => void)[] = [];
  const listeners = new Set<(locked: boolean) => void>();
  let state: boolean | null = null;
  const set = (locked: boolean) => {
    if (locked === state) return;
    const first = state === null;
    state = locked;
    if (!first) for (const listener of listeners) listener(locked);
  };
  let initial: boolean | null = null;

  if (buses.system) {
    const bus = buses.system;
    try {
      const path = await logindSessionPath(bus, lookup);
      const session = { destination: LOGIND.destination, path, interface: LOGIND.session };
      const hint = await getProperty(bus, session, 'LockedHint');
      if (typeof hint === 'boolean') initial = hint;
      unsubscribers.push(
        await watchProperty(bus, session, 'LockedHint', (value) => typeof value === 'boolean' && set(value)),
        await bus.onSignal({ sender: LOGIND.destination, ...session, member: 'Lock' }, () => set(true)),
        await bus.onSignal({ sender: LOGIND.destination, ...session, member: 'Unlock' }, () => set(false)),
      );
      sources.push('logind');
    } catch {
      // No logind (or not our session): the screensavers may still tell.
    }
  }
  if (buses.session) {
    const bus = buses.session;
    for (const saver of SCREENSAVERS) {
      try {
        const [active] = await bus.call({ ...saver, member: 'GetActive' });
        if (typeof active === 'boolean' && initial === null) initial = active;
        unsubscribers.push(
          await bus.onSignal({ sender: saver.destination, ...saver, member: 'ActiveChanged' }, ([value]) => {
            if (typeof value === 'boolean') set(value);
          }),
        );
        sources.push(saver.destination);
      } catch {
        // Not this desktop's screensaver.
      }
    }
  }
  if (!sources.length) {
    for (const unsubscribe of unsubscribers) unsubscribe();
    return null;
  }
  if (state === null) state = initial ?? false;
  return {
    sources,
    locked: () => state ?? false,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      listeners.clear();
      for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
    },
  };
}

// --- One IdleSource: the desktop's when it has one, powerMonitor's otherwise ------

/** The powerMonitor source (main/adapters/electron/power-monitor.ts), or a fake in tests. */
export interface FallbackIdleSource extends IdleSource {
  detection(): 'ok' | 'unavailable';
  stop(): void;
}

export interface DesktopIdleSource extends IdleSource {
  detection(): 'ok' | 'unavailable';
  /** Puts the desktop's input watcher in front (null: back to the fallback). */
  useInput(watcher: InputWatcher | null): void;
  /** Takes the lock state from the desktop's watcher (null: back to the fallback). */
  useLock(watcher: LockWatcher | null): void;
  /** The fallback's own verdict changed (its onDetectionChange): passed on when it is the one in front. */
  refreshDetection(): void;
  /** Where idle and lock come from now, for logs and the tests. */
  sources(): { input: string; lock: string };
  stop(): void;
}

export interface DesktopIdleOptions {
  fallback: FallbackIdleSource;
  clock: Clock;
  /** Lock and unlock from the desktop, for the planner (index.ts sends them as powerMonitor's are sent). */
  sendSystemEvent(event: Extract<SystemEvent, 'lock' | 'unlock'>): void;
  /** Idle detection's verdict changed (the notice about unseen breaks follows it). */
  onDetectionChange(detection: 'ok' | 'unavailable'): void;
}

export function createDesktopIdleSource(options: DesktopIdleOptions): DesktopIdleSource {
  const { fallback, clock } = options;
  let input: InputWatcher | null = null;
  let lock: LockWatcher | null = null;
  let stopLockListener: (() => void) | null = null;
  /** The planner's watch request, kept to move it to whichever source is in front. */
  let request: { thresholdMs: number; onChange: () => void; stopInner: (() => void) | null } | null = null;
  let lastDetection = fallback.detection();

  const detection = () => (input ? 'ok' : fallback.detection());
  const tellDetection = () => {
    const now = detection();
    if (now === lastDetection) return;
    lastDetection = now;
    clock.setTimer(0, () => options.onDetectionChange(now));
  };

  const source: DesktopIdleSource = {
    idleSeconds: () => (input ? input.idleSeconds() : fallback.idleSeconds()),
    lockedNow: () => (lock ? lock.locked() : (fallback.lockedNow?.() ?? null)),
    lockEvents: () => lock !== null,
    inputWatched: () => input !== null && request !== null,
    watchInput(thresholdMs, onChange) {
      const mine = { thresholdMs, onChange, stopInner: input ? input.watch(thresholdMs, onChange) : null };
      request?.stopInner?.();
      request = mine;
      return () => {
        mine.stopInner?.();
        if (request === mine) request = null;
      };
    },
    detection,
    useInput(watcher) {
      if (watcher === input) return;
      request?.stopInner?.();
      input = watcher;
      if (request) {
        request.stopInner = watcher ? watcher.watch(request.thresholdMs, request.onChange) : null;
        // The planner re-arms: no idle looks of its own now, or its looks again.
        const { onChange } = request;
        clock.setTimer(0, onChange);
      }
      // The desktop watches input: powerMonitor's Wayland probe is not needed any more.
      if (watcher) fallback.stop();
      tellDetection();
    },
    useLock(watcher) {
      if (watcher === lock) return;
      stopLockListener?.();
      stopLockListener = null;
      lock = watcher;
      if (!watcher) return;
      stopLockListener = watcher.onChange((locked) => options.sendSystemEvent(locked ? 'lock' : 'unlock'));
      // Found with the screen already locked (rare: at start-up): the planner hears of it at once.
      if (watcher.locked()) clock.setTimer(0, () => options.sendSystemEvent('lock'));
    },
    refreshDetection: tellDetection,
    sources: () => ({
      input: input?.source ?? 'powerMonitor',
      lock: lock ? lock.sources.join('+') : 'powerMonitor',
    }),
    stop() {
      request?.stopInner?.();
      request = null;
      stopLockListener?.();
      lock?.stop();
      fallback.stop();
    },
  };
  return source;
}

// --- Finding what this desktop offers ------------------------------------------------

export interface LinuxDesktopOptions {
  source: Pick<DesktopIdleSource, 'useInput' | 'useLock'>;
  clock: Clock;
  /** Connects to a bus address (dbus-connection.ts; a private bus in the tests). */
  connect(address: string): Promise<DesktopBus>;
  sessionAddress: string | null;
  systemAddress: string | null;
  lookup: LockLookup;
  /** Where Do Not Disturb and presenting go (linux-attention.ts), if anywhere. */
  attention?: { use(watcher: AttentionWatcher | null): void };
  log(message: string): void;
}

export interface LinuxDesktop {
  /** Resolves once the first look at the desktop is done (the tests wait for it). */
  ready: Promise<{ input: string | null; lock: readonly string[]; attention: readonly string[] }>;
  stop(): void;
}

/**
 * Connects to the session and system buses, puts Mutter's watches and the lock
 * reporters in front of powerMonitor, and follows Mutter coming and going (a GNOME
 * Shell restart on X11 drops every watch). A bus that closes hands its part back to
 * powerMonitor for the rest of the session. Never throws: where nothing answers,
 * powerMonitor simply stays in charge.
 */
export function startLinuxDesktop(options: LinuxDesktopOptions): LinuxDesktop {
  let stopped = false;
  const buses: DesktopBus[] = [];
  let lockWatcher: LockWatcher | null = null;
  const connect = async (address: string | null): Promise<DesktopBus | null> => {
    if (!address) return null;
    try {
      const bus = await options.connect(address);
      if (stopped) {
        bus.close();
        return null;
      }
      buses.push(bus);
      return bus;
    } catch (error) {
      options.log(`D-Bus: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };

  const ready = (async () => {
    const [session, system] = await Promise.all([connect(options.sessionAddress), connect(options.systemAddress)]);
    let input: InputWatcher | null = null;
    if (session && !stopped) {
      const findMutter = async () => {
        const watcher = await watchMutterInput(session, options.clock);
        if (!stopped) options.source.useInput(watcher);
        return watcher;
      };
      input = await findMutter();
      // Mutter restarting (or leaving) drops its watches: fall back, then take the new one.
      await session
        .onSignal(
          {
            sender: 'org.freedesktop.DBus',
            path: '/org/freedesktop/DBus',
            interface: 'org.freedesktop.DBus',
            member: 'NameOwnerChanged',
            arg0: MUTTER_IDLE.destination,
          },
          ([, , owner]) => {
            if (stopped) return;
            options.source.useInput(null);
            if (typeof owner === 'string' && owner) findMutter().catch(() => undefined);
          },
        )
        .catch(() => undefined);
      session.onClose(() => !stopped && options.source.useInput(null));
    }
    let attention: AttentionWatcher | null = null;
    if (session && options.attention && !stopped) {
      attention = await watchLinuxAttention(session);
      if (stopped) attention.stop();
      else {
        options.attention.use(attention);
        session.onClose(() => !stopped && options.attention?.use(null));
      }
    }
    if (!stopped) lockWatcher = await watchLock({ session, system }, options.lookup);
    if (!stopped && lockWatcher) {
      options.source.useLock(lockWatcher);
      const lost = () => !stopped && options.source.useLock(null);
      for (const bus of [session, system]) bus?.onClose(lost);
    }
    return { input: input?.source ?? null, lock: lockWatcher?.sources ?? [], attention: attention?.sources ?? [] };
  })();

  return {
    ready,
    stop() {
      stopped = true;
      lockWatcher?.stop();
      for (const bus of buses.splice(0)) bus.close();
    },
  };
}
