/**
 * Owns what a routine session records (which routine, sides, rounds, time under
 * pressure, the 0–10 rating before and after, why it stopped and how far it
 * got) and the per-routine "your history" figures, plus the rules for the
 * person's own routines. A session is "done" only when it ran to its end: one
 * stopped at a safety stop or left part-way is "stopped early", counts toward
 * the daily pressure cap, and never toward done counts or relief averages.
 */
import { z } from 'zod';
import { routineSchema } from './content';
import { STOP_REASONS } from './player';
import { entityIdSchema, intensitySchema } from './pain';
import {
  ROUTINE_MAX_ROUNDS,
  SESSION_MAX_HOURS,
  SESSION_MAX_PLANNED_STEPS,
  SESSION_MAX_PRESS_ROUNDS_PER_SIDE,
  SESSION_MAX_PRESS_SECONDS,
} from './policy';
import { loggedTimeSchema, offsetDateTimeSchema, spanMs } from './dates';

/**
 * Why a session ended before its last step: a safety-stop reason, or 'left-early' — the person left the
 * routine part-way, or ended it at a safety stop without naming a reason.
 */
export const SESSION_STOP_REASONS = [...STOP_REASONS, 'left-early'] as const;
export type SessionStopReason = (typeof SESSION_STOP_REASONS)[number];

export const STOP_REASON_LABELS: Record<SessionStopReason, string> = {
  'numbness-tingling': 'Numbness or tingling',
  'sharp-shooting': 'Sharp or shooting pain',
  dizziness: 'Dizziness',
  pulse: 'A pulse under my fingers',
  'pain-rising': 'The pain kept rising',
  other: 'Something else',
  'left-early': 'Ended early, no reason given',
};

const stepCount = z.number().int().min(0).max(SESSION_MAX_PLANNED_STEPS);

/** How far a session got: steps finished of the steps planned (null on sessions saved before it was recorded). */
export const sessionProgressSchema = z
  .object({ stepsDone: stepCount, stepsTotal: stepCount.min(1) })
  .strict()
  .refine((p) => p.stepsDone <= p.stepsTotal, { message: 'must not be more than stepsTotal', path: ['stepsDone'] });
export type SessionProgress = z.infer<typeof sessionProgressSchema>;

const pressRounds = z.number().int().min(0).max(SESSION_MAX_PRESS_ROUNDS_PER_SIDE);

/** A session's fields, without the rule across them (see withSessionDuration); times are logged times. */
export const routineSessionFieldsSchema = z
  .object({
    routineId: z.string().max(80),
    side: z.enum(['left', 'right', 'both']).nullable(),
    startedAt: loggedTimeSchema,
    endedAt: loggedTimeSchema,
    rounds: z.number().int().min(0).max(ROUTINE_MAX_ROUNDS),
    pressSeconds: z.number().int().min(0).max(SESSION_MAX_PRESS_SECONDS),
    /** Completed pressure rounds on each side, for the daily cap. */
    pressRounds: z.object({ left: pressRounds, right: pressRounds }).strict(),
    before: intensitySchema.nullable(),
    after: intensitySchema.nullable(),
    stopReason: z.enum(SESSION_STOP_REASONS).nullable(),
    /** Optional on input: callers and files from before it was recorded leave it out. */
    progress: sessionProgressSchema.nullable().optional(),
    /** The side of the step the session stopped on (a routine stopped early on one side); optional like progress. */
    stopSide: z.enum(['left', 'right']).nullable().optional(),
  })
  .strict();

/** A session ends after it starts and lasts at most SESSION_MAX_HOURS (the app and the importer both check it). */
export function withSessionDuration<T extends z.ZodType<{ startedAt: string; endedAt: string }>>(schema: T) {
  return schema.superRefine((s, ctx) => {
    const span = spanMs(s.startedAt, s.endedAt);
    if (span === null) return; // the times themselves were reported
    if (span < 0) ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'ends before it starts' });
    else if (span > SESSION_MAX_HOURS * 3_600_000) {
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: `lasts more than ${SESSION_MAX_HOURS} hours` });
    }
  });
}

export const routineSessionInputSchema = withSessionDuration(routineSessionFieldsSchema);
export type RoutineSessionInput = z.infer<typeof routineSessionInputSchema>;

/** A session as main returns it (no time bounds: what was saved is always shown). */
export const routineSessionSchema = routineSessionFieldsSchema
  .extend({
    startedAt: offsetDateTimeSchema,
    endedAt: offsetDateTimeSchema,
    id: entityIdSchema,
    muscles: z.array(z.string()),
    localDate: z.string(),
  })
  .strict();
export type RoutineSession = z.infer<typeof routineSessionSchema>;

/** Done: the routine ran to its end (no safety stop, not left part-way). */
export function isDone(session: Pick<RoutineSession, 'stopReason'>): boolean {
  return session.stopReason === null;
}

/** "stopped early, 3 of 12 steps" — how a stopped session reads in lists. */
export function stoppedEarlyText(session: Pick<RoutineSession, 'stopReason' | 'progress'>): string | null {
  if (isDone(session)) return null;
  const p = session.progress;
  return p ? `stopped early, ${p.stepsDone} of ${p.stepsTotal} steps` : 'stopped early';
}

export const routineStatsSchema = z.record(
  z.string(),
  z.object({ n: z.number().int(), meanRelief: z.number().nullable(), lastDoneAt: z.string().nullable() }).strict(),
);
export type RoutineStats = z.infer<typeof routineStatsSchema>;

/** The person's own routines: like the built-in ones, with ids of their own. */
export const CUSTOM_ROUTINE_PREFIX = 'my-';
export const customRoutineSchema = routineSchema.refine((r) => r.id.startsWith(CUSTOM_ROUTINE_PREFIX), {
  message: `your own routines have ids starting with "${CUSTOM_ROUTINE_PREFIX}"`,
  path: ['id'],
});
