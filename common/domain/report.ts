/**
 * Owns the shape of the weekly pain-trend report: the object main computes
 * (main/core/report.ts), the Report screen and the PDF draw, and the CLI prints.
 * Field names follow the definitions in the report issue exactly; numbers keep
 * full precision here and are rounded only for display.
 */
import { z } from 'zod';
import { BREAK_KINDS, BREAK_OUTCOMES } from './breaks';
import { REGION_GROUPS } from './body-regions';
import { LOCAL_DATE } from './time';
import { TRIAGE_TIERS } from './red-flags';

/** An ISO week such as 2026-W47 (Monday to Sunday, by local date). */
export const ISO_WEEK = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;
export const isoWeekSchema = z.string().regex(ISO_WEEK, 'must be an ISO week like 2026-W47');

const mean = z.number().nullable();

/** One calendar day of the week; nulls on days without entries. */
export const reportDaySchema = z
  .object({
    date: z.string().regex(LOCAL_DATE),
    entries: z.number().int().min(0),
    /** Daily average: mean of that day's entry intensities. */
    mean,
    /** Highest and lowest entry intensity that day. */
    worst: mean,
    least: mean,
  })
  .strict();
export type ReportDay = z.infer<typeof reportDaySchema>;

export const reportChangeSchema = z
  .object({
    /** The meanDaily compared against. */
    from: z.number(),
    points: z.number(),
    /** Relative to `from`, in percent (−25 means 25 % lower); null when `from` is 0. */
    percent: z.number().nullable(),
    meaningful: z.boolean(),
    direction: z.enum(['better', 'worse', 'same']),
  })
  .strict();
export type ReportChange = z.infer<typeof reportChangeSchema>;

export const FACTOR_IDS = ['short-sleep', 'high-stress', 'active-30', 'water-6', 'breaks-70'] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

export const reportFactorSchema = z
  .object({
    id: z.enum(FACTOR_IDS),
    /** Mean daily average on days with the factor and without it (null under the 3-day rule or no such days). */
    withMean: mean,
    withoutMean: mean,
    withDays: z.number().int().min(0),
    withoutDays: z.number().int().min(0),
    /** Both sides have at least 3 days. */
    shown: z.boolean(),
  })
  .strict();
export type ReportFactor = z.infer<typeof reportFactorSchema>;

export const reportRoutineSchema = z
  .object({
    routineId: z.string(),
    n: z.number().int().min(0),
    minutes: z.number().min(0),
    /** Mean of (before − after) over sessions with both ratings; null when none have both. */
    meanRelief: mean,
    /** Sessions that had both ratings. */
    rated: z.number().int().min(0),
  })
  .strict();
export type ReportRoutine = z.infer<typeof reportRoutineSchema>;

export const reportAdviceSchema = z
  .object({
    /** A triage tier (red-flags.ts); the same words, colour and order as everywhere else. */
    tier: z.enum(TRIAGE_TIERS),
    title: z.string(),
    message: z.string(),
    because: z.array(z.string()),
  })
  .strict();

export const weeklyReportSchema = z
  .object({
    week: isoWeekSchema,
    /** Monday and Sunday of the week, local dates. */
    from: z.string().regex(LOCAL_DATE),
    to: z.string().regex(LOCAL_DATE),
    entries: z.number().int().min(0),
    meanDaily: mean,
    worst: mean,
    least: mean,
    variability: mean,
    daysLogged: z.number().int().min(0),
    daysWithPain: z.number().int().min(0),
    daysAtOrAbove4: z.number().int().min(0),
    entriesAtOrAbove7: z.number().int().min(0),
    /** Always 7 days, Monday first. */
    daily: z.array(reportDaySchema).length(7),
    byGroup: z.array(z.object({ group: z.enum(REGION_GROUPS), mean, entries: z.number().int().min(0) }).strict()),
    /** Per body region this week, for the heat map. */
    byRegion: z.array(
      z.object({ region: z.string(), mean: z.number(), max: z.number(), entries: z.number().int().min(1) }).strict(),
    ),
    /** First 14 calendar days of logging; null before anything is logged. */
    baseline: z
      .object({ from: z.string().regex(LOCAL_DATE), to: z.string().regex(LOCAL_DATE), meanDaily: mean })
      .strict()
      .nullable(),
    /** Days from the first logged day to the end of this week (0 when nothing logged). */
    loggingSpanDays: z.number().int().min(0),
    change: z.object({ vsLastWeek: reportChangeSchema.nullable(), vsBaseline: reportChangeSchema.nullable() }).strict(),
    breaks: z
      .object({
        byOutcome: z.record(z.enum(BREAK_OUTCOMES), z.number().int().min(0)),
        byKind: z.record(z.enum(BREAK_KINDS), z.record(z.enum(BREAK_OUTCOMES), z.number().int().min(0))),
        adherence: mean,
      })
      .strict(),
    routines: z
      .object({
        sessions: z.number().int().min(0),
        minutes: z.number().min(0),
        /** Of those, strengthening sessions (the weekly plan's exercises and any other strength routine). */
        strength: z.number().int().min(0),
        byRoutine: z.array(reportRoutineSchema),
        /** "What helps you": routines with n ≥ 2 and a meanRelief, best relief first. */
        helps: z.array(reportRoutineSchema),
      })
      .strict(),
    /** Check-in averages over the week's answered days (nulls when none). */
    checkins: z
      .object({
        days: z.number().int().min(0),
        sleepHours: mean,
        sleepQuality: mean,
        stress: mean,
        activeMinutes: mean,
        water: mean,
        interferenceActivity: mean,
        interferenceEnjoyment: mean,
      })
      .strict(),
    factors: z
      .object({
        from: z.string().regex(LOCAL_DATE),
        to: z.string().regex(LOCAL_DATE),
        items: z.array(reportFactorSchema),
      })
      .strict(),
    /**
     * The workstation check done this week (the latest, if several), and what changed
     * since the check before it, in plain lines; null when none was done this week.
     */
    workstation: z
      .object({
        checkedOn: z.string().regex(LOCAL_DATE),
        previousOn: z.string().regex(LOCAL_DATE).nullable(),
        changes: z.array(z.string()),
      })
      .strict()
      .nullable(),
    /** Warning signs answered in this week's check-ins; `sign` is a WARNING_SIGNS id (red-flags.ts has its label). */
    warningSigns: z.array(z.object({ date: z.string().regex(LOCAL_DATE), sign: z.string() }).strict()),
    advice: z.array(reportAdviceSchema),
  })
  .strict();
export type WeeklyReport = z.infer<typeof weeklyReportSchema>;

/** One week of a trend: the headline numbers only. */
export const trendWeekSchema = weeklyReportSchema
  .pick({
    week: true,
    from: true,
    to: true,
    entries: true,
    meanDaily: true,
    worst: true,
    least: true,
    daysLogged: true,
  })
  .extend({ adherence: mean, routineSessions: z.number().int().min(0) })
  .strict();
export type TrendWeek = z.infer<typeof trendWeekSchema>;
