/**
 * Owns what each contract channel does, given already-validated arguments.
 * One entry per channel; the Handlers type makes a missing one a compile error.
 */
import fs from 'node:fs';
import { BadRequestError, type Handlers } from './dispatcher';
import type { RoutineRepository } from '../db/routine-repository';
import type { CheckinRepository } from '../db/checkin-repository';
import type { WorkstationRepository } from '../db/workstation-repository';
import path from 'node:path';
import type { LocalMoment } from '../../common/domain/time';
import { adviceForWarningSigns } from '../../common/domain/red-flags';
import { getMuscle, getRoutine } from '../../common/domain/atlas';
import type { Routine } from '../../common/domain/content';
import { suggestRelease } from '../core/suggest-release';
import { addDays } from '../core/zoned-time';
import type { PainRepository } from '../db/pain-repository';
import type { NoticeBoard } from '../core/notices';
import type { BreakRepository } from '../db/break-repository';
import type { WeeklyReports } from '../core/weekly-report';
import { isoWeekOf } from '../../common/domain/iso-week';
import { saveReportPdf } from './report-pdf';
import type {
  BreakEngine,
  LoginItem,
  NotificationCheck,
  ReportPdfPort,
  SettingsStore,
  TransferFiles,
} from '../core/ports';
import type { TransferJobs } from '../db/transfer-jobs';
import type { BackupService } from '../db/backup-service';
import { BackupError } from '../db/backups';
import { ConflictError, NotFoundError } from '../core/errors';
import { restoredNotice } from '../core/backup-wording';

export interface HandlerDeps {
  version: string;
  dataDir: string;
  shell: 'electron' | 'web';
  pain: PainRepository;
  settings: SettingsStore;
  notices: NoticeBoard;
  breaks: BreakEngine;
  breakHistory: BreakRepository;
  routines: RoutineRepository;
  checkins: CheckinRepository;
  workstation: WorkstationRepository;
  transferJobs: TransferJobs;
  transferFiles: TransferFiles;
  reports: WeeklyReports;
  /** Electron: prints a window to PDF and saves it. Absent in the web preview (the browser prints). */
  reportPdf?: ReportPdfPort;
  /** Now, as lived where the person is (for what gets saved). */
  moment: () => LocalMoment;
  /** Today's local date where the person is (YYYY-MM-DD). */
  today: () => string;
  /** Main's wall clock, and how much faster than real time it runs (1 outside tests). */
  now: () => number;
  clockSpeed: number;
  /** Electron: open the main window at a route. Absent in the web preview (one tab, no other window). */
  showMainWindow?: (route: string) => void;
  /** Electron: hide the quick-log window. Absent in the web preview. */
  closeQuickLog?: () => void;
  loginItem: LoginItem;
  notifications: NotificationCheck;
  /** Which system's settings the person is pointed to about notifications. */
  platform: 'linux' | 'mac' | 'windows' | 'other';
  backups: BackupService;
  /** The IANA zone where the person is (for dates in notices). */
  timeZone: () => string;
  /** Electron: open a folder in the system's file manager; '' when it worked, else why not. Absent in the web preview. */
  openFolder?: (folder: string) => Promise<string>;
}

/** A backup that could not be written or restored is the person's to hear about, in main's words. */
async function backupCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof BackupError) throw new ConflictError(error.message);
    throw error;
  }
}

function findRoutine(routines: RoutineRepository, id: string): Routine | undefined {
  return getRoutine(id) ?? routines.customList().find((r) => r.id === id);
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const loginItemState = () => ({ openAtLogin: deps.loginItem.isEnabled(), mode: deps.loginItem.mode });
  // The system first: if it refuses, the setting is not changed either, so the two never disagree because of us.
  const setStartAtLogin = (enabled: boolean) => {
    if (deps.loginItem.isEnabled() !== enabled) deps.loginItem.setEnabled(enabled);
  };
  return {
    'app:info': () => ({
      version: deps.version,
      dataDir: deps.dataDir,
      shell: deps.shell,
      notices: deps.notices.list(),
      nowMs: deps.now(),
      clockSpeed: deps.clockSpeed,
    }),
    'app:dismiss-notice': ({ id }) => {
      deps.notices.dismiss(id);
      return null;
    },
    'app:show': ({ route }) => {
      if (!deps.showMainWindow) return 'navigate';
      deps.showMainWindow(route);
      return 'shown';
    },
    'app:close-quick-log': () => {
      if (!deps.closeQuickLog) return 'navigate';
      deps.closeQuickLog();
      return 'closed';
    },
    'pain:add': ({ entry }) => deps.pain.add(entry),
    'pain:update': ({ id, entry }) => deps.pain.update(id, entry),
    'pain:delete': ({ id }) => deps.pain.remove(id),
    'pain:restore': ({ entry }) => deps.pain.restore(entry),
    'pain:list': (options) => deps.pain.list(options),
    'checkin:get': ({ date }) => ({ checkin: deps.checkins.get(date), settled: deps.checkins.settled(date) }),
    'checkin:save': ({ checkin }) => ({
      checkin: deps.checkins.save(checkin, deps.moment()),
      advice: adviceForWarningSigns(checkin.warningSigns),
    }),
    'checkin:skip': ({ date }) => {
      deps.checkins.skip(date, deps.moment());
      return null;
    },
    'checkin:list': (options) => deps.checkins.list(options),
    'breaks:status': () => deps.breaks.status(),
    'breaks:respond': ({ action }) => deps.breaks.respond(action),
    'breaks:take-now': ({ kind }) => deps.breaks.takeNow(kind),
    'breaks:pause': ({ mode }) => deps.breaks.pause(mode),
    'breaks:resume': () => deps.breaks.resume(),
    'breaks:history': (options) => deps.breakHistory.history(options),
    'routines:custom-list': () => deps.routines.customList(),
    'routines:custom-save': ({ routine }) => {
      const unknown = routine.muscles.filter((m) => !getMuscle(m));
      if (unknown.length) throw new BadRequestError(`muscles: unknown muscle "${unknown[0]}".`);
      return deps.routines.customSave(routine);
    },
    'routines:custom-delete': ({ id }) => deps.routines.customDelete(id),
    'routines:session-save': ({ session }) => {
      const routine = findRoutine(deps.routines, session.routineId);
      if (!routine) throw new BadRequestError(`routineId: unknown routine "${session.routineId.slice(0, 80)}".`);
      return deps.routines.saveSession(session, routine.muscles);
    },
    'routines:sessions': (options) => deps.routines.sessions(options),
    'routines:press-rounds-today': () => deps.routines.pressRoundsOn(deps.today()),
    'routines:stats': () => deps.routines.stats(),
    'routines:suggested-release': () => {
      const today = deps.today();
      const week = deps.pain.list({ from: addDays(today, -6), to: today, limit: 5000 });
      return suggestRelease(week, deps.routines.reliefByMuscle());
    },
    'report:weekly': ({ week }) => deps.reports.weekly(week ?? isoWeekOf(deps.today())),
    'report:trend': ({ weeks, endWeek }) => deps.reports.trend(weeks, endWeek ?? isoWeekOf(deps.today())),
    'workstation:save': ({ answers }) => deps.workstation.save(answers, deps.moment()),
    'workstation:list': ({ limit }) => deps.workstation.list({ limit }),
    'report:save-pdf': (request, caller) => saveReportPdf(deps.reportPdf, request, caller),
    'data:export': async ({ format, table }, caller) => {
      const stamp = deps.today();
      const suggested = format === 'json' ? `unknot-export-${stamp}.json` : `unknot-${table}-${stamp}.csv`;
      const target = await deps.transferFiles.exportTarget(suggested, caller.contentsId);
      if (!target) return { job: null, fileName: suggested };
      const fileName = path.basename(target.path);
      const job = deps.transferJobs.start(
        format === 'json'
          ? { kind: 'export', format, file: target.path }
          : { kind: 'export', format, table: table!, file: target.path },
        { fileName, downloadable: target.downloadable },
      );
      return { job, fileName };
    },
    'data:import': async ({ upload }, caller) => {
      const source = await deps.transferFiles.importSource(upload, caller.contentsId);
      if (!source) return { job: null, fileName: '' };
      const job = deps.transferJobs.start(
        { kind: 'import', file: source.path },
        { fileName: source.name, downloadable: false, cleanup: source.cleanup },
      );
      return { job, fileName: source.name };
    },
    'data:job': ({ job }) => {
      const status = deps.transferJobs.status(job);
      if (!status) throw new NotFoundError('That export or import is no longer known. Start it again.');
      return status;
    },
    'data:cancel': ({ job }) => ({ cancelled: deps.transferJobs.cancel(job) }),
    'settings:get': () => deps.settings.get(),
    'settings:update': ({ patch }) => {
      if (patch.startAtLogin !== undefined) setStartAtLogin(patch.startAtLogin);
      return deps.settings.update(patch);
    },
    'app:login-item': () => loginItemState(),
    'app:set-login-item': ({ openAtLogin }) => {
      setStartAtLogin(openAtLogin);
      deps.settings.update({ startAtLogin: openAtLogin });
      return loginItemState();
    },
    'notifications:status': () => ({ support: deps.notifications.support(), platform: deps.platform }),
    'notifications:test': () => deps.notifications.sendTest(),
    'backups:list': () => ({ folder: deps.backups.folder, backups: deps.backups.list() }),
    'backups:create': () => backupCall(() => deps.backups.create()),
    'backups:restore': ({ name }) =>
      backupCall(async () => {
        const result = await deps.backups.restore(name);
        // The renderer reloads after a restore; the notice tells the person what changed and how to undo it.
        deps.notices.add(restoredNotice(result.restored, result.safety, { timeZone: deps.timeZone() }, deps.now()));
        return result;
      }),
    'backups:open-folder': async () => {
      const folder = deps.backups.folder;
      if (!deps.openFolder) return { opened: false, folder };
      fs.mkdirSync(folder, { recursive: true });
      return { opened: (await deps.openFolder(folder)) === '', folder };
    },
  };
}
