/**
 * Owns every port: the small interfaces the core talks through and is driven
 * through. Electron adapters (main/adapters/electron/), Node adapters
 * (main/adapters/node/), the database (main/db/) and the stand-ins for tests
 * and the web preview (main/adapters/fake/) implement them; nothing in
 * main/core/ knows which.
 */
import type {
  BreakAction,
  BreakKind,
  BreakOutcome,
  BreakStatus,
  BreakToday,
  BusyReason,
  PauseMode,
} from '../../common/domain/breaks';
import type { Settings, SettingsPatch, Weekday } from '../../common/domain/settings';
import type { PaperSize } from '../../common/domain/report-pdf';
import type { TrendRows, WeeklyReportRows } from './report';

// --- Time, idle and scheduling -------------------------------------------------

export interface Clock {
  /** Wall-clock epoch ms (can jump: NTP, manual changes, sleep the OS did not report). */
  now(): number;
  /** Monotonic ms: never jumps; used to tell elapsed time from a wall-clock jump. */
  monotonic(): number;
  /** Calls fn once after delayMs of monotonic time; returns a cancel function. */
  setTimer(delayMs: number, fn: () => void): () => void;
}

export interface IdleSource {
  /** Seconds since the last keyboard or mouse input anywhere on the system. */
  idleSeconds(): number;
  /**
   * Whether the screen is locked now (null: the system cannot tell). Offered only
   * where the OS sends no lock events (Linux); elsewhere lock and unlock arrive as
   * SystemEvents and this is absent. The planner reads it at its own wake-ups, and
   * while it knows the screen is locked it looks again as it looks for a return
   * (so the poll costs nothing while no break kind is on).
   */
  lockedNow?(): boolean | null;
  /**
   * Where the desktop itself says when input stops and starts (GNOME's Mutter
   * IdleMonitor watches over D-Bus): asks to be told when there has been no input
   * for `thresholdMs`, and when input comes back. `onChange` is always called on a
   * fresh stack, never from inside this call. While inputWatched() is true the
   * planner arms no looks of its own for a pause or a return: onChange wakes it.
   * Returns the function that stops watching.
   */
  watchInput?(thresholdMs: number, onChange: () => void): () => void;
  /** Whether input is watched by the desktop right now (a source can lose its watch; onChange then says so). */
  inputWatched?(): boolean;
  /**
   * Whether lock and unlock reach the planner as SystemEvents right now (logind's or the
   * screensaver's signals on Linux). While true a locked screen is not polled for its unlock.
   */
  lockEvents?(): boolean;
}

export interface WeeklyRule {
  days: readonly Weekday[];
  /** Local "HH:MM". */
  time: string;
  /** IANA zone the time is in, e.g. "Europe/Berlin". */
  timeZone: string;
}

export interface ScheduledJob {
  cancel(): void;
  /** Epoch ms of the next run, or null when none. */
  nextRun(): number | null;
}

export interface JobScheduler {
  scheduleWeekly(rule: WeeklyRule, fn: () => void): ScheduledJob;
}

// --- Breaks ----------------------------------------------------------------------

/**
 * Whether the person is busy in a way a prompt should not pop over: the system's Do Not
 * Disturb or Focus, a full-screen window in front, presenting or a call. Each OS answers
 * what it can (main/adapters/node/linux-attention.ts on Linux); where it cannot, busyNow()
 * is always empty and the planner prompts as before.
 */
export interface AttentionSource {
  /** Every kind of busy that holds now (the planner keeps those the person's settings respect). */
  busyNow(): readonly BusyReason[];
  /** Called (on a fresh stack) when that may have changed; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

/** What the engine asks the person's screen to do. */
export interface BreakNotifier {
  /** A heads-up shortly before a break (a native notification; never takes focus). */
  preBreak(kind: BreakKind, inSeconds: number): void;
  /** Open (or refresh) the break window for the prompt in status.prompt. */
  showPrompt(status: BreakStatus): void;
  /** Close the break window and give focus back. */
  closePrompt(): void;
}

export type SystemEvent = 'lock' | 'unlock' | 'suspend' | 'resume';

/**
 * The break engine's public face: what adapters call into it (system events,
 * the person's answers) and what it reports. The implementation is
 * main/core/break-engine.ts; adapters and handlers are built against this.
 */
export interface BreakEngine {
  start(): void;
  stop(): void;
  status(): BreakStatus;
  respond(action: BreakAction): BreakStatus;
  takeNow(kind: BreakKind): BreakStatus;
  pause(mode: PauseMode): BreakStatus;
  resume(): BreakStatus;
  /** From powerMonitor: screen lock/unlock, system suspend/resume. */
  systemEvent(event: SystemEvent): void;
  /** The time zone (or idle detection) changed: re-plan from now. Settings changes reach the engine by themselves. */
  replan(): void;
  /** Every status change (tray icon and tooltip follow this). */
  onStatus(listener: (status: BreakStatus) => void): () => void;
}

export interface BreakRecordInput {
  kind: BreakKind;
  dueAt: string;
  shownAt: string | null;
  outcome: BreakOutcome;
  secondsTaken: number;
}

/** Where the engine writes each prompt's outcome (main/db/break-repository.ts). */
export interface BreakRecorder {
  record(entry: BreakRecordInput): void;
  today(localDate: string): BreakToday;
}

// --- Settings --------------------------------------------------------------------

/**
 * Where the engine reads settings: the value when it starts, then each new one
 * as it is saved. The planner keeps the value it is given, so a wake-up never
 * reads or validates the settings file.
 */
export interface SettingsSource {
  get(): Settings;
  onChange(listener: (settings: Settings) => void): () => void;
}

/** Settings read and validated once, kept in memory; each update validated once and saved before it takes effect. */
export interface SettingsStore extends SettingsSource {
  update(patch: SettingsPatch): Settings;
}

/** The part of conf / electron-store the settings store needs. */
export interface SettingsBacking {
  store: Record<string, unknown>;
}

// --- The desktop -----------------------------------------------------------------

export type LoginItemMode = 'system' | 'recorded' | 'unavailable';

export interface LoginItem {
  /**
   * 'system': the operating system acts on it; 'recorded': only remembered (no desktop app here);
   * 'unavailable': this copy cannot be started at login (a development run on macOS or Windows),
   * so turning it on is refused; turning it off still goes to the system.
   */
  readonly mode: LoginItemMode;
  /** Whether Unknot starts at login, as the system sees it now (the person may have changed it there). */
  isEnabled(): boolean;
  /** Throws with a message for the person when the system refuses. */
  setEnabled(enabled: boolean): void;
}

export type NotificationSupport = 'supported' | 'unsupported' | 'ask-browser';
export type TestNotificationResult = 'shown' | 'unsupported' | 'ask-browser';

export interface NotificationCheck {
  /** Whether the system can show Unknot's notifications; 'ask-browser' where the page must ask its own browser. */
  support(): NotificationSupport;
  /** Shows a harmless test notification now, where it can. */
  sendTest(): TestNotificationResult;
}

/** Saving the report as a PDF: Electron asks and prints (main/adapters/electron/report-pdf.ts). */
export interface ReportPdfPort {
  /** Shows the save dialog over the asking window; null when the person cancels. */
  chooseSavePath(contentsId: number, defaultFileName: string): Promise<string | null>;
  /** The asking window's page, rendered with its print stylesheet on the given paper. */
  printToPdf(contentsId: number, pageSize: PaperSize): Promise<Uint8Array>;
}

// --- The weekly report's rows ------------------------------------------------------

/** The dates the weekly report reads, chosen by the use case (main/core/weekly-report.ts). */
export interface WeeklyRowRanges {
  week: string;
  /** The week itself, Monday to Sunday. */
  from: string;
  to: string;
  /** Where the factors' window (and last week) starts; it ends on the week's Sunday. */
  windowFrom: string;
  /** How many days from the first entry make up the baseline. */
  baselineDays: number;
}

/** The database's side of the report: rows only, each set read in one transaction (main/db/report-queries.ts). */
export interface ReportRowSource {
  weeklyRows(ranges: WeeklyRowRanges): WeeklyReportRows;
  /** Daily pain, breaks by outcome, sessions per day and answered check-ins from `from` to `to`. */
  trendRows(from: string, to: string): TrendRows;
  /** Whether any pain entry falls between the dates. */
  hasEntries(from: string, to: string): boolean;
}

/** Where exports go and imports come from (each shell its own way). */
export interface TransferFiles {
  /**
   * A path to write an export to. Electron asks with a save dialog over the
   * asking window (`contentsId`; null: the person closed it); the web preview
   * writes a temporary file the page downloads.
   */
  exportTarget(suggestedName: string, contentsId?: number): Promise<{ path: string; downloadable: boolean } | null>;
  /**
   * The file to import. Electron asks with an open dialog (null: closed); the
   * web preview takes the file the page uploaded under `upload`.
   */
  importSource(
    upload: string | undefined,
    contentsId?: number,
  ): Promise<{ path: string; name: string; cleanup?: () => void } | null>;
}
