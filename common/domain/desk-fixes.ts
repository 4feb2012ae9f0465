/**
 * Owns the workstation check as a ranked to-do list: each answer that adds
 * strain becomes a fix, ranked by how much of the pain the person actually
 * logged the muscles it loads can account for. A muscle accounts for a logged
 * region when its trigger points sit there or can send pain there (either
 * side); a fix's score is the burden (region-burden.ts) of the regions its
 * muscles cover, counted once each, times the answer's load (1 some, 2 a lot).
 * Fixes that touch none of the logged places still appear, last, by load.
 * The weekly report (its desk fixes and next steps) and the workstation
 * screen use the same ranking.
 */
import type { DeskFix } from './report';
import { answeredItems, type WorkstationAnswers } from './workstation';
import { muscleReferralRegions, muscleTriggerRegions, releaseRoutineFor } from './atlas';
import type { Muscle, Side } from './content';

const SIDES: readonly Side[] = ['left', 'right'];

/** The logged regions one muscle on one side covers, and their burden. */
function coverage(muscle: Muscle, side: Side, burden: ReadonlyMap<string, number>): { regions: string[]; sum: number } {
  const covered = new Set([...muscleReferralRegions(muscle, side), ...muscleTriggerRegions(muscle, side)]);
  const regions = [...covered].filter((r) => (burden.get(r) ?? 0) > 0);
  return { regions, sum: regions.reduce((acc, r) => acc + burden.get(r)!, 0) };
}

/**
 * The straining answers of a check as fixes, most logged pain first. `burden` maps a region id to its burden
 * over the period looked at (regions with no pain logged may be left out).
 */
export function rankDeskFixes(answers: WorkstationAnswers, burden: ReadonlyMap<string, number>): DeskFix[] {
  const fixes = answeredItems(answers)
    .filter((a) => a.option.load > 0)
    .map((a, order): DeskFix & { order: number } => {
      const matched = new Set<string>();
      const muscles = a.loads.map(({ muscle }, atlasOrder) => {
        const [best] = SIDES.map((side) => ({ side, ...coverage(muscle, side, burden) })).sort((x, y) => y.sum - x.sum);
        for (const side of SIDES) coverage(muscle, side, burden).regions.forEach((r) => matched.add(r));
        return { muscle, side: best!.sum > 0 ? best!.side : null, sum: best!.sum, atlasOrder };
      });
      muscles.sort((x, y) => y.sum - x.sum || x.atlasOrder - y.atlasOrder);
      const first = muscles[0];
      const regions = [...matched].sort((x, y) => burden.get(y)! - burden.get(x)! || x.localeCompare(y));
      return {
        itemId: a.item.id,
        optionId: a.option.id,
        load: a.option.load,
        muscles: muscles.map((m) => m.muscle.id),
        regions,
        routineId: first ? (releaseRoutineFor(first.muscle.id)?.id ?? null) : null,
        side: first?.side ?? null,
        score: regions.reduce((acc, r) => acc + burden.get(r)!, 0) * a.option.load,
        order,
      };
    });
  fixes.sort((x, y) => y.score - x.score || y.load - x.load || x.order - y.order);
  return fixes.map(({ order: _order, ...fix }) => fix);
}
