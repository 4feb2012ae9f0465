import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../common/domain/settings';
import {
  BREAK_PRESETS,
  applyBreakPreset,
  getBreakPreset,
  matchingBreakPreset,
} from '../../../common/domain/break-presets';
import { FIRST_RUN_STEPS, TASTER_MAX_SECONDS, TASTER_MIN_SECONDS, tasterFor } from '../../../common/domain/first-run';
import { recoverSettingsFile } from '../../../main/settings/recover-settings-file';
import { createSettingsStore, memoryBacking } from '../../../main/settings/settings-store';
import { openConfBacking, settingsFilePath } from '../../../main/adapters/node/conf-backing';
import { createServices, type Services } from '../../../main/services';
import type { LoginItem, NotificationCheck } from '../../../main/core/ports';
import { APP_ORIGIN } from '../../../main/security/trusted-sender';
import { appSender, fakeBreakPorts, openServices, tempDir } from '../helpers';

const NOW = Date.parse('2026-11-21T10:00:00Z');

describe('first-run marker and start at login in settings', () => {
  it('a fresh install starts with setup to do and start-at-login off', () => {
    const dir = tempDir();
    expect(recoverSettingsFile(settingsFilePath(dir), NOW).settings).toMatchObject({
      firstRun: { completedAt: null },
      startAtLogin: false,
    });
    expect(createSettingsStore(openConfBacking(dir)).get().firstRun).toEqual({ completedAt: null });
  });

  it('a settings file from before the first run existed counts as set up, keeps its values, and is marked once', () => {
    const dir = tempDir();
    const file = settingsFilePath(dir);
    fs.writeFileSync(file, JSON.stringify({ theme: 'dark', checkin: { enabled: false, time: '18:00' } }));
    const recovered = recoverSettingsFile(file, NOW);
    expect(recovered.notice).toBeUndefined();
    expect(recovered.settings.firstRun).toEqual({ completedAt: '2026-11-21T10:00:00+00:00' });
    expect(recovered.settings.theme).toBe('dark');
    const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(onDisk).toEqual({
      theme: 'dark',
      checkin: { enabled: false, time: '18:00' },
      firstRun: { completedAt: '2026-11-21T10:00:00+00:00' },
    });
    // A later start finds the marker and leaves it alone.
    expect(recoverSettingsFile(file, NOW + 60_000).settings.firstRun.completedAt).toBe('2026-11-21T10:00:00+00:00');
    expect(createSettingsStore(openConfBacking(dir)).get().firstRun.completedAt).toBe('2026-11-21T10:00:00+00:00');
  });

  it('a file written by this version mid-setup stays mid-setup', () => {
    const dir = tempDir();
    const file = settingsFilePath(dir);
    fs.writeFileSync(file, JSON.stringify({ ...DEFAULT_SETTINGS, theme: 'light' }));
    expect(recoverSettingsFile(file, NOW).settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
  });

  it('a broken marker in an existing file is reset to done, not to "run setup"', () => {
    const dir = tempDir();
    const file = settingsFilePath(dir);
    fs.writeFileSync(file, JSON.stringify({ theme: 'dark', firstRun: { completedAt: 'yesterday' } }));
    const recovered = recoverSettingsFile(file, NOW);
    expect(recovered.settings).toMatchObject({ theme: 'dark', firstRun: { completedAt: '2026-11-21T10:00:00+00:00' } });
    expect(recovered.notice?.message).toMatch(/not valid: firstRun/);
  });

  it('stores a finished setup and start at login, and refuses a marker that is not a time with its offset', () => {
    const store = createSettingsStore(memoryBacking(DEFAULT_SETTINGS));
    store.update({ firstRun: { completedAt: '2026-11-23T09:15:00+01:00' }, startAtLogin: true });
    expect(store.get()).toMatchObject({ firstRun: { completedAt: '2026-11-23T09:15:00+01:00' }, startAtLogin: true });
    expect(() => store.update({ firstRun: { completedAt: '2026-11-23 09:15' } })).toThrow(/UTC offset/);
    expect(() => store.update({ startAtLogin: 'yes' as never })).toThrow();
    expect(store.get().firstRun.completedAt).toBe('2026-11-23T09:15:00+01:00');
  });
});

describe('break presets', () => {
  it('"standard" is exactly today’s defaults', () => {
    expect(matchingBreakPreset(DEFAULT_SETTINGS)).toBe('standard');
    expect(applyBreakPreset(DEFAULT_SETTINGS, 'standard')).toEqual(DEFAULT_SETTINGS);
  });

  it('every preset is a valid, full set of break numbers, and no two are the same', () => {
    for (const preset of BREAK_PRESETS) {
      const applied = applyBreakPreset(DEFAULT_SETTINGS, preset.id);
      expect(settingsSchema.safeParse(applied).success).toBe(true);
      expect(matchingBreakPreset(applied)).toBe(preset.id);
      expect(Object.keys(preset.micro).sort()).toEqual(['durationSeconds', 'everyMinutes', 'notifyBeforeSeconds']);
      expect(Object.keys(preset.stretch).sort()).toEqual(['durationSeconds', 'everyMinutes', 'notifyBeforeSeconds']);
    }
    const signatures = BREAK_PRESETS.map((p) => JSON.stringify([p.micro, p.stretch, p.releaseMinutes]));
    expect(new Set(signatures).size).toBe(BREAK_PRESETS.length);
  });

  it('gentle breaks less often than standard, focused more often', () => {
    const [gentle, standard, focused] = (['gentle', 'standard', 'focused'] as const).map(getBreakPreset);
    expect(gentle!.micro.everyMinutes).toBeGreaterThan(standard!.micro.everyMinutes);
    expect(gentle!.stretch.everyMinutes).toBeGreaterThan(standard!.stretch.everyMinutes);
    expect(focused!.micro.everyMinutes).toBeLessThan(standard!.micro.everyMinutes);
    expect(focused!.stretch.everyMinutes).toBeLessThan(standard!.stretch.everyMinutes);
  });

  it('applying a preset changes the numbers only: switches, release time and days and the rest stay', () => {
    const mine: Settings = {
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      breaks: {
        ...DEFAULT_SETTINGS.breaks,
        micro: { ...DEFAULT_SETTINGS.breaks.micro, enabled: false },
        release: { enabled: true, time: '14:30', days: ['mon', 'wed'], durationMinutes: 10 },
        strictMode: true,
        snoozeMinutes: 7,
      },
    };
    const focused = applyBreakPreset(mine, 'focused');
    expect(focused.breaks).toEqual({
      ...mine.breaks,
      micro: { enabled: false, everyMinutes: 15, durationSeconds: 40, notifyBeforeSeconds: 10 },
      stretch: { enabled: true, everyMinutes: 45, durationSeconds: 300, notifyBeforeSeconds: 30 },
      release: { enabled: true, time: '14:30', days: ['mon', 'wed'], durationMinutes: 15 },
    });
    expect(focused.theme).toBe('dark');
    expect(mine.breaks.micro.everyMinutes).toBe(20); // the input is not changed
  });

  it('numbers set by hand match no preset', () => {
    const own = applyBreakPreset(DEFAULT_SETTINGS, 'gentle');
    own.breaks.micro.everyMinutes = 25;
    expect(matchingBreakPreset(own)).toBeNull();
  });
});

describe('the first-run taster', () => {
  const total = (t: ReturnType<typeof tasterFor>) => t.steps.reduce((sum, s) => sum + s.seconds, 0);

  it('lasts 60–90 seconds of micro-pause moves, neck and shoulders first when nothing is known', () => {
    const taster = tasterFor([]);
    expect(taster.seconds).toBe(total(taster));
    expect(taster.seconds).toBeGreaterThanOrEqual(TASTER_MIN_SECONDS);
    expect(taster.seconds).toBeLessThanOrEqual(TASTER_MAX_SECONDS);
    expect(taster.routines.every((r) => r.kind === 'micro')).toBe(true);
    expect(taster.routines[0]!.id).toBe('micro-shoulder-drop');
    expect(taster.stepRoutine).toHaveLength(taster.steps.length);
    expect(taster.stepRoutine[0]).toBe(0);
    expect(taster.stepRoutine.at(-1)).toBe(taster.routines.length - 1);
  });

  it('starts with a move for the muscles that can send pain where it hurts', () => {
    const jaw = tasterFor([{ region: 'upper-teeth-right', intensity: 6 }]);
    expect(jaw.routines[0]!.id).toBe('micro-jaw-unclench');
    const elbow = tasterFor([{ region: 'outer-elbow-left', intensity: 5 }]);
    expect(elbow.routines.map((r) => r.id)).toContain('micro-wrist-fingers');
    for (const t of [jaw, elbow]) {
      expect(t.seconds).toBeGreaterThanOrEqual(TASTER_MIN_SECONDS);
      expect(t.seconds).toBeLessThanOrEqual(TASTER_MAX_SECONDS);
    }
  });

  it('has seven steps, welcome first and the taster last', () => {
    expect(FIRST_RUN_STEPS.map((s) => s.id)).toEqual([
      'welcome',
      'pain',
      'schedule',
      'release',
      'login',
      'notifications',
      'taster',
    ]);
  });
});

describe('login item and notification channels', () => {
  const opened: Services[] = [];
  afterEach(() => {
    while (opened.length) opened.pop()!.close();
  });

  function servicesWith(ports: { loginItem?: LoginItem; notifications?: NotificationCheck }): Services {
    const dir = tempDir();
    const services = createServices({
      dataDir: dir,
      shell: 'electron',
      trustedOrigin: () => APP_ORIGIN,
      settingsFile: settingsFilePath(dir),
      openSettingsBacking: () => openConfBacking(dir),
      ...fakeBreakPorts(),
      ...ports,
    });
    opened.push(services);
    return services;
  }

  function fakeLoginItem(options: { refuse?: boolean } = {}) {
    let on = false;
    const calls: boolean[] = [];
    const item: LoginItem = {
      mode: 'system',
      isEnabled: () => on,
      setEnabled(enabled) {
        calls.push(enabled);
        if (options.refuse) throw new Error('Could not add the autostart entry /x/unknot.desktop: EACCES');
        on = enabled;
      },
    };
    return { item, calls, setFromSystem: (v: boolean) => (on = v) };
  }

  it('the web preview only records the choice, and says so', async () => {
    const services = openServices();
    expect(await services.dispatch(appSender, 'app:login-item', undefined)).toEqual({
      ok: true,
      value: { openAtLogin: false, mode: 'recorded' },
    });
    expect(await services.dispatch(appSender, 'app:set-login-item', { openAtLogin: true })).toEqual({
      ok: true,
      value: { openAtLogin: true, mode: 'recorded' },
    });
    expect(services.settings.get().startAtLogin).toBe(true);
  });

  it('in the desktop app the system is asked first and the setting follows it', async () => {
    const login = fakeLoginItem();
    const services = servicesWith({ loginItem: login.item });
    expect(await services.dispatch(appSender, 'app:set-login-item', { openAtLogin: true })).toEqual({
      ok: true,
      value: { openAtLogin: true, mode: 'system' },
    });
    expect(login.calls).toEqual([true]);
    expect(services.settings.get().startAtLogin).toBe(true);
    // Turned off in the system's own settings: Unknot reports what the system will do.
    login.setFromSystem(false);
    expect(await services.dispatch(appSender, 'app:login-item', undefined)).toMatchObject({
      value: { openAtLogin: false },
    });
    // The same choice through settings:update goes through the system too.
    await services.dispatch(appSender, 'settings:update', { patch: { startAtLogin: true } });
    expect(login.calls).toEqual([true, true]);
  });

  it('when the system refuses, the error says why and the setting is unchanged', async () => {
    const login = fakeLoginItem({ refuse: true });
    const services = servicesWith({ loginItem: login.item });
    const answer = await services.dispatch(appSender, 'app:set-login-item', { openAtLogin: true });
    expect(answer.ok).toBe(false);
    expect(services.settings.get().startAtLogin).toBe(false);
    const viaSettings = await services.dispatch(appSender, 'settings:update', { patch: { startAtLogin: true } });
    expect(viaSettings.ok).toBe(false);
    expect(services.settings.get().startAtLogin).toBe(false);
  });

  it('rejects a malformed call without touching anything', async () => {
    const login = fakeLoginItem();
    const services = servicesWith({ loginItem: login.item });
    const answer = await services.dispatch(appSender, 'app:set-login-item', { openAtLogin: 'yes' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(login.calls).toEqual([]);
  });

  it('notifications: the page asks its browser in the preview; the desktop app asks the system and can send a test', async () => {
    const preview = openServices();
    expect(await preview.dispatch(appSender, 'notifications:status', undefined)).toMatchObject({
      ok: true,
      value: { support: 'ask-browser' },
    });
    expect(await preview.dispatch(appSender, 'notifications:test', undefined)).toEqual({
      ok: true,
      value: 'ask-browser',
    });

    const sent: string[] = [];
    let supported = true;
    const desktop = servicesWith({
      notifications: {
        support: () => (supported ? 'supported' : 'unsupported'),
        sendTest: () => {
          if (!supported) return 'unsupported';
          sent.push('test');
          return 'shown';
        },
      },
    });
    expect(await desktop.dispatch(appSender, 'notifications:status', undefined)).toEqual({
      ok: true,
      value: { support: 'supported', platform: expect.stringMatching(/^(linux|mac|windows|other)$/) },
    });
    expect(await desktop.dispatch(appSender, 'notifications:test', undefined)).toEqual({ ok: true, value: 'shown' });
    supported = false;
    expect(await desktop.dispatch(appSender, 'notifications:test', undefined)).toEqual({
      ok: true,
      value: 'unsupported',
    });
    expect(sent).toEqual(['test']);
  });
});
