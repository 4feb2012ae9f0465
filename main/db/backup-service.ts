/**
 * Owns the backups of the running app's open database: the start-up backup,
 * "Back up now", the list, and restoring one (after a safety backup of the
 * current state). One operation runs at a time, so a restore never meets a
 * backup half-written from the same database.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../common/domain/backups';
import { NotFoundError } from '../core/errors';
import { backupIfDue, backupsDirOf, createBackup, listBackups, readBackupInfo, restoreBackup } from './backups';
import type { Db } from './open';

export interface BackupServiceDeps {
  db: Db;
  dataDir: string;
  now: () => number;
  timeZone: () => string;
  log?: (message: string, error?: unknown) => void;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The backup of what was there just before, made first. */
  safety: BackupInfo;
}

export interface BackupService {
  readonly folder: string;
  list(): BackupInfo[];
  create(): Promise<BackupInfo>;
  restore(name: string): Promise<RestoreResult>;
  /** The start-up backup when the newest is a day old; never throws. */
  backupIfDue(): Promise<BackupInfo | null>;
  /** Settles once every operation asked for so far has finished (quitting waits for it). */
  idle(): Promise<void>;
}

export function createBackupService(deps: BackupServiceDeps): BackupService {
  const folder = backupsDirOf(deps.dataDir);
  let queue: Promise<unknown> = Promise.resolve();
  function serially<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }
  return {
    folder,
    list: () => listBackups(folder),
    create: () => serially(() => createBackup(deps.db, folder, deps.now())),
    restore: (name) =>
      serially(async () => {
        const file = path.join(folder, name);
        if (!fs.existsSync(file)) throw new NotFoundError(`The backup ${name} is no longer in ${folder}.`);
        const restored = readBackupInfo(folder, name);
        const safety = await createBackup(deps.db, folder, deps.now());
        restoreBackup(deps.db, file, deps.dataDir);
        return { restored, safety };
      }),
    backupIfDue: () =>
      serially(() => backupIfDue(deps.db, folder, { nowMs: deps.now(), timeZone: deps.timeZone(), log: deps.log })),
    idle: () => queue.then(() => undefined),
  };
}
