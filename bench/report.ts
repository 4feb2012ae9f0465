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
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase } from '../main/db/open';
import { createReportRowSource } from '../main/db/report-queries';
import { createWeeklyReports } from '../main/core/weekly-report';
import { createWorkstationRepository } from '../main/db/workstation-repository';
import { createPainRepository } from '../main/db/pain-repository';
import { OFFSET_MINUTES, generateHistory, msOf } from './history';
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
    generateHistory(db, days, FIRST_DAY);
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
