/**
 * Issue 13 #9 on Windows: what SHQueryUserNotificationState and Focus Assist answers mean
 * (pure), the AttentionSource built on a fake probe, the koffi binding against a fake koffi
 * whose prototypes real koffi parses, and the planner holding a prompt with no events at all.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../common/domain/settings';
import { POSTPONE_LIMITS } from '../../../common/domain/policy';
import { createBreakEngine } from '../../../main/core/break-engine';
import { FakeClock } from '../../../main/adapters/fake/fake-clock';
import { createClockScheduler } from '../../../main/adapters/fake/clock-scheduler';
import {
  FOCUS_ASSIST,
  QUNS,
  busyFromFocusAssist,
  busyFromNotificationState,
  windowsAttention,
  windowsBusyReasons,
  type WindowsShellProbe,
} from '../../../main/adapters/node/windows-attention';
import {
  NT_QUERY_WNF_STATE_DATA,
  SH_QUERY_USER_NOTIFICATION_STATE,
  WNF_QUIET_HOURS_PROFILE,
  loadWindowsShell,
  type KoffiLike,
} from '../../../main/adapters/node/windows-shell';

const MIN = 60_000;

describe('what Windows says, as busy reasons', () => {
  it('maps each QUERY_USER_NOTIFICATION_STATE', () => {
    expect(busyFromNotificationState(QUNS.BUSY)).toEqual(['fullscreen']);
    expect(busyFromNotificationState(QUNS.RUNNING_D3D_FULL_SCREEN)).toEqual(['fullscreen']);
    expect(busyFromNotificationState(QUNS.PRESENTATION_MODE)).toEqual(['presenting']);
    expect(busyFromNotificationState(QUNS.QUIET_TIME)).toEqual(['do-not-disturb']);
    // Locked is told by lock events; APP is also the Start menu being open; 5 is "free".
    expect(busyFromNotificationState(QUNS.NOT_PRESENT)).toEqual([]);
    expect(busyFromNotificationState(QUNS.APP)).toEqual([]);
    expect(busyFromNotificationState(QUNS.ACCEPTS_NOTIFICATIONS)).toEqual([]);
    expect(busyFromNotificationState(8)).toEqual([]);
    expect(busyFromNotificationState(null)).toEqual([]);
  });

  it('takes either restricted Focus Assist profile as Do Not Disturb', () => {
    expect(busyFromFocusAssist(FOCUS_ASSIST.PRIORITY_ONLY)).toEqual(['do-not-disturb']);
    expect(busyFromFocusAssist(FOCUS_ASSIST.ALARMS_ONLY)).toEqual(['do-not-disturb']);
    expect(busyFromFocusAssist(FOCUS_ASSIST.OFF)).toEqual([]);
    expect(busyFromFocusAssist(7)).toEqual([]);
    expect(busyFromFocusAssist(null)).toEqual([]);
  });

  it('joins both, once each, in the port order', () => {
    expect(windowsBusyReasons(QUNS.PRESENTATION_MODE, FOCUS_ASSIST.ALARMS_ONLY)).toEqual([
      'do-not-disturb',
      'presenting',
    ]);
    expect(windowsBusyReasons(QUNS.QUIET_TIME, FOCUS_ASSIST.PRIORITY_ONLY)).toEqual(['do-not-disturb']);
    expect(windowsBusyReasons(QUNS.ACCEPTS_NOTIFICATIONS, FOCUS_ASSIST.OFF)).toEqual([]);
  });
});

/** A probe whose answers the test sets, counting how often it is asked. */
function fakeProbe(state: number | null = QUNS.ACCEPTS_NOTIFICATIONS, profile: number | null = FOCUS_ASSIST.OFF) {
  const probe = {
    state,
    profile,
    asked: 0,
    notificationState: () => {
      probe.asked++;
      return probe.state;
    },
    focusAssist: () => probe.profile,
  };
  return probe satisfies WindowsShellProbe;
}

describe('the Windows AttentionSource', () => {
  it('asks the shell each time and says which reads answered', () => {
    const probe = fakeProbe();
    const watcher = windowsAttention(probe);
    expect(watcher).toMatchObject({ support: 'supported', sources: ['shell-notification-state', 'focus-assist'] });
    expect(watcher.busyNow()).toEqual([]);
    probe.state = QUNS.RUNNING_D3D_FULL_SCREEN;
    expect(watcher.busyNow()).toEqual(['fullscreen']);
    probe.state = QUNS.ACCEPTS_NOTIFICATIONS;
    probe.profile = FOCUS_ASSIST.PRIORITY_ONLY;
    expect(watcher.busyNow()).toEqual(['do-not-disturb']);
  });

  it('without Focus Assist still reads full screen and presenting', () => {
    const probe = fakeProbe(QUNS.PRESENTATION_MODE, null);
    const watcher = windowsAttention(probe);
    expect(watcher.sources).toEqual(['shell-notification-state']);
    expect(watcher.busyNow()).toEqual(['presenting']);
  });

  it('is unsupported, and never busy, when nothing could be bound or nothing answers', () => {
    expect(windowsAttention(null)).toMatchObject({ support: 'unsupported', sources: [] });
    const silent = windowsAttention(fakeProbe(null, null));
    expect(silent.support).toBe('unsupported');
    expect(silent.busyNow()).toEqual([]);
  });
});

// Real koffi parses the prototypes (it runs on this machine; only the DLLs are Windows').
const realKoffi = createRequire(import.meta.url)('koffi') as { proto(definition: string): unknown };
// koffi registers a prototype's name as a type, so each is parsed once.
const parsed = new Set<string>();
const parse = (definition: string) => {
  if (!parsed.has(definition)) realKoffi.proto(definition);
  parsed.add(definition);
};

/** A koffi stand-in: load() gives libraries whose functions are the test's, after real koffi parsed their prototype. */
function fakeKoffi(impl: Record<string, (...args: unknown[]) => unknown>, missing: string[] = []) {
  const loaded: string[] = [];
  const koffi: KoffiLike = {
    load(dll) {
      if (missing.includes(dll)) throw new Error(`${dll}: cannot open shared object file`);
      loaded.push(dll);
      return {
        func(definition) {
          parse(definition);
          const name = /(\w+)\(/.exec(definition)![1]!;
          const fn = impl[name];
          if (!fn) throw new Error(`Cannot find function '${name}' in shared library`);
          return fn;
        },
      };
    },
  };
  return { koffi, loaded };
}

describe('the koffi binding (windows-shell.ts)', () => {
  it('its prototypes are ones koffi accepts', () => {
    expect(() => parse(SH_QUERY_USER_NOTIFICATION_STATE)).not.toThrow();
    expect(() => parse(NT_QUERY_WNF_STATE_DATA)).not.toThrow();
  });

  it('reads the notification state and the Focus Assist profile through out-parameters', () => {
    let wnfArgs: unknown[] = [];
    const { koffi, loaded } = fakeKoffi({
      SHQueryUserNotificationState: (out) => {
        (out as number[])[0] = QUNS.PRESENTATION_MODE;
        return 0;
      },
      NtQueryWnfStateData: (...args) => {
        wnfArgs = args;
        (args[4] as number[])[0] = FOCUS_ASSIST.ALARMS_ONLY;
        (args[5] as number[])[0] = 4;
        return 0;
      },
    });
    const probe = loadWindowsShell({ loadKoffi: () => koffi })!;
    expect(loaded).toEqual(['shell32.dll', 'ntdll.dll']);
    expect(probe.notificationState()).toBe(QUNS.PRESENTATION_MODE);
    expect(probe.focusAssist()).toBe(FOCUS_ASSIST.ALARMS_ONLY);
    // The state name goes in as its two 32-bit halves; the buffer size as 4 bytes.
    expect(Array.from(wnfArgs[0] as Uint32Array)).toEqual([...WNF_QUIET_HOURS_PROFILE]);
    expect(wnfArgs[1]).toBeNull();
    expect(wnfArgs[2]).toBeNull();
    expect(windowsAttention(probe).busyNow()).toEqual(['do-not-disturb', 'presenting']);
  });

  it('a failed call (negative HRESULT or NTSTATUS, a throw, a short read) is null, not a guess', () => {
    const { koffi } = fakeKoffi({
      SHQueryUserNotificationState: () => -2147467259, // E_FAIL
      NtQueryWnfStateData: (...args) => {
        (args[5] as number[])[0] = 0;
        return 0;
      },
    });
    const probe = loadWindowsShell({ loadKoffi: () => koffi })!;
    expect(probe.notificationState()).toBeNull();
    expect(probe.focusAssist()).toBeNull();
    const throwing = fakeKoffi({
      SHQueryUserNotificationState: () => {
        throw new Error('access violation');
      },
      NtQueryWnfStateData: () => -1073741772, // STATUS_OBJECT_NAME_NOT_FOUND
    });
    const probe2 = loadWindowsShell({ loadKoffi: () => throwing.koffi })!;
    expect(probe2.notificationState()).toBeNull();
    expect(probe2.focusAssist()).toBeNull();
    expect(windowsAttention(probe2).support).toBe('unsupported');
  });

  it('fails soft: koffi that will not load, or no DLL, gives no probe and a line in the log', () => {
    const log: string[] = [];
    expect(
      loadWindowsShell({
        loadKoffi: () => {
          throw new Error('koffi.node: invalid ELF header');
        },
        log: (m) => log.push(m),
      }),
    ).toBeNull();
    expect(log[0]).toMatch(/koffi did not load.*invalid ELF header/);
    const none = fakeKoffi({}, ['shell32.dll', 'ntdll.dll']);
    expect(loadWindowsShell({ loadKoffi: () => none.koffi, log: (m) => log.push(m) })).toBeNull();
    // One DLL is enough for what it tells.
    const shellOnly = fakeKoffi(
      {
        SHQueryUserNotificationState: (out) => {
          (out as number[])[0] = QUNS.BUSY;
          return 0;
        },
      },
      ['ntdll.dll'],
    );
    const probe = loadWindowsShell({ loadKoffi: () => shellOnly.koffi })!;
    expect(windowsAttention(probe)).toMatchObject({ support: 'supported', sources: ['shell-notification-state'] });
    expect(probe.focusAssist()).toBeNull();
  });

  it('on this (non-Windows) machine the real koffi loads but finds no shell32: no probe, nothing thrown', () => {
    const log: string[] = [];
    expect(loadWindowsShell({ log: (m) => log.push(m) })).toBeNull();
    expect(log.join('\n')).toMatch(/shell32\.dll/);
  });
});

describe('the planner with a source that sends no events (Windows, macOS)', () => {
  function harness(probe: WindowsShellProbe) {
    const clock = new FakeClock(Date.parse('2026-11-23T09:00:00+01:00'));
    const settings = settingsSchema.parse(DEFAULT_SETTINGS);
    const shown: number[] = [];
    const engine = createBreakEngine({
      clock,
      idle: { idleSeconds: () => 0 },
      scheduler: createClockScheduler(clock),
      notifier: {
        preBreak: () => undefined,
        showPrompt: () => shown.push(clock.now()),
        closePrompt: () => undefined,
      },
      recorder: { record: () => undefined, today: () => ({ taken: 0, natural: 0, skipped: 0, snoozed: 0 }) },
      settings: { get: () => settings, onChange: () => () => undefined },
      timeZone: () => 'Europe/Berlin',
      attention: windowsAttention(probe),
    });
    engine.start();
    return { clock, engine, shown };
  }

  it('holds a prompt over slides and shows it at the planner’s next look after they end, asking only when due', () => {
    const probe = fakeProbe(QUNS.PRESENTATION_MODE);
    const h = harness(probe);
    h.clock.advanceBy(19 * MIN);
    // Before anything is due the shell is not asked (the heads-up look aside).
    expect(probe.asked).toBeLessThanOrEqual(1);
    h.clock.advanceBy(MIN);
    expect(h.shown).toEqual([]);
    expect(h.engine.status().waitingFor).toBe('presenting');
    const asked = probe.asked;
    const wakeups = h.engine.stats().wakeups;
    h.clock.advanceBy(2 * MIN);
    expect(h.shown).toEqual([]);
    probe.state = QUNS.ACCEPTS_NOTIFICATIONS;
    // No event: the planner sees it at its next look of its own (the idle look, every 30 s while input goes on).
    h.clock.advanceBy(30_000);
    expect(h.shown).toHaveLength(1);
    expect(h.engine.status().waitingFor).toBeNull();
    // The shell was asked in looks the planner took anyway: no wake-up was added for it.
    expect(probe.asked - asked).toBeLessThanOrEqual(h.engine.stats().wakeups - wakeups);
  });

  it('a source that never answers "free" still lets the prompt through at the cap', () => {
    const h = harness(fakeProbe(QUNS.BUSY));
    h.clock.advanceBy((20 + POSTPONE_LIMITS.maxMinutes) * MIN);
    expect(h.shown).toHaveLength(1);
  });
});
