/**
 * Owns the shape of Unknot's trigger-point content: muscles (where their
 * trigger points sit, where they can refer pain, how to release and stretch
 * them safely) and routines (timed steps). The files live in
 * resources/content/ and are validated with these schemas at load and in tests.
 *
 * Sides: content names regions by their base id ("temple" for temple-left /
 * temple-right) or by a midline id ("sternum"). A muscle on one side refers to
 * the same side's regions; midline regions are shared.
 */
import { z } from 'zod';
import { BODY_REGIONS } from './body-regions';
import {
  PRESS_STEP_SECONDS,
  ROUTINE_MAX_REST_SECONDS,
  ROUTINE_MAX_ROUNDS,
  ROUTINE_MAX_STEPS,
  ROUTINE_MIN_ROUNDS,
  STEP_SECONDS,
} from './policy';

export type Side = 'left' | 'right';

export const TOOLS = ['hands', 'ball', 'wall', 'band', 'none'] as const;
export type Tool = (typeof TOOLS)[number];
export const TOOL_LABELS: Record<Tool, string> = {
  hands: 'Hands',
  ball: 'Ball',
  wall: 'Wall',
  band: 'Resistance band',
  none: 'No tool',
};

/** Habits and set-ups that keep trigger points going; the workstation check asks about these. */
export const FACTORS = [
  'phone-on-shoulder',
  'raised-shoulders',
  'high-keyboard',
  'unsupported-elbows',
  'forward-head',
  'looking-down',
  'screen-peering',
  'mouse-gripping',
  'arms-forward',
  'bag-on-shoulder',
  'long-sitting',
  'wallet-in-back-pocket',
  'hard-seat',
  'slumped-posture',
  'chest-breathing',
  'stress',
  'clenching',
  'head-turned',
  'sleep-position',
  'cold-draughts',
  'driving',
  'lifting-twisting',
] as const;
export type Factor = (typeof FACTORS)[number];

/** 'warm' is the optional warm-up with heat (heat.ts) the player can put first. */
export const STEP_KINDS = ['locate', 'press', 'breathe', 'rest', 'stretch', 'move', 'warm'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

const sidedBases = new Set(
  BODY_REGIONS.filter((r) => r.side !== 'midline').map((r) => r.id.replace(/-(left|right)$/, '')),
);
const midlineIds = new Set(BODY_REGIONS.filter((r) => r.side === 'midline').map((r) => r.id));

/** A region as content names it: a sided base id or a midline id. */
export const contentRegionSchema = z.string().refine((id) => sidedBases.has(id) || midlineIds.has(id), {
  error: (i) =>
    `unknown region "${String(i.input)}" (use a body-regions.json id without -left/-right, or a midline id)`,
});

const sentence = z.string().min(3).max(600);
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

export const muscleSchema = z
  .object({
    id: kebab,
    name: z.string().min(2),
    plainName: z.string().min(2),
    /** Where its trigger points usually sit, in words, and the regions they sit in (for the body map). */
    triggerSites: z.object({ text: sentence, regions: z.array(contentRegionSchema).min(1) }).strict(),
    /** Regions where its trigger points can send pain, most typical first. */
    refersTo: z.array(contentRegionSchema).min(1),
    /** Other symptoms it can cause (dizziness, a stiff neck…), in plain words. */
    alsoCauses: z.array(sentence).default([]),
    perpetuatingFactors: z.array(z.object({ factor: z.enum(FACTORS), note: sentence }).strict()).min(1),
    selfPressure: z.object({ tools: z.array(z.enum(TOOLS)).min(1), position: sentence, how: sentence }).strict(),
    stretch: z.object({ how: sentence, holdSeconds: z.number().int().min(5).max(90) }).strict(),
    cautions: z.array(sentence).min(1),
    stopSigns: z.array(sentence).min(1),
  })
  .strict();
export type Muscle = z.infer<typeof muscleSchema>;

export const routineStepSchema = z
  .object({
    kind: z.enum(STEP_KINDS),
    seconds: z.number().int().min(STEP_SECONDS.min).max(STEP_SECONDS.max),
    side: z.enum(['left', 'right']).optional(),
    text: sentence,
  })
  .strict()
  .refine((s) => s.kind !== 'press' || (s.seconds >= PRESS_STEP_SECONDS.min && s.seconds <= PRESS_STEP_SECONDS.max), {
    message: `a press step holds for ${PRESS_STEP_SECONDS.min} to ${PRESS_STEP_SECONDS.max} seconds`,
    path: ['seconds'],
  });
export type RoutineStep = z.infer<typeof routineStepSchema>;

export const ROUTINE_KINDS = ['release', 'desk', 'micro', 'stretch', 'strength', 'relax'] as const;
export type RoutineKind = (typeof ROUTINE_KINDS)[number];

/**
 * A strengthening routine's dose (REFERENCE-ADDENDUM (i)): sets of so many
 * slow repetitions (each held for a moment, when it says so), the rest between
 * sets, and how many days a week. The player runs one set per round.
 */
export const doseSchema = z
  .object({
    sets: z.number().int().min(1).max(ROUTINE_MAX_ROUNDS),
    repsMin: z.number().int().min(1).max(30),
    repsMax: z.number().int().min(1).max(30),
    holdSeconds: z.number().int().min(1).max(30).optional(),
    restSeconds: z.number().int().min(0).max(ROUTINE_MAX_REST_SECONDS),
    daysPerWeek: z.number().int().min(1).max(7),
  })
  .strict()
  .refine((d) => d.repsMax >= d.repsMin, { message: 'repsMax is below repsMin', path: ['repsMax'] });
export type Dose = z.infer<typeof doseSchema>;

export const routineSchema = z
  .object({
    id: kebab,
    title: z.string().min(3).max(80),
    summary: sentence,
    /**
     * release: one muscle; desk: a combined desk routine; micro / stretch: used by the break engine;
     * strength: a strengthening exercise with its dose and progression; relax: slow breathing and letting go.
     */
    kind: z.enum(ROUTINE_KINDS),
    muscles: z.array(kebab),
    tools: z.array(z.enum(TOOLS)).min(1),
    /** Steps run once per side in turn (left, then right) when true; steps may also name a side themselves. */
    bothSides: z.boolean(),
    /** Rounds of the steps (per side); rest steps between rounds come from restBetweenRoundsSeconds. */
    rounds: z.number().int().min(ROUTINE_MIN_ROUNDS).max(ROUTINE_MAX_ROUNDS),
    restBetweenRoundsSeconds: z.number().int().min(0).max(ROUTINE_MAX_REST_SECONDS),
    cautions: z.array(sentence).default([]),
    /**
     * When to stop, as phrases that finish "Stop if …" ("your arm or hand tingles"). Release routines have
     * their muscle's stop signs; micro-pauses and stretch breaks, shown in the small break window with no
     * muscle page beside them, carry their own.
     */
    stopIf: z.array(z.string().min(3).max(140)).default([]),
    /** Strengthening only: sets, repetitions, rest and days a week… */
    dose: doseSchema.optional(),
    /** …and how to make it harder, or easier, over the weeks. */
    progression: sentence.optional(),
    steps: z.array(routineStepSchema).min(1).max(ROUTINE_MAX_STEPS),
  })
  .strict();
export type Routine = z.infer<typeof routineSchema>;

export const muscleFileSchema = z.object({ muscles: z.array(muscleSchema).min(20) }).strict();
export const routineFileSchema = z.object({ routines: z.array(routineSchema).min(1) }).strict();
