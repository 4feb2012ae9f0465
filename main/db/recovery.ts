/**
 * Owns opening the data file at start-up when it may be damaged: a file that
 * SQLite cannot open, or that fails `quick_check`, is moved aside (never
 * deleted, with its -wal and -shm), and the person chooses between the newest
 * good backup and an empty diary (or quits, and then nothing is touched). A
 * file from a newer Unknot is not damage: it keeps its own error and is never moved.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseTooNewError, LATEST_VERSION, openDatabase, type Db } from './open';
import {
  backupNames,
  backupsDirOf,
  checkDatabaseFile,
  fileDataVersion,
  readBackupInfo,
  restoreBackup,
} from './backups';
import { recoveryNotice, type RecoveryChoice, type RecoveryQuestion } from '../core/backup-wording';
import type { Notice } from '../../common/ipc/contract';

export const DATABASE_FILE_NAME = 'unknot.sqlite';

/** The data file is damaged: SQLite cannot read it, or its own check finds it broken. */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    /** SQLite's own words ("file is not a database", "database disk image is malformed", …). */
    readonly problem: string,
  ) {
    super(`${file} is damaged (${problem}).`);
    this.name = 'DatabaseDamagedError';
  }
}

/** SQLite's codes for a file whose content is broken (not a locked, missing or unwritable one). */
export function isDamageError(error: unknown): boolean {
  if (error instanceof DatabaseDamagedError) return true;
  if (!(error instanceof Database.SqliteError)) return false;
  return /^SQLITE_(CORRUPT|NOTADB)/.test(error.code);
}

/**
 * openDatabase plus `quick_check` (a few milliseconds even on years of
 * history): damage is found here, at start-up, rather than later when a screen
 * happens to read the broken page.
 */
export function openCheckedDatabase(file: string): Db {
  let db: Db;
  try {
    db = openDatabase(file);
  } catch (error) {
    if (isDamageError(error)) throw new DatabaseDamagedError(file, (error as Error).message);
    throw error;
  }
  let problem: string | null;
  try {
    const rows = db.pragma('quick_check') as Record<string, string>[];
    problem = rows.map((row) => Object.values(row)[0]).find((value) => value !== 'ok') ?? null;
  } catch (error) {
    if (!isDamageError(error)) {
      db.close();
      throw error;
    }
    problem = (error as Error).message;
  }
  if (problem) {
    db.close();
    throw new DatabaseDamagedError(file, problem);
  }
  return db;
}

/** unknot.sqlite → unknot.damaged-2026-03-01T09-15-00-000Z.sqlite, beside it. */
export function damagedPathFor(file: string, nowMs: number): string {
  const { dir, name, ext } = path.parse(file);
  const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-');
  let candidate = path.join(dir, `${name}.damaged-${stamp}${ext}`);
  for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(dir, `${name}.damaged-${stamp}-${n}${ext}`);
  return candidate;
}

/** Renames the file and the WAL files beside it; returns where the file went. Nothing is deleted. */
export function moveAside(file: string, target: string): string {
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}

/** The newest backup this version can restore and that passes `integrity_check`. */
export function newestGoodBackup(dataDir: string): (ReturnType<typeof readBackupInfo> & { file: string }) | null {
  const dir = backupsDirOf(dataDir);
  for (const name of backupNames(dir)) {
    const file = path.join(dir, name);
    const version = fileDataVersion(file);
    if (version === null || version > LATEST_VERSION) continue;
    if (checkDatabaseFile(file, 'full') !== null) continue;
    return { ...readBackupInfo(dir, name), file };
  }
  return null;
}

export interface RecoverOptions {
  dataDir: string;
  nowMs: number;
  timeZone: string;
  /** How dates are written in the notice (default: the process's locale). */
  locale?: string;
  /** Asks the person (Electron: a dialog) or decides for them (the web preview). */
  choose(question: RecoveryQuestion): RecoveryChoice | Promise<RecoveryChoice>;
  log?: (message: string, error?: unknown) => void;
}

export interface Opened {
  db: Db;
  /** Set when the file was damaged: what happened, for the app's notices. */
  notice: Notice | null;
}

/**
 * Opens the data file, or recovers from a damaged one. Returns null when the
 * person chose to quit (the file is then left exactly where it was).
 * DatabaseTooNewError and other errors (permissions, a full disk) are thrown as they are.
 */
export async function openOrRecover(options: RecoverOptions): Promise<Opened | null> {
  const file = path.join(options.dataDir, DATABASE_FILE_NAME);
  const where = { timeZone: options.timeZone, locale: options.locale };
  try {
    return { db: openCheckedDatabase(file), notice: null };
  } catch (error) {
    if (error instanceof DatabaseTooNewError || !(error instanceof DatabaseDamagedError)) throw error;
    const question: RecoveryQuestion = {
      file,
      problem: error.problem,
      damagedPath: damagedPathFor(file, options.nowMs),
      backup: newestGoodBackup(options.dataDir),
    };
    const choice = await options.choose(question);
    if (choice === 'quit') return null;
    moveAside(file, question.damagedPath);
    const db = openDatabase(file);
    if (choice === 'restore' && question.backup) {
      try {
        restoreBackup(db, question.backup.file, options.dataDir);
        return { db, notice: recoveryNotice(question, 'restored', where, options.nowMs) };
      } catch (restoreError) {
        options.log?.('Restoring the newest backup after a damaged start failed.', restoreError);
        return { db, notice: recoveryNotice(question, 'restore-failed', where, options.nowMs) };
      }
    }
    return { db, notice: recoveryNotice(question, 'fresh', where, options.nowMs) };
  }
}

/** The web preview's answer: there is no dialog to ask in, so the newest good backup, or else a fresh start. */
export function restoreNewestOrStartFresh(question: RecoveryQuestion): RecoveryChoice {
  return question.backup ? 'restore' : 'fresh';
}
