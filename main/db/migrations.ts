/**
 * Owns the schema history. Each migration runs in its own transaction and ends
 * by setting PRAGMA user_version to its number, so a crash mid-way leaves the
 * previous version intact. Append new migrations; never edit a shipped one.
 *
 * Design notes for the features that build on this schema:
 * - every time is stored as epoch ms + the local calendar date + the UTC offset
 *   lived at that moment, so reports group by the week the person lived;
 * - ids are TEXT (random, URL-safe) so export/import can keep them stable;
 * - pain regions live in their own table so reports can aggregate by region
 *   and group with SQL, and find-the-source can look regions up by id;
 * - routine-session muscles live in their own table so the daily pressure cap
 *   (DAILY_PRESS_ROUND_CAP rounds per muscle and side) is one indexed query.
 *
 * SQL cannot import the rules, so each CHECK that repeats one names its constant
 * from common/domain/policy.ts beside the migration, and
 * tests/unit/migrations.test.ts checks that the two agree.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  // Rules in these CHECKs (common/domain/policy.ts): intensity, before_rating, after_rating, sleep_quality,
  // stress and interference_* BETWEEN 0 AND RATING_MAX (10); sleep_hours up to CHECKIN_LIMITS.sleepHoursMax (24),
  // active_minutes up to CHECKIN_LIMITS.activeMinutesMax (1440). Looser than the rule, and shipped: water allows
  // up to 100 (CHECKIN_LIMITS.waterMax is 40) and routine_sessions.rounds has no upper bound (ROUTINE_MAX_ROUNDS
  // is 4); the schemas hold those.
  {
    version: 1,
    name: 'pain entries, check-ins, breaks, routine sessions',
    sql: `
      CREATE TABLE pain_entries (
        id                 TEXT PRIMARY KEY,
        at_ms              INTEGER NOT NULL,
        local_date         TEXT    NOT NULL CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        utc_offset_minutes INTEGER NOT NULL CHECK (utc_offset_minutes BETWEEN -900 AND 900),
        note               TEXT    NOT NULL DEFAULT '',
        created_at_ms      INTEGER NOT NULL,
        updated_at_ms      INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX pain_entries_by_date ON pain_entries (local_date, at_ms);
      CREATE INDEX pain_entries_by_time ON pain_entries (at_ms);

      CREATE TABLE pain_entry_regions (
        entry_id  TEXT    NOT NULL REFERENCES pain_entries (id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        region    TEXT    NOT NULL,
        intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
        qualities TEXT    NOT NULL DEFAULT '' ,
        PRIMARY KEY (entry_id, region)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX pain_entry_regions_by_region ON pain_entry_regions (region);

      CREATE TABLE checkins (
        local_date             TEXT    PRIMARY KEY,
        at_ms                  INTEGER NOT NULL,
        utc_offset_minutes     INTEGER NOT NULL,
        sleep_hours            REAL    CHECK (sleep_hours BETWEEN 0 AND 24),
        sleep_quality          INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),
        stress                 INTEGER CHECK (stress BETWEEN 0 AND 10),
        active_minutes         INTEGER CHECK (active_minutes BETWEEN 0 AND 1440),
        water                  INTEGER CHECK (water BETWEEN 0 AND 100),
        interference_activity  INTEGER CHECK (interference_activity BETWEEN 0 AND 10),
        interference_enjoyment INTEGER CHECK (interference_enjoyment BETWEEN 0 AND 10),
        warning_signs          TEXT    NOT NULL DEFAULT '[]',
        updated_at_ms          INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE breaks (
        id                 TEXT PRIMARY KEY,
        kind               TEXT    NOT NULL CHECK (kind IN ('micro', 'stretch', 'release')),
        due_at_ms          INTEGER NOT NULL,
        shown_at_ms        INTEGER,
        outcome            TEXT    NOT NULL CHECK (outcome IN ('taken', 'natural', 'snoozed', 'skipped', 'paused')),
        seconds_taken      INTEGER NOT NULL DEFAULT 0 CHECK (seconds_taken >= 0),
        local_date         TEXT    NOT NULL,
        utc_offset_minutes INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX breaks_by_date ON breaks (local_date, kind);

      CREATE TABLE routine_sessions (
        id                 TEXT PRIMARY KEY,
        routine_id         TEXT    NOT NULL,
        side               TEXT    CHECK (side IN ('left', 'right', 'both')),
        started_at_ms      INTEGER NOT NULL,
        ended_at_ms        INTEGER NOT NULL CHECK (ended_at_ms >= started_at_ms),
        local_date         TEXT    NOT NULL,
        utc_offset_minutes INTEGER NOT NULL,
        rounds             INTEGER NOT NULL DEFAULT 0 CHECK (rounds >= 0),
        press_seconds      INTEGER NOT NULL DEFAULT 0 CHECK (press_seconds >= 0),
        before_rating      INTEGER CHECK (before_rating BETWEEN 0 AND 10),
        after_rating       INTEGER CHECK (after_rating BETWEEN 0 AND 10),
        stop_reason        TEXT
      ) STRICT;
      CREATE INDEX routine_sessions_by_date ON routine_sessions (local_date);
      CREATE INDEX routine_sessions_by_routine ON routine_sessions (routine_id);

      CREATE TABLE routine_session_muscles (
        session_id TEXT NOT NULL REFERENCES routine_sessions (id) ON DELETE CASCADE,
        muscle_id  TEXT NOT NULL,
        PRIMARY KEY (session_id, muscle_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX routine_session_muscles_by_muscle ON routine_session_muscles (muscle_id);
    `,
  },
  // Rules in these CHECKs: press_rounds_left and press_rounds_right BETWEEN 0 AND SESSION_MAX_PRESS_ROUNDS_PER_SIDE (8).
  {
    version: 2,
    name: 'pressure rounds per side, the person’s own routines',
    sql: `
      ALTER TABLE routine_sessions ADD COLUMN press_rounds_left INTEGER NOT NULL DEFAULT 0
        CHECK (press_rounds_left BETWEEN 0 AND 8);
      ALTER TABLE routine_sessions ADD COLUMN press_rounds_right INTEGER NOT NULL DEFAULT 0
        CHECK (press_rounds_right BETWEEN 0 AND 8);

      CREATE TABLE custom_routines (
        id            TEXT PRIMARY KEY,
        body          TEXT    NOT NULL CHECK (json_valid(body)),
        created_at_ms INTEGER NOT NULL,
        updated_at_ms INTEGER NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 3,
    name: 'remember a skipped check-in',
    sql: `
      ALTER TABLE checkins ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1));
    `,
  },
  {
    version: 4,
    // Answers are one JSON object (item id → answer id) so the checklist can grow without a migration;
    // the repository checks its shape on every read.
    name: 'workstation checks',
    sql: `
      CREATE TABLE workstation_checks (
        id                 TEXT PRIMARY KEY,
        taken_at_ms        INTEGER NOT NULL,
        local_date         TEXT    NOT NULL CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        utc_offset_minutes INTEGER NOT NULL CHECK (utc_offset_minutes BETWEEN -900 AND 900),
        answers            TEXT    NOT NULL CHECK (json_valid(answers) AND json_type(answers) = 'object')
      ) STRICT;
      CREATE INDEX workstation_checks_by_time ON workstation_checks (taken_at_ms);
    `,
  },
  // How far a session got, so a routine stopped early (a safety stop, or left part-way: stop_reason
  // 'left-early') can say so, and the side it stopped on, so a safety stop can hold back pressure on that
  // muscle and side for the rest of the day. NULL on sessions saved before: neither was recorded.
  // Rules in these CHECKs: steps_done and steps_total BETWEEN 0 AND SESSION_MAX_PLANNED_STEPS (328);
  // the schema also wants stepsTotal of at least 1, and both or neither.
  {
    version: 5,
    name: 'how far a routine session got, and the side it stopped on',
    sql: `
      ALTER TABLE routine_sessions ADD COLUMN steps_done INTEGER
        CHECK (steps_done BETWEEN 0 AND 328);
      ALTER TABLE routine_sessions ADD COLUMN steps_total INTEGER
        CHECK (steps_total BETWEEN 0 AND 328)
        CHECK ((steps_total IS NULL) = (steps_done IS NULL) AND (steps_total IS NULL OR steps_done <= steps_total));
      ALTER TABLE routine_sessions ADD COLUMN stop_side TEXT CHECK (stop_side IN ('left', 'right'));
      -- The report counts routines done to their end per day: this keeps that count on an index alone
      -- (stop_reason is in it, always NULL, so SQLite can answer from the index without the table).
      CREATE INDEX routine_sessions_done_by_date ON routine_sessions (local_date, stop_reason) WHERE stop_reason IS NULL;
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
