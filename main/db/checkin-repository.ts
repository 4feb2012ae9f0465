/**
 * Owns the daily check-ins: one per local date, saved whole (an edit replaces
 * the day's answers), and the days the person chose to skip.
 */
import type { Db } from './open';
import type { Checkin } from '../../common/domain/checkin';
import type { LocalMoment } from '../../common/domain/time';

/** A row of the checkins table; the weekly report reads the same rows. */
export interface CheckinRow {
  local_date: string;
  sleep_hours: number | null;
  sleep_quality: number | null;
  stress: number | null;
  active_minutes: number | null;
  water: number | null;
  interference_activity: number | null;
  interference_enjoyment: number | null;
  warning_signs: string;
  skipped: number;
}

export interface CheckinRepository {
  save(checkin: Checkin, savedAt: LocalMoment): Checkin;
  /** The day's check-in; null when there is none or the day was skipped. */
  get(date: string): Checkin | null;
  /** Whether the day has been answered or skipped (so it is never asked twice). */
  settled(date: string): boolean;
  skip(date: string, at: LocalMoment): void;
  list(options?: { from?: string; to?: string }): Checkin[];
}

export function createCheckinRepository(db: Db): CheckinRepository {
  const upsert = db.prepare(
    `INSERT INTO checkins (local_date, at_ms, utc_offset_minutes, sleep_hours, sleep_quality, stress, active_minutes, water,
       interference_activity, interference_enjoyment, warning_signs, updated_at_ms, skipped)
     VALUES (@date, @atMs, @offset, @sleepHours, @sleepQuality, @stress, @activeMinutes, @water,
       @interferenceActivity, @interferenceEnjoyment, @warningSigns, @atMs, 0)
     ON CONFLICT (local_date) DO UPDATE SET
       sleep_hours = excluded.sleep_hours, sleep_quality = excluded.sleep_quality, stress = excluded.stress,
       active_minutes = excluded.active_minutes, water = excluded.water,
       interference_activity = excluded.interference_activity, interference_enjoyment = excluded.interference_enjoyment,
       warning_signs = excluded.warning_signs, updated_at_ms = excluded.updated_at_ms, skipped = 0`,
  );
  const skipIfNone = db.prepare<[string, number, number, number]>(
    `INSERT INTO checkins (local_date, at_ms, utc_offset_minutes, updated_at_ms, skipped) VALUES (?, ?, ?, ?, 1)
     ON CONFLICT (local_date) DO NOTHING`,
  );
  const one = db.prepare<[string], CheckinRow>(`SELECT * FROM checkins WHERE local_date = ?`);
  const range = db.prepare<[string, string], CheckinRow>(
    `SELECT * FROM checkins WHERE local_date BETWEEN ? AND ? AND skipped = 0 ORDER BY local_date`,
  );

  return {
    save: db.transaction((c: Checkin, at: LocalMoment) => {
      upsert.run({ ...c, atMs: at.atMs, offset: at.utcOffsetMinutes, warningSigns: JSON.stringify(c.warningSigns) });
      return checkinFromRow(one.get(c.date)!);
    }),
    get(date) {
      const row = one.get(date);
      return row && !row.skipped ? checkinFromRow(row) : null;
    },
    settled: (date) => one.get(date) !== undefined,
    skip: (date, at) => void skipIfNone.run(date, at.atMs, at.utcOffsetMinutes, at.atMs),
    list(options = {}) {
      return range.all(options.from ?? '0000-01-01', options.to ?? '9999-12-31').map(checkinFromRow);
    },
  };
}

/** A stored check-in as the contract's Checkin (also used by the weekly report's queries). */
export function checkinFromRow(r: Omit<CheckinRow, 'skipped'>): Checkin {
  return {
    date: r.local_date,
    sleepHours: r.sleep_hours,
    sleepQuality: r.sleep_quality,
    stress: r.stress,
    activeMinutes: r.active_minutes,
    water: r.water,
    interferenceActivity: r.interference_activity,
    interferenceEnjoyment: r.interference_enjoyment,
    warningSigns: JSON.parse(r.warning_signs) as Checkin['warningSigns'],
  };
}
