/**
 * Owns the backup files in `backups/` beside the database: writing one with
 * SQLite's online backup API and keeping it only once it passes
 * `integrity_check`, listing them with their entry counts, the rotation's
 * deletions, and restoring one into an open database.
 *
 * Restoring copies the backup's rows into the open connection in one
 * transaction (after migrating a temporary copy of it to this version's schema)
 * instead of swapping files. Why: the app's services, the CLI and a running app
 * can all hold the database open; a transaction on the one file is atomic (a
 * crash half-way leaves the data as it was), every open connection simply sees
 * the restored rows afterwards, and nothing has to be closed, reopened or rebuilt.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  BACKUP_INTERVAL_MS,
  BACKUP_NAME_PATTERN,
  backupNameAt,
  backupTimeOf,
  type BackupCounts,
  type BackupInfo,
} from '../../common/domain/backups';
import { backupsToKeep } from '../core/backup-rotation';
import { DatabaseTooNewError, closeDatabase, openDatabase, type Db } from './open';

export const BACKUPS_FOLDER = 'backups';

export function backupsDirOf(dataDir: string): string {
  return path.join(dataDir, BACKUPS_FOLDER);
}

/** A backup could not be written, checked or restored; the message is for the person. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const PARTIAL_SUFFIX = '.partial';

/**
 * Writes a backup of `db` into `dir` and returns it. The copy is made under a
 * temporary name and only renamed to `unknot-<UTC time>.sqlite` once SQLite's
 * integrity check says "ok", so a file with a backup's name is always a good one.
 * db.backup copies a few pages per turn of the event loop, so the app keeps answering meanwhile.
 */
export async function createBackup(db: Db, dir: string, nowMs: number): Promise<BackupInfo> {
  fs.mkdirSync(dir, { recursive: true });
  let atMs = Math.floor(nowMs / 1000) * 1000;
  // Two backups in one second (Back up now, then a restore's safety copy) get the next free second.
  while (fs.existsSync(path.join(dir, backupNameAt(atMs)))) atMs += 1000;
  const name = backupNameAt(atMs);
  const partial = path.join(dir, name + PARTIAL_SUFFIX);
  try {
    try {
      await db.backup(partial);
      useRollbackJournal(partial);
    } catch (error) {
      if (!(error instanceof Database.SqliteError)) throw error;
      throw new BackupError(`The data could not be copied (${error.message}), so no backup was made.`);
    }
    const problem = checkDatabaseFile(partial, 'full');
    if (problem)
      throw new BackupError(`The backup copy did not pass SQLite's integrity check (${problem}), so it was not kept.`);
    fs.renameSync(partial, path.join(dir, name));
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  }
  return readBackupInfo(dir, name);
}

/**
 * The copy carries the live file's WAL flag; opened like that, every later read
 * (the list's counts, a check) would leave -wal and -shm files in the folder.
 */
function useRollbackJournal(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/**
 * null when SQLite finds the file sound, else its first complaint in its own words.
 * 'quick' is quick_check (start-up, a few ms); 'full' also checks that indexes match their tables.
 */
export function checkDatabaseFile(file: string, depth: 'quick' | 'full'): string | null {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return (error as Error).message;
  }
  try {
    const rows = db.pragma(depth === 'full' ? 'integrity_check' : 'quick_check', { simple: false }) as Record<
      string,
      string
    >[];
    const first = rows.map((row) => Object.values(row)[0]).find((value) => value !== 'ok');
    return first ?? null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    db.close();
  }
}

/** The data version a database file says it has (its user_version), or null when it cannot be read. */
export function fileDataVersion(file: string): number | null {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.pragma('user_version', { simple: true }) as number;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

const COUNTED_TABLES: Record<keyof BackupCounts, string> = {
  painEntries: 'pain_entries',
  checkins: 'checkins',
  routineSessions: 'routine_sessions',
};

/** What a database file holds, for the person choosing one; null when it cannot be read. */
export function countEntries(file: string): BackupCounts | null {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const tables = new Set(
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
      );
      const count = (table: string) =>
        // An older backup may predate a table: it holds none of those.
        tables.has(table) ? (db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number) : 0;
      return {
        painEntries: count(COUNTED_TABLES.painEntries),
        checkins: count(COUNTED_TABLES.checkins),
        routineSessions: count(COUNTED_TABLES.routineSessions),
      };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

export function readBackupInfo(dir: string, name: string): BackupInfo {
  const file = path.join(dir, name);
  const createdAtMs = backupTimeOf(name);
  if (createdAtMs === null) throw new BackupError(`${name} is not the name of an Unknot backup.`);
  return { name, createdAtMs, sizeBytes: fs.statSync(file).size, counts: countEntries(file) };
}

/** The names of the backups in `dir`, newest first (none when the folder is not there yet). */
export function backupNames(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => backupTimeOf(name) !== null)
    .sort()
    .reverse();
}

export function listBackups(dir: string): BackupInfo[] {
  return backupNames(dir).map((name) => readBackupInfo(dir, name));
}

/** Deletes the backups the rotation does not keep; returns their names. */
export function rotateBackups(dir: string, timeZone: string): string[] {
  const dated = backupNames(dir).map((name) => ({ name, atMs: backupTimeOf(name)! }));
  const keep = backupsToKeep(dated, timeZone);
  const removed = dated.filter((b) => !keep.has(b.name)).map((b) => b.name);
  for (const name of removed) fs.rmSync(path.join(dir, name), { force: true });
  return removed;
}

/** Copies left by a backup that was cut off (the app quit half-way); never a finished backup. */
export function removeUnfinishedBackups(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const base = name.replace(/-journal$/, '');
    if (base.endsWith(PARTIAL_SUFFIX) && BACKUP_NAME_PATTERN.test(base.slice(0, -PARTIAL_SUFFIX.length))) {
      fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}

export interface DueOptions {
  nowMs: number;
  timeZone: string;
  log?: (message: string, error?: unknown) => void;
}

/**
 * The start-up backup: made when the newest backup is a day old or there is
 * none, then the rotation. Never throws: a backup that fails must not stop the
 * app from starting, so it is logged and tried again at the next start.
 */
export async function backupIfDue(db: Db, dir: string, options: DueOptions): Promise<BackupInfo | null> {
  try {
    removeUnfinishedBackups(dir);
    const newest = backupNames(dir)[0];
    const newestAt = newest ? backupTimeOf(newest)! : null;
    // A backup "from the future" (the clock was wrong) does not count as recent.
    if (newestAt !== null && newestAt <= options.nowMs && options.nowMs - newestAt < BACKUP_INTERVAL_MS) return null;
    const made = await createBackup(db, dir, options.nowMs);
    rotateBackups(dir, options.timeZone);
    return made;
  } catch (error) {
    options.log?.('The daily backup failed; it will be tried again at the next start.', error);
    return null;
  }
}

/** Removes a database file and the journal files SQLite may have left beside it. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

/**
 * Replaces everything in `db` with what `backupFile` holds. The backup is first
 * copied into `workDir` and migrated there to this version's schema (so an older
 * backup restores into today's tables); a damaged backup, or one from a newer
 * Unknot, is refused with a BackupError. Nothing in `db` changes
 * unless the whole copy succeeds.
 */
export function restoreBackup(db: Db, backupFile: string, workDir: string): void {
  const work = path.join(workDir, `unknot.restoring-${process.pid}.sqlite`);
  removeDatabaseFiles(work);
  try {
    try {
      fs.copyFileSync(backupFile, work);
      // A database file someone names on the command line may still have its WAL beside it.
      if (fs.existsSync(`${backupFile}-wal`)) fs.copyFileSync(`${backupFile}-wal`, `${work}-wal`);
    } catch (error) {
      throw new BackupError(`Cannot read ${backupFile}: ${(error as Error).message}`);
    }
    const before = checkDatabaseFile(work, 'full');
    if (before) throw new BackupError(`${path.basename(backupFile)} is damaged (${before}), so it cannot be restored.`);
    try {
      closeDatabase(openDatabase(work)); // brings an older backup up to this version's tables
    } catch (error) {
      if (!(error instanceof DatabaseTooNewError)) throw error;
      throw new BackupError(
        `${path.basename(backupFile)} was made by a newer version of Unknot (data version ${error.fileVersion}; ` +
          `this version understands up to ${error.supportedVersion}), so it cannot be restored here. Please update Unknot.`,
      );
    }
    replaceContents(db, work);
  } finally {
    removeDatabaseFiles(work);
  }
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

function replaceContents(db: Db, sourceFile: string): void {
  db.prepare('ATTACH DATABASE ? AS restore_source').run(sourceFile);
  try {
    db.transaction(() => {
      // Rows go in table by table; the foreign keys are checked once, at the commit.
      db.pragma('defer_foreign_keys = ON');
      const tables = db
        .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .pluck()
        .all() as string[];
      const sourceTables = new Set(
        db.prepare("SELECT name FROM restore_source.sqlite_master WHERE type = 'table'").pluck().all() as string[],
      );
      // Every table is emptied before any is filled, so a cascade from a parent table never removes restored rows.
      for (const table of tables) db.exec(`DELETE FROM main.${quoted(table)}`);
      for (const table of tables) {
        if (!sourceTables.has(table)) continue;
        const columns = db.prepare("SELECT name FROM pragma_table_info(?, 'main')").pluck().all(table) as string[];
        const list = columns.map(quoted).join(', ');
        db.exec(`INSERT INTO main.${quoted(table)} (${list}) SELECT ${list} FROM restore_source.${quoted(table)}`);
      }
      // AUTOINCREMENT counters, when a table has one, come along so new ids never reuse a restored one.
      const mainHasSequence = db.prepare("SELECT 1 FROM main.sqlite_master WHERE name = 'sqlite_sequence'").get();
      if (mainHasSequence && sourceTables.has('sqlite_sequence')) {
        db.exec('DELETE FROM main.sqlite_sequence');
        db.exec('INSERT INTO main.sqlite_sequence (name, seq) SELECT name, seq FROM restore_source.sqlite_sequence');
      }
    })();
  } finally {
    db.exec('DETACH DATABASE restore_source');
  }
}
