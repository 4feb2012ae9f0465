/**
 * Owns the ports the pure core talks through. Electron adapters (main/platform/),
 * Node adapters (web preview, CLI) and test fakes implement them; nothing in
 * main/core/ knows which.
 */
import type { BreakKind, BreakStatus } from '../../common/domain/breaks';
import type { Weekday } from '../../common/domain/settings';

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

/** What the engine asks the person's screen to do. */
export interface BreakNotifier {
  /** A heads-up shortly before a break (a native notification; never takes focus). */
  preBreak(kind: BreakKind, inSeconds: number): void;
  /** Open (or refresh) the break window for the prompt in status.prompt. */
  showPrompt(status: BreakStatus): void;
  /** Close the break window and give focus back. */
  closePrompt(): void;
}
