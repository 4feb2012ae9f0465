/**
 * Owns how the command line reports a failure: one line, `unknot: <file>: <what
 * is wrong>. <what to do>`, and an exit code — never a stack trace (set
 * UNKNOT_DEBUG=1 to get one). A damaged data file points to `unknot restore`
 * with the newest backup's name; a file from a newer Unknot says to update.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseTooNewError } from '../db/open';
import { ImportError } from '../db/data-transfer';
import { TraceError } from './simulator';
import { BackupError, backupNames, backupsDirOf } from '../db/backups';
import { DatabaseDamagedError, isDamageError } from '../db/recovery';

/** Bad use of the command line: the usage text follows, exit code 2. */
export class UsageError extends Error {}
/** The data folder is not there or holds no Unknot database (nothing is created). Exit code 2. */
export class DataDirError extends Error {}

/** What to do about a damaged data file in `dataDir`: restore the newest backup by name, or move the file aside. */
export function damagedFileAdvice(dataDir: string): string {
  const newest = backupNames(backupsDirOf(dataDir))[0];
  const restore = newest ? `unknot restore ${newest}` : 'unknot restore <backup file>';
  return `Restore a backup with "${restore}${dataDirFlag(dataDir)}" or move the file aside.`;
}

function dataDirFlag(dataDir: string): string {
  return ` --data-dir ${/[\s"]/.test(dataDir) ? `'${dataDir}'` : dataDir}`;
}

export interface Failure {
  line: string;
  code: number;
}

/**
 * The one line for an error thrown by a command. `dataFile` is the database the
 * command was working on, so an error SQLite raises without a file name still names it.
 */
export function describeFailure(error: unknown, dataFile: string | null): Failure {
  if (
    error instanceof UsageError ||
    error instanceof DataDirError ||
    error instanceof TraceError ||
    error instanceof ImportError
  ) {
    return { line: error.message, code: 2 };
  }
  if (error instanceof DatabaseDamagedError) {
    return {
      line: `${error.file}: the file is damaged (${error.problem}). ${damagedFileAdvice(path.dirname(error.file))}`,
      code: 1,
    };
  }
  if (error instanceof DatabaseTooNewError) {
    const where = dataFile ? `${dataFile}: ` : '';
    return {
      line:
        `${where}this file was written by a newer version of Unknot (data version ${error.fileVersion}; this version ` +
        `understands up to ${error.supportedVersion}). Update Unknot to use it; the file has not been changed.`,
      code: 1,
    };
  }
  if (isDamageError(error) && dataFile) {
    return {
      line: `${dataFile}: the file is damaged (${(error as Error).message}). ${damagedFileAdvice(path.dirname(dataFile))}`,
      code: 1,
    };
  }
  if (error instanceof BackupError) return { line: error.message, code: 1 };
  const message = error instanceof Error ? error.message : String(error);
  // SQLite's messages never name the file; anything else (a file the command writes, say) names its own.
  const where = error instanceof Database.SqliteError && dataFile ? `${dataFile}: ` : '';
  return { line: `${where}${message}`, code: 1 };
}
