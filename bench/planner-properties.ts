/**
 * Owns the planner property bench: the property tests' random traces
 * (tests/unit/planner-traces.ts) in a larger run, printing how many traces ran
 * and the most wake-ups any one of them made in an hour. Fails on any
 * violated invariant, printing the shrunk trace.
 */
import fc from 'fast-check';
import { checkTrace, MAX_WAKEUPS_PER_HOUR, traceArb, type TraceReport } from '../tests/unit/breaks/planner-traces';

export const PLANNER_BENCH_RUNS = 500;

export function benchPlannerProperties(
  runs = Number(process.env.PLANNER_RUNS ?? PLANNER_BENCH_RUNS),
): { name: string; value: number; unit: string; target: string; ok: boolean }[] {
  const started = performance.now();
  let worst: TraceReport | null = null;
  let simulatedMs = 0;
  let failure: string | null = null;
  const seed = process.env.PLANNER_SEED ? Number(process.env.PLANNER_SEED) : undefined;
  const result = fc.check(
    fc.property(traceArb, (trace) => {
      const report = checkTrace(trace);
      simulatedMs += report.simulatedMs;
      if (!worst || report.maxWakeupsPerHour > worst.maxWakeupsPerHour) worst = report;
      return report.violations.length === 0;
    }),
    { numRuns: runs, seed },
  );
  if (result.failed) {
    const trace = result.counterexample?.[0];
    let why = String(result.errorInstance);
    try {
      why = checkTrace(trace!).violations.join('\n  ');
    } catch (error) {
      why = String(error);
    }
    failure = `${JSON.stringify(trace)}\n  ${why}`;
    console.log(
      `planner property failed (seed ${result.seed}, path ${result.counterexample ? result.counterexamplePath : ''}):\n  ${failure}`,
    );
  }
  const maxPerHour = (worst as TraceReport | null)?.maxWakeupsPerHour ?? 0;
  return [
    {
      name: `planner properties: ${result.numRuns} random traces (${Math.round(simulatedMs / 3_600_000)} simulated hours, seed ${result.seed}), invariants kept`,
      value: result.failed ? 0 : result.numRuns,
      unit: 'traces',
      target: `${runs}`,
      ok: !result.failed,
    },
    {
      name: '  most wake-ups in any simulated hour of any trace',
      value: maxPerHour,
      unit: 'wake-ups',
      target: `≤ ${MAX_WAKEUPS_PER_HOUR}`,
      ok: maxPerHour <= MAX_WAKEUPS_PER_HOUR,
    },
    {
      name: '  ran in',
      value: Math.round(performance.now() - started),
      unit: 'ms',
      target: 'info',
      ok: true,
    },
  ];
}
