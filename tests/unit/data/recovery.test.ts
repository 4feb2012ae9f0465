/**
 * Start-up recovery on real damaged files: a text file named unknot.sqlite,
 * and a real database with garbage written over its pages. The person is asked
 * with the newest good backup (its date and counts); the damaged file is moved
 * aside with its WAL files and never deleted; quitting touches nothing; a file
 * from a newer Unknot keeps its own error and is never moved. Also the words:
 * the dialog's buttons and the notices.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import {
  DatabaseDamagedError,
  damagedPathFor,
  moveAside,
  newestGoodBackup,
  openCheckedDatabase,
  openOrRecover,
  restoreNewestOrStartFresh,
} from '../../../main/db/recovery';
import { createBackup } from '../../../main/db/backups';
import { DatabaseTooNewError, closeDatabase, openDatabase } from '../../../main/db/open';
import { LATEST_VERSION } from '../../../main/db/migrations';
import {
  recoveryDialog,
  recoveryNotice,
  restoredNotice,
  type RecoveryQuestion,
} from '../../../main/core/backup-wording';
import { backupNameAt, countsInWords } from '../../../common/domain/backups';
import { tempDir } from '../helpers';
import { damageDataPages, databaseFileOf, dataDirWithHistory, dumpTables } from './backup-fixtures';

const NOW = Date.parse('2026-03-05T10:00:00Z');
const TZ = 'Europe/Berlin';
const WHERE = { timeZone: TZ, locale: 'en-GB' };

/** Makes a backup of the data folder's database as it is now, dated `atMs`. */
async function backUp(dataDir: string, atMs: number) {
  const db = openDatabase(databaseFileOf(dataDir));
  const made = await createBackup(db, path.join(dataDir, 'backups'), atMs);
  const dump = dumpTables(db);
  closeDatabase(db);
  return { made, dump };
}

function recover(dataDir: string, choice: 'restore' | 'fresh' | 'quit') {
  const choose = vi.fn((_q: RecoveryQuestion) => choice);
  const result = openOrRecover({ dataDir, nowMs: NOW, timeZone: TZ, locale: 'en-GB', choose });
  return { choose, result };
}

describe('openCheckedDatabase', () => {
  it('opens a sound file', async () => {
    const dataDir = await dataDirWithHistory(3);
    const db = openCheckedDatabase(databaseFileOf(dataDir));
    expect(db.prepare('SELECT count(*) FROM pain_entries').pluck().get()).toBe(3);
    closeDatabase(db);
  });

  it('calls a text file and a file with damaged pages damaged, in SQLite’s words', async () => {
    const text = path.join(tempDir(), 'unknot.sqlite');
    fs.writeFileSync(text, 'These are my notes, not a database.\n'.repeat(20));
    expect(() => openCheckedDatabase(text)).toThrow(new DatabaseDamagedError(text, 'file is not a database'));

    const dataDir = await dataDirWithHistory(150);
    damageDataPages(databaseFileOf(dataDir));
    const error = (() => {
      try {
        openCheckedDatabase(databaseFileOf(dataDir));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DatabaseDamagedError);
    expect((error as DatabaseDamagedError).problem.length).toBeGreaterThan(0);
  });
});

describe('openOrRecover', () => {
  it('opens a sound file without asking anything', async () => {
    const dataDir = await dataDirWithHistory(2);
    const { choose, result } = recover(dataDir, 'fresh');
    const opened = (await result)!;
    expect(opened.notice).toBeNull();
    expect(choose).not.toHaveBeenCalled();
    closeDatabase(opened.db);
  });

  it('a text file named unknot.sqlite, no backup: asks, keeps the file aside byte for byte, starts fresh and says so', async () => {
    const dataDir = tempDir();
    const file = databaseFileOf(dataDir);
    const bytes = Buffer.from('my pain diary, typed by hand\n'.repeat(10));
    fs.writeFileSync(file, bytes);
    const { choose, result } = recover(dataDir, 'fresh');
    const opened = (await result)!;
    const question = choose.mock.calls[0]![0];
    expect(question).toEqual({
      file,
      problem: 'file is not a database',
      damagedPath: path.join(dataDir, 'unknot.damaged-2026-03-05T10-00-00-000Z.sqlite'),
      backup: null,
    });
    expect(fs.readFileSync(question.damagedPath)).toEqual(bytes);
    expect(opened.db.prepare('SELECT count(*) FROM pain_entries').pluck().get()).toBe(0);
    expect(opened.notice).toMatchObject({ level: 'warning', title: 'Unknot started with an empty diary' });
    expect(opened.notice!.message).toContain('There was no backup to restore');
    expect(opened.notice!.message).toContain(question.damagedPath);
    closeDatabase(opened.db);
  });

  it('damaged pages, with backups: offers the newest good one with its counts, and restores it', async () => {
    const dataDir = await dataDirWithHistory(60, 2);
    await backUp(dataDir, NOW - 3 * 86_400_000); // older, fine
    const { made, dump } = await backUp(dataDir, NOW - 86_400_000);
    // A newer backup that is itself damaged is passed over.
    const bad = path.join(dataDir, 'backups', backupNameAt(NOW - 3_600_000));
    fs.copyFileSync(path.join(dataDir, 'backups', made.name), bad);
    damageDataPages(bad);
    const file = databaseFileOf(dataDir);
    damageDataPages(file);
    const damagedBytes = fs.readFileSync(file);

    const { choose, result } = recover(dataDir, 'restore');
    const opened = (await result)!;
    const question = choose.mock.calls[0]![0];
    expect(question.backup).toMatchObject({
      name: made.name,
      counts: { painEntries: 60, checkins: 2, routineSessions: 2 },
    });
    expect(dumpTables(opened.db)).toEqual(dump);
    // The damaged file is kept, aside, as it was.
    expect(fs.readFileSync(question.damagedPath)).toEqual(damagedBytes);
    expect(opened.notice).toMatchObject({ title: 'Your data was restored from a backup', level: 'warning' });
    expect(opened.notice!.message).toContain('60 pain entries, 2 check-ins and 2 routine sessions');
    expect(opened.notice!.message).toContain('Wednesday, 4 March 2026 at 11:00');
    closeDatabase(opened.db);
  });

  it('quitting leaves everything exactly as it was', async () => {
    const dataDir = tempDir();
    const file = databaseFileOf(dataDir);
    fs.writeFileSync(file, 'not a database');
    const { result } = recover(dataDir, 'quit');
    expect(await result).toBeNull();
    expect(fs.readdirSync(dataDir)).toEqual(['unknot.sqlite']);
    expect(fs.readFileSync(file, 'utf8')).toBe('not a database');
  });

  it('a file from a newer Unknot is not damage: its own error, never moved, nobody asked', async () => {
    const dataDir = await dataDirWithHistory(1);
    const raw = new Database(databaseFileOf(dataDir));
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(databaseFileOf(dataDir));
    const { choose, result } = recover(dataDir, 'fresh');
    await expect(result).rejects.toBeInstanceOf(DatabaseTooNewError);
    expect(choose).not.toHaveBeenCalled();
    expect(fs.readFileSync(databaseFileOf(dataDir))).toEqual(before);
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('damaged'))).toEqual([]);
  });

  it('the web preview restores the newest good backup, or starts fresh when there is none', async () => {
    const question = { file: 'f', problem: 'p', damagedPath: 'd', backup: null };
    expect(restoreNewestOrStartFresh(question)).toBe('fresh');
    const dataDir = await dataDirWithHistory(1);
    await backUp(dataDir, NOW);
    expect(restoreNewestOrStartFresh({ ...question, backup: newestGoodBackup(dataDir) })).toBe('restore');
  });

  it('moves the WAL files with the damaged file, so SQLite can never pair them with a new one', () => {
    const dir = tempDir();
    const file = path.join(dir, 'unknot.sqlite');
    for (const suffix of ['', '-wal', '-shm']) fs.writeFileSync(file + suffix, `content${suffix}`);
    const target = damagedPathFor(file, NOW);
    expect(moveAside(file, target)).toBe(target);
    expect(fs.readdirSync(dir).sort()).toEqual([
      'unknot.damaged-2026-03-05T10-00-00-000Z.sqlite',
      'unknot.damaged-2026-03-05T10-00-00-000Z.sqlite-shm',
      'unknot.damaged-2026-03-05T10-00-00-000Z.sqlite-wal',
    ]);
    expect(fs.readFileSync(`${target}-wal`, 'utf8')).toBe('content-wal');
  });

  it('never overwrites an earlier damaged copy', () => {
    const dir = tempDir();
    const file = path.join(dir, 'unknot.sqlite');
    const first = damagedPathFor(file, NOW);
    fs.writeFileSync(first, '');
    expect(damagedPathFor(file, NOW)).toBe(path.join(dir, 'unknot.damaged-2026-03-05T10-00-00-000Z-2.sqlite'));
  });
});

describe('the words', () => {
  const backup = {
    name: backupNameAt(NOW),
    createdAtMs: NOW,
    sizeBytes: 4096,
    counts: { painEntries: 12, checkins: 1, routineSessions: 0 },
    file: '/data/backups/x',
  };
  const question: RecoveryQuestion = {
    file: '/data/unknot.sqlite',
    problem: 'file is not a database',
    damagedPath: '/data/unknot.damaged-x.sqlite',
    backup,
  };

  it('counts in plain words', () => {
    expect(countsInWords({ painEntries: 0, checkins: 0, routineSessions: 0 })).toBe('no entries');
    expect(countsInWords({ painEntries: 1, checkins: 0, routineSessions: 0 })).toBe('1 pain entry');
    expect(countsInWords({ painEntries: 2, checkins: 1, routineSessions: 3 })).toBe(
      '2 pain entries, 1 check-in and 3 routine sessions',
    );
  });

  it('the start-up dialog offers the backup by date and entries first, then a fresh start, then quit', () => {
    const dialog = recoveryDialog(question, WHERE);
    expect(dialog.buttons).toEqual(['Restore backup from 5 Mar 2026, 11:00 (13 entries)', 'Start fresh', 'Quit']);
    expect(dialog.choices).toEqual(['restore', 'fresh', 'quit']);
    expect(dialog.detail).toContain('Your data file is damaged (file is not a database).');
    expect(dialog.detail).toContain('Thursday, 5 March 2026 at 11:00 (12 pain entries and 1 check-in)');
    expect(dialog.detail).toContain('/data/unknot.damaged-x.sqlite');
    expect(dialog.detail).toContain('nothing is deleted');
  });

  it('without a backup it offers only a fresh start or quitting', () => {
    const dialog = recoveryDialog({ ...question, backup: null }, WHERE);
    expect(dialog.buttons).toEqual(['Start fresh', 'Quit']);
    expect(dialog.choices).toEqual(['fresh', 'quit']);
    expect(dialog.detail).toContain('there is no backup to restore yet');
  });

  it('a restore that fails at start-up is said plainly', () => {
    const notice = recoveryNotice(question, 'restore-failed', WHERE, NOW);
    expect(notice.message).toContain('Restoring the backup did not work either, so it started with an empty diary.');
  });

  it('after a restore from Settings, says what the data is now and where the data from before went', () => {
    const safety = { ...backup, name: backupNameAt(NOW + 60_000), createdAtMs: NOW + 60_000 };
    const notice = restoredNotice(backup, safety, WHERE, NOW);
    expect(notice.message).toBe(
      'Your data is now as it was on Thursday, 5 March 2026 at 11:00 (12 pain entries and 1 check-in). ' +
        'What you had just before is saved as the backup from Thursday, 5 March 2026 at 11:01, ' +
        'so you can go back to it in Settings → Backups.',
    );
  });
});
