/**
 * Owns the rules' numbers: every policy constant more than one process uses
 * (main's report and routines, the renderer's wording, the CLI's text, the
 * database's CHECK constraints). Change a rule here and every user follows;
 * wording is built from these constants, never retyped. SQL CHECKs cannot
 * import, so main/db/migrations.ts cites the constant and
 * tests/unit/migrations.test.ts checks the two agree.
 */

// --- The weekly report -------------------------------------------------------

/** Days of logging a baseline covers (the first 14 calendar days from the first entry). */
export const BASELINE_DAYS = 14;
/** The window the factors look back over, ending on the week's Sunday. */
export const FACTOR_WINDOW_DAYS = 28;
/** A factor is compared only when each side has at least this many days (too few days say nothing). */
export const FACTOR_MIN_DAYS = 5;
/**
 * A pattern (pain on days with a factor against days without) is shown only when the two averages differ by
 * at least this many points AND by more than the day-to-day spread (the pooled standard deviation of the daily
 * averages on both sides): a gap smaller than how much days vary anyway is noise, not a finding.
 */
export const PATTERN_MIN_POINTS = 1;
/** A routine counts as "what helps you" only from this many rated sessions in the week: one good session is luck. */
export const HELPS_MIN_SESSIONS = 2;
/** …and only when it eased the area by at least this many points on average (less is within rating noise). */
export const HELPS_MIN_RELIEF = 1;
/** The report ends with at most this many next steps ("This week"). */
export const NEXT_STEPS_MAX = 3;
/** Fewer logged days than this in a week make "log on more days" a next step: the averages rest on too little. */
export const NEXT_STEP_LOG_MIN_DAYS = 4;
/** "Meaningful" change: at least 2 points or 30 % (REFERENCE.md (b), IMMPACT thresholds for a moderate change). */
export const MEANINGFUL_POINTS = 2;
export const MEANINGFUL_PERCENT = 30;
/**
 * The one "no progress" rule, everywhere it is said (the check-in sign, lessons, muscle pages, the report):
 * about two weeks of regular self-care without change is worth a clinician's look (REFERENCE-ADDENDUM (l)).
 */
export const NO_PROGRESS_DAYS = 14;
/** Advice to see a clinician needs this much logging before progress (or its absence) says anything. */
export const ADVICE_MIN_SPAN_DAYS = NO_PROGRESS_DAYS;
/**
 * …and a week averaging at least this much pain: someone logging 0 or 1 out of 10 for weeks is doing well,
 * not failing to improve. 4 is the floor pain trials use for pain worth treating (REFERENCE (b) 2, IMMPACT).
 */
export const ADVICE_MIN_PAIN = 4;
/** The week's key numbers count days whose average is at least `day`, and entries at least `entry` (0–10). */
export const PAIN_LEVELS = { day: 4, entry: 7 } as const;

/** The clinician PDF's optional date of birth may be no earlier than this (dates before 1970 are fine here). */
export const BIRTH_DATE_EARLIEST = '1900-01-01';
/** The longest name the clinician PDF prints. */
export const PDF_NAME_MAX = 80;

const SMALL_NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Whole weeks in words, for sentences built from the rules: weeksInWords(BASELINE_DAYS) is "two weeks". */
export function weeksInWords(days: number): string {
  const weeks = days / 7;
  return `${SMALL_NUMBERS[weeks] ?? weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
}

// Floating-point sums such as 2.1 − 3 land a hair short of a threshold they meet exactly.
const EPSILON = 1e-9;

/** Whether a change of `points` (and `percent` of the reference, null when it was 0) is big enough to matter. */
export function isMeaningfulChange(points: number, percent: number | null): boolean {
  return (
    Math.abs(points) >= MEANINGFUL_POINTS - EPSILON ||
    (percent !== null && Math.abs(percent) >= MEANINGFUL_PERCENT - EPSILON)
  );
}

/**
 * Whether a pattern's difference (days with − days without) is clear: at least PATTERN_MIN_POINTS and larger than
 * the spread (null spread: not enough days to know how much days vary, so never clear).
 */
export function isClearPattern(difference: number, spread: number | null): boolean {
  if (spread === null) return false;
  const size = Math.abs(difference);
  return size >= PATTERN_MIN_POINTS - EPSILON && size > spread + EPSILON;
}

/** The thresholds behind the report's factors (the ids name them: 'short-sleep', 'water-6', …). */
export const FACTOR_THRESHOLDS = {
  /** Short sleep: under this many hours. */
  shortSleepHours: 6,
  /** High stress: this or more, out of 10. */
  highStress: 6,
  /** Active: this many minutes or more. */
  activeMinutes: 30,
  /** Water: this many glasses or more. */
  waterGlasses: 6,
  /** Breaks kept: this share or more of the day's breaks. */
  breakAdherence: 0.7,
} as const;

// --- Ratings and the daily check-in -----------------------------------------

/** Pain and every other 0–10 rating (before/after a routine, sleep quality, stress, interference) run 0 to this. */
export const RATING_MAX = 10;

/** The check-in's numbers: sleep in quarter hours up to a day, whole minutes of movement, whole glasses of water. */
export const CHECKIN_LIMITS = {
  sleepHoursMax: 24,
  sleepHoursStep: 0.25,
  activeMinutesMax: 1440,
  waterMax: 40,
} as const;

// --- Break settings ----------------------------------------------------------

/** What each break setting may be set to (inclusive). */
export const BREAK_LIMITS = {
  everyMinutes: { min: 1, max: 480 },
  durationSeconds: { min: 5, max: 3600 },
  notifyBeforeSeconds: { min: 0, max: 600 },
  releaseMinutes: { min: 1, max: 60 },
  resetAfterMinutes: { min: 1, max: 240 },
  graceMinutes: { min: 0, max: 30 },
  snoozeMinutes: { min: 1, max: 60 },
  maxSnoozes: { min: 0, max: 10 },
} as const;

/**
 * Postponing a prompt while the person is busy (Do Not Disturb, a full-screen window, presenting):
 * the prompt that falls due then waits and is looked at again every `stepMinutes`; it is shown
 * anyway once it has been put off `maxTimes` times or `maxMinutes` after it fell due, whichever
 * comes first, so no break is put off for ever (issue 13 #9).
 */
export const POSTPONE_LIMITS = { stepMinutes: 5, maxTimes: 6, maxMinutes: 30 } as const;

// --- Routines and the pressure cap -------------------------------------------

/** Rounds a routine runs per side, and a session can record. */
export const ROUTINE_MIN_ROUNDS = 1;
export const ROUTINE_MAX_ROUNDS = 4;
/** Rest between rounds, in seconds: 0 to this. */
export const ROUTINE_MAX_REST_SECONDS = 120;
/** Steps in a routine: 1 to this. */
export const ROUTINE_MAX_STEPS = 40;
/** A step lasts this many seconds (inclusive). */
export const STEP_SECONDS = { min: 3, max: 600 } as const;
/** A press step holds this many seconds (inclusive). */
export const PRESS_STEP_SECONDS = { min: 30, max: 90 } as const;

/** Pressure rounds allowed per muscle and side per day: a cautious choice (no trial sets a maximum). */
export const DAILY_PRESS_ROUND_CAP = 4;
/** Pressure rounds one session can record per side (a round of a routine may press more than once). */
export const SESSION_MAX_PRESS_ROUNDS_PER_SIDE = 8;
/** Time under pressure one session can record, in seconds. */
export const SESSION_MAX_PRESS_SECONDS = 3600;
/**
 * Steps a played routine can have, so a session can say how far it got: both sides, every round, every
 * step plus the rest before the round (2 × ROUTINE_MAX_ROUNDS × (ROUTINE_MAX_STEPS + 1)).
 */
export const SESSION_MAX_PLANNED_STEPS = 2 * ROUTINE_MAX_ROUNDS * (ROUTINE_MAX_STEPS + 1);
/**
 * Safety-stop reasons whose advice is "not again today": after one, pressure on that muscle and side is
 * blocked for the rest of the day (stretches still run), and the routine cannot simply be continued.
 */
export const STOP_FOR_TODAY_REASONS = ['numbness-tingling', 'sharp-shooting', 'dizziness', 'pain-rising'] as const;

// --- Dates and times ---------------------------------------------------------

/** The earliest local date anything recorded or asked for may carry (epoch-ms storage starts here). */
export const EARLIEST_DATE = '1970-01-01';
/** The latest local date a query may name (the open end of a date range). */
export const LATEST_DATE = '9999-12-31';
/**
 * A logged time (a pain entry, a session, a check-in's date, a break, an import's records) may be at most
 * this many hours after main's clock when it is checked: room for a time zone ahead or a clock slightly behind,
 * never for year 9999.
 */
export const LOGGED_TIME_MAX_AHEAD_HOURS = 24;
/** A routine session lasts at most this long (the longest routine, paused along the way, fits well inside). */
export const SESSION_MAX_HOURS = 24;
/**
 * The time a break record can say was taken, in seconds. A natural break is the idle time the engine saw,
 * and a locked weekend or a holiday with the computer on counts, so this is a month rather than a day.
 */
export const BREAK_MAX_SECONDS_TAKEN = 31 * 24 * 3600;

// --- Export and import ---------------------------------------------------------

/**
 * The largest file an import reads. Far above any real history (ten dense
 * years export to about 40 MB of compact JSON), so every export re-imports,
 * while a wrong file (a video, a disk image) is refused at once. The contract,
 * the web preview's upload, the renderer's check and the importer all use it.
 */
export const IMPORT_MAX_BYTES = 512 * 1024 * 1024;
