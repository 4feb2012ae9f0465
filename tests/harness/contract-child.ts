/**
 * Owns one platform's run of the Electron contract: boots the real bundles
 * under the fake electron as `argv[2]` (linux, darwin or win32), walks the
 * contract (ready, app://, preload, trusted senders, tray, windows, power
 * events, quit — or, with `broken-native`, a binary that fails to load, with
 * `wayland`, a Linux Wayland session whose idle time always reads 0, or with
 * `damaged-restore` or `damaged-quit`, a damaged data file at start-up, or with
 * `busy`, Windows presenting or macOS in Do Not Disturb when a break falls due) and
 * prints what it observed as one JSON line for electron-contract.spec.ts to judge.
 * Started by the spec with `node --import tsx`, one process per platform.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import FakeTimers from '@sinonjs/fake-timers';
import type { MenuItemConstructorOptions } from 'electron';
import { boot, HARNESS_START, RENDERER_INDEX, type Api } from './boot';

const platform = process.argv[2] as NodeJS.Platform;
const mode = process.argv[3] ?? 'contract';
const facts: Record<string, unknown> = { platform: process.platform, mode };
const errors: string[] = [];
// Linux's "start at login" writes an autostart entry under XDG_CONFIG_HOME: never the real one.
process.env.XDG_CONFIG_HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-harness-xdg-'));
// A Wayland session, decided before the bundle reads it: with XWayland (DISPLAY set) or without.
if (mode.startsWith('wayland')) process.env.XDG_SESSION_TYPE = 'wayland';
else delete process.env.XDG_SESSION_TYPE;
if (mode === 'wayland-xwayland') process.env.DISPLAY = ':0';
else delete process.env.DISPLAY;
process.on('unhandledRejection', (e) => errors.push(`unhandledRejection: ${String(e)}`));
// macOS reads Focus from ~/Library/DoNotDisturb/DB: a home of the run's own, never the machine's.
if (platform === 'darwin') process.env.HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-harness-home-'));
// What the busy-state readers say about themselves (main logs it with console.warn).
const attentionLog: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('[attention]')) attentionLog.push(args[0]);
  else warn(...args);
};

/** macOS's Focus state by hand, in the run's home (busy mode, before the app starts and looks for it). */
const writeAssertions = (modes: string[]) => {
  const dir = path.join(os.homedir(), 'Library', 'DoNotDisturb', 'DB');
  fs.mkdirSync(dir, { recursive: true });
  const records = modes.map((m) => ({ assertionDetails: { assertionDetailsModeIdentifier: m } }));
  fs.writeFileSync(path.join(dir, 'Assertions.json'), JSON.stringify({ data: [{ storeAssertionRecords: records }] }));
};
if (mode === 'busy' && platform === 'darwin') writeAssertions(['com.apple.donotdisturb.mode.default']);

/** Windows' shell as a stand-in koffi answers it (busy mode): QUERY_USER_NOTIFICATION_STATE and Focus Assist. */
const windowsShell = { quns: 4, focusAssist: 0, calls: [] as string[] };
const fakeKoffi = {
  load: (dll: string) => ({
    func(definition: string) {
      const name = /(\w+)\(/.exec(definition)?.[1];
      windowsShell.calls.push(`${dll} ${name}`);
      if (name === 'SHQueryUserNotificationState')
        return (out: number[]) => {
          out[0] = windowsShell.quns;
          return 0;
        };
      if (name === 'NtQueryWnfStateData')
        return (...args: unknown[]) => {
          (args[4] as number[])[0] = windowsShell.focusAssist;
          (args[5] as number[])[0] = 4;
          return 0;
        };
      throw new Error(`no ${name} in ${dll}`);
    },
  }),
};

const clock = FakeTimers.install({
  now: Date.parse(HARNESS_START),
  toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
});
// The app's wake-ups: every timer callback it arms from here on, counted as it fires.
let wakeups = 0;
const countWakes = <T extends (fn: () => void, ms?: number, ...rest: unknown[]) => unknown>(original: T): T =>
  ((fn: () => void, ms?: number, ...rest: unknown[]) =>
    original(
      () => {
        wakeups++;
        fn();
      },
      ms,
      ...rest,
    )) as T;
globalThis.setTimeout = countWakes(globalThis.setTimeout as never);
globalThis.setInterval = countWakes(globalThis.setInterval as never);

type Status = { state: string; next: { kind: string; at: string } | null; prompt: { kind: string } | null };

async function main(): Promise<void> {
  const damaged = mode === 'damaged-restore' || mode === 'damaged-quit';
  const h = await boot({
    platform,
    brokenNative: mode === 'broken-native',
    // The damaged modes start on a data folder the spec prepared (argv[4]).
    dataDir: damaged ? process.argv[4] : undefined,
    // Restore is the first button; Quit the last.
    answerMessageBox: (buttons) => (mode === 'damaged-quit' ? buttons.length - 1 : 0),
    koffi: mode === 'busy' && platform === 'win32' ? fakeKoffi : undefined,
  });
  facts.attentionLog = attentionLog;
  const { fake } = h;
  facts.platform = process.platform;
  facts.ready = fake.isReady();
  facts.schemes = fake.schemes;
  facts.nativeRequests = h.nativeRequests.map((u) => path.basename(u));

  if (damaged) {
    await h.settle(200);
    facts.messageBoxes = fake.messageBoxes;
    facts.exitCode = fake.state.exitCode;
    facts.windows = fake.windows.length;
    facts.trays = fake.trays.length;
    if (mode === 'damaged-restore') {
      const r = h.renderer({ windowIndex: 0 });
      facts.notices = ((await r.api.app!.info!()) as { notices: unknown[] }).notices;
      facts.painCount = ((await r.api.pain!.list!({})) as unknown[]).length;
      // The start-up backup of the restored data, written while the app runs.
      await h.settle(200);
      facts.backups = ((await r.api.backups!.list!()) as { backups: { name: string }[] }).backups.map((b) => b.name);
      facts.openFolder = await r.api.backups!.openFolder!();
    }
    facts.files = fs.readdirSync(h.dataDir).sort();
    facts.violations = fake.violations;
    return;
  }

  if (mode === 'busy') {
    // Issue 13 #9: the first micro-pause falls due (20 min) while Windows says "presentation
    // settings on" or macOS has Do Not Disturb on by hand; it waits, then shows once that ends.
    const r = h.renderer({ windowIndex: 0 });
    const status = async () => (await r.api.breaks!.status!()) as Status & { waitingFor: string | null };
    const tick = async (ms: number) => {
      await clock.tickAsync(ms);
      await h.settle();
    };
    await tick(21 * 60_000);
    const held = await status();
    const callsWhileHeld = windowsShell.calls.length;
    if (platform === 'win32')
      windowsShell.quns = 5; // QUNS_ACCEPTS_NOTIFICATIONS
    else writeAssertions([]);
    await tick(60_000);
    const after = await status();
    facts.busy = {
      waitingFor: held.waitingFor,
      promptWhileBusy: held.prompt?.kind ?? null,
      promptAfter: after.prompt?.kind ?? null,
      waitingAfter: after.waitingFor,
      bound: windowsShell.calls.slice(0, callsWhileHeld),
    };
    facts.violations = fake.violations;
    return;
  }
  if (mode === 'broken-native') {
    facts.errorBoxes = fake.errorBoxes;
    facts.exitCode = fake.state.exitCode;
    facts.trays = fake.trays.length;
    facts.violations = fake.violations;
    return;
  }
  if (mode === 'wayland') {
    // Every break kind off, so only the idle-detection probe reads idle time (the person's
    // idle time reads 0 throughout, as on a compositor without an idle protocol).
    const r = h.renderer({ windowIndex: 0 });
    type Breaks = Record<'micro' | 'stretch' | 'release', Record<string, unknown>>;
    const { breaks } = (await r.api.settings!.get!()) as { breaks: Breaks };
    const off = (k: keyof Breaks) => ({ ...breaks[k], enabled: false });
    await r.api.settings!.update!({
      patch: { breaks: { ...breaks, micro: off('micro'), stretch: off('stretch'), release: off('release') } },
    });
    const readsAt = async (minutes: number) => {
      for (let i = 0; i < minutes; i++) {
        await clock.tickAsync(60_000);
        await h.settle();
      }
      return fake.counters.idleTimeReads;
    };
    const first15 = await readsAt(15);
    const next60 = (await readsAt(60)) - first15;
    const status = (await r.api.breaks!.status!()) as { idleDetection: string };
    const { notices } = (await r.api.app!.info!()) as { notices: { id: string }[] };
    facts.wayland = { first15, next60, idleDetection: status.idleDetection, notices: notices.map((n) => n.id) };
    facts.violations = fake.violations;
    return;
  }
  if (mode === 'wayland-xwayland' || mode === 'wayland-native') {
    // Issue 13 #10: the person is typing in the main window when the first micro-pause falls due.
    const main = fake.windows.find((w) => String(w.webContents.getURL()).includes('#/'));
    const focusedBefore = fake.exports.BrowserWindow.getFocusedWindow() === main;
    for (let i = 0; i < 21; i++) {
      await clock.tickAsync(60_000);
      await h.settle();
    }
    const breakWindow = () => fake.windows.find((w) => String(w.webContents.getURL()).endsWith('#/break'));
    const status = (await h.renderer({ windowIndex: 0 }).api.breaks!.status!()) as Status;
    const prompts = fake.shownNotifications.filter((n) => n.title.endsWith(' now') && !n.closed);
    facts.windowSession = {
      switches: Object.fromEntries(fake.switches),
      nativeWayland: fake.nativeWayland(),
      prompt: status.prompt?.kind ?? null,
      focusedBefore,
      mainKeepsFocus: fake.exports.BrowserWindow.getFocusedWindow() === main,
      breakWindowVisible: breakWindow()?.isVisible() ?? false,
      promptNotifications: prompts.map((n) => n.title),
    };
    if (prompts[0]) {
      // The person clicks the prompt: now the break window opens, and is theirs to type in.
      fake.clickNotification(prompts[0]);
      await h.settle();
      Object.assign(facts.windowSession as object, {
        afterClick: {
          breakWindowVisible: breakWindow()?.isVisible() ?? false,
          breakWindowFocused: breakWindow()?.isFocused() ?? false,
        },
      });
    }
    facts.violations = fake.violations;
    return;
  }
  facts.ipcChannels = [...fake.ipcHandlers.keys()];
  // A second registration must throw, as Electron's ipcMain.handle does.
  try {
    fake.exports.ipcMain.handle('pain:add', () => undefined);
    facts.secondHandle = 'accepted';
  } catch (e) {
    facts.secondHandle = (e as Error).message;
  }
  fake.violations.splice(
    fake.violations.findIndex((v) => v.rule === 'one-handler'),
    1,
  );
  // A scheme registered after ready must throw too.
  try {
    fake.exports.protocol.registerSchemesAsPrivileged([{ scheme: 'late' }]);
    facts.lateScheme = 'accepted';
  } catch (e) {
    facts.lateScheme = (e as Error).message;
    fake.violations.splice(
      fake.violations.findIndex((v) => v.rule === 'before-ready'),
      1,
    );
  }

  // app:// serves the built renderer with the CSP; nothing outside it.
  const handler = fake.protocolHandlers.get('app');
  if (handler) {
    const index = await handler(new Request('app://unknot/index.html'));
    const body = await index.text();
    facts.index = {
      status: index.status,
      csp: index.headers.get('Content-Security-Policy'),
      contentType: index.headers.get('Content-Type'),
      sameAsBuilt: body === fs.readFileSync(RENDERER_INDEX, 'utf8'),
    };
    facts.traversal = (await handler(new Request('app://unknot/..%2f..%2fpackage.json'))).status;
    facts.otherHost = (await handler(new Request('app://evil/index.html'))).status;
  }

  // The main window (first run is not done) loaded app://.
  const main = fake.windows[0];
  facts.mainWindow = main && { url: main.webContents.getURL(), webPreferences: main.options.webPreferences };

  // The preload, as the sandboxed renderer runs it.
  const r = h.renderer({ windowIndex: 0 });
  facts.preload = {
    exposedKeys: [...r.exposed.keys()],
    methods: Object.entries(r.bridge).flatMap(([d, ms]) => Object.keys(ms).map((m) => `${d}.${m}`)),
    required: r.required,
    refused: r.refused,
  };
  // Failures cross the bridge as data (issue 13 #5): a refused schedule keeps its field path,
  // which a thrown error would lose (contextBridge rebuilds errors from their message).
  {
    const { breaks } = (await r.api.settings!.get!()) as { breaks: { micro: Record<string, unknown> } };
    const patch = { breaks: { ...breaks, micro: { ...breaks.micro, everyMinutes: 0 } } };
    const before = await r.api.settings!.get!();
    facts.refusedSchedule = {
      result: await r.bridge.settings!.update!({ patch }),
      unchanged: JSON.stringify(await r.api.settings!.get!()) === JSON.stringify(before),
    };
  }
  const entry = {
    at: '2026-11-23T09:00:00+01:00',
    note: 'harness',
    regions: [{ region: 'temple-right', intensity: 5, qualities: [] }],
  };
  const count = async (api: Api) => ((await api.pain!.list!({})) as unknown[]).length;
  await r.api.pain!.add!({ entry });
  const before = await count(r.api);
  const refusals: Record<string, string> = {};
  for (const [name, target] of [
    ['other origin', { windowIndex: 0, url: 'https://evil.example/' }],
    ['file page', { windowIndex: 0, url: 'file:///tmp/index.html' }],
    ['subframe', { windowIndex: 0, subframe: true }],
  ] as const) {
    try {
      await h.renderer(target).api.pain!.add!({ entry });
      refusals[name] = 'accepted';
    } catch (e) {
      refusals[name] = `${(e as { code?: string }).code}: ${(e as Error).message}`;
    }
  }
  facts.refusals = refusals;
  facts.painCount = { before, after: await count(r.api) };

  // Tray and menu; the quick log and the break window come from its items.
  const tray = fake.trays[0];
  const menu = (tray?.menu?.template ?? []) as MenuItemConstructorOptions[];
  facts.trayMenu = menu.map((i) => i.label ?? i.type);
  const trayImage = tray?.image as { path: string; isEmpty(): boolean } | undefined;
  facts.trayImage = trayImage && { file: path.basename(trayImage.path), empty: trayImage.isEmpty() };
  const click = (label: string, sub?: number) => {
    const item = menu.find((i) => i.label === label);
    const target = sub === undefined ? item : (item?.submenu as MenuItemConstructorOptions[] | undefined)?.[sub];
    (target?.click as (() => void) | undefined)?.();
  };
  click('Log pain…');
  await h.settle();
  click('Take a break now', 0);
  await h.settle();
  const windowFacts = (w: (typeof fake.windows)[number]) => ({
    url: w.webContents.getURL(),
    visible: w.isVisible(),
    webPreferences: w.options.webPreferences,
  });
  facts.windows = fake.windows.map(windowFacts);
  const status = async () => (await r.api.breaks!.status!()) as Status;
  facts.promptAfterTakeNow = (await status()).prompt?.kind ?? null;
  await r.api.breaks!.respond!({ action: 'skip' });
  await h.settle();

  // Reopening after the page's own router moved within the document: the next load of the same
  // route is then a hash-only, same-document navigation (no did-finish-load), and after a fresh
  // load of the identical URL a cross-document one. Both must show the window.
  const byRoute = (route: string) => fake.windows.find((w) => w.webContents.getURL().endsWith(`#/${route}`));
  const quickLogWindow = byRoute('quick-log');
  const breakWindow = byRoute('break');
  const reopen: Record<string, unknown> = {};
  if (quickLogWindow && breakWindow) {
    quickLogWindow.hide();
    click('Log pain…');
    await h.settle();
    reopen.quickLogSameUrl = quickLogWindow.isVisible();
    quickLogWindow.hide();
    quickLogWindow.webContents.navigateInPage(quickLogWindow.webContents.getURL().replace('#/quick-log', '#/today'));
    click('Log pain…');
    await h.settle();
    reopen.quickLogInPage = quickLogWindow.isVisible();
    quickLogWindow.hide();
    breakWindow.webContents.navigateInPage(breakWindow.webContents.getURL().replace('#/break', '#/today'));
    click('Take a break now', 0);
    await h.settle();
    reopen.breakInPage = breakWindow.isVisible();
    await r.api.breaks!.respond!({ action: 'skip' });
    await h.settle();
  }
  facts.reopen = reopen;

  // The tray icon itself: a click opens the app on Windows and Linux, not on macOS (where the same
  // mouse-down opens the menu). "Open Unknot" keeps the screen the person was on.
  if (!main) throw new Error('no main window');
  main.hide();
  tray?.emit('click', { preventDefault: () => undefined }, { x: 0, y: 0, width: 16, height: 16 }, { x: 0, y: 0 });
  await h.settle();
  const mainAfterIconClick = main.isVisible();
  main.webContents.navigateInPage(main.webContents.getURL().replace(/#\/.*$/, '#/pain'));
  main.hide();
  const loadsBefore = main.loads;
  click('Open Unknot');
  await h.settle();
  facts.mainWindowFromTray = {
    iconClickOpens: mainAfterIconClick,
    menuOpens: main.isVisible(),
    route: main.webContents.getURL().split('#/')[1],
    loads: main.loads - loadsBefore,
  };

  // Power events reach the planner: a long lock or sleep restarts the timers (next break moves).
  const powerSteps: Record<string, unknown> = {};
  const linux = platform === 'linux';
  const tick = async (ms: number) => {
    await clock.tickAsync(ms);
    await h.settle();
  };
  for (const [down, up] of [
    ['lock-screen', 'unlock-screen'],
    ['suspend', 'resume'],
  ] as const) {
    await tick(60_000);
    const nextBefore = (await status()).next?.at ?? null;
    if (down === 'lock-screen' && linux)
      h.person.lock(); // Linux has no lock events: the app polls the idle state.
    else {
      h.person.away();
      fake.powerMonitor.emit(down);
    }
    await tick(30 * 60_000);
    const upAt = Date.now();
    if (up === 'unlock-screen' && linux) h.person.unlock();
    else {
      h.person.input();
      fake.powerMonitor.emit(up);
    }
    // Linux sees the unlock at the planner's next look: after half an hour locked, within a minute.
    await tick(60_000);
    const nextAfter = (await status()).next?.at ?? null;
    powerSteps[down] = { nextBefore, upAt: new Date(upAt).toISOString(), nextAfter };
  }
  facts.power = powerSteps;

  // What waking costs (issue 13 #7): an hour at work with the defaults, then eight with every
  // break kind off. Each of the planner's looks reads idle time (and on Linux the lock state).
  const HOUR = 3_600_000;
  const measure = async (ms: number) => {
    const before = { wakeups, idle: fake.counters.idleTimeReads, lock: fake.counters.idleStateReads };
    for (let t = 0; t < ms; t += 10 * 60_000) await tick(10 * 60_000);
    return {
      wakeups: wakeups - before.wakeups,
      idleReads: fake.counters.idleTimeReads - before.idle,
      lockReads: fake.counters.idleStateReads - before.lock,
    };
  };
  h.person.input();
  const defaultsHour = await measure(HOUR);
  if ((await status()).prompt) await r.api.breaks!.respond!({ action: 'skip' });
  type Breaks = Record<'micro' | 'stretch' | 'release', Record<string, unknown>>;
  const { breaks } = (await r.api.settings!.get!()) as { breaks: Breaks };
  const off = (k: keyof Breaks) => ({ ...breaks[k], enabled: false });
  await r.api.settings!.update!({
    patch: { breaks: { ...breaks, micro: off('micro'), stretch: off('stretch'), release: off('release') } },
  });
  await h.settle();
  const allOff8h = await measure(8 * HOUR);
  facts.wakeCost = { defaultsHour, allOff8h, stateAllOff: (await status()).state };

  // Notifications are held until they are done with (issue 13 #3). The desktop holds them only
  // weakly (fake-electron.ts), so after a real garbage collection a click reaches the app only if
  // the app still references the notification.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run the contract child with --expose-gc');
  const collect = async () => {
    await h.settle();
    gc();
    await h.settle();
  };
  // Only read after collect(): a deref keeps its target alive to the end of the current turn.
  const alive = (n: { ref: WeakRef<object> } | undefined) => n?.ref.deref() !== undefined;
  const shown = (title: string) => fake.shownNotifications.filter((n) => n.title === title);
  const untilShown = async (title: string, maxHours: number) => {
    const before = shown(title).length;
    for (let i = 0; i < maxHours * 2 && shown(title).length === before; i++) await tick(30 * 60_000);
    return shown(title).at(-1);
  };
  const TEST = 'Unknot can reach you';
  const notes: Record<string, unknown> = {};
  await r.api.notifications!.test!();
  const t1 = shown(TEST).at(-1);
  await collect();
  notes.testHeld = alive(t1);
  // Windows: a toast that timed out waits in the Action Center and can still be clicked.
  if (t1) fake.dismissNotification(t1, 'timedOut');
  await collect();
  notes.heldAfterTimeout = alive(t1);
  notes.clickHeardAfterTimeout = t1 ? fake.clickNotification(t1) : null;
  await collect();
  notes.letGoAfterClick = !alive(t1);
  await r.api.notifications!.test!();
  const t2 = shown(TEST).at(-1);
  await r.api.notifications!.test!();
  const t3 = shown(TEST).at(-1);
  await collect();
  notes.replaced = { closed: t2?.closed ?? null, letGo: !alive(t2), newHeld: alive(t3) };
  if (t3) fake.dismissNotification(t3, 'userCanceled');
  await collect();
  notes.letGoAfterDismiss = !alive(t3);

  // The reminders, clicked long after they were shown: each opens its screen.
  const clicked = async (title: string, maxHours: number) => {
    // The person is elsewhere in the app, with the window closed to the tray.
    const elsewhere = main.webContents.getURL().replace(/#\/.*$/, '#/learn');
    if (main.webContents.getURL() !== elsewhere) main.webContents.navigateInPage(elsewhere);
    main.hide();
    const note = await untilShown(title, maxHours);
    const previous = shown(title).at(-2);
    await tick(60 * 60_000); // an hour later
    await collect();
    const heldThroughGc = alive(note);
    const clickHeard = note ? fake.clickNotification(note) : null;
    await h.settle();
    const result = {
      shown: note !== undefined,
      heldThroughGc,
      clickHeard,
      opened: main.isVisible() ? main.webContents.getURL().split('#/')[1] : null,
      // The one it replaced (the day or week before) was withdrawn and let go.
      previous: previous ? { closed: previous.closed } : null,
      letGo: false,
      previousLetGo: false,
    };
    await collect();
    result.letGo = !alive(note);
    result.previousLetGo = !alive(previous);
    return result;
  };
  notes.checkin = await clicked('How was today?', 26);
  notes.report = await clicked('Your weekly report is ready', 8 * 24);
  facts.notifications = notes;

  // Start at login (issue 13 #11): a development run (app.isPackaged false, as npm start) and a
  // packaged one. macOS and Windows must never register the bare Electron binary.
  const loginSteps = async () => {
    const callsBefore = fake.loginItemCalls.length;
    const state = await r.api.app!.loginItem!();
    let turnOn: unknown;
    try {
      turnOn = await r.api.app!.setLoginItem!({ openAtLogin: true });
    } catch (e) {
      turnOn = { error: (e as Error).message };
    }
    const settingOn = ((await r.api.settings!.get!()) as { startAtLogin: boolean }).startAtLogin;
    const autostart = path.join(process.env.XDG_CONFIG_HOME!, 'autostart', 'unknot.desktop');
    const exec = fs.existsSync(autostart)
      ? (fs
          .readFileSync(autostart, 'utf8')
          .split('\n')
          .find((l) => l.startsWith('Exec=')) ?? null)
      : null;
    const turnOff = await r.api.app!.setLoginItem!({ openAtLogin: false });
    return { state, turnOn, settingOn, exec, turnOff, calls: fake.loginItemCalls.slice(callsBefore) };
  };
  const app = fake.exports.app;
  facts.loginItem = {
    appPath: app.getAppPath(),
    execPath: process.execPath,
    development: await loginSteps(),
    packaged: await (async () => {
      app.isPackaged = true;
      try {
        return await loginSteps();
      } finally {
        app.isPackaged = false;
      }
    })(),
  };

  // Quit closes the database: SQLite removes the -wal file when the last connection closes cleanly.
  const wal = path.join(h.dataDir, 'unknot.sqlite-wal');
  const walBefore = fs.existsSync(wal);
  click('Quit');
  await h.settle();
  facts.quit = {
    walBefore,
    walAfter: fs.existsSync(wal),
    trayDestroyed: tray?.isDestroyed() ?? null,
    windowsLeft: fake.windows.filter((w) => !w.isDestroyed()).length,
    exitCode: fake.state.exitCode,
  };
  facts.violations = fake.violations;
}

main()
  .catch((e: unknown) => errors.push(`harness: ${e instanceof Error ? e.stack : String(e)}`))
  .finally(() => {
    facts.errors = errors;
    clock.uninstall();
    process.stdout.write(`HARNESS-RESULT ${JSON.stringify(facts)}\n`);
    // The app keeps timers (node-schedule) alive; the run is over.
    process.exit(0);
  });
