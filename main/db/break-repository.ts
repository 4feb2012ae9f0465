/**
 * Owns the break history: every prompt's outcome and every natural break, one
 * row each, filed under the local date the break fell due.
 */
import type { Db } from './open';
import type { BreakKind, BreakOutcome, BreakRecord, BreakToday } from '../../common/domain/breaks';
import { formatOffsetDateTime, parseOffsetDateTime } from '../../common/domain/time';
import type { BreakRecorder, BreakRecordInput } from '../core/ports';

interface BreakRow {
  id: string;
  kind: BreakKind;
  due_at_ms: number;
  shown_at_ms: number | null;
  outcome: BreakOutcome;
  seconds_taken: number;
  utc_offset_minutes: number;
}

export interface BreakRepository extends BreakRecorder {
  history(options?: { from?: string; to?: string; limit?: number }): BreakRecord[];
  /** Adds a record with its own id unless that id is already there (import). Returns whether it was added. */
  importRecord(record: BreakRecord): boolean;
}

export function createBreakRepository(db: Db, newId: () => string): BreakRepository {
  const insert = db.prepare<[string, string, number, number | null, string, number, string, number]>(
    `INSERT INTO breaks (id, kind, due_at_ms, shown_at_ms, outcome, seconds_taken, local_date, utc_offset_minutes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const countByOutcome = db.prepare<[string], { outcome: BreakOutcome; n: number }>(
    `SELECT outcome, count(*) AS n FROM breaks WHERE local_date = ? GROUP BY outcome`,
  );
  const range = db.prepare<[string, string, number], BreakRow>(
    `SELECT id, kind, due_at_ms, shown_at_ms, outcome, seconds_taken, utc_offset_minutes
       FROM breaks WHERE local_date BETWEEN ? AND ? ORDER BY due_at_ms DESC, id LIMIT ?`,
  );

  const exists = db.prepare<[string], { id: string }>(`SELECT id FROM breaks WHERE id = ?`);

  function write(id: string, entry: BreakRecordInput): void {
    const due = parseOffsetDateTime(entry.dueAt);
    if (!due) throw new TypeError(`invalid due time ${entry.dueAt}`);
    const shown = entry.shownAt === null ? null : parseOffsetDateTime(entry.shownAt);
    insert.run(
      id,
      entry.kind,
      due.atMs,
      shown ? shown.atMs : null,
      entry.outcome,
      Math.max(0, Math.round(entry.secondsTaken)),
      due.localDate,
      due.utcOffsetMinutes,
    );
  }

  const record = db.transaction((entry: BreakRecordInput) => write(newId(), entry));

  return {
    record,
    importRecord: db.transaction((r: BreakRecord) => {
      if (exists.get(r.id)) return false;
      write(r.id, r);
      return true;
    }),
    today(localDate) {
      const counts: BreakToday = { taken: 0, natural: 0, skipped: 0, snoozed: 0 };
      for (const row of countByOutcome.all(localDate)) {
        if (Object.hasOwn(counts, row.outcome)) counts[row.outcome as keyof BreakToday] = row.n;
      }
      return counts;
    },
    history(options = {}) {
      return range.all(options.from ?? '0000-01-01', options.to ?? '9999-12-31', options.limit ?? 500).map((row) => ({
        id: row.id,
        kind: row.kind,
        dueAt: formatOffsetDateTime(row.due_at_ms, row.utc_offset_minutes),
        shownAt: row.shown_at_ms === null ? null : formatOffsetDateTime(row.shown_at_ms, row.utc_offset_minutes),
        outcome: row.outcome,
        secondsTaken: row.seconds_taken,
      }));
    },
  };
}
