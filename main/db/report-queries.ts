/**
 * Owns the SQL behind the weekly report and the trend: prepared statements that
 * read date ranges through the existing indexes (pain_entries_by_date,
 * breaks_by_date, routine_sessions_by_date, the checkins primary key) and
 * aggregate per local date in SQL, so even five years of dense history reads
 * only the days asked for. Routines count only when done to their end (a
 * session stopped early has a stop_reason). Rows only: which dates to read is decided by the use
 * case (main/core/weekly-report.ts), the numbers are computed in main/core/report.ts.
 */
import type { Db } from './open';
import type { WorkstationRepository } from './workstation-repository';
import { checkinFromRow, type CheckinRow as StoredCheckinRow } from './checkin-repository';
import type { BreakKind, BreakOutcome } from '../../common/domain/breaks';
import { shiftDate } from '../../common/domain/iso-week';
import type { BreakCountRow, DayPainRow, RegionRow, SessionRow, TrendRows, WeeklyReportRows } from '../core/report';
import type { ReportRowSource, WeeklyRowRanges } from '../core/ports';
import { PAIN_LEVELS } from '../../common/domain/policy';

type CheckinRow = Omit<StoredCheckinRow, 'skipped'>;

/** The statements, exposed so the EXPLAIN QUERY PLAN test can check each one uses its index. */
export const REPORT_SQL = {
  // The entry's intensity is its highest region intensity: one lookup on the regions' primary key
  // (entry_id, region) per entry, the entries found through pain_entries_by_date. MATERIALIZED keeps
  // SQLite from flattening the subquery into the outer query, which would repeat the lookup once
  // for every aggregate that uses it (five times).
  dailyPain: `
    WITH per_entry AS MATERIALIZED (
      SELECT e.local_date, (SELECT max(r.intensity) FROM pain_entry_regions r WHERE r.entry_id = e.id) AS i
        FROM pain_entries e WHERE e.local_date BETWEEN ? AND ?)
    SELECT local_date AS date, count(*) AS entries, sum(i) AS sum, max(i) AS worst, min(i) AS least,
           sum(i >= ${PAIN_LEVELS.entry}) AS atOrAbove7
      FROM per_entry
     WHERE i IS NOT NULL
     GROUP BY local_date
     ORDER BY local_date`,
  regions: `
    SELECT r.entry_id AS entryId, e.local_date AS date, r.region, r.intensity
      FROM pain_entries e JOIN pain_entry_regions r ON r.entry_id = e.id
     WHERE e.local_date BETWEEN ? AND ?`,
  firstLoggedDate: `SELECT min(local_date) AS first FROM pain_entries`,
  breaks: `
    SELECT local_date AS date, kind, outcome, count(*) AS n
      FROM breaks WHERE local_date BETWEEN ? AND ?
     GROUP BY local_date, kind, outcome`,
  breaksByOutcome: `
    SELECT local_date AS date, outcome, count(*) AS n
      FROM breaks WHERE local_date BETWEEN ? AND ?
     GROUP BY local_date, outcome`,
  sessions: `
    SELECT routine_id AS routineId, started_at_ms AS startedAtMs, ended_at_ms AS endedAtMs,
           before_rating AS before, after_rating AS after
      FROM routine_sessions WHERE local_date BETWEEN ? AND ? AND stop_reason IS NULL
     ORDER BY started_at_ms`,
  sessionsPerDay: `
    SELECT local_date AS date, count(*) AS n FROM routine_sessions
     WHERE local_date BETWEEN ? AND ? AND stop_reason IS NULL GROUP BY local_date`,
  checkins: `
    SELECT local_date, sleep_hours, sleep_quality, stress, active_minutes, water,
           interference_activity, interference_enjoyment, warning_signs
      FROM checkins WHERE local_date BETWEEN ? AND ? AND skipped = 0
     ORDER BY local_date`,
} as const;

export function createReportRowSource(db: Db, workstation: Pick<WorkstationRepository, 'upTo'>): ReportRowSource {
  type Range = [string, string];
  const dailyPain = db.prepare<Range, DayPainRow>(REPORT_SQL.dailyPain);
  const regions = db.prepare<Range, RegionRow>(REPORT_SQL.regions);
  const firstLogged = db.prepare<[], { first: string | null }>(REPORT_SQL.firstLoggedDate);
  const breaks = db.prepare<Range, { date: string; kind: BreakKind; outcome: BreakOutcome; n: number }>(
    REPORT_SQL.breaks,
  );
  const breaksByOutcome = db.prepare<Range, { date: string; outcome: BreakOutcome; n: number }>(
    REPORT_SQL.breaksByOutcome,
  );
  const sessions = db.prepare<Range, SessionRow>(REPORT_SQL.sessions);
  const sessionsPerDay = db.prepare<Range, { date: string; n: number }>(REPORT_SQL.sessionsPerDay);
  const checkins = db.prepare<Range, CheckinRow>(REPORT_SQL.checkins);
  const anyEntry = db.prepare<Range, { one: number }>(
    `SELECT 1 AS one FROM pain_entries WHERE local_date BETWEEN ? AND ? LIMIT 1`,
  );

  // One read transaction, so a write landing between the statements cannot mix two states into one report.
  const weeklyRows = db.transaction(
    ({ week, from, to, windowFrom, baselineDays }: WeeklyRowRanges): WeeklyReportRows => {
      const first = firstLogged.get()?.first ?? null;
      return {
        week,
        days: dailyPain.all(windowFrom, to),
        regions: regions.all(from, to),
        breaks: breaks.all(windowFrom, to) as BreakCountRow[],
        sessions: sessions.all(from, to),
        checkins: checkins.all(windowFrom, to).map(checkinFromRow),
        firstLoggedDate: first,
        baselineDays: first ? dailyPain.all(first, shiftDate(first, baselineDays - 1)) : [],
        workstationChecks: workstation.upTo(to, 2),
      };
    },
  );

  // One range query per table for the whole span, in one read transaction.
  const trendRows = db.transaction((from: string, to: string): TrendRows => ({
    days: dailyPain.all(from, to),
    breaks: breaksByOutcome.all(from, to),
    sessions: sessionsPerDay.all(from, to),
    checkins: checkins.all(from, to).map(checkinFromRow),
  }));

  return {
    weeklyRows: (ranges) => weeklyRows(ranges),
    trendRows: (from, to) => trendRows(from, to),
    hasEntries: (from, to) => anyEntry.get(from, to) !== undefined,
  };
}
