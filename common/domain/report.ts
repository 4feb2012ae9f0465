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
import { TRIAGE_TIERS, WARNING_SIGNS } from './red-flags';

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
    /** Both sides have at least FACTOR_MIN_DAYS days. */
    enoughDays: z.boolean(),
    /** withMean − withoutMean; null unless both sides have enough days. */
    difference: mean,
    /** How much days vary within the two sides: the pooled sample standard deviation of their daily averages. */
    spread: mean,
    /** Enough days and a clear difference (policy.ts isClearPattern): only these are shown as patterns. */
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

/**
 * One workstation answer that adds strain, with what it loads: the muscles (most of the logged pain first), the
 * logged regions they can send pain to or sit in, and one release routine (for the first muscle, on the side with
 * more logged pain). Ranked by `score`: the burden of those regions times the answer's load (1 or 2).
 * The ranking is common/domain/desk-fixes.ts; this schema stays free of content so the contract stays small.
 */
export const deskFixSchema = z
  .object({
    itemId: z.string(),
    optionId: z.string(),
    load: z.number().int().min(1).max(2),
    muscles: z.array(z.string()),
    regions: z.array(z.string()),
    routineId: z.string().nullable(),
    side: z.enum(['left', 'right']).nullable(),
    score: z.number().min(0),
  })
  .strict();
export type DeskFix = z.infer<typeof deskFixSchema>;

/** Where a next step links to: a routine to start, a lesson, the workstation check, a settings section, the pain log. */
export const stepLinkSchema = z
  .object({
    to: z.enum(['routine', 'lesson', 'workstation-check', 'settings', 'pain-log']),
    /** The routine or lesson id; null for the others. */
    id: z.string().nullable(),
  })
  .strict();
export type StepLink = z.infer<typeof stepLinkSchema>;

export const reportNextStepSchema = z.discriminatedUnion('kind', [
  /** Talk to a clinician: warning signs were noted, or pain has not clearly improved since the baseline. */
  z
    .object({
      kind: z.literal('see-clinician'),
      because: z.enum(['warning-signs', 'no-progress']),
      link: stepLinkSchema,
    })
    .strict(),
  /** Keep doing the routine that eased the person most (a "what helps you" routine). */
  z
    .object({
      kind: z.literal('keep-routine'),
      routineId: z.string(),
      relief: z.number(),
      sessions: z.number().int().min(1),
      link: stepLinkSchema,
    })
    .strict(),
  /** Change one workstation answer that loads muscles behind this week's pain. */
  z
    .object({
      kind: z.literal('desk-fix'),
      itemId: z.string(),
      optionId: z.string(),
      regions: z.array(z.string()),
      link: stepLinkSchema,
    })
    .strict(),
  /** A clear pattern from the check-ins: the side that went with more pain. */
  z
    .object({
      kind: z.literal('pattern'),
      factor: z.enum(FACTOR_IDS),
      withMean: z.number(),
      withoutMean: z.number(),
      link: stepLinkSchema,
    })
    .strict(),
  /** Keep more breaks: under the factor's threshold this week. */
  z.object({ kind: z.literal('breaks'), adherence: z.number(), link: stepLinkSchema }).strict(),
  /** Log on more days: too few this week for the numbers to say much. */
  z.object({ kind: z.literal('log-more'), daysLogged: z.number().int().min(0), link: stepLinkSchema }).strict(),
]);
export type ReportNextStep = z.infer<typeof reportNextStepSchema>;

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
    /**
     * Per body region this week, for the heat map, ranked by `burden` (then days, then mean): `days` is how often
     * (days it was logged on), `mean` how strongly, and `burden` weighs both — the sum over those days of the
     * region's average intensity that day ("intensity-days").
     */
    byRegion: z.array(
      z
        .object({
          region: z.string(),
          mean: z.number(),
          max: z.number(),
          entries: z.number().int().min(1),
          days: z.number().int().min(1),
          burden: z.number().min(0),
        })
        .strict(),
    ),
    /** First 14 calendar days of logging; null before anything is logged. */
    baseline: z
      .object({ from: z.string().regex(LOCAL_DATE), to: z.string().regex(LOCAL_DATE), meanDaily: mean })
      .strict()
      .nullable(),
    /**
     * Days from the first logged day to the end of this week or to today, whichever comes first: only days that
     * have passed (0 when nothing is logged by then).
     */
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
    /**
     * Warning signs answered in this week's check-ins; `sign` is a WARNING_SIGNS id (red-flags.ts has its label)
     * and `tier` the tier red-flags.ts puts it in (warningSignTier).
     */
    warningSigns: z.array(
      z.object({ date: z.string().regex(LOCAL_DATE), sign: z.string(), tier: z.string() }).strict(),
    ),
    /** Whether the person is improving, for a week about the past: no same-day wording (warning signs are listed above). */
    advice: z.array(reportAdviceSchema),
    /**
     * The latest workstation check on or before Sunday, its answers that add strain ranked by how much of this
     * week's logged pain the muscles they load can account for (common/domain/desk-fixes.ts); null without a check.
     */
    desk: z
      .object({
        checkedOn: z.string().regex(LOCAL_DATE),
        fixes: z.array(deskFixSchema),
      })
      .strict()
      .nullable(),
    /** "This week": at most NEXT_STEPS_MAX concrete steps drawn from the data, most important first. */
    nextSteps: z.array(reportNextStepSchema),
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
  .extend({
    adherence: mean,
    routineSessions: z.number().int().min(0),
    /** The week's check-in averages over the days that answered each (interference is the PEG-style pair). */
    checkinDays: z.number().int().min(0),
    interferenceActivity: mean,
    interferenceEnjoyment: mean,
    sleepHours: mean,
    stress: mean,
  })
  .strict();
export type TrendWeek = z.infer<typeof trendWeekSchema>;

/**
 * The tier red-flags.ts gives a warning sign, whatever shape its tiers take: a `tier` field if the sign has one,
 * else its `urgent` flag ('urgent' or 'see-clinician'); 'unknown' for a sign no longer asked about.
 */
export function warningSignTier(sign: string): string {
  const found: { tier?: unknown; urgent?: unknown } | undefined = WARNING_SIGNS.find((s) => s.id === sign);
  if (!found) return 'unknown';
  if (typeof found.tier === 'string') return found.tier;
  return found.urgent ? 'urgent' : 'see-clinician';
}
