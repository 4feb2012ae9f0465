/**
 * Owns the day's suggested release routine for the release session: the muscle
 * whose referral pattern best covers the person's painful regions of the last
 * seven days (ties broken by their own relief), else the neck-and-shoulders routine.
 */
import type { PainEntry } from '../../common/domain/pain';
import { getMuscle, releaseRoutineFor } from '../../common/domain/atlas';
import { rankSources, type PainPoint } from '../../common/domain/sources';
import type { Side } from '../../common/domain/content';

export const FALLBACK_RELEASE_ROUTINE = 'desk-neck-shoulders';

export interface ReleaseSuggestion {
  routineId: string;
  muscleId: string | null;
  side: Side | null;
  /** Plain words for why this one, shown beside it. */
  reason: string;
}

export function suggestRelease(
  recentEntries: readonly PainEntry[],
  reliefByMuscle: Record<string, number>,
): ReleaseSuggestion {
  const pain: PainPoint[] = recentEntries.flatMap((e) =>
    e.regions.filter((r) => r.intensity > 0).map((r) => ({ region: r.region, intensity: r.intensity })),
  );
  const best = rankSources(pain, reliefByMuscle)[0];
  const routine = best ? releaseRoutineFor(best.muscle) : undefined;
  if (!best || !routine) {
    return {
      routineId: FALLBACK_RELEASE_ROUTINE,
      muscleId: null,
      side: null,
      reason: 'No pain logged in the last week, so here is the everyday neck and shoulders routine.',
    };
  }
  const muscle = getMuscle(best.muscle)!;
  return {
    routineId: routine.id,
    muscleId: muscle.id,
    side: best.side,
    reason: `Your ${muscle.plainName} (${best.side} side) is a possible source of the pain you logged this week.`,
  };
}
