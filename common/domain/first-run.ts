/**
 * Owns what the first run is made of, apart from its screens: the steps in
 * order, and the short guided taster at the end (a few micro-pause moves,
 * 60–90 seconds in all, the ones nearest to where it hurts first), so a new
 * person feels what a break is like before the first one arrives.
 */
import { ROUTINES } from './atlas';
import type { Routine } from './content';
import { planRoutine, type PlannedStep } from './player';
import { rankSources, type PainPoint } from './sources';

export const FIRST_RUN_STEPS = [
  { id: 'welcome', title: 'Welcome to Unknot' },
  { id: 'pain', title: 'Where does it hurt most?' },
  { id: 'schedule', title: 'Your breaks and working hours' },
  { id: 'release', title: 'A daily release session' },
  { id: 'login', title: 'Start with your computer' },
  { id: 'notifications', title: 'Can Unknot tap you on the shoulder?' },
  { id: 'taster', title: 'Try a break now' },
] as const;
export type FirstRunStepId = (typeof FIRST_RUN_STEPS)[number]['id'];

export const TASTER_MIN_SECONDS = 60;
export const TASTER_MAX_SECONDS = 90;

/** Used when nothing is known about the pain: the moves that suit most desk necks and shoulders. */
const TASTER_DEFAULT_ORDER = ['micro-shoulder-drop', 'micro-chin-tuck', 'micro-far-look', 'micro-stand-reach'];

export interface Taster {
  routines: Routine[];
  steps: PlannedStep[];
  /** For each step, the index in `routines` of the move it belongs to. */
  stepRoutine: number[];
  seconds: number;
}

const routineSeconds = (routine: Routine) => planRoutine(routine).steps.reduce((sum, s) => sum + s.seconds, 0);

/**
 * Micro-pause moves adding up to at most 90 seconds: first those that work on
 * the muscles most likely to send pain where the person said it hurts, then the
 * everyday neck-and-shoulder ones.
 */
export function tasterFor(pain: readonly PainPoint[]): Taster {
  const micro = ROUTINES.filter((r) => r.kind === 'micro');
  const rankedMuscles = [...new Set(rankSources(pain).map((s) => s.muscle))];
  const closeness = (r: Routine) => {
    const ranks = r.muscles.map((m) => rankedMuscles.indexOf(m)).filter((i) => i >= 0);
    return ranks.length ? Math.min(...ranks) : Infinity;
  };
  const fallback = (r: Routine) => {
    const i = TASTER_DEFAULT_ORDER.indexOf(r.id);
    return i < 0 ? TASTER_DEFAULT_ORDER.length : i;
  };
  const ordered = [...micro].sort((a, b) => closeness(a) - closeness(b) || fallback(a) - fallback(b));

  const routines: Routine[] = [];
  let seconds = 0;
  for (const routine of ordered) {
    const length = routineSeconds(routine);
    if (seconds + length > TASTER_MAX_SECONDS) continue;
    routines.push(routine);
    seconds += length;
  }
  const planned = routines.map((r) => planRoutine(r).steps);
  return {
    routines,
    steps: planned.flat(),
    stepRoutine: planned.flatMap((steps, i) => steps.map(() => i)),
    seconds,
  };
}
