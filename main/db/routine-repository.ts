/**
 * Owns routine sessions (what was done, how far it got, and whether it helped)
 * and the person's own routines. The daily pressure cap and "your history" are
 * read from here: every session counts toward the cap, only sessions done to
 * their end (stop_reason IS NULL) count as done and toward relief.
 */
import type { Db } from './open';
import type { Routine } from '../../common/domain/content';
import type { RoutineSession, RoutineSessionInput, RoutineStats } from '../../common/domain/routine-sessions';
import { capKey, type PressRoundsToday } from '../../common/domain/player';
import { SESSION_STOP_REASONS } from '../../common/domain/routine-sessions';
import { formatOffsetDateTime, parseOffsetDateTime } from '../../common/domain/time';
import { routineSchema } from '../../common/domain/content';
import { ConflictError, NotFoundError } from '../core/errors';

interface SessionRow {
  id: string;
  routine_id: string;
  side: 'left' | 'right' | 'both' | null;
  started_at_ms: number;
  ended_at_ms: number;
  local_date: string;
  utc_offset_minutes: number;
  rounds: number;
  press_seconds: number;
  before_rating: number | null;
  after_rating: number | null;
  stop_reason: string | null;
  press_rounds_left: number;
  press_rounds_right: number;
  steps_done: number | null;
  steps_total: number | null;
  stop_side: 'left' | 'right' | null;
  muscles: string | null;
}

export interface RoutineRepository {
  saveSession(input: RoutineSessionInput, muscles: readonly string[]): RoutineSession;
  /** Adds a session with its own id unless that id is already there (import). Returns whether it was added. */
  importSession(session: RoutineSessionInput & { id: string }, muscles: readonly string[]): boolean;
  sessions(options?: { from?: string; to?: string; limit?: number }): RoutineSession[];
  pressRoundsOn(localDate: string): PressRoundsToday;
  stats(): RoutineStats;
  reliefByMuscle(): Record<string, number>;
  customList(): Routine[];
  customSave(routine: Routine): Routine;
  customDelete(id: string): Routine;
}

export function createRoutineRepository(db: Db, deps: { now: () => number; newId: () => string }): RoutineRepository {
  const insertSession = db.prepare(
    `INSERT INTO routine_sessions (id, routine_id, side, started_at_ms, ended_at_ms, local_date, utc_offset_minutes,
       rounds, press_seconds, before_rating, after_rating, stop_reason, press_rounds_left, press_rounds_right,
       steps_done, steps_total, stop_side)
     VALUES (@id, @routineId, @side, @startedAtMs, @endedAtMs, @localDate, @offset,
       @rounds, @pressSeconds, @before, @after, @stopReason, @left, @right, @stepsDone, @stepsTotal, @stopSide)`,
  );
  const insertMuscle = db.prepare<[string, string]>(
    `INSERT INTO routine_session_muscles (session_id, muscle_id) VALUES (?, ?)`,
  );
  const selectSessions = db.prepare<[string, string, number], SessionRow>(
    `SELECT s.*, (SELECT group_concat(muscle_id) FROM routine_session_muscles m WHERE m.session_id = s.id) AS muscles
       FROM routine_sessions s WHERE s.local_date BETWEEN ? AND ? ORDER BY s.started_at_ms DESC, s.id LIMIT ?`,
  );
  const pressOnDay = db.prepare<[string], { muscle_id: string; left: number; right: number }>(
    `SELECT m.muscle_id, sum(s.press_rounds_left) AS left, sum(s.press_rounds_right) AS right
       FROM routine_sessions s JOIN routine_session_muscles m ON m.session_id = s.id
      WHERE s.local_date = ? GROUP BY m.muscle_id`,
  );
  const statsQuery = db.prepare<
    [],
    { routine_id: string; n: number; mean_relief: number | null; last_ms: number; last_offset: number }
  >(
    // "Done N times" and "last done" count only routines done to their end; a stop is not a session done.
    `SELECT routine_id, count(*) AS n,
            avg(CASE WHEN before_rating IS NOT NULL AND after_rating IS NOT NULL THEN before_rating - after_rating END) AS mean_relief,
            max(started_at_ms) AS last_ms,
            (SELECT utc_offset_minutes FROM routine_sessions l
              WHERE l.routine_id = s.routine_id AND l.stop_reason IS NULL ORDER BY started_at_ms DESC LIMIT 1) AS last_offset
       FROM routine_sessions s WHERE stop_reason IS NULL GROUP BY routine_id`,
  );
  const reliefQuery = db.prepare<[], { muscle_id: string; relief: number }>(
    `SELECT m.muscle_id, avg(s.before_rating - s.after_rating) AS relief
       FROM routine_sessions s JOIN routine_session_muscles m ON m.session_id = s.id
      WHERE s.stop_reason IS NULL AND s.before_rating IS NOT NULL AND s.after_rating IS NOT NULL
      GROUP BY m.muscle_id`,
  );
  const selectCustom = db.prepare<[], { body: string }>(`SELECT body FROM custom_routines ORDER BY created_at_ms, id`);
  const selectCustomOne = db.prepare<[string], { body: string }>(`SELECT body FROM custom_routines WHERE id = ?`);
  const upsertCustom = db.prepare<[string, string, number, number]>(
    `INSERT INTO custom_routines (id, body, created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at_ms = excluded.updated_at_ms`,
  );
  const deleteCustom = db.prepare<[string]>(`DELETE FROM custom_routines WHERE id = ?`);

  function toSession(row: SessionRow): RoutineSession {
    return {
      id: row.id,
      routineId: row.routine_id,
      muscles: row.muscles ? row.muscles.split(',').sort() : [],
      side: row.side,
      startedAt: formatOffsetDateTime(row.started_at_ms, row.utc_offset_minutes),
      endedAt: formatOffsetDateTime(row.ended_at_ms, row.utc_offset_minutes),
      localDate: row.local_date,
      rounds: row.rounds,
      pressSeconds: row.press_seconds,
      pressRounds: { left: row.press_rounds_left, right: row.press_rounds_right },
      before: row.before_rating,
      after: row.after_rating,
      stopReason: (SESSION_STOP_REASONS as readonly string[]).includes(row.stop_reason ?? '')
        ? (row.stop_reason as RoutineSession['stopReason'])
        : null,
      progress:
        row.steps_done !== null && row.steps_total !== null
          ? { stepsDone: row.steps_done, stepsTotal: row.steps_total }
          : null,
      stopSide: row.stop_side,
    };
  }

  const sessionExists = db.prepare<[string], { id: string }>(`SELECT id FROM routine_sessions WHERE id = ?`);
  const selectSession = db.prepare<[string], SessionRow>(
    `SELECT s.*, (SELECT group_concat(muscle_id) FROM routine_session_muscles m WHERE m.session_id = s.id) AS muscles
       FROM routine_sessions s WHERE s.id = ?`,
  );

  function writeSession(id: string, input: RoutineSessionInput, muscles: readonly string[]): void {
    const started = parseOffsetDateTime(input.startedAt)!;
    const ended = parseOffsetDateTime(input.endedAt)!;
    if (ended.atMs < started.atMs) throw new ConflictError('A session cannot end before it starts.');
    insertSession.run({
      id,
      routineId: input.routineId,
      side: input.side,
      startedAtMs: started.atMs,
      endedAtMs: ended.atMs,
      localDate: started.localDate,
      offset: started.utcOffsetMinutes,
      rounds: input.rounds,
      pressSeconds: input.pressSeconds,
      before: input.before,
      after: input.after,
      stopReason: input.stopReason,
      left: input.pressRounds.left,
      right: input.pressRounds.right,
      stepsDone: input.progress?.stepsDone ?? null,
      stepsTotal: input.progress?.stepsTotal ?? null,
      stopSide: input.stopSide ?? null,
    });
    for (const m of new Set(muscles)) insertMuscle.run(id, m);
  }

  const saveSession = db.transaction((input: RoutineSessionInput, muscles: readonly string[]): RoutineSession => {
    const id = deps.newId();
    writeSession(id, input, muscles);
    return toSession(selectSession.get(id)!);
  });

  return {
    saveSession,
    importSession: db.transaction((session: RoutineSessionInput & { id: string }, muscles: readonly string[]) => {
      if (sessionExists.get(session.id)) return false;
      const { id, ...input } = session;
      writeSession(id, input, muscles);
      return true;
    }),
    sessions(options = {}) {
      return selectSessions
        .all(options.from ?? '0000-01-01', options.to ?? '9999-12-31', options.limit ?? 500)
        .map(toSession);
    },
    pressRoundsOn(localDate) {
      const out: Record<string, number> = {};
      for (const row of pressOnDay.all(localDate)) {
        out[capKey(row.muscle_id, 'left')] = row.left;
        out[capKey(row.muscle_id, 'right')] = row.right;
      }
      return out;
    },
    stats() {
      const out: RoutineStats = {};
      for (const row of statsQuery.all()) {
        out[row.routine_id] = {
          n: row.n,
          meanRelief: row.mean_relief,
          lastDoneAt: formatOffsetDateTime(row.last_ms, row.last_offset),
        };
      }
      return out;
    },
    reliefByMuscle() {
      return Object.fromEntries(reliefQuery.all().map((r) => [r.muscle_id, r.relief]));
    },
    customList() {
      return selectCustom.all().map((r) => routineSchema.parse(JSON.parse(r.body)));
    },
    customSave: db.transaction((routine: Routine): Routine => {
      const now = deps.now();
      upsertCustom.run(routine.id, JSON.stringify(routine), now, now);
      return routine;
    }),
    customDelete: db.transaction((id: string): Routine => {
      const row = selectCustomOne.get(id);
      if (!row) throw new NotFoundError('That routine no longer exists.');
      deleteCustom.run(id);
      return routineSchema.parse(JSON.parse(row.body));
    }),
  };
}
