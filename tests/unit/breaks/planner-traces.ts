/**
 * Random day traces for the break planner's property tests (issue #19) and the
 * checker of its invariants, shared by tests/unit/break-engine-properties.test.ts
 * and bench/planner-properties.ts. Traces are simulator traces (main/core/simulator.ts),
 * so a shrunk counterexample pastes straight into break-simulator.test.ts.
 *
 * A trace is built from random "intents" folded through the person's state
 * (active, idle, locked, suspended): a suspended laptop only resumes, a locked
 * screen only unlocks or sleeps, and answers, pause and settings need the screen.
 * Half the traces see lock and unlock as events (macOS, Windows), half only
 * through the planner's own looks at the lock state (Linux).
 */
import fc from 'fast-check';
import { PAUSE_MODES, type PauseMode } from '../../../common/domain/breaks';
import { DEFAULT_SETTINGS, mergeSettings, settingsSchema, type Settings } from '../../../common/domain/settings';
import type { EngineEvent } from '../../../main/core/break-engine';
import { simulate, type SimLine, type Trace, type TraceEvent } from '../../../main/cli/simulator';
import { zonedInstant, zonedIso } from '../../../main/core/zoned-time';

const MIN = 60_000;
const HOUR = 60 * MIN;
/**
 * The bound on wake-ups in any hour. Working steadily with the defaults makes at
 * most ~142 (an idle look every 30 s, the micro-pause's length, plus heads-ups
 * and prompts); the busiest settings the traces use (a micro-pause every 5
 * minutes, snoozed again and again for 1 minute) add a heads-up and a prompt
 * every minute, ~180. A busy loop makes thousands.
 */
export const MAX_WAKEUPS_PER_HOUR = 180;
/** The most wake-ups in a row less than a second apart (a busy loop makes thousands). */
export const MAX_BURST = 5;

/** Days that matter: ordinary weekdays and the DST changes in both zones. */
const PLACES = [
  { timeZone: 'Europe/Berlin', days: ['2026-11-23', '2026-11-27', '2026-03-29', '2026-10-25'] },
  { timeZone: 'America/New_York', days: ['2026-11-24', '2026-03-08', '2026-11-01'] },
] as const;

const EVERY_DAY = (ranges: { start: string; end: string }[]) => ({
  mon: ranges,
  tue: ranges,
  wed: ranges,
  thu: ranges,
  fri: ranges,
  sat: ranges,
  sun: ranges,
});

/** Setting changes that stay valid in any combination (micro-pauses no shorter than 30 s: see MAX_WAKEUPS_PER_HOUR). */
const SETTING_PATCHES: unknown[] = [
  { breaks: { micro: { everyMinutes: 5 } } },
  { breaks: { micro: { everyMinutes: 20 } } },
  { breaks: { micro: { durationSeconds: 45, notifyBeforeSeconds: 0 } } },
  { breaks: { micro: { durationSeconds: 30, notifyBeforeSeconds: 10 } } },
  { breaks: { micro: { enabled: false } } },
  { breaks: { micro: { enabled: true } } },
  { breaks: { stretch: { everyMinutes: 30 } } },
  { breaks: { stretch: { everyMinutes: 60, durationSeconds: 120 } } },
  { breaks: { stretch: { enabled: false } } },
  { breaks: { stretch: { enabled: true } } },
  { breaks: { strictMode: true } },
  { breaks: { strictMode: false } },
  { breaks: { graceMinutes: 0 } },
  { breaks: { graceMinutes: 5 } },
  { breaks: { snoozeMinutes: 1, maxSnoozes: 10 } },
  { breaks: { maxSnoozes: 0 } },
  { breaks: { resetAfterMinutes: 15 } },
  { breaks: { release: { enabled: false } } },
  { breaks: { release: { enabled: true, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] } } },
  { breaks: { release: { time: '09:30', durationMinutes: 1 } } },
  { breaks: { release: { time: '02:30' } } },
  { workingHours: EVERY_DAY([{ start: '00:00', end: '24:00' }]) },
  {
    workingHours: EVERY_DAY([
      { start: '01:30', end: '03:30' },
      { start: '08:00', end: '12:00' },
      { start: '12:30', end: '18:00' },
    ]),
  },
];

type Intent =
  | { gapMs: number; kind: 'active' | 'idle' | 'lock' | 'unlock' | 'suspend' | 'resume' | 'take' | 'snooze' | 'skip' }
  | { gapMs: number; kind: 'unpause' }
  | { gapMs: number; kind: 'pause'; mode: PauseMode }
  | { gapMs: number; kind: 'clock-jump'; byMs: number }
  | { gapMs: number; kind: 'settings'; patch: number };

const gapArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 120 }).map((s) => s * 1000) },
  { weight: 3, arbitrary: fc.integer({ min: 2, max: 30 }).map((m) => m * MIN) },
  { weight: 1, arbitrary: fc.integer({ min: 30, max: 150 }).map((m) => m * MIN) },
);

const intentArb: fc.Arbitrary<Intent> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      gapMs: gapArb,
      kind: fc.constantFrom(
        'active',
        'idle',
        'lock',
        'unlock',
        'suspend',
        'resume',
        'take',
        'snooze',
        'skip',
        'unpause',
      ) as fc.Arbitrary<'active'>,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ gapMs: gapArb, kind: fc.constant('pause' as const), mode: fc.constantFrom(...PAUSE_MODES) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      gapMs: gapArb,
      kind: fc.constant('clock-jump' as const),
      byMs: fc.oneof(
        fc.integer({ min: -120, max: 120 }).map((m) => m * MIN),
        fc.integer({ min: -60, max: 60 }).map((s) => s * 1000),
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      gapMs: gapArb,
      kind: fc.constant('settings' as const),
      patch: fc.nat({ max: SETTING_PATCHES.length - 1 }),
    }),
  },
);

/** Folds intents into a well-formed trace: times in the clock's current coordinates, impossible events dropped. */
function buildTrace(
  placeIndex: number,
  dayIndex: number,
  startMinute: number,
  initialPatches: number[],
  respond: Trace['respond'],
  intents: Intent[],
  tailMs: number,
  lockDetection: Trace['lockDetection'],
): Trace {
  const place = PLACES[placeIndex % PLACES.length]!;
  const day = place.days[dayIndex % place.days.length]!;
  const hm = `${String(Math.floor(startMinute / 60)).padStart(2, '0')}:${String(startMinute % 60).padStart(2, '0')}`;
  const startMs = zonedInstant(day, hm, place.timeZone);
  const iso = (ms: number) => zonedIso(ms, place.timeZone);
  let wall = startMs;
  let person: 'active' | 'idle' | 'locked' | 'suspended' = 'active';
  const events: TraceEvent[] = [];
  for (const intent of intents) {
    wall += intent.gapMs;
    const at = iso(wall);
    const screen = person === 'active' || person === 'idle';
    switch (intent.kind) {
      case 'active':
      case 'idle':
        if (!screen) continue;
        person = intent.kind;
        events.push({ at, type: intent.kind });
        break;
      case 'lock':
        if (!screen) continue;
        person = 'locked';
        events.push({ at, type: 'lock' });
        break;
      case 'unlock':
        if (person !== 'locked') continue;
        person = 'active';
        events.push({ at, type: 'unlock' });
        break;
      case 'suspend':
        if (person === 'suspended') continue;
        person = 'suspended';
        events.push({ at, type: 'suspend' });
        break;
      case 'resume':
        if (person !== 'suspended') continue;
        person = 'active';
        events.push({ at, type: 'resume' });
        break;
      case 'take':
      case 'snooze':
      case 'skip':
      case 'unpause':
        if (!screen) continue;
        events.push({ at, type: intent.kind });
        break;
      case 'pause':
        if (!screen) continue;
        events.push({ at, type: 'pause', mode: intent.mode });
        break;
      case 'settings':
        if (!screen) continue;
        events.push({ at, type: 'settings', settings: SETTING_PATCHES[intent.patch] });
        break;
      case 'clock-jump':
        if (person === 'suspended' || intent.byMs === 0) continue;
        events.push({ at, type: 'clock-jump', to: iso(wall + intent.byMs) });
        wall += intent.byMs;
        break;
    }
  }
  const settings = initialPatches.reduce<Settings>(
    (s, i) => settingsSchema.parse(mergeSettings(s, SETTING_PATCHES[i])),
    DEFAULT_SETTINGS,
  );
  return {
    start: iso(startMs),
    end: iso(Math.max(wall + tailMs, startMs + MIN)),
    timeZone: place.timeZone,
    settings,
    respond,
    lockDetection,
    events,
  };
}

export const traceArb: fc.Arbitrary<Trace> = fc
  .tuple(
    fc.nat({ max: PLACES.length - 1 }),
    fc.nat({ max: 3 }),
    fc.integer({ min: 0, max: 20 * 60 }),
    fc.array(fc.nat({ max: SETTING_PATCHES.length - 1 }), { maxLength: 4 }),
    fc.constantFrom('take', 'snooze', 'skip', 'ignore') as fc.Arbitrary<Trace['respond']>,
    fc.array(intentArb, { maxLength: 30 }),
    fc.integer({ min: 1, max: 120 }).map((m) => m * MIN),
    // macOS and Windows send lock events; Linux's lock state is polled by the planner.
    fc.constantFrom('events', 'poll') as fc.Arbitrary<Trace['lockDetection']>,
  )
  .map((args) => buildTrace(...args));

export interface TraceReport {
  violations: string[];
  wakeups: number;
  /** Most wake-ups in any one hour of monotonic time. */
  maxWakeupsPerHour: number;
  /** Longest run of wake-ups less than a second apart. */
  longestBurst: number;
  simulatedMs: number;
}

/** Runs a trace through the simulator and checks the planner's invariants. */
export function checkTrace(trace: Trace): TraceReport {
  const violations: string[] = [];
  const wakes: number[] = [];
  const prompts: { mono: number; kind: string }[] = [];
  // The person's state, from the trace (not from the engine's own idea of it).
  let locked = false;
  let suspended = false;
  let pausedUntil: number | null = null;
  let pausedAt = 0;
  let settings: Settings = settingsSchema.parse(mergeSettings(DEFAULT_SETTINGS, trace.settings ?? {}));
  /** Windows where no prompt may start: the grace after unlock, resume and every restart of the timers. */
  const quiet: { from: number; until: number; why: string }[] = [];
  /** After each unlock or resume, at most one prompt before the grace and a minute more are over. */
  const returns: { from: number; until: number }[] = [];
  let lastJump = -Infinity;
  let endMono = 0;

  const lines: SimLine[] = simulate(trace, {
    armed(mono, delayMs) {
      if (!(delayMs > 0)) violations.push(`armed a wake-up ${delayMs} ms from now at mono ${mono}`);
    },
    woke(mono) {
      wakes.push(mono);
    },
    traced(e, mono) {
      endMono = mono;
      switch (e.type) {
        case 'lock':
          locked = true;
          break;
        case 'suspend':
          suspended = true;
          break;
        case 'unlock':
        case 'resume':
          if (e.type === 'unlock') locked = false;
          else {
            suspended = false;
            locked = false;
          }
          quiet.push({ from: mono, until: mono + settings.breaks.graceMinutes * MIN, why: e.type });
          returns.push({ from: mono, until: mono + settings.breaks.graceMinutes * MIN + MIN });
          break;
        case 'clock-jump':
          lastJump = mono;
          break;
        case 'pause':
          // How long it lasts in monotonic time ("until tomorrow" depends on the working hours: not checked).
          pausedAt = mono;
          pausedUntil =
            e.mode === '30m'
              ? mono + 30 * MIN
              : e.mode === '1h'
                ? mono + HOUR
                : e.mode === 'until-resumed'
                  ? Infinity
                  : mono;
          break;
        case 'unpause':
          pausedUntil = null;
          break;
        case 'settings':
          settings = settingsSchema.parse(mergeSettings(settings, e.settings));
          break;
        default:
          break;
      }
    },
    decided(e: EngineEvent, mono) {
      endMono = mono;
      if (e.type !== 'prompt' && e.type !== 'notify') return;
      const state = suspended ? 'suspended' : locked ? 'locked' : null;
      if (state) violations.push(`${e.type} ${e.kind} at mono ${mono} while ${state}`);
      // A pause ends at a wall-clock time, so a clock jump since it began may end it sooner: not checked then.
      if (pausedUntil !== null && mono < pausedUntil && lastJump < pausedAt) {
        violations.push(`${e.type} ${e.kind} at mono ${mono} while paused`);
      }
      if (e.type !== 'prompt') return;
      prompts.push({ mono, kind: e.kind });
      for (const q of quiet) {
        if (mono >= q.from && mono < q.until && lastJump < q.from) {
          violations.push(`prompt ${e.kind} at mono ${mono} in the grace after ${q.why} at ${q.from}`);
        }
      }
    },
  });
  const summary = (lines.at(-1) as Extract<SimLine, { summary: unknown }>).summary;

  for (const r of returns) {
    const shown = prompts.filter((p) => p.mono >= r.from && p.mono < r.until);
    if (shown.length > 1) violations.push(`${shown.length} prompts after the return at mono ${r.from}`);
  }
  let maxPerHour = 0;
  for (let i = 0, j = 0; i < wakes.length; i++) {
    while (wakes[i]! - wakes[j]! >= HOUR) j++;
    maxPerHour = Math.max(maxPerHour, i - j + 1);
  }
  if (maxPerHour > MAX_WAKEUPS_PER_HOUR) violations.push(`${maxPerHour} wake-ups in one hour`);
  let burst = wakes.length ? 1 : 0;
  let longestBurst = burst;
  for (let i = 1; i < wakes.length; i++) {
    burst = wakes[i]! - wakes[i - 1]! < 1000 ? burst + 1 : 1;
    longestBurst = Math.max(longestBurst, burst);
  }
  if (longestBurst > MAX_BURST) violations.push(`${longestBurst} wake-ups in a row less than a second apart`);
  return {
    violations,
    wakeups: summary.wakeups,
    maxWakeupsPerHour: maxPerHour,
    longestBurst,
    simulatedMs: Math.max(endMono, wakes.at(-1) ?? 0),
  };
}
