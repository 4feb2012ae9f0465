/**
 * Backups on real SQLite files: a backup is a checked, exact copy with nothing
 * left beside it; a damaged database gives no backup; the list counts entries;
 * the rotation keeps 7 days and 4 weeks (and never empties the folder after a
 * long gap); the start-up backup is made only when due and never throws; a
 * restore replaces everything at once, migrates an older backup and refuses a
 * damaged or newer one without touching the data.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  BackupError,
  backupIfDue,
  backupNames,
  checkDatabaseFile,
  countEntries,
  createBackup,
  listBackups,
  removeUnfinishedBackups,
  restoreBackup,
  rotateBackups,
} from '../../../main/db/backups';
import { backupsToKeep } from '../../../main/core/backup-rotation';
import { backupNameAt, backupTimeOf } from '../../../common/domain/backups';
import { closeDatabase, openDatabase } from '../../../main/db/open';
import { LATEST_VERSION, MIGRATIONS } from '../../../main/db/migrations';
import { openServices, tempDir } from '../helpers';
import { addHistory, damageDataPages, databaseFileOf, dataDirWithHistory, dumpTables } from './backup-fixtures';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-03-02T08:00:00Z'); // a Monday

function openHistory(dataDir: string) {
  const db = openDatabase(databaseFileOf(dataDir));
  return { db, close: () => closeDatabase(db) };
}

describe('backup names', () => {
  it('name the UTC second, and read back to the same instant', () => {
    expect(backupNameAt(Date.parse('2026-03-01T09:15:07.900Z'))).toBe('unknot-2026-03-01-091507.sqlite');
    expect(backupTimeOf('unknot-2026-03-01-091507.sqlite')).toBe(Date.parse('2026-03-01T09:15:07Z'));
  });

  it('are refused when they are anything else or an impossible time', () => {
    for (const name of [
      'unknot-2026-02-30-091507.sqlite',
      'unknot-2026-03-01-251507.sqlite',
      'unknot.sqlite',
      '../unknot-2026-03-01-091507.sqlite',
      'unknot-2026-03-01-091507.sqlite.partial',
    ]) {
      expect(backupTimeOf(name), name).toBeNull();
    }
  });
});

describe('createBackup', () => {
  it('writes an exact, checked copy under a backup name, with no journal or partial file beside it', async () => {
    const dataDir = await dataDirWithHistory(40, 3);
    const { db, close } = openHistory(dataDir);
    const dir = path.join(dataDir, 'backups');
    const made = await createBackup(db, dir, T0);
    expect(made.name).toBe(backupNameAt(T0));
    expect(made.counts).toEqual({ painEntries: 40, checkins: 3, routineSessions: 3 });
    expect(made.sizeBytes).toBe(fs.statSync(path.join(dir, made.name)).size);
    const copy = new Database(path.join(dir, made.name), { readonly: true });
    expect(dumpTables(copy)).toEqual(dumpTables(db));
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    close();
    // Reading the list (which opens every backup) leaves nothing behind either.
    listBackups(dir);
    expect(fs.readdirSync(dir)).toEqual([made.name]);
  });

  it('gives two backups in the same second different names', async () => {
    const dataDir = await dataDirWithHistory(2);
    const { db, close } = openHistory(dataDir);
    const dir = path.join(dataDir, 'backups');
    const a = await createBackup(db, dir, T0);
    const b = await createBackup(db, dir, T0 + 300);
    close();
    expect(b.name).not.toBe(a.name);
    expect(backupTimeOf(b.name)).toBe(T0 + 1000);
  });

  it('keeps no backup of a database whose pages are damaged, and says why', async () => {
    const dataDir = await dataDirWithHistory(120);
    damageDataPages(databaseFileOf(dataDir));
    const db = new Database(databaseFileOf(dataDir));
    const dir = path.join(dataDir, 'backups');
    const error = await createBackup(db, dir, T0).catch((e: unknown) => e);
    db.close();
    expect(error).toBeInstanceOf(BackupError);
    // SQLite notices the damage while copying, or else the copy's integrity check does.
    expect((error as Error).message).toMatch(
      /^(The data could not be copied \(database disk image is malformed\), so no backup was made|The backup copy did not pass SQLite's integrity check \(.+\), so it was not kept)\.$/,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('listBackups', () => {
  it('lists backups newest first with their entry counts, and nothing else in the folder', async () => {
    const dataDir = await dataDirWithHistory(3, 1);
    const s = openServices(dataDir);
    const dir = path.join(dataDir, 'backups');
    const older = await createBackup(s.db, dir, T0);
    await addHistory(s, 2);
    const newer = await createBackup(s.db, dir, T0 + DAY);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    fs.writeFileSync(path.join(dir, 'unknot-2026-03-05-000000.sqlite.partial'), 'half');
    const list = listBackups(dir);
    expect(list.map((b) => b.name)).toEqual([newer.name, older.name]);
    expect(list.map((b) => b.counts?.painEntries)).toEqual([5, 3]);
    expect(list[0]!.createdAtMs).toBe(T0 + DAY);
  });

  it('still lists a backup it cannot read, without counts', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, backupNameAt(T0)), 'not a database at all');
    expect(listBackups(dir)).toEqual([{ name: backupNameAt(T0), createdAtMs: T0, sizeBytes: 21, counts: null }]);
    expect(countEntries(path.join(dir, backupNameAt(T0)))).toBeNull();
  });

  it('is empty when the folder does not exist yet', () => {
    expect(listBackups(path.join(tempDir(), 'backups'))).toEqual([]);
  });
});

describe('the rotation', () => {
  const at = (iso: string) => ({ name: backupNameAt(Date.parse(iso)), atMs: Date.parse(iso) });

  it('keeps the newest backup of each of the last 7 days and of each of the last 4 weeks', () => {
    // Three backups a day for 40 days, ending on Sunday 2026-04-12.
    const backups = [];
    for (let d = 0; d < 40; d++) {
      for (const hour of ['08', '12', '18']) {
        const date = new Date(Date.parse('2026-03-04T00:00:00Z') + d * DAY).toISOString().slice(0, 10);
        backups.push(at(`${date}T${hour}:00:00Z`));
      }
    }
    const kept = [...backupsToKeep(backups, 'UTC')].sort();
    expect(kept).toEqual(
      [
        // The 4 most recent weeks: the newest of each (W12…W14 are covered by Sundays, W15's by its own day).
        '2026-03-22T18:00:00Z', // Sunday of W12
        '2026-03-29T18:00:00Z', // Sunday of W13
        '2026-04-05T18:00:00Z', // Sunday of W14
        // The 7 most recent days (W15: Monday 6 April … Sunday 12 April).
        '2026-04-06T18:00:00Z',
        '2026-04-07T18:00:00Z',
        '2026-04-08T18:00:00Z',
        '2026-04-09T18:00:00Z',
        '2026-04-10T18:00:00Z',
        '2026-04-11T18:00:00Z',
        '2026-04-12T18:00:00Z',
      ]
        .map((iso) => at(iso).name)
        .sort(),
    );
  });

  it('after a long gap keeps older backups as weekly ones instead of deleting them all', () => {
    const backups = [
      at('2026-01-05T08:00:00Z'),
      at('2026-01-06T08:00:00Z'),
      at('2026-01-12T08:00:00Z'),
      at('2026-01-19T08:00:00Z'),
      at('2026-01-26T08:00:00Z'),
      at('2026-06-01T08:00:00Z'), // back after four months
    ];
    const kept = backupsToKeep(backups, 'UTC');
    expect(kept.size).toBe(6);
    // Days count too: 6 distinct days ≤ 7, so every one is kept.
    const many = [...backups, at('2025-12-01T08:00:00Z'), at('2025-11-03T08:00:00Z')];
    const keptMany = backupsToKeep(many, 'UTC');
    expect(keptMany.has(at('2026-06-01T08:00:00Z').name)).toBe(true);
    expect(keptMany.has(at('2025-11-03T08:00:00Z').name)).toBe(false);
    expect(keptMany.size).toBe(7);
  });

  it('counts days where the person lives: 23:30 and 00:30 local are two days even within one UTC day', () => {
    // Auckland is UTC+13 in March: 10:30Z and 11:30Z are 23:30 and 00:30 local.
    const late = at('2026-03-02T10:30:00Z');
    const early = at('2026-03-02T11:30:00Z');
    const earlier = at('2026-03-02T09:00:00Z');
    expect(backupsToKeep([late, early, earlier], 'UTC')).toEqual(new Set([early.name]));
    expect(backupsToKeep([late, early, earlier], 'Pacific/Auckland')).toEqual(new Set([early.name, late.name]));
  });

  it('deletes on disk exactly what the rule does not keep, and nothing that is not a backup', () => {
    const dir = tempDir();
    const names = Array.from({ length: 12 }, (_, i) => backupNameAt(T0 + i * DAY));
    for (const name of names) fs.writeFileSync(path.join(dir, name), '');
    fs.writeFileSync(path.join(dir, 'mine.sqlite'), '');
    const removed = rotateBackups(dir, 'UTC');
    const kept = backupsToKeep(
      names.map((name) => ({ name, atMs: backupTimeOf(name)! })),
      'UTC',
    );
    expect(removed.length).toBe(12 - kept.size);
    expect(new Set(backupNames(dir))).toEqual(kept);
    expect(fs.existsSync(path.join(dir, 'mine.sqlite'))).toBe(true);
  });
});

describe('backupIfDue (start-up)', () => {
  it('backs up when there is none, not again within a day, and again after a day, rotating as it goes', async () => {
    const dataDir = await dataDirWithHistory(2);
    const { db, close } = openHistory(dataDir);
    const dir = path.join(dataDir, 'backups');
    const options = { timeZone: 'UTC' };
    expect(await backupIfDue(db, dir, { ...options, nowMs: T0 })).not.toBeNull();
    expect(await backupIfDue(db, dir, { ...options, nowMs: T0 + DAY - 1000 })).toBeNull();
    expect(backupNames(dir)).toHaveLength(1);
    for (let d = 1; d <= 12; d++)
      expect(await backupIfDue(db, dir, { ...options, nowMs: T0 + d * DAY })).not.toBeNull();
    close();
    // 13 days of backups, rotated down to 7 days plus the older weeks' newest.
    const names = backupNames(dir);
    expect(names).toHaveLength(
      backupsToKeep(
        names.map((name) => ({ name, atMs: backupTimeOf(name)! })),
        'UTC',
      ).size,
    );
    expect(names.length).toBeLessThan(13);
    expect(names[0]).toBe(backupNameAt(T0 + 12 * DAY));
  });

  it('does not count a backup dated in the future (a clock that was wrong) as recent', async () => {
    const dataDir = await dataDirWithHistory(1);
    const { db, close } = openHistory(dataDir);
    const dir = path.join(dataDir, 'backups');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, backupNameAt(T0 + 30 * DAY)), '');
    expect(await backupIfDue(db, dir, { nowMs: T0, timeZone: 'UTC' })).not.toBeNull();
    close();
  });

  it('never throws: a failure is logged and start-up goes on', async () => {
    const dataDir = await dataDirWithHistory(1);
    const { db, close } = openHistory(dataDir);
    const notAFolder = path.join(dataDir, 'backups');
    fs.writeFileSync(notAFolder, 'a file where the folder should be');
    const logged: string[] = [];
    const made = await backupIfDue(db, notAFolder, { nowMs: T0, timeZone: 'UTC', log: (m) => logged.push(m) });
    close();
    expect(made).toBeNull();
    expect(logged).toEqual(['The daily backup failed; it will be tried again at the next start.']);
  });

  it('quitting half-way through a backup keeps no half-written copy', async () => {
    const dataDir = await dataDirWithHistory(600);
    const { db, close } = openHistory(dataDir);
    // More pages than one step copies (better-sqlite3: none in the first step, 100 in each after).
    expect(db.pragma('page_count', { simple: true })).toBeGreaterThan(100);
    const dir = path.join(dataDir, 'backups');
    const logged: string[] = [];
    const running = backupIfDue(db, dir, { nowMs: T0, timeZone: 'UTC', log: (m) => logged.push(m) });
    // db.backup copies in steps between turns of the event loop; the app quits after the first.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    close();
    expect(await running).toBeNull();
    expect(logged).toHaveLength(1);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('clears copies left by a backup that was cut off', () => {
    const dir = tempDir();
    const partial = `${backupNameAt(T0)}.partial`;
    for (const name of [partial, `${partial}-journal`, backupNameAt(T0), 'other.partial']) {
      fs.writeFileSync(path.join(dir, name), '');
    }
    removeUnfinishedBackups(dir);
    expect(fs.readdirSync(dir).sort()).toEqual(['other.partial', backupNameAt(T0)]);
  });
});

describe('restoreBackup', () => {
  it('replaces every table with the backup’s rows, in the open connection', async () => {
    const dataDir = await dataDirWithHistory(5, 2);
    const s = openServices(dataDir);
    const dir = path.join(dataDir, 'backups');
    const made = await createBackup(s.db, dir, T0);
    const atBackup = dumpTables(s.db);
    await addHistory(s, 7, 0);
    s.db.exec('DELETE FROM checkins');
    expect(dumpTables(s.db)).not.toEqual(atBackup);
    restoreBackup(s.db, path.join(dir, made.name), dataDir);
    expect(dumpTables(s.db)).toEqual(atBackup);
    // The services keep working on the same connection: the pain log shows the restored entries.
    expect((await s.dispatch({ url: 'app://unknot/index.html', isMainFrame: true }, 'pain:list', {})).ok).toBe(true);
    expect(s.db.pragma('foreign_key_check')).toEqual([]);
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('restoring'))).toEqual([]);
  });

  it('brings a backup from an older version up to today’s tables', async () => {
    const dir = tempDir();
    const oldFile = path.join(dir, 'old.sqlite');
    const old = openDatabase(oldFile, { migrations: MIGRATIONS.slice(0, 1) });
    old
      .prepare(
        `INSERT INTO pain_entries (id, at_ms, local_date, utc_offset_minutes, note, created_at_ms, updated_at_ms)
         VALUES ('old-1', 1, '2026-01-05', 60, 'from an old version', 1, 1)`,
      )
      .run();
    closeDatabase(old);
    const current = openDatabase(path.join(dir, 'unknot.sqlite'));
    restoreBackup(current, oldFile, dir);
    expect(current.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(current.prepare('SELECT note FROM pain_entries').pluck().all()).toEqual(['from an old version']);
    closeDatabase(current);
  });

  it('refuses a damaged backup or one from a newer Unknot, and changes nothing', async () => {
    const dataDir = await dataDirWithHistory(150);
    const s = openServices(dataDir);
    const before = dumpTables(s.db);
    const dir = path.join(dataDir, 'backups');
    const made = await createBackup(s.db, dir, T0);
    damageDataPages(path.join(dir, made.name));
    expect(() => restoreBackup(s.db, path.join(dir, made.name), dataDir)).toThrow(
      /^unknot-2026-03-02-080000\.sqlite is damaged \(.+\), so it cannot be restored\.$/,
    );

    const newer = path.join(dir, backupNameAt(T0 + 1000));
    fs.copyFileSync(databaseFileOf(dataDir), newer);
    const raw = new Database(newer);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    expect(() => restoreBackup(s.db, newer, dataDir)).toThrow(
      new BackupError(
        `${path.basename(newer)} was made by a newer version of Unknot (data version ${LATEST_VERSION + 1}; ` +
          `this version understands up to ${LATEST_VERSION}), so it cannot be restored here. Please update Unknot.`,
      ),
    );
    expect(dumpTables(s.db)).toEqual(before);
    expect(checkDatabaseFile(databaseFileOf(dataDir), 'full')).toBeNull();
  });
});
