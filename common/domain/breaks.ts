/**
 * Owns the break vocabulary shared by main, the renderer and the CLI: the
 * kinds, the outcomes recorded for every prompt, the engine's status as the
 * screens see it, and the pause choices offered in the tray.
 */
import { z } from 'zod';

export const BREAK_KINDS = ['micro', 'stretch', 'release'] as const;
export type BreakKind = (typeof BREAK_KINDS)[number];
export const BREAK_KIND_LABELS: Record<BreakKind, string> = {
  micro: 'Micro-pause',
  stretch: 'Stretch break',
  release: 'Release session',
};

export const BREAK_OUTCOMES = ['taken', 'natural', 'snoozed', 'skipped', 'paused'] as const;
export type BreakOutcome = (typeof BREAK_OUTCOMES)[number];

export const PAUSE_MODES = ['30m', '1h', 'until-tomorrow', 'until-resumed'] as const;
export type PauseMode = (typeof PAUSE_MODES)[number];
export const PAUSE_LABELS: Record<PauseMode, string> = {
  '30m': 'For 30 minutes',
  '1h': 'For 1 hour',
  'until-tomorrow': 'Until tomorrow’s working hours',
  'until-resumed': 'Until I resume',
};

export const BREAK_ACTIONS = ['start', 'snooze', 'skip', 'finish'] as const;
export type BreakAction = (typeof BREAK_ACTIONS)[number];

/** One row of break history: every prompt's outcome, and natural breaks too. */
export const breakRecordSchema = z
  .object({
    id: z.string(),
    kind: z.enum(BREAK_KINDS),
    dueAt: z.string(),
    shownAt: z.string().nullable(),
    outcome: z.enum(BREAK_OUTCOMES),
    secondsTaken: z.number().int().min(0),
  })
  .strict();
export type BreakRecord = z.infer<typeof breakRecordSchema>;

export const breakPromptSchema = z
  .object({
    kind: z.enum(BREAK_KINDS),
    /** notify: heads-up before; prompt: asking now; break: under way after Start. */
    phase: z.enum(['notify', 'prompt', 'break']),
    dueAt: z.string(),
    durationSeconds: z.number().int(),
    breakEndsAt: z.string().nullable(),
    snoozesLeft: z.number().int(),
    canSnooze: z.boolean(),
    canSkip: z.boolean(),
  })
  .strict();
export type BreakPrompt = z.infer<typeof breakPromptSchema>;

export const breakTodaySchema = z
  .object({
    taken: z.number().int(),
    natural: z.number().int(),
    skipped: z.number().int(),
    snoozed: z.number().int(),
  })
  .strict();
export type BreakToday = z.infer<typeof breakTodaySchema>;

/** Why a prompt can wait: the system's Do Not Disturb or Focus, a full-screen window in front, presenting or a call. */
export const BUSY_REASONS = ['do-not-disturb', 'fullscreen', 'presenting'] as const;
export type BusyReason = (typeof BUSY_REASONS)[number];

export const breakStatusSchema = z
  .object({
    /** running: counting active time; paused: by the person; outside-hours: not a working time; off: every kind disabled. */
    state: z.enum(['running', 'paused', 'outside-hours', 'off']),
    pausedUntil: z.string().nullable(),
    next: z
      .object({ kind: z.enum(BREAK_KINDS), at: z.string() })
      .strict()
      .nullable(),
    prompt: breakPromptSchema.nullable(),
    today: breakTodaySchema,
    /** unavailable: the system reports no idle time (e.g. Linux under Wayland), so natural breaks cannot be seen. */
    idleDetection: z.enum(['ok', 'unavailable']),
    /** A prompt that fell due is waiting for this to end (within the postponement cap), or null. */
    waitingFor: z.enum(BUSY_REASONS).nullable(),
  })
  .strict();
export type BreakStatus = z.infer<typeof breakStatusSchema>;
