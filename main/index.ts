/**
 * Composition root of the Electron shell: the only place that wires the shared
 * services (main/services.ts) to Electron adapters (main/adapters/electron/).
 */
import { app, dialog } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices, type Services } from './services';
import { workerTransferRunner } from './adapters/node/transfer-worker-runner';
import { createTransferFiles } from './adapters/electron/transfer-files';
import { settingsFilePath } from './adapters/node/conf-backing';
import { APP_ORIGIN } from './security/trusted-sender';
import { handleAppProtocol, registerAppScheme } from './adapters/electron/app-protocol';
import { hardenSession, hardenWebContents } from './adapters/electron/hardening';
import { createMainWindowController } from './adapters/electron/main-window';
import { createTray, type AppTray } from './adapters/electron/tray';
import { registerIpc } from './adapters/electron/ipc';
import { createReportPdfPort } from './adapters/electron/report-pdf';
import { openElectronStoreBacking } from './adapters/electron/settings-backing';
import { createSystemClock } from './adapters/node/system-clock';
import { createNodeScheduler } from './adapters/node/node-scheduler';
import { createElectronIdleSource, wireSystemEvents } from './adapters/electron/power-monitor';
import { createDesktopIdleSource, startLinuxDesktop, type DesktopIdleSource } from './adapters/node/linux-idle';
import { connectDesktopBus, sessionBusAddress, systemBusAddress } from './adapters/node/dbus-connection';
import { createSwitchableAttention } from './adapters/node/attention';
import { windowsAttention } from './adapters/node/windows-attention';
import { loadWindowsShell } from './adapters/node/windows-shell';
import { focusFolder, macFocusAttention } from './adapters/node/macos-focus';
import type { SystemEvent } from './core/ports';
import {
  IDLE_UNAVAILABLE_NOTICE_ID,
  idleUnavailableNotice,
  isWaylandSession,
} from './adapters/electron/idle-detection';
import { createBreakWindows, type BreakWindows } from './adapters/electron/break-window';
import { createBreakNotifier } from './adapters/electron/notifier';
import { decideWindowSession } from './adapters/electron/window-session';
import { showCheckinReminder } from './adapters/electron/checkin-notification';
import { showReportReminder } from './adapters/electron/report-notification';
import { createQuickLogWindow, type QuickLogWindow } from './adapters/electron/quick-log-window';
import { createLoginItem, startedAtLogin } from './adapters/electron/login-item';
import { createNotificationCheck } from './adapters/electron/notification-check';
import { createLiveNotifications } from './adapters/electron/live-notifications';
import { askAboutDamagedData, openFolder } from './adapters/electron/recovery-dialog';
import { openOrRecover } from './db/recovery';

const here = path.dirname(fileURLToPath(import.meta.url));
const appRoot = path.resolve(here, '../..');
const rendererDir = path.join(appRoot, 'out/renderer');
const preloadPath = path.join(appRoot, 'out/preload/index.cjs');
const iconPath = path.join(appRoot, 'resources/icons/icon.png');
const iconsDir = path.join(appRoot, 'resources/icons');

/** The IANA zone the system is set to now (read afresh on every call). */
function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  hardenWebContents();
  // Windows shows notifications (the break heads-up) only for an app with an AppUserModelID; same as electron-builder's appId.
  if (process.platform === 'win32') app.setAppUserModelId('app.unknot.desktop');
  // Before ready, while Chromium can still choose its platform: on Wayland the break window could
  // neither stay on top nor appear without taking the keyboard (window-session.ts, issue 13 #10).
  const windowSession = decideWindowSession({ platform: process.platform, env: process.env, argv: process.argv });
  if (windowSession.ozonePlatform) app.commandLine.appendSwitch('ozone-platform', windowSession.ozonePlatform);
  if (process.platform === 'linux') console.info(`[windows] ${windowSession.reason}`);
  let services: Services | null = null;
  let tray: AppTray | null = null;
  let breakWindows: BreakWindows | null = null;
  let quickLog: QuickLogWindow | null = null;
  let idle: DesktopIdleSource | null = null;
  let stopSystemEvents: (() => void) | null = null;
  let stopLinuxDesktop: (() => void) | null = null;
  const mainWindow = createMainWindowController({ preloadPath, iconPath });

  // A second launch (from the menu or autostart) brings the running one forward.
  app.on('second-instance', () => mainWindow.open());
  // Closing the last window keeps Unknot running in the tray.
  app.on('window-all-closed', () => undefined);
  let shutDown = false;
  app.on('before-quit', () => {
    if (shutDown) return;
    shutDown = true;
    // The engine stops first, so nothing it does on the way out finds its windows or database gone.
    stopSystemEvents?.();
    stopLinuxDesktop?.();
    idle?.stop();
    services?.breaks.stop();
    tray?.dispose();
    breakWindows?.destroy();
    quickLog?.destroy();
    services?.close();
  });
  // macOS: clicking the dock icon with no window open brings the window back.
  app.on('activate', () => mainWindow.open());
  // Lets tests (and people who keep data elsewhere) choose the data folder; must be set before ready.
  if (process.env.UNKNOT_DATA_DIR) app.setPath('userData', path.resolve(process.env.UNKNOT_DATA_DIR));

  app
    .whenReady()
    .then(async () => {
      hardenSession();
      handleAppProtocol(rendererDir);
      const dataDir = app.getPath('userData');
      fs.mkdirSync(dataDir, { recursive: true });
      // A damaged data file is found here, before anything uses it; the person chooses what happens.
      const opened = await openOrRecover({
        dataDir,
        nowMs: Date.now(),
        timeZone: systemTimeZone(),
        choose: (question) => askAboutDamagedData(question, systemTimeZone()),
        log: (message, error) => console.error(`[recovery] ${message}`, error),
      });
      if (!opened) {
        // Quit: the damaged file stays exactly where it was.
        app.exit(0);
        return;
      }
      const clock = createSystemClock();
      const scheduler = createNodeScheduler();
      const wayland = isWaylandSession({ platform: process.platform, env: process.env });
      // The adapters below reach the engine only once services exist; nothing calls them before start().
      const engine = () => {
        if (!services) throw new Error('the break engine is not running yet');
        return services.breaks;
      };
      let zone = systemTimeZone();
      // Lock, unlock, suspend and resume, from powerMonitor or (Linux) the desktop's D-Bus services.
      const onSystemEvent = (event: SystemEvent) => {
        if (!services) return;
        // Node timers do not count time asleep: re-arm wall-clock jobs before the engine hears of it.
        if (event === 'resume' || event === 'unlock') scheduler.resync();
        services.breaks.systemEvent(event);
        // Travel usually involves a sleep or a lock; a new zone moves working hours and the release session.
        if ((event === 'resume' || event === 'unlock') && systemTimeZone() !== zone) {
          zone = systemTimeZone();
          services.breaks.replan();
        }
      };
      // Only when no source can see idle time at all is the person told (issue 13 #8).
      const onDetectionChange = (detection: 'ok' | 'unavailable') => {
        if (detection === 'unavailable') services?.notices.add(idleUnavailableNotice());
        else services?.notices.dismiss(IDLE_UNAVAILABLE_NOTICE_ID);
        // status().idleDetection reads it live; replan publishes the change to the tray and screens.
        services?.breaks.replan();
      };
      const desktopIdle = createDesktopIdleSource({
        clock,
        fallback: createElectronIdleSource({
          clock,
          wayland,
          platform: process.platform,
          onDetectionChange: () => desktopIdle.refreshDetection(),
        }),
        sendSystemEvent: onSystemEvent,
        onDetectionChange,
      });
      idle = desktopIdle;
      // Do Not Disturb, presenting and full screen: each system's own reader (README, "Do Not Disturb,
      // presentations and calls"). Windows and macOS send no event for them: their readers are asked
      // only when the planner asks, so they add no wake-up.
      const attention = createSwitchableAttention();
      const logAttention = (message: string) => console.warn(`[attention] ${message}`);
      if (process.platform === 'win32') {
        attention.use(windowsAttention(loadWindowsShell({ log: logAttention })));
      } else if (process.platform === 'darwin') {
        attention.use(
          macFocusAttention({ dir: focusFolder(os.homedir()), now: () => new Date(clock.now()), log: logAttention }),
        );
      }
      if (process.platform === 'linux') {
        // GNOME's idle monitor and logind's lock over D-Bus, in front of powerMonitor where they answer.
        stopLinuxDesktop = startLinuxDesktop({
          source: desktopIdle,
          clock,
          connect: connectDesktopBus,
          sessionAddress: sessionBusAddress(process.env),
          systemAddress: systemBusAddress(process.env),
          lookup: { sessionId: process.env.XDG_SESSION_ID, pid: process.pid },
          attention,
          log: (message) => console.warn(`[desktop] ${message}`),
        }).stop;
      }
      breakWindows = createBreakWindows({
        preloadPath,
        iconPath,
        wayland,
        showOn: () => services?.settings.get().breaks.showOn ?? 'cursor-display',
        currentStatus: () => engine().status(),
        respond: (action) => void engine().respond(action),
      });
      quickLog = createQuickLogWindow({ preloadPath, iconPath, wayland });
      // Every native notification, held until it is done with, so its click is never lost.
      const notifications = createLiveNotifications();
      services = createServices({
        db: opened.db,
        dataDir,
        shell: 'electron',
        trustedOrigin: () => APP_ORIGIN,
        settingsFile: settingsFilePath(dataDir),
        openSettingsBacking: () => openElectronStoreBacking(dataDir),
        logError: (channel, error) => console.error(`[ipc] ${channel} failed:`, error),
        reportPdf: createReportPdfPort(),
        clock,
        idle,
        scheduler,
        notifier: createBreakNotifier({
          breakWindows,
          notifications,
          iconPath,
          promptStyle: windowSession.breakPrompt,
          currentStatus: () => engine().status(),
        }),
        timeZone: systemTimeZone,
        idleDetection: () => idle?.detection() ?? 'ok',
        attention,
        showMainWindow: (route) => mainWindow.open(route),
        closeQuickLog: () => quickLog?.close(),
        remindCheckin: () => showCheckinReminder(notifications, iconPath, () => mainWindow.open('today')),
        remindReport: () => showReportReminder(notifications, iconPath, () => mainWindow.open('report')),
        loginItem: createLoginItem(),
        notifications: createNotificationCheck(notifications, iconPath),
        transferRunner: workerTransferRunner(path.join(here, 'transfer-worker.js')),
        transferFiles: createTransferFiles(),
        openFolder,
      });
      if (opened.notice) services.notices.add(opened.notice);
      registerIpc(services.dispatch);
      const breaks = services.breaks;
      tray = createTray({
        iconsDir,
        clock,
        breaks,
        actions: {
          openApp: () => mainWindow.open(),
          quickLog: () => quickLog?.open(),
          startRoutine: () => mainWindow.open('routines'),
          quit: () => app.quit(),
        },
      });
      // After IPC, so the break window's screen can ask for the status the moment it loads;
      // before system events, which the engine only takes once started.
      breaks.start();
      services.startReminders();
      // db.backup copies a few pages per turn of the event loop, so windows and IPC stay responsive meanwhile.
      void services.backups.backupIfDue();
      stopSystemEvents = wireSystemEvents(onSystemEvent, { platform: process.platform });
      // Started by the login item, Unknot waits in the tray; unless setup is still to do, which needs the window.
      if (!startedAtLogin() || services.settings.get().firstRun.completedAt === null) mainWindow.open();
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Unknot could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
