/**
 * Owns layer 4 of the test pyramid: the Electron contract, judged per
 * platform branch (linux, darwin, win32) from what contract-child.ts observed
 * running the real built bundles against the fake electron. Needs `npm run build` first.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../common/ipc/channels';
import { methodPath } from '../../common/ipc/client';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import { HARNESS_START, MAIN_BUNDLE, PRELOAD_BUNDLE, ROOT } from './boot';
import { closeDatabase, openDatabase } from '../../main/db/open';
import { createPainRepository } from '../../main/db/pain-repository';
import { createBackup } from '../../main/db/backups';

const run = promisify(execFile);
const PLATFORMS = ['linux', 'darwin', 'win32'] as const;
const SECURE = { contextIsolation: true, sandbox: true, nodeIntegration: false };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Facts = Record<string, any>;

/**
 * A data folder whose unknot.sqlite is a text file, with one good backup
 * (two pain entries) made two days before the harness's clock starts.
 */
async function damagedDataDir(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-harness-damaged-'));
  const file = path.join(dir, 'unknot.sqlite');
  const db = openDatabase(file);
  const pain = createPainRepository(db, { now: () => Date.parse(HARNESS_START), newId: randomUUID });
  for (const at of ['2026-11-20T09:00:00+01:00', '2026-11-21T08:30:00+01:00']) {
    pain.add({ at, note: 'before the damage', regions: [{ region: 'temple-right', intensity: 4, qualities: [] }] });
  }
  await createBackup(db, path.join(dir, 'backups'), Date.parse(HARNESS_START) - 2 * 24 * 3_600_000);
  closeDatabase(db);
  fs.writeFileSync(file, 'These are my notes, not a database.\n'.repeat(20));
  return dir;
}

async function observe(platform: string, mode: string, dataDir?: string): Promise<Facts> {
  if (!fs.existsSync(MAIN_BUNDLE) || !fs.existsSync(PRELOAD_BUNDLE)) {
    throw new Error('The harness runs the built bundles: run `npm run build` first.');
  }
  const { stdout } = await run(
    process.execPath,
    // --expose-gc: the notification checks collect garbage, as Electron's main process would.
    [
      '--expose-gc',
      '--import',
      'tsx',
      'tests/harness/contract-child.ts',
      platform,
      mode,
      ...(dataDir ? [dataDir] : []),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        TZ: 'Europe/Berlin',
        // No desktop D-Bus services in these runs (whatever the machine has): powerMonitor is in charge.
        DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/unknot-harness/session-bus',
        DBUS_SYSTEM_BUS_ADDRESS: 'unix:path=/nonexistent/unknot-harness/system-bus',
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const line = stdout.split('\n').find((l) => l.startsWith('HARNESS-RESULT '));
  if (!line) throw new Error(`no result from the ${platform} run:\n${stdout}`);
  return JSON.parse(line.slice('HARNESS-RESULT '.length)) as Facts;
}

const runs = new Map<string, Promise<Facts>>();
for (const p of PLATFORMS) for (const m of ['contract', 'broken-native']) runs.set(`${p}/${m}`, observe(p, m));
// Recovery has no platform branch: the damaged-file runs use one platform.
const damagedDirs = { restore: await damagedDataDir(), quit: await damagedDataDir() };
const quitBytes = fs.readFileSync(path.join(damagedDirs.quit, 'unknot.sqlite'));
runs.set('damaged-restore', observe('linux', 'damaged-restore', damagedDirs.restore));
runs.set('damaged-quit', observe('linux', 'damaged-quit', damagedDirs.quit));
runs.set('linux/wayland', observe('linux', 'wayland'));
runs.set('linux/wayland-xwayland', observe('linux', 'wayland-xwayland'));
runs.set('linux/wayland-native', observe('linux', 'wayland-native'));
runs.set('win32/busy', observe('win32', 'busy'));
runs.set('darwin/busy', observe('darwin', 'busy'));
// Keep an early failure from surfacing as an unhandled rejection before its test awaits it.
for (const r of runs.values()) r.catch(() => undefined);

describe.each(PLATFORMS)('Electron contract on %s', (platform) => {
  let f: Facts;
  let broken: Facts;
  beforeAll(async () => {
    f = await runs.get(`${platform}/contract`)!;
    broken = await runs.get(`${platform}/broken-native`)!;
  });

  it('runs as that platform, reaches ready, with no rule broken and no stray error', () => {
    expect(f.platform).toBe(platform);
    expect(f.ready).toBe(true);
    expect(f.errors).toEqual([]);
    expect(f.violations).toEqual([]);
    expect(f.nativeRequests).toEqual([`${platform}-${process.arch}.node`]);
  });

  it('registers app:// as privileged before ready, and the fake refuses it after', () => {
    expect(f.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(f.lateScheme).toMatch(/before app is ready/);
  });

  it('serves the built renderer over app:// with the CSP, and nothing outside it', () => {
    expect(f.index).toEqual({
      status: 200,
      csp: CONTENT_SECURITY_POLICY,
      contentType: 'text/html; charset=utf-8',
      sameAsBuilt: true,
    });
    expect(f.traversal).toBe(404);
    expect(f.otherHost).toBe(404);
  });

  it('handles every contract channel once; a second handler throws like Electron', () => {
    expect(f.ipcChannels).toEqual([...CHANNELS]);
    expect(f.secondHandle).toBe("Attempted to register a second handler for 'pain:add'");
  });

  it('the sandboxed preload requires only electron and exposes exactly the contract', () => {
    expect(f.preload.exposedKeys).toEqual(['unknotBridge']);
    expect(f.preload.required).toEqual(['electron']);
    expect(f.preload.refused).toEqual([]);
    const expected = CHANNELS.map((c) => methodPath(c).join('.'));
    expect([...f.preload.methods].sort()).toEqual([...expected].sort());
  });

  it('refuses calls from another origin, a file page and a subframe, writing nothing', () => {
    for (const outcome of Object.values(f.refusals)) expect(outcome).toMatch(/^forbidden: /);
    expect(Object.keys(f.refusals)).toHaveLength(3);
    expect(f.painCount).toEqual({ before: 1, after: 1 });
  });

  it('creates the tray with its menu, and an icon that exists: a template image on macOS', () => {
    expect(f.trayImage).toEqual({ file: platform === 'darwin' ? 'trayTemplate.png' : 'tray.png', empty: false });
    expect(f.trayMenu).toEqual(
      expect.arrayContaining(['Take a break now', 'Log pain…', 'Pause', 'Open Unknot', 'Quit']),
    );
  });

  it('creates the main, quick-log and break windows sandboxed, isolated, without Node', () => {
    const byRoute = Object.fromEntries((f.windows as Facts[]).map((w) => [String(w.url).split('#/')[1], w])) as Record<
      string,
      Facts
    >;
    expect(Object.keys(byRoute).sort()).toEqual(['break', 'quick-log', 'today']);
    for (const w of Object.values(byRoute)) {
      expect(w.webPreferences).toMatchObject(SECURE);
      expect(w.visible).toBe(true);
    }
    expect(f.promptAfterTakeNow).toBe('micro');
  });

  it('shows the quick-log and break windows again after a same-document (hash-only) load as after a full one', () => {
    expect(f.reopen).toEqual({
      quickLogSameUrl: true,
      quickLogInPage: true,
      breakInPage: true,
    });
  });

  it('a click on the tray icon opens the app except on macOS; "Open Unknot" keeps the current screen', () => {
    expect(f.mainWindowFromTray).toEqual({
      iconClickOpens: platform !== 'darwin',
      menuOpens: true,
      route: 'pain',
      loads: 0,
    });
  });

  it('lock and sleep reach the planner: after 30 min away the next break counts from coming back', () => {
    for (const step of ['lock-screen', 'suspend']) {
      const { nextBefore, upAt, nextAfter } = f.power[step];
      expect(nextAfter).not.toBe(nextBefore);
      // A fresh 20 minutes of active time from the return. Linux sends no unlock event: the planner
      // sees it at its next look, once a minute after ten minutes locked.
      const gap = Date.parse(nextAfter) - Date.parse(upAt);
      const late = platform === 'linux' && step === 'lock-screen' ? 60_000 : 0;
      expect(gap).toBeGreaterThanOrEqual(20 * 60_000);
      expect(gap).toBeLessThanOrEqual(20 * 60_000 + late);
    }
  });

  it('wakes only to watch: no lock poll of its own, and nothing to do with every break off (issue 13 #7)', () => {
    const { defaultsHour, allOff8h, stateAllOff } = f.wakeCost;
    // At work with the defaults the planner looks at idle time about every 30 s (the micro-pause's
    // length); on Linux each look also reads the lock state, and nothing else reads it.
    // On top of those, only the prompts, heads-ups and the tray's countdown (a lock poll of its own
    // every 15 s was 240 more).
    expect(defaultsHour.idleReads).toBeGreaterThan(60);
    expect(defaultsHour.wakeups).toBeLessThanOrEqual(defaultsHour.idleReads + 30);
    if (platform === 'linux') expect(defaultsHour.lockReads).toBeLessThanOrEqual(defaultsHour.idleReads);
    else expect(defaultsHour.lockReads).toBe(0);
    // Every break kind off: no looks at all, and at most a reminder's wake-up or two in eight hours.
    expect(stateAllOff).toBe('off');
    expect(allOff8h).toMatchObject({ idleReads: 0, lockReads: 0 });
    expect(allOff8h.wakeups).toBeLessThanOrEqual(10);
  });

  it('holds every notification until it is clicked, closed or replaced, so a click after a GC still lands (issue 13 #3)', () => {
    const n = f.notifications;
    // The desktop holds notifications weakly; each check below follows a real garbage collection.
    expect(n.testHeld).toBe(true);
    // A toast that timed out (Windows: into the Action Center) can still be clicked: still held.
    expect(n.heldAfterTimeout).toBe(true);
    expect(n.clickHeardAfterTimeout).toBe(true);
    expect(n.letGoAfterClick).toBe(true);
    // A newer one under the same key withdraws the old one and lets it go.
    expect(n.replaced).toEqual({ closed: true, letGo: true, newHeld: true });
    expect(n.letGoAfterDismiss).toBe(true);
    // The reminders, clicked an hour after they appeared, open their screens; then they are let go.
    expect(n.checkin).toEqual({
      shown: true,
      heldThroughGc: true,
      clickHeard: true,
      opened: 'today',
      previous: { closed: true }, // the day before's, never clicked: replaced
      letGo: true,
      previousLetGo: true,
    });
    expect(n.report).toMatchObject({
      shown: true,
      heldThroughGc: true,
      clickHeard: true,
      opened: 'report',
      letGo: true,
    });
  });

  it('start at login: a development run never registers the bare Electron binary; a packaged one registers the app (issue 13 #11)', () => {
    const { development: dev, packaged, appPath, execPath } = f.loginItem;
    if (platform === 'linux') {
      // The autostart entry names the app's folder in development, and only the app when packaged.
      expect(dev.state).toEqual({ openAtLogin: false, mode: 'system' });
      expect(dev.turnOn).toEqual({ openAtLogin: true, mode: 'system' });
      expect(dev.exec).toBe(`Exec=${execPath} ${appPath} --hidden`);
      expect(packaged.exec).toBe(`Exec=${execPath} --hidden`);
      expect([...dev.calls, ...packaged.calls]).toEqual([]);
      return;
    }
    // Development on macOS and Windows: refused in plain words, nothing registered or recorded.
    expect(dev.state).toEqual({ openAtLogin: false, mode: 'unavailable' });
    expect(dev.turnOn.error).toBe(
      'Starting at login works in the installed Unknot app. This development copy runs inside Electron itself, ' +
        'so it can’t add itself to your login items.',
    );
    expect(dev.settingOn).toBe(false);
    expect(dev.turnOff).toEqual({ openAtLogin: false, mode: 'unavailable' });
    expect(dev.calls).toEqual([]);
    // Packaged: the system's own login items, for the app (Windows matches entries by path and args).
    expect(packaged.state).toEqual({ openAtLogin: false, mode: 'system' });
    expect(packaged.turnOn).toEqual({ openAtLogin: true, mode: 'system' });
    expect(packaged.settingOn).toBe(true);
    const args = platform === 'win32' ? ['--hidden'] : [];
    expect(packaged.calls).toEqual([
      { openAtLogin: true, path: execPath, args, packaged: true },
      { openAtLogin: false, path: execPath, args, packaged: true },
    ]);
    // (No 'bare-electron-login-item' among the violations: the first test finds none at all.)
  });

  it('a refused call crosses the bridge as data with its field path, and writes nothing (issue 13 #5)', () => {
    // Through the real preload and a contextBridge that copies as Electron's does (a thrown
    // error would arrive as its message alone): the result is data, the path intact.
    expect(f.refusedSchedule.result).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: expect.stringMatching(/^Not saved\. .*must be at least 1/),
        path: ['patch', 'breaks', 'micro', 'everyMinutes'],
      },
    });
    expect(f.refusedSchedule.unchanged).toBe(true);
  });

  it('quitting closes the database (its WAL is checkpointed away), the tray and the windows', () => {
    expect(f.quit).toEqual({ walBefore: true, walAfter: false, trayDestroyed: true, windowsLeft: 0, exitCode: null });
  });

  it('a better-sqlite3 binary that fails to load shows the error box and exits 1 cleanly', () => {
    expect(broken.ready).toBe(true);
    expect(broken.errorBoxes).toHaveLength(1);
    expect(broken.errorBoxes[0].title).toBe('Unknot could not start');
    expect(broken.errorBoxes[0].content).toMatch(/invalid ELF header/);
    expect(broken.exitCode).toBe(1);
    expect(broken.trays).toBe(0);
    expect(broken.violations).toEqual([]);
    expect(broken.errors).toEqual([]);
  });
});

describe('Windows and macOS busy state (issue 13 #9)', () => {
  it('with koffi that cannot load (here: the real one, whose Windows DLLs this host lacks) Windows runs as unsupported', async () => {
    const f = await runs.get('win32/contract')!;
    // The whole contract above passed on this run; the reader only said why it reads nothing.
    expect(f.attentionLog).toHaveLength(1);
    expect(f.attentionLog[0]).toMatch(/shell32\.dll|koffi did not load/);
  });

  it('macOS without a readable Focus folder runs as unsupported', async () => {
    const f = await runs.get('darwin/contract')!;
    expect(f.attentionLog).toEqual([expect.stringMatching(/Focus is not readable.*ENOENT/)]);
  });

  it.each([
    ['win32', 'presenting'],
    ['darwin', 'do-not-disturb'],
  ])('on %s a break due while busy (%s) waits, then shows when that ends', async (platform, reason) => {
    const b = await runs.get(`${platform}/busy`)!;
    expect(b.errors).toEqual([]);
    expect(b.violations).toEqual([]);
    expect(b.attentionLog).toEqual([]);
    expect(b.busy).toMatchObject({
      waitingFor: reason,
      promptWhileBusy: null,
      promptAfter: 'micro',
      waitingAfter: null,
    });
    // The built bundle binds shell32 and ntdll through koffi on Windows.
    if (platform === 'win32')
      expect(b.busy.bound).toEqual(['shell32.dll SHQueryUserNotificationState', 'ntdll.dll NtQueryWnfStateData']);
  });
});

describe('Electron contract on linux under Wayland without idle time', () => {
  it('decides idle time is unavailable, says so once, then stops sampling it on its own (issue 13 #7)', async () => {
    const w = await runs.get('linux/wayland')!;
    expect(w.errors).toEqual([]);
    expect(w.violations).toEqual([]);
    // Every break kind is off, so the only reads are the probe's: one a minute until ten zero
    // readings over ten minutes decide it…
    expect(w.wayland.first15).toBeGreaterThanOrEqual(10);
    expect(w.wayland.first15).toBeLessThanOrEqual(15);
    expect(w.wayland.idleDetection).toBe('unavailable');
    expect(w.wayland.notices).toContain('idle-detection-unavailable');
    // …and none afterwards (it used to go on once a minute for the whole session).
    expect(w.wayland.next60).toBe(0);
  });
});

describe('Electron contract on linux under Wayland: a break prompt never takes the keyboard (issue 13 #10)', () => {
  it('with XWayland: runs under X11 (the switch before ready), and the prompt shows on top without focus', async () => {
    const w = await runs.get('linux/wayland-xwayland')!;
    expect(w.errors).toEqual([]);
    expect(w.violations).toEqual([]);
    expect(w.windowSession).toMatchObject({
      switches: { 'ozone-platform': 'x11' },
      nativeWayland: false,
      prompt: 'micro',
      focusedBefore: true,
      mainKeepsFocus: true,
      breakWindowVisible: true,
      promptNotifications: [],
    });
  });

  it('without XWayland: native Wayland, the prompt comes as a notification, and its click opens the break focused', async () => {
    const w = await runs.get('linux/wayland-native')!;
    expect(w.errors).toEqual([]);
    expect(w.violations).toEqual([]);
    // (Without the notification, the fake's Wayland showInactive would have focused the break window.)
    expect(w.windowSession).toEqual({
      switches: {},
      nativeWayland: true,
      prompt: 'micro',
      focusedBefore: true,
      mainKeepsFocus: true,
      breakWindowVisible: false,
      promptNotifications: ['Micro-pause now'],
      afterClick: { breakWindowVisible: true, breakWindowFocused: true },
    });
  });
});

describe('a damaged data file at start-up (linux)', () => {
  it('asks with the newest backup, restores it, keeps the damaged file and says so', async () => {
    const f = await runs.get('damaged-restore')!;
    expect(f.errors).toEqual([]);
    expect(f.violations).toEqual([]);
    expect(f.messageBoxes).toHaveLength(1);
    expect(f.messageBoxes[0]).toMatchObject({
      type: 'warning',
      message: 'Unknot could not open your data',
      // The date is written in the system's own locale.
      buttons: [expect.stringMatching(/^Restore backup from .*21.*2026.* \(2 entries\)$/), 'Start fresh', 'Quit'],
      cancelId: 2,
    });
    expect(f.messageBoxes[0].detail).toContain('Your data file is damaged (file is not a database).');
    expect(f.exitCode).toBeNull();
    expect(f.trays).toBe(1);
    expect(f.painCount).toBe(2);
    expect(f.notices).toEqual([expect.objectContaining({ title: 'Your data was restored from a backup' })]);
    const damagedFile = (f.files as string[]).find((name) => name.startsWith('unknot.damaged-'));
    expect(damagedFile).toBeDefined();
    expect(fs.readFileSync(path.join(damagedDirs.restore, damagedFile!), 'utf8')).toMatch(/^These are my notes/);
    // The restored data got its start-up backup beside the one it came from.
    expect(f.backups).toHaveLength(2);
    expect(f.openFolder).toEqual({ opened: true, folder: path.join(damagedDirs.restore, 'backups') });
  });

  it('Quit leaves the damaged file where it was, untouched, and starts nothing', async () => {
    const f = await runs.get('damaged-quit')!;
    expect(f.errors).toEqual([]);
    expect(f.violations).toEqual([]);
    expect(f.messageBoxes).toHaveLength(1);
    expect(f.exitCode).toBe(0);
    expect(f.windows).toBe(0);
    expect(f.trays).toBe(0);
    expect(f.files).toEqual(['backups', 'unknot.sqlite']);
    expect(fs.readFileSync(path.join(damagedDirs.quit, 'unknot.sqlite'))).toEqual(quitBytes);
  });
});
