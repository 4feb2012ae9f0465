/**
 * Owns one soak run (started by bench/soak.ts with --expose-gc): the real
 * built main bundle under the Electron contract harness (tests/harness/) on
 * fake timers and a fake Date, driven through four simulated weeks of a
 * working life in Europe/Berlin (no DST change in the window), then prints
 * its per-day figures as one JSON line.
 *
 * A working day: arrive 08:55 (resume, unlock), work with input, answer every
 * prompt through the break window's own preload (take, take, snooze, skip in
 * turn), a 30-minute meeting away from the desk, lunch (the first prompt
 * after 12:15 is snoozed, the screen locked a minute later for 45 minutes:
 * the snoozed prompt falls due while locked), three pain
 * entries, a release routine, the check-in, and on Mondays the weekly report
 * and trend; lock and suspend at 17:50. Weekends stay suspended.
 *
 * Wake-ups are the app's timer callbacks (every setTimeout/setInterval it
 * arms, counted as they fire). A run of wake-ups under 1 s apart longer than
 * SPIN_CAP is a busy loop: from then on its sub-second timers are stretched
 * to 1 s so the soak terminates, and the episode is reported.
 */
import FakeTimers from '@sinonjs/fake-timers';
import { emptyCheckin } from '../common/domain/checkin';
import { boot, settle, type Api } from '../tests/harness/boot';

const DAYS = Number(process.env.SOAK_DAYS ?? 28);
const START = Date.parse('2026-11-23T00:00:00+01:00'); // a Monday
const OFFSET = '+01:00';
const SPIN_CAP = 200;
const MINUTE = 60_000;

const realSetInterval = globalThis.setInterval;
const clock = FakeTimers.install({
  now: START,
  toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
});

// Count the app's wake-ups: wrap every timer callback armed from now on.
const wake = { total: 0, run: 0, longestRun: 0, last: -Infinity, spins: 0, stretched: 0, spinMs: 0 };
/** Set while a run is past SPIN_CAP: the app's sub-second timers are stretched to 1 s until the run ends. */
let spinningSince: number | null = null;
const noteWake = (stretched: boolean): void => {
  const now = Date.now();
  wake.total++;
  // A stretched wake stands for the many sub-second ones the app asked for: the run goes on.
  if (stretched || now - wake.last < 1000) wake.run++;
  else {
    if (spinningSince !== null) wake.spinMs += now - spinningSince;
    spinningSince = null;
    wake.run = 1;
  }
  if (wake.run === SPIN_CAP + 1) {
    wake.spins++;
    spinningSince = now;
  }
  wake.longestRun = Math.max(wake.longestRun, wake.run);
  wake.last = now;
};
const wrapTimer = <T extends (fn: () => void, ms?: number, ...rest: unknown[]) => unknown>(original: T): T =>
  ((fn: () => void, ms = 0, ...rest: unknown[]) => {
    const stretched = spinningSince !== null && ms < 1000;
    if (stretched) wake.stretched++;
    return original(
      () => {
        noteWake(stretched);
        fn();
      },
      stretched ? 1000 : ms,
      ...rest,
    );
  }) as T;
globalThis.setTimeout = wrapTimer(globalThis.setTimeout as never);
globalThis.setInterval = wrapTimer(globalThis.setInterval as never);

const pad = (n: number) => String(n).padStart(2, '0');
function localIso(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${OFFSET}`;
}
const localDate = (ms: number) => localIso(ms).slice(0, 10);

interface Prompt {
  kind: string;
  durationSeconds: number;
  phase: 'notify' | 'prompt' | 'break';
  canSnooze: boolean;
  canSkip: boolean;
  breakEndsAt: string | null;
}

if (process.env.SOAK_TRACE) {
  realSetInterval(() => {
    process.stderr.write(
      `[real] now ${new Date(clock.now).toISOString()} timers ${clock.countTimers()} wakes ${wake.total}\n`,
    );
  }, 1000).unref();
}

/**
 * Advances the fake clock, firing due timers synchronously (tickAsync yields a
 * real macrotask per timer, far too slow for a month), then lets promise
 * chains and I/O the timers started finish.
 */
async function tick(ms: number): Promise<void> {
  clock.tick(Math.max(0, ms));
  await settle(3);
}

async function main() {
  const h = await boot({ platform: 'linux' });
  const { fake, person } = h;
  const mainApi = h.renderer({ windowIndex: 0 }).api;
  const apis = new Map<number, Api>();
  const breakApi = (): Api | null => {
    const i = fake.windows.findIndex((w) => w.webContents.getURL().endsWith('#/break'));
    if (i < 0) return null;
    if (!apis.has(i)) apis.set(i, h.renderer({ windowIndex: i }).api);
    return apis.get(i)!;
  };
  const counts = { ipc: 0, prompts: 0, answers: { start: 0, snooze: 0, skip: 0, finish: 0 } as Record<string, number> };
  const call = async (api: Api, path: string, args?: unknown) => {
    const [d, m] = path.split('.') as [string, string];
    counts.ipc++;
    if (process.env.SOAK_TRACE) process.stderr.write(`ipc ${path} ${JSON.stringify(args)}\n`);
    const r = await api[d]![m]!(args);
    if (process.env.SOAK_TRACE) process.stderr.write(`ipc ${path} done\n`);
    return r;
  };
  const rotation = ['start', 'start', 'snooze', 'skip'] as const;
  let answered = 0;
  let breakUntil: number | null = null;
  /** Lunch is a state the prompt answers and the minute loop both move on (so an object, not narrowed lets). */
  const lunch: { phase: 'due' | 'snoozed' | 'out' | 'done'; at: number } = { phase: 'done', at: 0 };
  let suspended = false;

  const answerPrompts = async () => {
    const api = breakApi() ?? mainApi;
    if (breakUntil !== null) {
      // Taking a break: away from the keyboard for its length, then back (ending it if still under way).
      if (Date.now() < breakUntil) return;
      breakUntil = null;
      person.input();
      const after = (await call(api, 'breaks.status')) as { prompt: Prompt | null };
      if (after.prompt?.phase === 'break') {
        counts.answers.finish!++;
        await call(api, 'breaks.respond', { action: 'finish' });
      }
      return;
    }
    const status = (await call(api, 'breaks.status')) as { prompt: Prompt | null };
    const p = status.prompt;
    if (p?.phase !== 'prompt') return;
    counts.prompts++;
    let action: string = rotation[answered++ % rotation.length]!;
    if (lunch.phase === 'due' && new Date().getHours() * 60 + new Date().getMinutes() >= 12 * 60 + 15 && p.canSnooze) {
      action = 'snooze';
      lunch.phase = 'snoozed';
      lunch.at = Date.now() + MINUTE;
    }
    if ((action === 'snooze' && !p.canSnooze) || (action === 'skip' && !p.canSkip)) action = 'start';
    counts.answers[action]!++;
    await call(api, 'breaks.respond', { action });
    if (action === 'start') {
      person.away();
      breakUntil = Date.now() + p.durationSeconds * 1000;
    }
  };

  const at = (day: number, hh: number, mm: number) => START + day * 86_400_000 + (hh * 60 + mm) * MINUTE;
  const entry = (ms: number, intensity: number) => ({
    entry: {
      at: localIso(ms),
      note: 'soak',
      regions: [
        { region: 'temple-right', intensity, qualities: ['aching'] },
        { region: 'neck-angle-right', intensity: Math.max(0, intensity - 2), qualities: [] },
      ],
    },
  });

  const perDay: { heap: number; wakeups: number; cpuMs: number; trayMenus: number; ipc: number; prompts: number }[] =
    [];
  let lastWake = 0;
  let lastMenus = fake.counters.trayMenus;
  let lastIpc = 0;
  let lastPrompts = 0;
  let cpu = process.cpuUsage();

  // Day 0 starts asleep.
  person.lock();
  fake.powerMonitor.emit('suspend');
  suspended = true;

  for (let day = 0; day < DAYS; day++) {
    const weekday = new Date(at(day, 12, 0)).getDay(); // 0 Sunday … 6 Saturday
    const working = weekday >= 1 && weekday <= 5;
    if (working) {
      await tick(at(day, 8, 55) - Date.now());
      if (suspended) fake.powerMonitor.emit('resume');
      suspended = false;
      person.unlock();
      Object.assign(lunch, { phase: 'due' }); // (an assignment here would narrow lunch.phase for tsc)
      // Unlock on Linux is seen by the app's lock poll.
      const events: [number, () => Promise<void> | void][] = [
        [
          at(day, 9, 5),
          async () => {
            if (weekday === 1) {
              await call(mainApi, 'report.weekly', {});
              await call(mainApi, 'report.trend', { weeks: 12 });
            }
            await call(mainApi, 'pain.list', { from: localDate(at(day, 0, 0)) });
          },
        ],
        [at(day, 10, 0), () => call(mainApi, 'pain.add', entry(Date.now(), 3 + (day % 5))).then(() => undefined)],
        [at(day, 10, 30), () => person.away()],
        [at(day, 11, 0), () => person.input()],
        [at(day, 14, 0), () => call(mainApi, 'pain.add', entry(Date.now(), 2 + (day % 4))).then(() => undefined)],
        [
          at(day, 15, 5),
          async () => {
            const started = Date.now();
            person.away();
            await tick(10 * MINUTE);
            person.input();
            await call(mainApi, 'routines.sessionSave', {
              session: {
                routineId: 'release-upper-trapezius',
                side: 'right',
                startedAt: localIso(started),
                endedAt: localIso(Date.now()),
                rounds: 2,
                pressSeconds: 120,
                pressRounds: { left: 0, right: 2 },
                before: 5,
                after: 3,
                stopReason: null,
              },
            });
            await call(mainApi, 'routines.stats');
          },
        ],
        [at(day, 16, 30), () => call(mainApi, 'pain.add', entry(Date.now(), 1 + (day % 6))).then(() => undefined)],
        [
          at(day, 17, 30),
          async () => {
            await call(mainApi, 'checkin.get', { date: localDate(Date.now()) });
            await call(mainApi, 'checkin.save', {
              checkin: { ...emptyCheckin(localDate(Date.now())), sleepHours: 7, stress: day % 10, water: 6 },
            });
            await call(mainApi, 'breaks.history', {});
          },
        ],
        [
          at(day, 17, 50),
          () => {
            person.lock();
            fake.powerMonitor.emit('suspend');
            suspended = true;
          },
        ],
      ];
      for (const [when, what] of events) {
        // Work minute by minute up to the event, answering prompts as they come.
        while (Date.now() + MINUTE <= when) {
          await tick(MINUTE);
          if (process.env.SOAK_TRACE) {
            const status = process.env.SOAK_TRACE === 'status' ? JSON.stringify(await mainApi.breaks!.status!()) : '';
            const idle = fake.exports.powerMonitor.getSystemIdleTime();
            process.stderr.write(
              `${localIso(Date.now())} wakes ${wake.total} run ${wake.run} idle ${idle} ${status}\n`,
            );
          }
          const minuteOfDay = new Date().getHours() * 60 + new Date().getMinutes();
          if (
            (lunch.phase === 'snoozed' && Date.now() >= lunch.at) ||
            (lunch.phase === 'due' && minuteOfDay >= 12 * 60 + 45)
          ) {
            person.lock();
            lunch.phase = 'out';
            lunch.at = Date.now() + 45 * MINUTE;
          } else if (lunch.phase === 'out' && Date.now() >= lunch.at) {
            person.unlock();
            lunch.phase = 'done';
          }
          // The person answers what the break window shows (or ends a break under way).
          const shown = fake.windows.some((w) => w.isVisible() && w.webContents.getURL().endsWith('#/break'));
          if (!suspended && !person.locked && (shown || breakUntil !== null)) await answerPrompts();
        }
        await tick(when - Date.now());
        await what();
      }
    }
    await tick(at(day + 1, 0, 0) - Date.now());
    globalThis.gc?.();
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    perDay.push({
      heap: process.memoryUsage().heapUsed,
      wakeups: wake.total - lastWake,
      cpuMs: (used.user + used.system) / 1000,
      trayMenus: fake.counters.trayMenus - lastMenus,
      ipc: counts.ipc - lastIpc,
      prompts: counts.prompts - lastPrompts,
    });
    lastWake = wake.total;
    lastMenus = fake.counters.trayMenus;
    lastIpc = counts.ipc;
    lastPrompts = counts.prompts;
  }
  const painTotal = ((await call(mainApi, 'pain.list', { limit: 5000 })) as unknown[]).length;
  return {
    days: DAYS,
    perDay,
    wake,
    counts,
    painTotal,
    notifications: fake.counters.notifications,
    violations: fake.violations,
    handles: process.getActiveResourcesInfo().length,
  };
}

main()
  .then((r) => process.stdout.write(`SOAK-RESULT ${JSON.stringify(r)}\n`))
  .catch((e: unknown) => {
    process.stdout.write(`SOAK-RESULT ${JSON.stringify({ error: e instanceof Error ? e.stack : String(e) })}\n`);
  })
  .finally(() => {
    clock.uninstall();
    process.exit(0);
  });
