/**
 * Owns the dense history the benchmarks and the big round-trip tests use:
 * every day 20 pain entries, 30 break records, 2 routine sessions and a
 * check-in, written straight into the real schema (one transaction per 90
 * days) as the repositories would store them, from a fixed seed so every run
 * measures the same data.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../main/db/open';
import { BODY_REGIONS } from '../common/domain/body-regions';
import { BREAK_KINDS } from '../common/domain/breaks';
import { ROUTINES } from '../common/domain/atlas';
import { shiftDate } from '../common/domain/iso-week';

export const OFFSET_MINUTES = 60;
export const PER_DAY = { entries: 20, breaks: 30, sessions: 2 };
const OUTCOMES = ['taken', 'taken', 'taken', 'natural', 'snoozed', 'skipped', 'paused'] as const;

/** A small deterministic generator, so every run measures the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function msOf(localDate: string, minuteOfDay: number): number {
  return Date.parse(`${localDate}T00:00:00Z`) + (minuteOfDay - OFFSET_MINUTES) * 60_000;
}

/** Writes the history straight into the tables (one transaction per 90 days), as the repositories would store it. */
export function generateHistory(db: Db, days: number, firstDay: string): void {
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
    for (let d = first; d < Math.min(days, first + 90); d++) day(shiftDate(firstDay, d));
  });
  for (let d = 0; d < days; d += 90) chunk(d);
}
