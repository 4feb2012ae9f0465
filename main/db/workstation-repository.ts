/**
 * Owns the saved workstation checks. Each time the person answers the check a
 * new one is added (never edited), so the weekly report can compare the latest
 * two. Stored answers are checked for their shape on every read; answers to
 * questions this version no longer asks are kept, not dropped.
 */
import type { Db } from './open';
import type { LocalMoment } from '../../common/domain/time';
import { formatOffsetDateTime, parseOffsetDateTime } from '../../common/domain/time';
import {
  workstationAnswersShapeSchema,
  type WorkstationAnswers,
  type WorkstationCheck,
} from '../../common/domain/workstation';

interface CheckRow {
  id: string;
  taken_at_ms: number;
  local_date: string;
  utc_offset_minutes: number;
  answers: string;
}

/** A check as the export file carries it. */
export interface WorkstationCheckRecord {
  id: string;
  takenAt: string;
  answers: WorkstationAnswers;
}

export interface WorkstationRepository {
  save(answers: WorkstationAnswers, takenAt: LocalMoment): WorkstationCheck;
  /** Most recent first. */
  list(options?: { limit?: number }): WorkstationCheck[];
  /** The latest `limit` checks done on or before a local date, most recent first (the weekly report's view). */
  upTo(localDate: string, limit: number): WorkstationCheck[];
  /** Adds a check with its own id unless that id is already there (import). Returns whether it was added. */
  importCheck(record: WorkstationCheckRecord): boolean;
}

export const WORKSTATION_LIST_DEFAULT_LIMIT = 20;

export function createWorkstationRepository(db: Db, deps: { newId: () => string }): WorkstationRepository {
  const insert = db.prepare<[string, number, string, number, string]>(
    `INSERT INTO workstation_checks (id, taken_at_ms, local_date, utc_offset_minutes, answers) VALUES (?, ?, ?, ?, ?)`,
  );
  const one = db.prepare<[string], CheckRow>(`SELECT * FROM workstation_checks WHERE id = ?`);
  // rowid breaks ties between checks saved in the same millisecond: the later insert is the newer check.
  const recent = db.prepare<[number], CheckRow>(
    `SELECT * FROM workstation_checks ORDER BY taken_at_ms DESC, rowid DESC LIMIT ?`,
  );

  // A handful of rows a year: the time index orders them and the date filter is cheap.
  const recentUpTo = db.prepare<[string, number], CheckRow>(
    `SELECT * FROM workstation_checks WHERE local_date <= ? ORDER BY taken_at_ms DESC, rowid DESC LIMIT ?`,
  );

  const toCheck = (row: CheckRow): WorkstationCheck => {
    let data: unknown;
    try {
      data = JSON.parse(row.answers);
    } catch {
      data = undefined;
    }
    const answers = workstationAnswersShapeSchema.safeParse(data);
    if (!answers.success) {
      throw new Error(
        `Workstation check ${row.id}: the stored answers are damaged (${answers.error.issues[0]?.message ?? 'not an object'}).`,
      );
    }
    return {
      id: row.id,
      takenAt: formatOffsetDateTime(row.taken_at_ms, row.utc_offset_minutes),
      localDate: row.local_date,
      answers: answers.data,
    };
  };

  const write = (id: string, at: LocalMoment, answers: WorkstationAnswers) =>
    insert.run(id, at.atMs, at.localDate, at.utcOffsetMinutes, JSON.stringify(answers));

  return {
    save: db.transaction((answers: WorkstationAnswers, at: LocalMoment) => {
      const id = deps.newId();
      write(id, at, answers);
      return toCheck(one.get(id)!);
    }),
    list(options = {}) {
      return recent.all(options.limit ?? WORKSTATION_LIST_DEFAULT_LIMIT).map(toCheck);
    },
    upTo(localDate, limit) {
      return recentUpTo.all(localDate, limit).map(toCheck);
    },
    importCheck: db.transaction((record: WorkstationCheckRecord) => {
      if (one.get(record.id)) return false;
      const at = parseOffsetDateTime(record.takenAt);
      if (!at) throw new Error(`Workstation check ${record.id}: takenAt "${record.takenAt}" is not a date and time.`);
      write(record.id, at, record.answers);
      return true;
    }),
  };
}
