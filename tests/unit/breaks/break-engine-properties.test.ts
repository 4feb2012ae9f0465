/**
 * Property tests of the break planner (issue #19): random traces of input,
 * idle, lock, suspend, clock jumps, answers, pause and settings changes, on
 * ordinary and DST days, through the simulator. Invariants: every armed
 * wake-up is strictly in the future; at most MAX_WAKEUPS_PER_HOUR in any hour
 * and no burst of wake-ups under a second apart; no prompt or heads-up while
 * locked, suspended or paused, no prompt in the grace after unlock or resume,
 * and at most one prompt once the grace after a return is over.
 *
 * `npm test` runs a quick set; CI (the `CI` variable) uses a fixed seed;
 * PLANNER_RUNS / PLANNER_SEED choose more or other runs; `npm run bench` runs a larger set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTrace, traceArb } from './planner-traces';

const runs = Number(process.env.PLANNER_RUNS ?? 100);
const seed = process.env.PLANNER_SEED ? Number(process.env.PLANNER_SEED) : process.env.CI ? 19_19 : undefined;

describe('break planner properties', () => {
  it('keeps its invariants on random traces', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(traceArb, (trace) => {
        const report = checkTrace(trace);
        expect(report.violations, JSON.stringify(trace)).toEqual([]);
      }),
      { numRuns: runs, seed, verbose: 1 },
    );
  });
});
