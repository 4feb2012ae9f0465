/**
 * Fixtures for the backup and recovery tests: a data folder with real history
 * written through the app's own services, every row of every table (to compare
 * databases exactly), and real damage — garbage written over a database's pages,
 * or a text file where the database should be.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { appSender, openServices, sampleCheckin, sampleEntry, tempDir } from '../helpers';
import type { Services } from '../../../main/services';

/** Adds `painEntries` pain entries (two regions each), `checkins` check-ins and one routine session per check-in. */
export async function addHistory(s: Services, painEntries: number, checkins = 0): Promise<void> {
  for (let i = 0; i < painEntries; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const result = await s.dispatch(appSender, 'pain:add', {
      entry: sampleEntry({ at: `2026-02-${day}T09:30:00+01:00`, note: `entry ${i}: ${'a stiff neck '.repeat(8)}` }),
    });
    if (!result.ok) throw new Error(result.error.message);
  }
  for (let i = 0; i < checkins; i++) {
    const date = `2026-03-${String(1 + i).padStart(2, '0')}`;
    const saved = await s.dispatch(appSender, 'checkin:save', { checkin: sampleCheckin({ date }) });
    if (!saved.ok) throw new Error(saved.error.message);
    const session = await s.dispatch(appSender, 'routines:session-save', {
      session: {
        routineId: 'release-upper-trapezius',
        side: 'both',
        startedAt: `${date}T12:00:00+01:00`,
        endedAt: `${date}T12:07:30+01:00`,
        rounds: 1,
        pressSeconds: 60,
        pressRounds: { left: 1, right: 1 },
        before: 6,
        after: 4,
        stopReason: null,
      },
    });
    if (!session.ok) throw new Error(session.error.message);
  }
}

/** A data folder holding a closed database with that history. */
export async function dataDirWithHistory(painEntries: number, checkins = 0): Promise<string> {
  const dir = tempDir();
  const s = openServices(dir);
  await addHistory(s, painEntries, checkins);
  s.close();
  return dir;
}

/** Every row of every table, in a stable order: two databases with equal dumps hold the same data. */
export function dumpTables(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM main."${t}" ORDER BY 1, 2`).all()]));
}

export const PAGE_SIZE = 4096;

/** Writes garbage over `count` pages from page `first` (1-based, as SQLite counts them). */
export function damagePages(file: string, first: number, count: number): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(PAGE_SIZE * count, 0xab), 0, PAGE_SIZE * count, PAGE_SIZE * (first - 1));
  } finally {
    fs.closeSync(fd);
  }
}

/** A damaged data file that SQLite still opens (its schema page is intact) but whose check fails. */
export function damageDataPages(file: string): void {
  const pages = fs.statSync(file).size / PAGE_SIZE;
  if (pages < 8) throw new Error(`${file} is too small (${pages} pages) to damage only its data`);
  damagePages(file, 3, Math.floor(pages / 2));
}

export function databaseFileOf(dataDir: string): string {
  return path.join(dataDir, 'unknot.sqlite');
}
