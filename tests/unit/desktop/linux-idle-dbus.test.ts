/**
 * Issue 13 #8 for real: a private dbus-daemon with fake GNOME Mutter, logind and
 * screensaver services on it, the app's own D-Bus connection and Linux sources,
 * and the real planner on a fake clock. Idle, active, lock and unlock must reach
 * the planner as events (no looks of its own while the desktop watches), and
 * powerMonitor must take over when the desktop's services go away.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../common/domain/settings';
import { createBreakEngine, type EngineEvent } from '../../../main/core/break-engine';
import type { SystemEvent } from '../../../main/core/ports';
import { FakeClock } from '../../../main/adapters/fake/fake-clock';
import { createClockScheduler } from '../../../main/adapters/fake/clock-scheduler';
import { connectDesktopBus, sessionBusAddress, systemBusAddress } from '../../../main/adapters/node/dbus-connection';
import {
  LOGIND,
  MUTTER_IDLE,
  createDesktopIdleSource,
  startLinuxDesktop,
  type FallbackIdleSource,
} from '../../../main/adapters/node/linux-idle';
import {
  Variant,
  eventually,
  privateBusUnavailable,
  serveFake,
  startPrivateBus,
  type FakeService,
  type PrivateBus,
} from './private-dbus';

const MIN = 60_000;
const SESSION_PATH = '/org/freedesktop/login1/session/_31';
const unavailable = privateBusUnavailable();
if (unavailable) console.warn(`Skipping the D-Bus tests: ${unavailable}`);

/** A fake Mutter: counts its watches and fires them when the test says input stopped or came back. */
async function fakeMutter(address: string) {
  let nextId = 1;
  const idleWatches = new Map<number, number>();
  const activeWatches = new Set<number>();
  let idleMs = 0;
  let calls = 0;
  const core = `${MUTTER_IDLE.path} ${MUTTER_IDLE.interface}`;
  const service = await serveFake(address, MUTTER_IDLE.destination, {
    [`${core}.GetIdletime`]: () => (calls++, ['t', [BigInt(idleMs)]]),
    [`${core}.AddIdleWatch`]: ([interval]) => {
      calls++;
      const id = nextId++;
      idleWatches.set(id, Number(interval));
      return ['u', [id]];
    },
    [`${core}.AddUserActiveWatch`]: () => {
      calls++;
      const id = nextId++;
      activeWatches.add(id);
      return ['u', [id]];
    },
    [`${core}.RemoveWatch`]: ([id]) => {
      calls++;
      idleWatches.delete(Number(id));
      activeWatches.delete(Number(id));
      return undefined;
    },
  });
  const fire = (id: number) => service.signal(MUTTER_IDLE.path, MUTTER_IDLE.interface, 'WatchFired', 'u', [id]);
  return {
    service,
    idleWatches,
    activeWatches,
    calls: () => calls,
    setIdleMs: (ms: number) => (idleMs = ms),
    /** Input has stopped for `ms`: every idle watch of that interval fires. */
    inputStoppedFor(ms: number) {
      for (const [id, interval] of idleWatches) if (interval <= ms) fire(id);
    },
    /** Input again: the user-active watches fire once and are gone. */
    input() {
      for (const id of [...activeWatches]) {
        activeWatches.delete(id);
        fire(id);
      }
    },
  };
}

async function fakeLogind(address: string) {
  let locked = false;
  const service = await serveFake(address, LOGIND.destination, {
    [`${LOGIND.path} ${LOGIND.manager}.GetSessionByPID`]: () => ['o', [SESSION_PATH]],
    [`${SESSION_PATH} org.freedesktop.DBus.Properties.Get`]: ([iface, name]) => {
      if (iface !== LOGIND.session || name !== 'LockedHint') throw ['org.freedesktop.DBus.Error.UnknownProperty', ''];
      return ['v', [new Variant('b', locked)]];
    },
  });
  return {
    service,
    setLocked(value: boolean) {
      locked = value;
      service.signal(SESSION_PATH, 'org.freedesktop.DBus.Properties', 'PropertiesChanged', 'sa{sv}as', [
        LOGIND.session,
        { LockedHint: new Variant('b', value) },
        [],
      ]);
    },
  };
}

function fallbackSource(): FallbackIdleSource & { reads: number; stops: number } {
  const source = {
    reads: 0,
    stops: 0,
    // Wayland without the desktop's help: Electron reads 0 for ever.
    idleSeconds: () => (source.reads++, 0),
    lockedNow: () => false,
    detection: () => 'ok' as const,
    stop: () => void source.stops++,
  };
  return source;
}

describe.skipIf(unavailable !== null)('Linux idle and lock over a private D-Bus', () => {
  let bus: PrivateBus;
  const services: FakeService[] = [];
  const stops: (() => void)[] = [];

  beforeAll(async () => {
    bus = await startPrivateBus();
  });
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    for (const service of services.splice(0)) service.close();
  });
  afterAll(async () => {
    await bus?.stop();
  });

  async function app(settings: Settings = DEFAULT_SETTINGS) {
    const clock = new FakeClock(Date.parse('2026-11-23T09:00:00+01:00'));
    const events: EngineEvent[] = [];
    const systemEvents: SystemEvent[] = [];
    const fallback = fallbackSource();
    let engine: ReturnType<typeof createBreakEngine> | null = null;
    const idle = createDesktopIdleSource({
      fallback,
      clock,
      sendSystemEvent: (event) => {
        systemEvents.push(event);
        engine?.systemEvent(event);
      },
      onDetectionChange: () => engine?.replan(),
    });
    engine = createBreakEngine({
      clock,
      idle,
      scheduler: createClockScheduler(clock),
      notifier: { preBreak: () => undefined, showPrompt: () => undefined, closePrompt: () => undefined },
      recorder: { record: () => undefined, today: () => ({ taken: 0, natural: 0, skipped: 0, snoozed: 0 }) },
      settings: { get: () => settings, onChange: () => () => undefined },
      timeZone: () => 'Europe/Berlin',
      onEvent: (event) => events.push(event),
    });
    engine.start();
    const desktop = startLinuxDesktop({
      source: idle,
      clock,
      connect: connectDesktopBus,
      sessionAddress: bus.address,
      // One private bus plays both: logind is on the system bus in a real session.
      systemAddress: bus.address,
      lookup: { pid: process.pid },
      log: () => undefined,
    });
    stops.push(
      () => engine.stop(),
      () => desktop.stop(),
      () => idle.stop(),
    );
    const found = await desktop.ready;
    /** Lets the fake clock's zero-delay timers (the source's hand-overs) run. */
    const settle = () => clock.advanceBy(0);
    return { clock, engine, idle, fallback, events, systemEvents, found, settle };
  }

  it('with GNOME Mutter: the planner asks for pauses of the micro-pause length and arms no idle looks', async () => {
    const mutter = await fakeMutter(bus.address);
    services.push(mutter.service);
    const a = await app();
    expect(a.found.input).toBe(MUTTER_IDLE.destination);
    await eventually(() => mutter.idleWatches.size === 1, 'the idle watch');
    expect([...mutter.idleWatches.values()]).toEqual([DEFAULT_SETTINGS.breaks.micro.durationSeconds * 1000]);
    a.settle();
    // The next wake-up is the micro-pause's heads-up (20 min less 10 s), not a look 30 s from now.
    expect(a.clock.nextTimerAt()).toBe(20 * MIN - 10_000);
    expect(a.idle.sources().input).toBe(MUTTER_IDLE.destination);
    // Eighteen minutes at work: not one look at idle time, and no D-Bus traffic after the set-up.
    const callsBefore = mutter.calls();
    const wakeups = a.engine.stats().wakeups;
    a.clock.advanceBy(18 * MIN);
    expect(a.engine.stats().wakeups).toBe(wakeups);
    expect(mutter.calls()).toBe(callsBefore);
    expect(a.fallback.stops).toBeGreaterThan(0);
  });

  it('idle and active from Mutter reach the planner: a six-minute pause is a natural stretch break and a reset', async () => {
    const mutter = await fakeMutter(bus.address);
    services.push(mutter.service);
    const a = await app();
    await eventually(() => mutter.idleWatches.size === 1, 'the idle watch');
    a.settle();
    const wakeups = a.engine.stats().wakeups;
    a.clock.advanceBy(5 * MIN);
    // Input stops at 09:05; Mutter says so 30 s later.
    a.clock.advanceBy(30_000);
    mutter.inputStoppedFor(30_000);
    await eventually(() => mutter.activeWatches.size === 1, 'the user-active watch');
    await eventually(() => a.engine.stats().wakeups === wakeups + 1, 'the planner to wake for the pause');
    expect(a.idle.idleSeconds()).toBe(30);
    a.clock.advanceBy(6 * MIN);
    mutter.input();
    await eventually(() => a.events.some((e) => e.type === 'natural'), 'the natural break');
    expect(a.events.map((e) => e.type)).toEqual(['natural', 'reset']);
    expect(a.events[0]).toMatchObject({ kind: 'stretch', at: Date.parse('2026-11-23T09:11:30+01:00') });
    expect(a.idle.idleSeconds()).toBe(0);
  });

  it('a pause shorter than the micro-pause never reaches the planner (it is activity)', async () => {
    const mutter = await fakeMutter(bus.address);
    services.push(mutter.service);
    const a = await app();
    await eventually(() => mutter.idleWatches.size === 1, 'the idle watch');
    a.settle();
    const wakeups = a.engine.stats().wakeups;
    a.clock.advanceBy(10 * MIN);
    mutter.inputStoppedFor(20_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(a.engine.stats().wakeups).toBe(wakeups);
    expect(a.engine.status().next).toEqual({ kind: 'micro', at: '2026-11-23T09:20:00+01:00' });
  });

  it('lock and unlock from logind reach the planner as events; a locked screen is not polled', async () => {
    const logind = await fakeLogind(bus.address);
    services.push(logind.service);
    const a = await app();
    expect(a.found.lock).toContain('logind');
    expect(a.idle.lockEvents?.()).toBe(true);
    a.clock.advanceBy(10 * MIN);
    logind.setLocked(true);
    await eventually(() => a.systemEvents.length === 1, 'the lock');
    expect(a.systemEvents).toEqual(['lock']);
    expect(a.engine.status().next).toBeNull();
    // Locked for 20 minutes: the planner has nothing to look for until the unlock arrives.
    const wakeups = a.engine.stats().wakeups;
    a.clock.advanceBy(20 * MIN);
    expect(a.engine.stats().wakeups).toBe(wakeups);
    logind.setLocked(false);
    await eventually(() => a.systemEvents.length === 2, 'the unlock');
    expect(a.systemEvents).toEqual(['lock', 'unlock']);
    // Twenty minutes away: every timer starts again, with the grace after coming back.
    expect(a.events.map((e) => e.type)).toContain('reset');
    expect(a.engine.status().next).toEqual({ kind: 'micro', at: '2026-11-23T09:50:00+01:00' });
  });

  it('the screensaver’s ActiveChanged is a lock source where logind is absent (KDE and others)', async () => {
    const saverPath = '/org/freedesktop/ScreenSaver';
    const saver = await serveFake(bus.address, 'org.freedesktop.ScreenSaver', {
      [`${saverPath} org.freedesktop.ScreenSaver.GetActive`]: () => ['b', [false]],
    });
    services.push(saver);
    const a = await app();
    expect(a.found.lock).toEqual(['org.freedesktop.ScreenSaver']);
    saver.signal(saverPath, 'org.freedesktop.ScreenSaver', 'ActiveChanged', 'b', [true]);
    await eventually(() => a.systemEvents.length === 1, 'the lock');
    saver.signal(saverPath, 'org.freedesktop.ScreenSaver', 'ActiveChanged', 'b', [true]);
    saver.signal(saverPath, 'org.freedesktop.ScreenSaver', 'ActiveChanged', 'b', [false]);
    await eventually(() => a.systemEvents.length === 2, 'the unlock');
    expect(a.systemEvents).toEqual(['lock', 'unlock']);
  });

  it('when Mutter leaves the bus, powerMonitor takes over and the planner looks again; when it is back, its watch again', async () => {
    const mutter = await fakeMutter(bus.address);
    services.push(mutter.service);
    const a = await app();
    await eventually(() => mutter.idleWatches.size === 1, 'the idle watch');
    await mutter.service.release();
    await eventually(() => a.idle.sources().input === 'powerMonitor', 'the fall-back');
    a.settle();
    // Looks of its own again: the earliest a pause could reach 30 s.
    expect(a.clock.nextTimerAt()).toBe(30_000);
    const again = await fakeMutter(bus.address);
    services.push(again.service);
    await eventually(() => again.idleWatches.size === 1, 'the new Mutter’s watch');
    expect(a.idle.sources().input).toBe(MUTTER_IDLE.destination);
  });

  it('with nothing on the bus, powerMonitor stays in charge of both', async () => {
    const a = await app();
    expect(a.found).toEqual({ input: null, lock: [], attention: [] });
    expect(a.idle.sources()).toEqual({ input: 'powerMonitor', lock: 'powerMonitor' });
    expect(a.idle.lockEvents?.()).toBe(false);
  });

  it('with every break kind off the desktop is asked to watch nothing', async () => {
    const mutter = await fakeMutter(bus.address);
    services.push(mutter.service);
    const off = settingsSchema.parse({
      ...DEFAULT_SETTINGS,
      breaks: {
        ...DEFAULT_SETTINGS.breaks,
        micro: { ...DEFAULT_SETTINGS.breaks.micro, enabled: false },
        stretch: { ...DEFAULT_SETTINGS.breaks.stretch, enabled: false },
        release: { ...DEFAULT_SETTINGS.breaks.release, enabled: false },
      },
    });
    const a = await app(off);
    expect(a.found.input).toBe(MUTTER_IDLE.destination);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(mutter.idleWatches.size).toBe(0);
    expect(a.clock.nextTimerAt()).toBeNull();
  });
});

describe('finding the buses', () => {
  const none = () => false;
  it('takes the session bus from DBUS_SESSION_BUS_ADDRESS, else $XDG_RUNTIME_DIR/bus when that socket exists', () => {
    expect(sessionBusAddress({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' }, none)).toBe(
      'unix:path=/run/user/1000/bus',
    );
    expect(sessionBusAddress({ XDG_RUNTIME_DIR: '/run/user/1000' }, (f) => f === '/run/user/1000/bus')).toBe(
      'unix:path=/run/user/1000/bus',
    );
    expect(sessionBusAddress({ XDG_RUNTIME_DIR: '/run/user/1000' }, none)).toBeNull();
    expect(sessionBusAddress({}, () => true)).toBeNull();
  });

  it('takes the system bus from DBUS_SYSTEM_BUS_ADDRESS, else the standard socket when it exists', () => {
    expect(systemBusAddress({ DBUS_SYSTEM_BUS_ADDRESS: 'unix:path=/tmp/sys' }, none)).toBe('unix:path=/tmp/sys');
    expect(systemBusAddress({}, (f) => f === '/run/dbus/system_bus_socket')).toBe(
      'unix:path=/run/dbus/system_bus_socket',
    );
    expect(systemBusAddress({}, none)).toBeNull();
  });
});
