/**
 * Owns opening the SQLite file: pragmas, the newer-than-code refusal, and
 * running pending migrations. The only place that constructs a Database.
 */
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export class DatabaseTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `This data file was written by a newer version of Unknot (data version ${fileVersion}; ` +
        `this version understands up to ${supportedVersion}). Please update Unknot. ` +
        `The file has not been changed.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export interface OpenOptions {
  /** Migrations to apply; tests pass a prefix to build older versions. */
  migrations?: readonly Migration[];
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  const supported = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  // Check the version before any pragma that could write (WAL switch writes the header).
  if (path !== ':memory:') refuseIfTooNew(path, supported);

  const db = new Database(path);
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    // FULL: in WAL mode NORMAL can lose the last acknowledged commits on power loss. A pain diary
    // writes little, so durability wins (bench: an insert stays well under a millisecond).
    db.pragma('synchronous = FULL');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function refuseIfTooNew(path: string, supported: number): void {
  let probe: Db;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    return; // no file yet: it will be created
  }
  try {
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (version > supported) throw new DatabaseTooNewError(version, supported);
  } finally {
    probe.close();
  }
}

export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const supported = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  if (current > supported) throw new DatabaseTooNewError(current, supported);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
  } finally {
    db.close();
  }
}

export { LATEST_VERSION };
