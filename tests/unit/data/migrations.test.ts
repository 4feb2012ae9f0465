import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError, closeDatabase, openDatabase } from '../../../main/db/open';
import { LATEST_VERSION, MIGRATIONS } from '../../../main/db/migrations';
import { tempDir } from '../helpers';
import { shiftDate } from '../../../common/domain/iso-week';
import {
  CHECKIN_LIMITS,
  RATING_MAX,
  SESSION_MAX_PLANNED_STEPS,
  SESSION_MAX_PRESS_ROUNDS_PER_SIDE,
} from '../../../common/domain/policy';
import { createRoutineRepository } from '../../../main/db/routine-repository';

const EXPECTED_TABLES = [
  'breaks',
  'checkins',
  'pain_entries',
  'pain_entry_regions',
  'routine_session_muscles',
  'routine_sessions',
  'workstation_checks',
];

function tables(db: Database.Database): string[] {
  return (
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]
  ).map((r) => r.name);
}

function insertEntry(db: Database.Database, id: string): void {
  db.prepare(
    `INSERT INTO pain_entries (id, at_ms, local_date, utc_offset_minutes, note, created_at_ms, updated_at_ms)
     VALUES (?, 1, '2026-11-16', 60, '', 1, 1)`,
  ).run(id);
}

describe('openDatabase', () => {
  it('creates the latest schema from an empty file with the agreed pragmas', () => {
    const file = path.join(tempDir(), 'a.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(tables(db)).toEqual(expect.arrayContaining(EXPECTED_TABLES));
    closeDatabase(db);
  });

  it('commits durably (synchronous=FULL) on a reopened file too, not only a new one', () => {
    // NORMAL in WAL mode can lose the last acknowledged commits on power loss; a diary writes little.
    const file = path.join(tempDir(), 'a.sqlite');
    closeDatabase(openDatabase(file));
    const db = openDatabase(file);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    closeDatabase(db);
  });

  it('works in memory', () => {
    const db = openDatabase(':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    closeDatabase(db);
  });

  // One case per older version: a file left at version k, with data in it, upgrades and keeps that data.
  for (let k = 0; k < MIGRATIONS.length; k++) {
    it(`upgrades a database at version ${k} to ${LATEST_VERSION} and keeps its data`, () => {
      const file = path.join(tempDir(), 'old.sqlite');
      const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, k) });
      expect(old.pragma('user_version', { simple: true })).toBe(k);
      if (k >= 1) {
        old
          .prepare(
            `INSERT INTO pain_entries (id, at_ms, local_date, utc_offset_minutes, note, created_at_ms, updated_at_ms)
             VALUES ('entry-0001', 1, '2026-11-16', 60, 'kept', 1, 1)`,
          )
          .run();
        old.prepare(`INSERT INTO pain_entry_regions VALUES ('entry-0001', 0, 'temple-right', 6, 'aching')`).run();
        // A routine session, one of them stopped at a safety stop, as every version since 1 could hold them.
        const session = old.prepare(
          `INSERT INTO routine_sessions (id, routine_id, side, started_at_ms, ended_at_ms, local_date, utc_offset_minutes,
             rounds, press_seconds, before_rating, after_rating, stop_reason) VALUES (?, 'release-upper-trapezius', 'right',
             1, 2, '2026-11-16', 60, 2, 60, 6, ?, ?)`,
        );
        session.run('session-done', 3, null);
        session.run('session-stop', null, 'numbness-tingling');
        old.prepare(`INSERT INTO routine_session_muscles VALUES ('session-done', 'upper-trapezius')`).run();
        old.prepare(`INSERT INTO routine_session_muscles VALUES ('session-stop', 'upper-trapezius')`).run();
      }
      closeDatabase(old);

      const db = openDatabase(file);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(tables(db)).toEqual(expect.arrayContaining(EXPECTED_TABLES));
      if (k >= 1) {
        expect(db.prepare(`SELECT note FROM pain_entries WHERE id = 'entry-0001'`).get()).toEqual({ note: 'kept' });
        expect(db.prepare(`SELECT count(*) AS n FROM pain_entry_regions`).get()).toEqual({ n: 1 });
        // Sessions keep everything they had; how far they got was never recorded, so it stays unknown.
        const routines = createRoutineRepository(db, { now: () => 0, newId: () => 'unused-id' });
        expect(
          routines.sessions().map((x) => ({
            id: x.id,
            after: x.after,
            stop: x.stopReason,
            progress: x.progress,
            stopSide: x.stopSide,
          })),
        ).toEqual([
          { id: 'session-done', after: 3, stop: null, progress: null, stopSide: null },
          { id: 'session-stop', after: null, stop: 'numbness-tingling', progress: null, stopSide: null },
        ]);
        // Only the session done to its end counts as done, and toward relief; both count toward the cap.
        expect(routines.stats()['release-upper-trapezius']).toMatchObject({ n: 1, meanRelief: 3 });
        expect(routines.pressRoundsOn('2026-11-16')).toEqual({
          'upper-trapezius:left': 0,
          'upper-trapezius:right': 0,
        });
      }
      closeDatabase(db);
    });
  }

  it('refuses a database newer than the code and leaves the file untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'new.sqlite');
    const seed = new Database(file);
    seed.exec('CREATE TABLE future (x)');
    seed.pragma(`user_version = ${LATEST_VERSION + 1}`);
    seed.close();
    const before = fs.readFileSync(file);
    const filesBefore = fs.readdirSync(dir).sort();

    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/newer version of Unknot.*has not been changed/s);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(filesBefore); // no -wal / -shm created
  });

  it('rolls a failing migration back completely and keeps the previous version', () => {
    const file = path.join(tempDir(), 'broken.sqlite');
    const broken = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, name: 'broken', sql: 'CREATE TABLE half_done (x); SELECT * FROM no_such_table;' },
    ];
    expect(() => openDatabase(file, { migrations: broken })).toThrow(/no_such_table/);
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(tables(db)).not.toContain('half_done');
    closeDatabase(db);
  });

  it('enforces the 0–10 intensity range and region ownership in the schema itself', () => {
    const db = openDatabase(':memory:');
    insertEntry(db, 'entry-0001');
    expect(() =>
      db.prepare(`INSERT INTO pain_entry_regions VALUES ('entry-0001', 0, 'temple-right', 11, '')`).run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO pain_entry_regions VALUES ('missing', 0, 'temple-right', 5, '')`).run(),
    ).toThrow(/FOREIGN KEY/);
    closeDatabase(db);
  });
});

// SQL cannot import the rules: each CHECK that repeats one is checked against its constant in
// common/domain/policy.ts, by reading the CHECK and by inserting the values on either side of it.
describe('the CHECKs agree with the rules in common/domain/policy.ts', () => {
  type Table = 'pain_entry_regions' | 'routine_sessions' | 'checkins';
  const RULE_CHECKS: { table: Table; column: string; max: number }[] = [
    { table: 'pain_entry_regions', column: 'intensity', max: RATING_MAX },
    { table: 'routine_sessions', column: 'before_rating', max: RATING_MAX },
    { table: 'routine_sessions', column: 'after_rating', max: RATING_MAX },
    { table: 'routine_sessions', column: 'press_rounds_left', max: SESSION_MAX_PRESS_ROUNDS_PER_SIDE },
    { table: 'routine_sessions', column: 'press_rounds_right', max: SESSION_MAX_PRESS_ROUNDS_PER_SIDE },
    { table: 'routine_sessions', column: 'steps_done', max: SESSION_MAX_PLANNED_STEPS },
    { table: 'routine_sessions', column: 'steps_total', max: SESSION_MAX_PLANNED_STEPS },
    { table: 'checkins', column: 'sleep_quality', max: RATING_MAX },
    { table: 'checkins', column: 'stress', max: RATING_MAX },
    { table: 'checkins', column: 'interference_activity', max: RATING_MAX },
    { table: 'checkins', column: 'interference_enjoyment', max: RATING_MAX },
    { table: 'checkins', column: 'sleep_hours', max: CHECKIN_LIMITS.sleepHoursMax },
    { table: 'checkins', column: 'active_minutes', max: CHECKIN_LIMITS.activeMinutesMax },
  ];
  const allSql = MIGRATIONS.map((m) => m.sql).join('\n');
  const checksOn = (column: string) =>
    [...allSql.matchAll(new RegExp(`CHECK \\(${column} BETWEEN (\\d+) AND (\\d+)\\)`, 'g'))].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);

  it.each(RULE_CHECKS)('$column: CHECK ($column BETWEEN 0 AND $max)', ({ column, max }) => {
    expect(checksOn(column)).toEqual([[0, max]]);
  });

  it('water: the CHECK (shipped looser) never refuses what the rule allows', () => {
    const [[low, high]] = checksOn('water') as [[number, number]];
    expect(low).toBe(0);
    expect(high).toBeGreaterThanOrEqual(CHECKIN_LIMITS.waterMax);
  });

  it('accepts each rule’s highest value and refuses one more', () => {
    const db = openDatabase(':memory:');
    let n = 0;
    const insert: Record<Table, (column: string, value: number) => void> = {
      pain_entry_regions(_column, value) {
        const id = `entry-${++n}`;
        insertEntry(db, id);
        db.prepare(`INSERT INTO pain_entry_regions VALUES (?, 0, 'temple-right', ?, '')`).run(id, value);
      },
      routine_sessions(column, value) {
        // How far a session got is both numbers or neither, done never past total: the other one goes with it.
        const steps = column === 'steps_done' || column === 'steps_total';
        const other = column === 'steps_done' ? 'steps_total' : 'steps_done';
        db.prepare(
          `INSERT INTO routine_sessions (id, routine_id, side, started_at_ms, ended_at_ms, local_date,
             utc_offset_minutes, ${column}${steps ? `, ${other}` : ''})
           VALUES (?, 'r', NULL, 1, 2, '2026-11-16', 60, ?${steps ? ', ?' : ''})`,
        ).run(`session-${++n}`, value, ...(steps ? [column === 'steps_done' ? SESSION_MAX_PLANNED_STEPS : 0] : []));
      },
      checkins(column, value) {
        db.prepare(
          `INSERT INTO checkins (local_date, at_ms, utc_offset_minutes, ${column}, updated_at_ms) VALUES (?, 1, 60, ?, 1)`,
        ).run(shiftDate('2026-01-01', ++n), value);
      },
    };
    for (const { table, column, max } of RULE_CHECKS) {
      expect(() => insert[table](column, max), `${column} = ${max}`).not.toThrow();
      expect(() => insert[table](column, max + 1), `${column} = ${max + 1}`).toThrow(/CHECK/);
    }
    closeDatabase(db);
  });
});

describe('migration 5: how far a routine session got', () => {
  const insert = (db: Database.Database, id: string, done: number | null, total: number | null) =>
    db
      .prepare(
        `INSERT INTO routine_sessions (id, routine_id, side, started_at_ms, ended_at_ms, local_date,
           utc_offset_minutes, steps_done, steps_total) VALUES (?, 'r', NULL, 1, 2, '2026-11-16', 60, ?, ?)`,
      )
      .run(id, done, total);

  it('holds both numbers or neither, and never more steps done than planned', () => {
    const db = openDatabase(':memory:');
    expect(() => insert(db, 'neither', null, null)).not.toThrow();
    expect(() => insert(db, 'both', 3, 12)).not.toThrow();
    expect(() => insert(db, 'all', 12, 12)).not.toThrow();
    expect(() => insert(db, 'only-done', 3, null)).toThrow(/CHECK/);
    expect(() => insert(db, 'only-total', null, 12)).toThrow(/CHECK/);
    expect(() => insert(db, 'past-the-end', 13, 12)).toThrow(/CHECK/);
    closeDatabase(db);
  });

  it('records the side a session stopped on as left, right or nothing', () => {
    const db = openDatabase(':memory:');
    const insertSide = (id: string, side: string | null) =>
      db
        .prepare(
          `INSERT INTO routine_sessions (id, routine_id, side, started_at_ms, ended_at_ms, local_date,
             utc_offset_minutes, stop_side) VALUES (?, 'r', 'both', 1, 2, '2026-11-16', 60, ?)`,
        )
        .run(id, side);
    expect(() => insertSide('left', 'left')).not.toThrow();
    expect(() => insertSide('none', null)).not.toThrow();
    expect(() => insertSide('both', 'both')).toThrow(/CHECK/);
    closeDatabase(db);
  });

  it('counts routines done to their end per day from an index alone', () => {
    const db = openDatabase(':memory:');
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT local_date, count(*) FROM routine_sessions
          WHERE local_date BETWEEN ? AND ? AND stop_reason IS NULL GROUP BY local_date`,
      )
      .all('2026-11-16', '2026-11-22') as { detail: string }[];
    expect(plan.map((r) => r.detail).join('\n')).toMatch(/COVERING INDEX routine_sessions_done_by_date/);
    closeDatabase(db);
  });
});
