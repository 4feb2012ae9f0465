/**
 * Owns the settings shape, its defaults and its validation. The same schema
 * checks the settings file at load, every settings:update call, the Settings
 * screen and the simulator's trace settings. Later features add their keys here
 * (with defaults), never a second settings file.
 */
import { z } from 'zod';
import { isCalendarDate, loggedTimeSchema } from './dates';
import { BIRTH_DATE_EARLIEST, BREAK_LIMITS, PDF_NAME_MAX } from './policy';
import { PAPER_SIZES } from './report-pdf';
import { LANGUAGE_PREFERENCES } from '../i18n/locales';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 08:30');

export const timeRangeSchema = z
  .object({ start: clockTimeSchema, end: clockTimeSchema.or(z.literal('24:00')) })
  .strict()
  .refine((r) => r.end > r.start, { message: 'ends before it starts', path: ['end'] });
export type TimeRange = z.infer<typeof timeRangeSchema>;

const dayRangesSchema = z
  .array(timeRangeSchema)
  .max(6)
  .superRefine((ranges, ctx) => {
    const sorted = [...ranges].sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.start < sorted[i - 1]!.end) ctx.addIssue({ code: 'custom', message: 'two ranges overlap' });
    }
  });

/** Working hours per weekday; an unknown weekday is named in the error rather than silently dropped. */
export const workingHoursSchema = z
  .record(z.string(), dayRangesSchema)
  .superRefine((days, ctx) => {
    for (const key of Object.keys(days)) {
      if (!(WEEKDAYS as readonly string[]).includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `unknown weekday "${key}" (use mon, tue, wed, thu, fri, sat, sun)`,
        });
      }
    }
  })
  .transform((days) => Object.fromEntries(WEEKDAYS.map((d) => [d, days[d] ?? []])) as Record<Weekday, TimeRange[]>);
export type WorkingHours = Record<Weekday, TimeRange[]>;

const minutes = ({ min, max }: { min: number; max: number }) =>
  z
    .number({ error: 'must be a number' })
    .int('must be whole minutes')
    .min(min, `must be at least ${min} minute${min === 1 ? '' : 's'}`)
    .max(max, `must be at most ${max} minutes`);
const seconds = ({ min, max }: { min: number; max: number }) =>
  z
    .number({ error: 'must be a number' })
    .int('must be whole seconds')
    .min(min, `must be at least ${min} seconds`)
    .max(max, `must be at most ${max} seconds`);

export const intervalBreakSchema = z
  .object({
    enabled: z.boolean(),
    everyMinutes: minutes(BREAK_LIMITS.everyMinutes),
    durationSeconds: seconds(BREAK_LIMITS.durationSeconds),
    notifyBeforeSeconds: seconds(BREAK_LIMITS.notifyBeforeSeconds),
  })
  .strict();
export type IntervalBreakSettings = z.infer<typeof intervalBreakSchema>;

export const releaseSessionSchema = z
  .object({
    enabled: z.boolean(),
    time: clockTimeSchema,
    days: z
      .array(z.enum(WEEKDAYS, { error: (i) => `unknown weekday "${String(i.input)}"` }))
      .max(7)
      .refine((d) => new Set(d).size === d.length, 'lists a day twice'),
    durationMinutes: minutes(BREAK_LIMITS.releaseMinutes),
  })
  .strict();
export type ReleaseSessionSettings = z.infer<typeof releaseSessionSchema>;

export const breakSettingsSchema = z
  .object({
    micro: intervalBreakSchema,
    stretch: intervalBreakSchema,
    release: releaseSessionSchema,
    /** No input this long restarts every timer. */
    resetAfterMinutes: minutes(BREAK_LIMITS.resetAfterMinutes),
    /** Quiet time after unlock, resume or a restart of every timer. */
    graceMinutes: z.number().int().min(BREAK_LIMITS.graceMinutes.min).max(BREAK_LIMITS.graceMinutes.max),
    snoozeMinutes: minutes(BREAK_LIMITS.snoozeMinutes),
    maxSnoozes: z.number().int().min(BREAK_LIMITS.maxSnoozes.min).max(BREAK_LIMITS.maxSnoozes.max),
    /** No Snooze and no Skip. */
    strictMode: z.boolean(),
    showOn: z.enum(['cursor-display', 'all-displays']),
    /** Which kinds of being busy postpone a prompt (within POSTPONE_LIMITS) instead of showing over them. */
    waitWhile: z.object({ doNotDisturb: z.boolean(), fullscreen: z.boolean(), presenting: z.boolean() }).strict(),
  })
  .strict()
  .refine((b) => b.micro.durationSeconds <= b.stretch.durationSeconds, {
    message: 'a micro-pause must not be longer than a stretch break',
    path: ['micro', 'durationSeconds'],
  })
  .refine((b) => b.micro.notifyBeforeSeconds < b.micro.everyMinutes * 60, {
    message: 'the heads-up must come after the previous break',
    path: ['micro', 'notifyBeforeSeconds'],
  })
  .refine((b) => b.stretch.notifyBeforeSeconds < b.stretch.everyMinutes * 60, {
    message: 'the heads-up must come after the previous break',
    path: ['stretch', 'notifyBeforeSeconds'],
  });
export type BreakSettings = z.infer<typeof breakSettingsSchema>;

export const checkinSettingsSchema = z
  .object({
    /** Ask once a day at `time` (never again that day once answered or skipped). */
    enabled: z.boolean(),
    time: clockTimeSchema,
  })
  .strict();

export const reportSettingsSchema = z
  .object({
    /** A notification once a week that last week's report is ready. */
    reminder: z.boolean(),
    day: z.enum(WEEKDAYS, {
      error: (i) => `unknown weekday "${String(i.input)}" (use mon, tue, wed, thu, fri, sat, sun)`,
    }),
    time: clockTimeSchema,
  })
  .strict();
export type ReportSettings = z.infer<typeof reportSettingsSchema>;
/** A date of birth: a calendar day from BIRTH_DATE_EARLIEST on (the clinician PDF prints it as entered). */
export const birthDateSchema = z
  .string()
  .refine(isCalendarDate, 'must be a date like 1980-04-23')
  .refine((d) => d >= BIRTH_DATE_EARLIEST, `must be ${BIRTH_DATE_EARLIEST} or later`);

/** What the clinician PDF remembers from one export to the next: all optional, never sent anywhere. */
export const clinicianPdfSchema = z
  .object({
    /** The name printed on the PDF; empty prints none. */
    name: z.string().trim().max(PDF_NAME_MAX, `must be at most ${PDF_NAME_MAX} characters`),
    dateOfBirth: birthDateSchema.nullable(),
    /** The paper last chosen; null follows the locale (Letter in the US and nearby, A4 elsewhere). */
    paper: z.enum(PAPER_SIZES).nullable(),
  })
  .strict();
export type ClinicianPdfSettings = z.infer<typeof clinicianPdfSchema>;

/** The weekly strengthening plan (common/domain/strength.ts): off until the person turns it on. */
export const strengthSettingsSchema = z
  .object({
    enabled: z.boolean(),
    days: z
      .array(z.enum(WEEKDAYS, { error: (i) => `unknown weekday "${String(i.input)}"` }))
      .max(7)
      .refine((d) => new Set(d).size === d.length, 'lists a day twice'),
  })
  .strict();
export type StrengthSettings = z.infer<typeof strengthSettingsSchema>;
/**
 * Whether the first-run setup has been completed (or skipped through): null
 * until then. A fresh install starts at null and the app opens on setup.
 * A settings file written before this key existed belongs to someone already
 * using Unknot, who must not be pushed through setup: recoverSettingsFile()
 * (main/settings/) marks such a file done before any store reads it, because
 * only there can "key missing from an existing file" be told apart from
 * "no file yet" (merging with defaults would turn both into null).
 */
export const firstRunSchema = z
  .object({
    completedAt: loggedTimeSchema.nullable(),
  })
  .strict();
export type FirstRun = z.infer<typeof firstRunSchema>;

export const settingsSchema = z
  .object({
    theme: z.enum(THEMES),
    /** The app's language: a shipped language, or "system" to follow the OS. */
    language: z.enum(LANGUAGE_PREFERENCES),
    breaks: breakSettingsSchema,
    workingHours: workingHoursSchema,
    checkin: checkinSettingsSchema,
    report: reportSettingsSchema,
    clinicianPdf: clinicianPdfSchema,
    strength: strengthSettingsSchema,
    firstRun: firstRunSchema,
    /**
     * The person's choice to start Unknot at login. The system's own login-item
     * list is the truth about what happens (app:login-item reads it); this records the choice,
     * and is the whole story in the web preview, which cannot start anything at login.
     */
    startAtLogin: z.boolean(),
    /**
     * Notes the app tells once (e.g. that away time cannot be seen on this system): the ids of those the
     * person has answered "OK, got it", so they are not shown again.
     */
    dismissedNotes: z
      .array(z.string().regex(/^[a-z0-9-]{1,64}$/, 'must be a note id'))
      .max(50)
      .refine((ids) => new Set(ids).size === ids.length, 'lists a note twice'),
  })
  .strict();
export type Settings = z.output<typeof settingsSchema>;

/** The note that away time cannot be seen here (Wayland, the web preview): the same id as main's notice. */
export const IDLE_NOTE_ID = 'idle-detection-unavailable';

const weekdayHours: TimeRange[] = [{ start: '08:00', end: '18:00' }];

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  theme: 'system',
  language: 'system',
  breaks: {
    micro: { enabled: true, everyMinutes: 20, durationSeconds: 30, notifyBeforeSeconds: 10 },
    stretch: { enabled: true, everyMinutes: 60, durationSeconds: 300, notifyBeforeSeconds: 30 },
    release: { enabled: true, time: '15:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'], durationMinutes: 10 },
    resetAfterMinutes: 5,
    graceMinutes: 2,
    snoozeMinutes: 5,
    maxSnoozes: 2,
    strictMode: false,
    showOn: 'cursor-display',
    waitWhile: { doNotDisturb: true, fullscreen: true, presenting: true },
  },
  checkin: { enabled: true, time: '17:30' },
  report: { reminder: true, day: 'mon', time: '09:00' },
  clinicianPdf: { name: '', dateOfBirth: null, paper: null },
  // Kept in step with DEFAULT_STRENGTH_DAYS (strength.ts cannot be imported here: it needs the atlas).
  strength: { enabled: false, days: ['mon', 'wed', 'fri'] },
  firstRun: { completedAt: null },
  startAtLogin: false,
  dismissedNotes: [],
  workingHours: {
    mon: weekdayHours,
    tue: weekdayHours,
    wed: weekdayHours,
    thu: weekdayHours,
    fri: weekdayHours,
    sat: [],
    sun: [],
  },
}) as Settings;

/** A patch replaces whole top-level keys; every key it names must be valid on its own. */
export const settingsPatchSchema = z
  .object({
    theme: settingsSchema.shape.theme,
    language: settingsSchema.shape.language,
    breaks: settingsSchema.shape.breaks,
    workingHours: settingsSchema.shape.workingHours,
    checkin: settingsSchema.shape.checkin,
    report: settingsSchema.shape.report,
    clinicianPdf: settingsSchema.shape.clinicianPdf,
    strength: settingsSchema.shape.strength,
    firstRun: settingsSchema.shape.firstRun,
    startAtLogin: settingsSchema.shape.startAtLogin,
    dismissedNotes: settingsSchema.shape.dismissedNotes,
  })
  .partial()
  .strict();
export type SettingsPatch = z.input<typeof settingsPatchSchema>;

type DeepPartial<T> = T extends unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
export type PartialSettings = DeepPartial<Settings>;

/**
 * Overlays a partial settings object (the simulator's trace, an old settings
 * file) on a complete one. Objects merge key by key; arrays and values replace.
 */
export function mergeSettings(base: Settings, partial: unknown): unknown {
  return deepMerge(base, partial);
}

function deepMerge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    // Own keys only, and defined rather than assigned: a "__proto__" key in a file or patch is data (the
    // strict schema then refuses it), never the merged object's prototype.
    Object.defineProperty(out, key, {
      value: deepMerge(Object.hasOwn(base, key) ? base[key] : undefined, value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
