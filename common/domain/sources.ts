/**
 * Owns "find the source": from where it hurts back to the muscles whose trigger
 * points can refer pain there. Always possible sources, never a diagnosis.
 * Muscles are ranked per side by how much of the pain their referral pattern
 * covers (weighted by intensity), then by how many regions matched, then by
 * the person's own relief with that muscle's routines.
 */
import { MUSCLES, muscleReferralRegions } from './atlas';
import type { Side } from './content';

export interface PainPoint {
  region: string;
  /** 0–10; regions picked on the map without a rating count as 1. */
  intensity: number;
}

export interface PossibleSource {
  muscle: string;
  side: Side;
  /** Full region ids of the pain this muscle's pattern covers. */
  matched: string[];
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
      const covered = new Set(muscleReferralRegions(muscle, side));
      const matched = [...weight.keys()].filter((r) => covered.has(r));
      if (!matched.length) continue;
      results.push({
        muscle: muscle.id,
        side,
        matched,
        score: matched.reduce((sum, r) => sum + weight.get(r)!, 0),
        relief: reliefByMuscle[muscle.id] ?? null,
      });
    }
  }
  return results.sort(
    (a, b) =>
      b.score - a.score ||
      b.matched.length - a.matched.length ||
      // No history counts as no change: a routine that made things worse never lifts its muscle above an untried one.
      (b.relief ?? 0) - (a.relief ?? 0) ||
      MUSCLES.findIndex((m) => m.id === a.muscle) - MUSCLES.findIndex((m) => m.id === b.muscle) ||
      a.side.localeCompare(b.side),
  );
}
