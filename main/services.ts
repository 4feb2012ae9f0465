/**
 * Owns assembling the main-process services that both shells share (Electron
 * and the web preview): the database, settings, notices and the validated
 * dispatcher. Shell-specific parts (how settings are backed, the trusted
 * origin) are passed in, so nothing here imports electron.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { closeDatabase, openDatabase, type Db } from './db/open';
import { createPainRepository } from './db/pain-repository';
import { recoverSettingsFile } from './settings/recover-settings-file';
import { createSettingsStore } from './settings/settings-store';
import { createNoticeBoard, type NoticeBoard } from './core/notices';
import { createHandlers } from './ipc/handlers';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import { APP_VERSION } from './version';
import { createBreakEngine } from './core/break-engine';
import type {
  AttentionSource,
  BreakEngine,
  BreakNotifier,
  Clock,
  IdleSource,
  JobScheduler,
  LoginItem,
  NotificationCheck,
  ReportPdfPort,
  SettingsBacking,
  SettingsStore,
  TransferFiles,
} from './core/ports';
import { createTransferJobs, type TransferJobs, type TransferRunner } from './db/transfer-jobs';
import { BadRequestError } from './ipc/dispatcher';
import { createBreakRepository } from './db/break-repository';
import { createRoutineRepository } from './db/routine-repository';
import { createCheckinRepository } from './db/checkin-repository';
import { createWorkstationRepository } from './db/workstation-repository';
import { createCheckinReminder } from './core/checkin-reminder';
import { zonedIso, zonedParts } from './core/zoned-time';
import type { TransferDeps } from './db/data-transfer';
import { createReportRowSource } from './db/report-queries';
import { createWeeklyReports, type WeeklyReports } from './core/weekly-report';
import { createReportReminder } from './core/report-reminder';
import { browserNotificationCheck, recordedLoginItem } from './adapters/fake/desktop-integration';
import { platformName } from './adapters/node/platform-name';
import { DATABASE_FILE_NAME } from './db/recovery';
import { createBackupService, type BackupService } from './db/backup-service';

export { DATABASE_FILE_NAME };

export interface ServiceOptions {
  dataDir: string;
  /** The database, already opened (and recovered if it was damaged) by the shell; else it is opened here. */
  db?: Db;
  shell: 'electron' | 'web';
  trustedOrigin: () => string;
  /** Path of the settings file the backing reads, so it can be checked before opening. */
  settingsFile: string;
  openSettingsBacking: () => SettingsBacking;
  now?: () => number;
  logError?: (channel: string, error: unknown) => void;
  // The break engine's ports; each shell brings its own.
  clock: Clock;
  idle: IdleSource;
  scheduler: JobScheduler;
  notifier: BreakNotifier;
  timeZone: () => string;
  idleDetection?: () => 'ok' | 'unavailable';
  /** Do Not Disturb, full screen, presenting (the desktop shell only); absent: never busy. */
  attention?: AttentionSource;
  /** Set when `clock` runs faster than real time (web preview tests). */
  clockSpeed?: number;
  /** Electron: print a window to PDF and save it (report:save-pdf); the web preview's browser prints instead. */
  reportPdf?: ReportPdfPort;
  /** Electron: open the main window at a route (see app:show). */
  showMainWindow?: (route: string) => void;
  /** Electron: hide the quick-log window (see app:close-quick-log). */
  closeQuickLog?: () => void;
  /** Electron: show the daily check-in reminder (the web preview shows it on Today instead). */
  remindCheckin?: (localDate: string) => void;
  /** Electron: tell the person last week's report is ready (a notification that opens the report). */
  remindReport?: (week: string) => void;
  /** Electron: the system's login items. Elsewhere the choice is only recorded in settings. */
  loginItem?: LoginItem;
  /** Electron: native notifications. Elsewhere the page asks its own browser. */
  notifications?: NotificationCheck;
  /** Runs exports and imports: on a worker thread in the app and the web preview. */
  transferRunner?: TransferRunner;
  /** Where exports go and imports come from: dialogs in Electron, uploads and downloads in the web preview. */
  transferFiles?: TransferFiles;
  /** Electron: open a folder in the file manager ('' when it worked). The web preview shows the path instead. */
  openFolder?: (folder: string) => Promise<string>;
}

/** The command line and unit tests reach export and import directly (main/db/transfer-run.ts), not through jobs. */
const noTransfers: TransferRunner & TransferFiles = {
  start: () => {
    throw new BadRequestError('Export and import run in the app or the web preview.');
  },
  exportTarget: () => Promise.reject(new BadRequestError('Export runs in the app or the web preview.')),
  importSource: () => Promise.reject(new BadRequestError('Import runs in the app or the web preview.')),
};

export interface Services {
  db: Db;
  settings: SettingsStore;
  notices: NoticeBoard;
  breaks: BreakEngine;
  transfer: TransferDeps;
  transferJobs: TransferJobs;
  reports: WeeklyReports;
  backups: BackupService;
  dispatch: Dispatch;
  /** Starts the wall-clock reminders this shell shows (the daily check-in, the weekly report). */
  startReminders(): void;
  close(): void;
}

export function createServices(options: ServiceOptions): Services {
  const now = options.now ?? Date.now;
  fs.mkdirSync(options.dataDir, { recursive: true });
  const dbPath = path.join(options.dataDir, DATABASE_FILE_NAME);
  const db = options.db ?? openDatabase(dbPath);
  const notices = createNoticeBoard();
  const recovered = recoverSettingsFile(options.settingsFile, now());
  if (recovered.notice) notices.add(recovered.notice);
  const settings = createSettingsStore(options.openSettingsBacking());
  const pain = createPainRepository(db, { now, newId: randomUUID });
  const breakHistory = createBreakRepository(db, randomUUID);
  const routines = createRoutineRepository(db, { now, newId: randomUUID });
  const checkins = createCheckinRepository(db);
  const workstation = createWorkstationRepository(db, { newId: randomUUID });
  const moment = () => {
    const at = options.clock.now();
    const p = zonedParts(at, options.timeZone());
    return { atMs: at, localDate: p.localDate, utcOffsetMinutes: p.offsetMinutes };
  };
  const breaks = createBreakEngine({
    clock: options.clock,
    idle: options.idle,
    scheduler: options.scheduler,
    notifier: options.notifier,
    timeZone: options.timeZone,
    idleDetection: options.idleDetection,
    ...(options.attention ? { attention: options.attention } : {}),
    recorder: breakHistory,
    // The engine keeps the value each change pushes and re-plans by itself.
    settings,
    onInvariantBroken: (message) => options.logError?.('break-planner', new Error(message)),
  });
  const checkinReminder = createCheckinReminder({
    clock: options.clock,
    scheduler: options.scheduler,
    settings: () => settings.get(),
    timeZone: options.timeZone,
    settled: (date) => checkins.settled(date),
    remind: (date) => options.remindCheckin?.(date),
  });
  const reports = createWeeklyReports(createReportRowSource(db, workstation), () => moment().localDate);
  const reportReminder = createReportReminder({
    clock: options.clock,
    scheduler: options.scheduler,
    settings: () => settings.get(),
    timeZone: options.timeZone,
    hasEntries: (week) => reports.hasEntries(week),
    remind: (week) => options.remindReport?.(week),
  });
  let remindersStarted = false;
  settings.onChange(() => {
    checkinReminder.replan();
    if (remindersStarted && options.remindReport) reportReminder.replan();
  });
  const transfer: TransferDeps = {
    db,
    pain,
    breaks: breakHistory,
    routines,
    checkins,
    workstation,
    now,
    nowIso: () => zonedIso(options.clock.now(), options.timeZone()),
  };
  const transferJobs = createTransferJobs({
    runner: options.transferRunner ?? noTransfers,
    dbPath,
    // The worker reads main's clock (tests may run it fast) as an offset from its own.
    clock: () => {
      const at = options.clock.now();
      return { nowIso: zonedIso(at, options.timeZone()), offsetMs: at - Date.now() };
    },
    newId: randomUUID,
    logError: (error) => options.logError?.('data-transfer', error),
  });
  const backups = createBackupService({
    db,
    dataDir: options.dataDir,
    now,
    timeZone: options.timeZone,
    log: (message, error) => options.logError?.(`backups: ${message}`, error),
  });
  const handlers = createHandlers({
    version: APP_VERSION,
    dataDir: options.dataDir,
    shell: options.shell,
    pain,
    settings,
    notices,
    breaks,
    breakHistory,
    routines,
    checkins,
    workstation,
    transferJobs,
    transferFiles: options.transferFiles ?? noTransfers,
    reports,
    moment,
    today: () => moment().localDate,
    now: () => options.clock.now(),
    clockSpeed: options.clockSpeed ?? 1,
    showMainWindow: options.showMainWindow,
    closeQuickLog: options.closeQuickLog,
    reportPdf: options.reportPdf,
    loginItem: options.loginItem ?? recordedLoginItem(() => settings.get().startAtLogin),
    notifications: options.notifications ?? browserNotificationCheck,
    platform: platformName(process.platform),
    backups,
    timeZone: options.timeZone,
    openFolder: options.openFolder,
  });
  const dispatch = createDispatcher(handlers, {
    trustedOrigin: options.trustedOrigin,
    logError: options.logError,
    now: () => options.clock.now(),
  });
  return {
    db,
    settings,
    notices,
    breaks,
    transfer,
    transferJobs,
    reports,
    backups,
    dispatch,
    startReminders: () => {
      remindersStarted = true;
      if (options.remindCheckin) checkinReminder.start();
      if (options.remindReport) reportReminder.start();
    },
    close: () => {
      checkinReminder.stop();
      reportReminder.stop();
      breaks.stop();
      closeDatabase(db);
    },
  };
}
