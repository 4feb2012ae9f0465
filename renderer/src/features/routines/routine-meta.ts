/**
 * Owns what the routine library says about a routine without playing it: its
 * body areas (from its muscles' trigger and referral regions), its length as
 * the player would run it, the length buckets and filters, the "your history"
 * sentence, and the words for step kinds and sides.
 */
import { getMuscle, muscleReferralRegions, muscleTriggerRegions } from '@common/domain/atlas';
import { getRegion, REGION_GROUPS, type RegionGroup } from '@common/domain/body-regions';
import type { Routine, StepKind, Tool } from '@common/domain/content';
import { planRoutine, type PlannedStep } from '@common/domain/player';
import type { RoutineStats } from '@common/domain/routine-sessions';

/** Body areas a routine may help: where its muscles' trigger points sit and where they send pain. */
export function routineAreas(routine: Routine): RegionGroup[] {
  const groups = new Set<RegionGroup>();
  for (const id of routine.muscles) {
    const muscle = getMuscle(id);
    if (!muscle) continue;
    for (const region of [...muscleTriggerRegions(muscle, 'left'), ...muscleReferralRegions(muscle, 'left')]) {
      const group = getRegion(region)?.group;
      if (group) groups.add(group);
    }
  }
  return REGION_GROUPS.filter((g) => groups.has(g));
}

/** Seconds the player takes with the routine's own settings (both sides, its rounds, rests). */
export function routineSeconds(routine: Routine): number {
  return planSeconds(planRoutine(routine).steps);
}

export function planSeconds(steps: readonly PlannedStep[]): number {
  return steps.reduce((sum, s) => sum + s.seconds, 0);
}

export const LENGTHS = ['short', 'medium', 'long'] as const;
export type LengthBucket = (typeof LENGTHS)[number];
export const LENGTH_LABELS: Record<LengthBucket, string> = {
  short: 'Under 2 min',
  medium: '2–6 min',
  long: 'Over 6 min',
};

export function lengthBucket(seconds: number): LengthBucket {
  if (seconds < 120) return 'short';
  if (seconds <= 360) return 'medium';
  return 'long';
}

/** "30 s", "4 min", "4½ min" — rounded to the half minute the way people say it. */
export function formatLength(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  const halves = Math.round(seconds / 30);
  const whole = Math.floor(halves / 2);
  return `${whole}${halves % 2 ? '½' : ''} min`;
}

export interface RoutineFilters {
  area: RegionGroup | 'any';
  tool: Tool | 'any';
  length: LengthBucket | 'any';
}
export const NO_FILTERS: RoutineFilters = { area: 'any', tool: 'any', length: 'any' };

export function matchesFilters(routine: Routine, filters: RoutineFilters): boolean {
  if (filters.area !== 'any' && !routineAreas(routine).includes(filters.area)) return false;
  if (filters.tool !== 'any' && !routine.tools.includes(filters.tool)) return false;
  if (filters.length !== 'any' && lengthBucket(routineSeconds(routine)) !== filters.length) return false;
  return true;
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** "done 3 times, eased by 2.0 on average", or "not tried yet". */
export function historySentence(stats: RoutineStats[string] | undefined): string {
  if (!stats || stats.n === 0) return 'not tried yet';
  const done = `done ${times(stats.n)}`;
  const relief = stats.meanRelief;
  if (relief === null) return `${done}, no before-and-after ratings yet`;
  if (Math.abs(relief) < 0.05) return `${done}, no change on average`;
  if (relief > 0) return `${done}, eased by ${relief.toFixed(1)} on average`;
  return `${done}, up by ${(-relief).toFixed(1)} on average`;
}

/** "Eased by 3", "No change", "Up by 1" for one session. */
export function reliefSentence(before: number | null, after: number | null): string | null {
  if (before === null || after === null) return null;
  const diff = before - after;
  if (diff > 0) return `Eased by ${diff}, from ${before} to ${after}.`;
  if (diff === 0) return `No change this time (${before} before and after).`;
  return `Up by ${-diff} this time, from ${before} to ${after}. Go lighter next time, and if it keeps happening, leave this one out.`;
}

export const STEP_KIND_LABELS: Record<StepKind, string> = {
  locate: 'Find the spot',
  press: 'Press and hold',
  breathe: 'Breathe',
  rest: 'Rest',
  stretch: 'Stretch',
  move: 'Move',
  warm: 'Warm up',
};

export const ROUTINE_KIND_LABELS: Record<Routine['kind'], string> = {
  release: 'Release one muscle',
  desk: 'Desk routine',
  micro: 'Micro-pause',
  stretch: 'Stretch break',
  strength: 'Strengthening',
  relax: 'Relax and breathe',
};

export function muscleNames(routine: Routine): { id: string; name: string }[] {
  return routine.muscles.map((id) => ({ id, name: getMuscle(id)?.name ?? id }));
}

/** "Right side · round 2 of 2", "Round 1 of 3", or "" when there is nothing to say. */
export function sideRoundLabel(step: PlannedStep, steps: readonly PlannedStep[]): string {
  const sameSide = steps.filter((s) => s.side === step.side);
  const rounds = Math.max(...sameSide.map((s) => s.round));
  const side = step.side ? `${step.side === 'left' ? 'Left' : 'Right'} side` : '';
  const round = rounds > 1 ? `round ${step.round} of ${rounds}` : '';
  if (side && round) return `${side} · ${round}`;
  if (round) return round[0]!.toUpperCase() + round.slice(1);
  return side;
}

/** A routine's own stop signs as one sentence: "Stop if your arm tingles, you feel dizzy, or a stretch hurts." (null when none). */
export function stopIfSentence(stopIf: readonly string[]): string | null {
  if (!stopIf.length) return null;
  const last = stopIf[stopIf.length - 1]!;
  // Each phrase may hold its own "or", so three or more end with ", or".
  const list =
    stopIf.length === 1 ? last : `${stopIf.slice(0, -1).join(', ')}${stopIf.length > 2 ? ',' : ''} or ${last}`;
  return `Stop if ${list}.`;
}

/** A strengthening routine's dose in words: "3 sets of 8–12, 45 s rest between · 3 days a week" (null without one). */
export function doseSentence(routine: Pick<Routine, 'dose' | 'bothSides'>): string | null {
  const d = routine.dose;
  if (!d) return null;
  const reps = d.repsMin === d.repsMax ? `${d.repsMin}` : `${d.repsMin}–${d.repsMax}`;
  const sets = d.sets === 1 ? `1 set of ${reps}` : `${d.sets} sets of ${reps}`;
  const hold = d.holdSeconds ? `, each held ${d.holdSeconds} s` : '';
  const side = routine.bothSides ? ' on each side' : '';
  const rest = d.sets > 1 ? `, ${d.restSeconds} s rest between` : '';
  return `${sets}${hold}${side}${rest} · ${d.daysPerWeek} ${d.daysPerWeek === 1 ? 'day' : 'days'} a week`;
}
