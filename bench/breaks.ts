/**
 * Owns the break-engine benchmark: how often the planner wakes during an
 * 8-hour active workday with default settings (a once-a-second loop would wake 28,800 times).
 */
import { simulate } from '../main/cli/simulator';
import { createTrayPresenter, trayView } from '../main/adapters/electron/tray-model';

export const WAKEUP_TARGET = 1000;

export function benchBreaks(): { name: string; value: number; unit: string; target: string; ok: boolean }[] {
  const started = performance.now();
  // The tray drawn from every status the engine publishes (its countdown ticks come on top: one a minute at most).
  const tray = createTrayPresenter({ setIcon: () => undefined, setTooltip: () => undefined, setMenu: () => undefined });
  const lines = simulate(
    {
      start: '2026-11-23T09:00:00+01:00',
      end: '2026-11-23T17:00:00+01:00',
      timeZone: 'Europe/Berlin',
      respond: 'take',
      events: [],
    },
    { status: (s, now) => tray.show(trayView(s, now)) },
  );
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
    {
      name: `  statuses published to the tray in that day (before issue #19: one per wake-up); tray menus built`,
      value: tray.stats().menuBuilds,
      unit: `menus (${tray.stats().renders} statuses)`,
      target: 'info',
      ok: true,
    },
  ];
}
