/**
 * Owns "find the source": from where it hurts back to the muscles whose trigger
 * points can refer pain there, or that can hurt right where their trigger
 * points sit. Always possible sources, never a diagnosis.
 *
 * Muscles are ranked per side by how much of the pain they account for,
 * weighted by intensity: a place in the muscle's referral pattern counts in
 * full, a place where only its trigger points sit (pain at the knot itself)
 * counts as a weaker match. Ties go to more places in the referral pattern,
 * then more knot sites, then the person's own relief with that muscle's routines.
 */
import { MUSCLES, muscleReferralRegions, muscleTriggerRegions } from './atlas';
import type { Side } from './content';

export interface PainPoint {
  region: string;
  /** 0–10; regions picked on the map without a rating count as 1. */
  intensity: number;
}

/**
 * How much a place where the muscle's trigger points sit counts against a
 * place in its referral pattern. Under 1 so a muscle that sends pain to a
 * place ranks above one that merely sits there, yet a knot site alone still
 * finds its muscle (top of the shoulder, palm-side forearm…).
 */
export const KNOT_SITE_WEIGHT = 0.5;

export interface PossibleSource {
  muscle: string;
  side: Side;
  /** Full region ids of the pain this muscle's referral pattern covers. */
  matched: string[];
  /** Full region ids of the pain where this muscle's trigger points sit, not already in `matched`. */
  atKnot: string[];
  score: number;
  /** Mean before − after of the person's sessions with this muscle, when known. */
  relief: number | null;
}

export function rankSources(
  pain: readonly PainPoint[],
  reliefByMuscle: Readonly<Record<string, number>> = {},
): PossibleSource[] {
  const weight = new Map<string, number>();
  for (const p of pain) weight.set(p.region, Math.max(weight.get(p.region) ?? 0, Math.max(1, p.intensity)));
  const results: PossibleSource[] = [];
  for (const muscle of MUSCLES) {
    for (const side of ['left', 'right'] as const) {
      const refers = new Set(muscleReferralRegions(muscle, side));
      const sits = new Set(muscleTriggerRegions(muscle, side));
      const matched = [...weight.keys()].filter((r) => refers.has(r));
      const atKnot = [...weight.keys()].filter((r) => !refers.has(r) && sits.has(r));
      if (!matched.length && !atKnot.length) continue;
      results.push({
        muscle: muscle.id,
        side,
        matched,
        atKnot,
        score:
          matched.reduce((sum, r) => sum + weight.get(r)!, 0) +
          KNOT_SITE_WEIGHT * atKnot.reduce((sum, r) => sum + weight.get(r)!, 0),
        relief: reliefByMuscle[muscle.id] ?? null,
      });
    }
  }
  return results.sort(
    (a, b) =>
      b.score - a.score ||
      b.matched.length - a.matched.length ||
      b.atKnot.length - a.atKnot.length ||
      // No history counts as no change: a routine that made things worse never lifts its muscle above an untried one.
      (b.relief ?? 0) - (a.relief ?? 0) ||
      MUSCLES.findIndex((m) => m.id === a.muscle) - MUSCLES.findIndex((m) => m.id === b.muscle) ||
      a.side.localeCompare(b.side),
  );
}
