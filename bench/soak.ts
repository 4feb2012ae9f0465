/**
 * Owns the soak benchmark (issue 19): four simulated weeks of the real built
 * main bundle under the Electron contract harness, on fake timers and a fake
 * Date (bench/soak-child.ts, in its own process with --expose-gc so heap
 * figures are after a full GC). Needs `npm run build` first.
 * Prints heap growth per simulated day after the first, wake-ups, CPU
 * milliseconds and tray menu rebuilds per day, and the longest run of
 * consecutive wake-ups under 1 s apart.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const HEAP_GROWTH_TARGET_KB = 50;
export const SPIN_RUN_TARGET = 5;

interface Day {
  heap: number;
  wakeups: number;
  cpuMs: number;
  trayMenus: number;
  ipc: number;
  prompts: number;
}
interface SoakRun {
  error?: string;
  days: number;
  perDay: Day[];
  wake: { total: number; longestRun: number; spins: number; stretched: number; spinMs: number };
  counts: { ipc: number; prompts: number; answers: Record<string, number> };
  painTotal: number;
  violations: unknown[];
}
type Result = { name: string; value: number | string; unit: string; target: string; ok: boolean };

/** Least-squares slope of the heap over days 2…N, in bytes per day (one day's noise does not decide it). */
function slope(ys: number[]): number {
  const n = ys.length;
  if (n < 2) return 0;
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);

export function benchSoak(): Result[] {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'soak-child.ts')],
    {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env, TZ: 'Europe/Berlin' },
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    },
  );
  const line = child.stdout.split('\n').find((l) => l.startsWith('SOAK-RESULT '));
  const run = line ? (JSON.parse(line.slice('SOAK-RESULT '.length)) as SoakRun) : null;
  if (!run || run.error) {
    return [
      {
        name: 'soak: did not complete',
        value: run?.error ?? child.stderr.slice(-2000),
        unit: '',
        target: 'completes',
        ok: false,
      },
    ];
  }
  const afterFirst = run.perDay.slice(1);
  const growthKb = slope(afterFirst.map((d) => d.heap)) / 1024;
  const days = run.days;
  const r = (x: number) => Math.round(x);
  return [
    {
      name: `soak, ${days} simulated days (${run.counts.prompts} prompts: ${Object.entries(run.counts.answers)
        .map(([a, n]) => `${n} ${a}`)
        .join(
          ', ',
        )}; ${run.counts.ipc} IPC calls; ${run.painTotal} pain entries; rule breaches ${run.violations.length}): heap growth per day after the first`,
      value: r(growthKb * 10) / 10,
      unit: `KB/day (heap ${(run.perDay[0]!.heap / 1048576).toFixed(1)} → ${(run.perDay.at(-1)!.heap / 1048576).toFixed(1)} MB)`,
      target: `≤ ${HEAP_GROWTH_TARGET_KB}`,
      ok: growthKb <= HEAP_GROWTH_TARGET_KB,
    },
    {
      name: '  wake-ups per simulated day (mean; max)',
      value: `${r(mean(run.perDay.map((d) => d.wakeups)))}; ${max(run.perDay.map((d) => d.wakeups))}`,
      unit: 'wake-ups',
      target: 'info',
      ok: true,
    },
    {
      name: '  main-process CPU per simulated day (mean; max; includes the harness driving it)',
      value: `${r(mean(run.perDay.map((d) => d.cpuMs)))}; ${r(max(run.perDay.map((d) => d.cpuMs)))}`,
      unit: 'ms',
      target: 'info',
      ok: true,
    },
    {
      name: '  tray menu rebuilds per simulated day (mean; max)',
      value: `${r(mean(run.perDay.map((d) => d.trayMenus)))}; ${max(run.perDay.map((d) => d.trayMenus))}`,
      unit: 'rebuilds',
      target: 'info',
      ok: true,
    },
    {
      name: `  longest run of consecutive wake-ups < 1 s apart (${run.wake.spins} busy loops past the cap, ${r(run.wake.spinMs / 60_000)} simulated min spinning${run.wake.spins ? '; sub-second timers then stretched to 1 s so the soak ends, so the true run is longer' : ''})`,
      value: run.wake.longestRun,
      unit: 'wake-ups',
      target: `≤ ${SPIN_RUN_TARGET}`,
      ok: run.wake.longestRun <= SPIN_RUN_TARGET,
    },
    { name: '  soak took', value: r((performance.now() - started) / 1000), unit: 's', target: 'info', ok: true },
  ];
}
