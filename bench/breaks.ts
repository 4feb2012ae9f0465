/**
 * Owns the break-engine benchmark: how often the planner wakes during an
 * 8-hour active workday with default settings (a once-a-second loop would wake 28,800 times).
 */
import { simulate } from '../main/core/simulator';

export const WAKEUP_TARGET = 1000;

export function benchBreaks(): { name: string; value: number; unit: string; target: string; ok: boolean }[] {
  const started = performance.now();
  const lines = simulate({
    start: '2026-11-23T09:00:00+01:00',
    end: '2026-11-23T17:00:00+01:00',
    timeZone: 'Europe/Berlin',
    respond: 'take',
    events: [],
  });
  const elapsed = performance.now() - started;
  const summary = (lines.at(-1) as { summary: { wakeups: number; prompts: Record<string, number> } }).summary;
  return [
    {
      name: 'break engine: wake-ups in an 8-hour active workday (defaults, every break taken)',
      value: summary.wakeups,
      unit: 'wake-ups',
      target: `≤ ${WAKEUP_TARGET}`,
      ok: summary.wakeups <= WAKEUP_TARGET,
    },
    {
      name: `  prompts in that day: ${Object.entries(summary.prompts)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')}; simulated in`,
      value: Math.round(elapsed),
      unit: 'ms',
      target: 'info',
      ok: true,
    },
  ];
}
