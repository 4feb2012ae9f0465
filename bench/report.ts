/**
 * Owns the weekly-report benchmark: five years of dense history (20 pain
 * entries, 30 break records, 2 routine sessions and 1 check-in a day) written
 * through the real schema into a temp-file database, then the median time of a
 * weekly report, a 52-week trend, the pain log's first page (and a one-day
 * list beside it, for the ratio) and a single pain-entry insert through the
 * repository on that real file — with the app's synchronous=FULL, and with
 * NORMAL beside it for comparison — each with the spread of the runs (the
 * machine is shared, so one slow run says little). Also prints the database size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { closeDatabase, openDatabase, type Db } from '../main/db/open';
import { createReportRowSource } from '../main/db/report-queries';
import { createWeeklyReports } from '../main/core/weekly-report';
import { createWorkstationRepository } from '../main/db/workstation-repository';
import { createPainRepository } from '../main/db/pain-repository';
import { BODY_REGIONS } from '../common/domain/body-regions';
import { BREAK_KINDS } from '../common/domain/breaks';
import { ROUTINES } from '../common/domain/atlas';
import { addWeeks, isoWeekOf, shiftDate } from '../common/domain/iso-week';
import { formatOffsetDateTime } from '../common/domain/time';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target: string;
  ok: boolean;
}

export const WEEKLY_TARGET_MS = 25;
export const TREND_TARGET_MS = 250;
export const INSERT_TARGET_MS = 1;
export const FIRST_PAGE_TARGET_MS = 5;
/** The pain log's first page (RECENT_LIMIT in the renderer's pain log). */
const FIRST_PAGE = 200;

const YEARS = 5;
const FIRST_DAY = '2022-01-03';
const OFFSET_MINUTES = 60;
const PER_DAY = { entries: 20, breaks: 30, sessions: 2 };
const OUTCOMES = ['taken', 'taken', 'taken', 'natural', 'snoozed', 'skipped', 'paused'] as const;

/** A small deterministic generator, so every run measures the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function msOf(localDate: string, minuteOfDay: number): number {
  return Date.parse(`${localDate}T00:00:00Z`) + (minuteOfDay - OFFSET_MINUTES) * 60_000;
}

/** Writes the history straight into the tables (one transaction per 90 days), as the repositories would store it. */
function generate(db: Db, days: number): void {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const insertEntry = db.prepare(
    `INSERT INTO pain_entries (id, at_ms, local_date, utc_offset_minutes, note, created_at_ms, updated_at_ms)
     VALUES (?, ?, ?, ?, '', ?, ?)`,
  );
  const insertRegion = db.prepare(
    `INSERT INTO pain_entry_regions (entry_id, position, region, intensity, qualities) VALUES (?, ?, ?, ?, '')`,
  );
  const insertBreak = db.prepare(
    `INSERT INTO breaks (id, kind, due_at_ms, shown_at_ms, outcome, seconds_taken, local_date, utc_offset_minutes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSession = db.prepare(
    `INSERT INTO routine_sessions (id, routine_id, side, started_at_ms, ended_at_ms, local_date, utc_offset_minutes,
       rounds, press_seconds, before_rating, after_rating)
     VALUES (?, ?, 'both', ?, ?, ?, ?, 1, 0, ?, ?)`,
  );
  const insertCheckin = db.prepare(
    `INSERT INTO checkins (local_date, at_ms, utc_offset_minutes, sleep_hours, sleep_quality, stress, active_minutes,
       water, interference_activity, interference_enjoyment, warning_signs, updated_at_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?)`,
  );
  const routineIds = ROUTINES.filter((r) => r.kind === 'release' || r.kind === 'desk').map((r) => r.id);
  const day = db.transaction((date: string) => {
    for (let i = 0; i < PER_DAY.entries; i++) {
      const id = randomUUID();
      const at = msOf(date, 8 * 60 + i * 30);
      insertEntry.run(id, at, date, OFFSET_MINUTES, at, at);
      const regionCount = 1 + Math.floor(next() * 3);
      const regions = new Set<string>();
      while (regions.size < regionCount) regions.add(pick(BODY_REGIONS).id);
      [...regions].forEach((region, position) => insertRegion.run(id, position, region, Math.floor(next() * 11)));
    }
    for (let i = 0; i < PER_DAY.breaks; i++) {
      const due = msOf(date, 8 * 60 + i * 20);
      insertBreak.run(randomUUID(), pick(BREAK_KINDS), due, due, pick(OUTCOMES), 30, date, OFFSET_MINUTES);
    }
    for (let i = 0; i < PER_DAY.sessions; i++) {
      const start = msOf(date, 12 * 60 + i * 240);
      const before = Math.floor(next() * 11);
      insertSession.run(
        randomUUID(),
        pick(routineIds),
        start,
        start + 8 * 60_000,
        date,
        OFFSET_MINUTES,
        before,
        Math.max(0, before - Math.floor(next() * 4)),
      );
    }
    const at = msOf(date, 17 * 60 + 30);
    insertCheckin.run(
      date,
      at,
      OFFSET_MINUTES,
      4 + Math.floor(next() * 18) / 4,
      Math.floor(next() * 11),
      Math.floor(next() * 11),
      Math.floor(next() * 90),
      Math.floor(next() * 10),
      Math.floor(next() * 11),
      Math.floor(next() * 11),
      at,
    );
  });
  const chunk = db.transaction((first: number) => {
    for (let d = first; d < Math.min(days, first + 90); d++) day(shiftDate(FIRST_DAY, d));
  });
  for (let d = 0; d < days; d += 90) chunk(d);
}

interface Timing {
  median: number;
  min: number;
  max: number;
}

function time(runs: number, fn: (run: number) => void): Timing {
  fn(-1); // warm-up: prepared statements, page cache
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, min: samples[0]!, max: samples.at(-1)! };
}

const SYNCHRONOUS_NAMES: Record<number, string> = { 0: 'OFF', 1: 'NORMAL', 2: 'FULL', 3: 'EXTRA' };
const ms = (n: number) => Math.round(n * 100) / 100;
const spread = (t: Timing) => `runs ${ms(t.min)}–${ms(t.max)} ms`;

export function benchReport(): BenchResult[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-bench-'));
  const file = path.join(dir, 'unknot.sqlite');
  try {
    const days = YEARS * 365 + 1;
    const generating = performance.now();
    let db = openDatabase(file);
    generate(db, days);
    closeDatabase(db); // as the app does: PRAGMA optimize on close, so the reopened file has its statistics
    const generated = performance.now() - generating;
    db = openDatabase(file);
    const lastDay = shiftDate(FIRST_DAY, days - 1);
    const reports = createWeeklyReports(
      createReportRowSource(db, createWorkstationRepository(db, { newId: randomUUID })),
      () => lastDay,
    );
    const lastWeek = isoWeekOf(lastDay);
    // Different weeks each run, so no run is served by the one before.
    const weekly = time(25, (run) => reports.weekly(addWeeks(lastWeek, -Math.max(0, run) * 7)));
    const trend = time(11, (run) => reports.trend(52, addWeeks(lastWeek, -Math.max(0, run))));
    const pain = createPainRepository(db, { now: Date.now, newId: randomUUID });
    const firstPage = time(25, () => pain.list({ limit: FIRST_PAGE }));
    const oneDay = time(25, (run) => {
      const date = shiftDate(lastDay, -Math.max(0, run));
      pain.list({ from: date, to: date });
    });
    let inserted = 0;
    const insertOne = () =>
      pain.add({
        at: formatOffsetDateTime(msOf(lastDay, 20 * 60) + inserted++ * 1000, OFFSET_MINUTES),
        note: '',
        regions: [
          { region: 'neck-angle-right', intensity: 5, qualities: ['aching'] },
          { region: 'temple-right', intensity: 3, qualities: [] },
        ],
      });
    const synchronous = db.pragma('synchronous', { simple: true }) as number;
    const insert = time(201, insertOne);
    // The same insert with the durability the app gave up (NORMAL can lose the last commits on power loss).
    db.pragma('synchronous = NORMAL');
    const insertNormal = time(201, insertOne);
    db.pragma(`synchronous = ${synchronous}`);
    // What one durable commit cannot go below: this disk's flush, beside the database.
    const flushFd = fs.openSync(path.join(dir, 'flush-probe'), 'w');
    const flush = time(51, (run) => {
      fs.writeSync(flushFd, Buffer.alloc(4096, 1), 0, 4096, Math.max(0, run) * 4096);
      fs.fdatasyncSync(flushFd);
    });
    fs.closeSync(flushFd);
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM pain_entries) AS entries, (SELECT count(*) FROM breaks) AS breaks,
                (SELECT count(*) FROM routine_sessions) AS sessions, (SELECT count(*) FROM checkins) AS checkins`,
      )
      .get() as Record<string, number>;
    closeDatabase(db);
    const size = fs.statSync(file).size + (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
    return [
      {
        name: `report: ${YEARS} years of history (${counts.entries} entries, ${counts.breaks} breaks, ${counts.sessions} sessions, ${counts.checkins} check-ins) generated in`,
        value: Math.round(generated),
        unit: 'ms',
        target: 'info',
        ok: true,
      },
      { name: '  database size', value: Math.round(size / 1024 / 102.4) / 10, unit: 'MB', target: 'info', ok: true },
      {
        name: `  weekly report, median of 25 (${spread(weekly)})`,
        value: ms(weekly.median),
        unit: 'ms',
        target: `≤ ${WEEKLY_TARGET_MS} ms`,
        ok: weekly.median <= WEEKLY_TARGET_MS,
      },
      {
        name: `  52-week trend, median of 11 (${spread(trend)})`,
        value: ms(trend.median),
        unit: 'ms',
        target: `≤ ${TREND_TARGET_MS} ms`,
        ok: trend.median <= TREND_TARGET_MS,
      },
      {
        name: `  pain log first page (${FIRST_PAGE} newest entries), median of 25 (${spread(firstPage)})`,
        value: ms(firstPage.median),
        unit: 'ms',
        target: `≤ ${FIRST_PAGE_TARGET_MS} ms`,
        ok: firstPage.median <= FIRST_PAGE_TARGET_MS,
      },
      {
        name: `  one day's pain entries, median of 25 (${spread(oneDay)}); first page ÷ one day = ${Math.round(firstPage.median / oneDay.median)}×`,
        value: ms(oneDay.median),
        unit: 'ms',
        target: 'info',
        ok: true,
      },
      {
        name: `  pain-entry insert through the repository on a file, synchronous=${SYNCHRONOUS_NAMES[synchronous] ?? synchronous}, median of 201 (${spread(insert)})`,
        value: ms(insert.median),
        unit: 'ms',
        target: `≤ ${INSERT_TARGET_MS} ms`,
        ok: insert.median <= INSERT_TARGET_MS,
      },
      {
        name: `  the same insert with synchronous=NORMAL, for comparison, median of 201 (${spread(insertNormal)})`,
        value: ms(insertNormal.median),
        unit: 'ms',
        target: 'info',
        ok: true,
      },
      {
        name: `  this disk's flush (write 4 KB + fdatasync, the floor of a FULL commit), median of 51 (${spread(flush)})`,
        value: ms(flush.median),
        unit: 'ms',
        target: 'info',
        ok: true,
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
