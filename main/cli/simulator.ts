/**
 * Owns `unknot simulate`: runs the real break engine over a scripted day on a
 * fake clock and a scripted idle source, and reports what it did, one JSON
 * object per line. The day-trace tests and the wake-up benchmark use it.
 *
 * Trace rules beyond the issue's: the person is active from `start`; an answer
 * event (take, snooze, skip) answers the prompt on screen at its time; a prompt
 * that no answer event reaches within a minute gets `respond`. Taking a break
 * means no input for its whole duration, then input again. When snoozing or
 * skipping is not offered (strict mode, snooze limit), `respond` falls back to take.
 * `pause` and `unpause` are the tray's Pause and Resume; `settings` changes
 * part of the settings file mid-trace (the engine re-plans from then).
 * `lockDetection: "poll"` plays Linux, which sends no lock events: `lock` and
 * `unlock` then only change what the planner reads when it looks (its lock
 * polls are wake-ups like any other); the default, `"events"`, is macOS and
 * Windows, where they reach the planner as system events.
 *
 * A SimProbe sees every timer the engine arms and every wake-up, with the
 * monotonic time: the planner property tests check their invariants through it.
 */
import { z } from 'zod';
import {
  BREAK_KINDS,
  PAUSE_MODES,
  type BreakKind,
  type BreakStatus,
  type BreakToday,
} from '../../common/domain/breaks';
import { DEFAULT_SETTINGS, mergeSettings, settingsSchema, type Settings } from '../../common/domain/settings';
import { parseOffsetDateTime } from '../../common/domain/time';
import { createBreakEngine, type EngineEvent } from '../core/break-engine';
import { createClockScheduler } from '../adapters/fake/clock-scheduler';
import { FakeClock } from '../adapters/fake/fake-clock';
import type { BreakNotifier, BreakRecordInput, Clock, IdleSource } from '../core/ports';
import { isValidTimeZone, zonedIso } from '../core/zoned-time';

const instant = z.string().refine((s) => parseOffsetDateTime(s) !== null, {
  message: 'must be a date and time with its UTC offset, like 2026-11-23T09:10:00+01:00',
});

const traceEventSchema = z.discriminatedUnion('type', [
  z
    .object({
      at: instant,
      type: z.enum(['active', 'idle', 'lock', 'unlock', 'suspend', 'resume', 'take', 'snooze', 'skip']),
    })
    .strict(),
  z.object({ at: instant, type: z.literal('clock-jump'), to: instant }).strict(),
  z.object({ at: instant, type: z.literal('pause'), mode: z.enum(PAUSE_MODES) }).strict(),
  z.object({ at: instant, type: z.literal('unpause') }).strict(),
  z.object({ at: instant, type: z.literal('settings'), settings: z.unknown() }).strict(),
]);
export type TraceEvent = z.infer<typeof traceEventSchema>;

export const traceSchema = z
  .object({
    start: instant,
    end: instant,
    timeZone: z.string().refine(isValidTimeZone, { message: 'must be an IANA time zone such as Europe/Berlin' }),
    settings: z.unknown().optional(),
    respond: z.enum(['take', 'snooze', 'skip', 'ignore']).default('take'),
    lockDetection: z.enum(['events', 'poll']).default('events'),
    events: z.array(traceEventSchema).default([]),
  })
  .strict()
  .refine((t) => (parseOffsetDateTime(t.end)?.atMs ?? 0) > (parseOffsetDateTime(t.start)?.atMs ?? 0), {
    message: 'end must be after start',
    path: ['end'],
  });
export type Trace = z.input<typeof traceSchema>;

export type SimLine =
  | { at: string; event: EngineEvent['type']; kind?: BreakKind }
  | {
      summary: {
        prompts: Record<BreakKind, number>;
        natural: Record<BreakKind, number>;
        activeSeconds: number;
        wakeups: number;
      };
    };

/** What the property tests watch, all at monotonic times (the wall clock can jump). */
export interface SimProbe {
  /** The planner armed its one timer `delayMs` from now (never ≤ 0: that is a busy loop). */
  armed?(mono: number, delayMs: number): void;
  /** The planner's timer fired. */
  woke?(mono: number): void;
  /** A trace event is about to be applied (what the engine does about it comes after). */
  traced?(event: TraceEvent, mono: number): void;
  /** The engine decided something (a prompt, a heads-up, a natural break…). */
  decided?(event: EngineEvent, mono: number): void;
  /** The engine published a changed status (what the tray follows), at wall time `now`. */
  status?(status: BreakStatus, now: number): void;
}

function ms(text: string): number {
  return parseOffsetDateTime(text)!.atMs;
}

export class TraceError extends Error {}

export function parseTrace(input: unknown): z.output<typeof traceSchema> & { settingsResolved: Settings } {
  const parsed = traceSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TraceError(`Invalid trace: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  const settings = settingsSchema.safeParse(mergeSettings(DEFAULT_SETTINGS, parsed.data.settings ?? {}));
  if (!settings.success) {
    const issue = settings.error.issues[0]!;
    throw new TraceError(`Invalid trace: settings.${issue.path.join('.')}: ${issue.message}`);
  }
  return { ...parsed.data, settingsResolved: settings.data };
}

/** Runs a trace and returns every output line, the summary last. */
export function simulate(input: unknown, probe: SimProbe = {}): SimLine[] {
  const trace = parseTrace(input);
  let settings = trace.settingsResolved;
  const clock = new FakeClock(ms(trace.start));
  const lines: SimLine[] = [];
  const prompts = countByKind();
  const natural = countByKind();

  // The person: input from the start until an idle/lock/suspend, and so on.
  let idleSinceMono: number | null = null;
  let suspended = false;
  const polled = trace.lockDetection === 'poll';
  let screenLocked = false;
  const idle: IdleSource = {
    idleSeconds: () => (idleSinceMono === null ? 0 : Math.floor((clock.monotonic() - idleSinceMono) / 1000)),
    ...(polled ? { lockedNow: () => screenLocked } : {}),
  };
  const stopInput = () => {
    idleSinceMono ??= clock.monotonic();
  };
  const startInput = () => {
    idleSinceMono = null;
  };

  // Actions the simulated person takes later (coming back after a break, answering a prompt).
  const actions: { mono: number; seq: number; run: () => void }[] = [];
  let seq = 0;
  const later = (mono: number, run: () => void) => actions.push({ mono, seq: seq++, run });

  const records: BreakRecordInput[] = [];
  const notifier: BreakNotifier = {
    preBreak: () => undefined,
    showPrompt: (status) => {
      const p = status.prompt;
      if (!p || p.phase !== 'prompt') return;
      const now = clock.now();
      const answered = events.slice(nextEvent).some((e) => isAnswer(e) && ms(e.at) >= now && ms(e.at) - now <= 60_000);
      if (answered || trace.respond === 'ignore') return;
      const mode = trace.respond;
      later(clock.monotonic(), () => answer(mode));
    },
    closePrompt: () => undefined,
  };

  // The planner's own timers, seen by the probe (the release job's scheduler uses the bare clock).
  const plannerClock: Clock = {
    now: () => clock.now(),
    monotonic: () => clock.monotonic(),
    setTimer: (delayMs, fn) => {
      probe.armed?.(clock.monotonic(), delayMs);
      return clock.setTimer(delayMs, () => {
        probe.woke?.(clock.monotonic());
        fn();
      });
    },
  };

  const settingsListeners = new Set<(s: Settings) => void>();
  const engine = createBreakEngine({
    clock: plannerClock,
    idle,
    scheduler: createClockScheduler(clock),
    notifier,
    recorder: {
      record: (r) => records.push(r),
      today: (): BreakToday => ({ taken: 0, natural: 0, skipped: 0, snoozed: 0 }),
    },
    settings: {
      get: () => settings,
      onChange: (listener) => {
        settingsListeners.add(listener);
        return () => settingsListeners.delete(listener);
      },
    },
    timeZone: () => trace.timeZone,
    onEvent: (e) => {
      probe.decided?.(e, clock.monotonic());
      if (e.type === 'prompt') prompts[e.kind]++;
      if (e.type === 'natural') natural[e.kind]++;
      lines.push(
        e.type === 'reset'
          ? { at: zonedIso(e.at, trace.timeZone), event: e.type }
          : { at: zonedIso(e.at, trace.timeZone), event: e.type, kind: e.kind },
      );
    },
  });

  /** Answers the prompt on screen the way the person would. */
  function answer(mode: 'take' | 'snooze' | 'skip'): void {
    const prompt = engine.status().prompt;
    if (!prompt || prompt.phase !== 'prompt') return;
    const effective = (mode === 'snooze' && !prompt.canSnooze) || (mode === 'skip' && !prompt.canSkip) ? 'take' : mode;
    if (effective === 'take') {
      engine.respond('start');
      stopInput();
      later(clock.monotonic() + prompt.durationSeconds * 1000, startInput);
    } else {
      engine.respond(effective);
    }
  }

  const events = trace.events;
  let nextEvent = 0;
  const endMono = () => clock.monoAtWall(ms(trace.end));

  function applyEvent(e: TraceEvent): void {
    probe.traced?.(e, clock.monotonic());
    switch (e.type) {
      case 'active':
        startInput();
        break;
      case 'idle':
        stopInput();
        break;
      case 'lock':
        stopInput();
        if (polled) screenLocked = true;
        else engine.systemEvent('lock');
        break;
      case 'suspend':
        stopInput();
        engine.systemEvent('suspend');
        suspended = true;
        break;
      case 'unlock':
        startInput();
        if (polled) screenLocked = false;
        else engine.systemEvent('unlock');
        break;
      case 'resume':
        // A trace's resume brings the person back to an unlocked screen.
        suspended = false;
        screenLocked = false;
        startInput();
        engine.systemEvent('resume');
        break;
      case 'clock-jump':
        clock.jumpWallTo(ms(e.to));
        break;
      case 'take':
      case 'snooze':
      case 'skip':
        answer(e.type);
        break;
      case 'pause':
        engine.pause(e.mode);
        break;
      case 'unpause':
        engine.resume();
        break;
      case 'settings': {
        const next = settingsSchema.safeParse(mergeSettings(settings, e.settings));
        if (!next.success) {
          const issue = next.error.issues[0]!;
          throw new TraceError(`Invalid trace: settings at ${e.at}: ${issue.path.join('.')}: ${issue.message}`);
        }
        settings = next.data;
        for (const listener of settingsListeners) listener(settings); // the engine re-plans
        break;
      }
    }
  }

  const { status: onStatus } = probe;
  if (onStatus) engine.onStatus((s) => onStatus(s, clock.now()));
  engine.start();
  for (;;) {
    const eventMono = nextEvent < events.length ? clock.monoAtWall(ms(events[nextEvent]!.at)) : Infinity;
    if (eventMono < clock.monotonic() - 1) {
      throw new TraceError(
        `Invalid trace: events[${nextEvent}] (${events[nextEvent]!.at}) is earlier than the event before it.`,
      );
    }
    const actionMono = actions.length ? Math.min(...actions.map((a) => a.mono)) : Infinity;
    // A sleeping computer runs no timers; they fire late, on resume.
    const timerMono = suspended ? Infinity : (clock.nextTimerAt() ?? Infinity);
    const t = Math.min(eventMono, actionMono, timerMono);
    if (t > endMono() || t === Infinity) break;
    // The person acts first, then the trace, then timers due at the same instant.
    clock.advanceTo(Math.max(clock.monotonic(), t), { fireTimers: false });
    if (actionMono <= t) {
      const due = actions.filter((a) => a.mono <= t).sort((a, b) => a.mono - b.mono || a.seq - b.seq)[0]!;
      actions.splice(actions.indexOf(due), 1);
      due.run();
    } else if (eventMono <= t) {
      applyEvent(events[nextEvent++]!);
    } else {
      clock.advanceTo(Math.max(clock.monotonic(), t)); // a timer that slept through a suspend fires late
    }
  }
  clock.advanceTo(Math.max(clock.monotonic(), endMono()), { fireTimers: false });
  const stats = engine.stats();
  engine.stop();
  lines.push({
    summary: { prompts, natural, activeSeconds: Math.round(stats.activeMs / 1000), wakeups: stats.wakeups },
  });
  return lines;
}

function countByKind(): Record<BreakKind, number> {
  return Object.fromEntries(BREAK_KINDS.map((k) => [k, 0])) as Record<BreakKind, number>;
}

function isAnswer(e: TraceEvent): boolean {
  return e.type === 'take' || e.type === 'snooze' || e.type === 'skip';
}
