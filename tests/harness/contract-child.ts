/**
 * Owns one platform's run of the Electron contract: boots the real bundles
 * under the fake electron as `argv[2]` (linux, darwin or win32), walks the
 * contract (ready, app://, preload, trusted senders, tray, windows, power
 * events, quit — or, with `broken-native`, a binary that fails to load; with
 * `damaged-restore` or `damaged-quit`, a damaged data file at start-up) and
 * prints what it observed as one JSON line for electron-contract.spec.ts to judge.
 * Started by the spec with `node --import tsx`, one process per platform.
 */
import fs from 'node:fs';
import path from 'node:path';
import FakeTimers from '@sinonjs/fake-timers';
import type { MenuItemConstructorOptions } from 'electron';
import { boot, HARNESS_START, RENDERER_INDEX, type Api } from './boot';

const platform = process.argv[2] as NodeJS.Platform;
const mode = process.argv[3] ?? 'contract';
const facts: Record<string, unknown> = { platform: process.platform, mode };
const errors: string[] = [];
process.on('unhandledRejection', (e) => errors.push(`unhandledRejection: ${String(e)}`));

const clock = FakeTimers.install({
  now: Date.parse(HARNESS_START),
  toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
});

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
  });
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

  if (mode === 'broken-native') {
    facts.errorBoxes = fake.errorBoxes;
    facts.exitCode = fake.state.exitCode;
    facts.trays = fake.trays.length;
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
    methods: Object.entries(r.api).flatMap(([d, ms]) => Object.keys(ms).map((m) => `${d}.${m}`)),
    required: r.required,
    refused: r.refused,
  };
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
    await tick(20_000);
    const nextAfter = (await status()).next?.at ?? null;
    powerSteps[down] = { nextBefore, upAt: new Date(upAt).toISOString(), nextAfter };
  }
  facts.power = powerSteps;

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
