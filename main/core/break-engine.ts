/**
 * Owns the break planner: when each break falls due from real activity, what
 * counts as a natural break, grace after coming back, snooze and skip, working
 * hours and pause. Pure: all time comes from the Clock, all input from the
 * IdleSource, wall-clock jobs from the JobScheduler, and the screen is a
 * BreakNotifier. There is no tick: after every wake-up it works out the one next
 * instant something can happen (a heads-up, a prompt, an idle threshold that
 * could be crossed, a working-hours edge) and arms a single timer for it.
 *
 * With no break kind on there is nothing to plan, so it arms nothing at all
 * (issue 13 #7): no idle looks, no working-hours edges; a pause's end and a
 * break started by hand still wake it. Where the OS sends no lock events
 * (Linux) the lock state is read at every wake-up, which is exact for every
 * decision (each one is taken right after a fresh look), and polled on the
 * return schedule only while the screen is known to be locked, unless the
 * source says lock and unlock now come as events (logind on Linux).
 *
 * Where the desktop watches input itself (GNOME's Mutter over D-Bus), the planner
 * asks it to report pauses of exactly the micro-pause length and the return after
 * them, and arms no idle looks at all: a pause shorter than that counts as activity
 * anyway, so the watch gives the same decisions as looking (issue 13 #8).
 *
 * A prompt that falls due while the person is busy (Do Not Disturb, a full-screen
 * window, presenting: the AttentionSource, filtered by the settings) waits instead
 * of popping over them, and is shown as soon as that ends (the source says so) or
 * at the latest once POSTPONE_LIMITS is reached (issue 13 #9).
 *
 * Rules (issue #3): active time accrues while the person gives input; a pause
 * in input shorter than the micro-pause counts as active (reading); a pause at
 * least as long as a kind's duration is that kind's break, taken naturally, and
 * restarts its timer and every shorter kind's; no input for resetAfter restarts
 * every timer. Lock, suspend and a forward clock jump are no input; a backward
 * jump counts as nothing.
 */
import type {
  BreakAction,
  BreakKind,
  BreakPrompt,
  BreakStatus,
  BusyReason,
  PauseMode,
} from '../../common/domain/breaks';
import type { Settings } from '../../common/domain/settings';
import { POSTPONE_LIMITS } from '../../common/domain/policy';
import type {
  AttentionSource,
  BreakEngine,
  BreakNotifier,
  BreakRecorder,
  Clock,
  IdleSource,
  JobScheduler,
  ScheduledJob,
  SettingsSource,
  SystemEvent,
} from './ports';
import { isWorkingTime, nextDayWorkingStart, nextWorkingChange } from './working-hours';
import { zonedIso, zonedParts } from './zoned-time';

type IntervalKind = 'micro' | 'stretch';
const INTERVAL_KINDS: readonly IntervalKind[] = ['micro', 'stretch'];

/** Kinds due within this long of each other are prompted once, as the longest. */
const SAME_MINUTE_MS = 60_000;
/** Wall and monotonic clocks disagreeing by more than this is a clock jump. */
const JUMP_TOLERANCE_MS = 2_000;
/** After this long away, look for the person's return less often… */
const AWAY_BACKOFF_AFTER_MS = 10 * 60_000;
/** …at this interval (a return is noticed at most this late). */
const AWAY_POLL_LONG_MS = 60_000;

export type EngineEvent =
  | { type: 'notify'; at: number; kind: BreakKind }
  | { type: 'prompt'; at: number; kind: BreakKind }
  | { type: 'natural'; at: number; kind: BreakKind }
  | { type: 'break-end'; at: number; kind: BreakKind }
  | { type: 'reset'; at: number };

export interface BreakEngineDeps {
  clock: Clock;
  idle: IdleSource;
  scheduler: JobScheduler;
  notifier: BreakNotifier;
  recorder: BreakRecorder;
  settings: SettingsSource;
  timeZone: () => string;
  idleDetection?: () => 'ok' | 'unavailable';
  /** Do Not Disturb, full screen, presenting; absent: never busy. */
  attention?: AttentionSource;
  /**
   * A broken planner invariant (a wake-up armed at or before now). Without this the
   * engine throws (tests, the simulator); the app logs it and looks again a second later
   * rather than crash or spin.
   */
  onInvariantBroken?: (message: string) => void;
  /** Every decision, for the simulator's output and for logs. */
  onEvent?: (event: EngineEvent) => void;
}

interface OpenPrompt {
  kind: BreakKind;
  /** prompt: asking now; break: under way after Start. (A heads-up is not a prompt: see `notified`.) */
  phase: 'prompt' | 'break';
  /** When it fell due (before any grace shift). */
  dueAt: number;
  shownAt: number | null;
  breakStartedAt: number | null;
}

export interface EngineStats {
  /** Timer firings (including scheduled jobs) and idle polls made outside them. */
  wakeups: number;
  /** Milliseconds of accrued active time (within working hours, not paused). */
  activeMs: number;
  /** Statuses sent to onStatus listeners (only when something in them changed). */
  published: number;
}

export function createBreakEngine(deps: BreakEngineDeps): BreakEngine & { stats(): EngineStats } {
  const { clock } = deps;
  /** The settings in force: validated where they were saved, pushed here on every change. */
  let settings = deps.settings.get();
  let unsubscribeSettings: (() => void) | null = null;
  const cfg = () => settings.breaks;
  const durationMs = (kind: BreakKind) =>
    kind === 'release' ? cfg().release.durationMinutes * 60_000 : cfg()[kind].durationSeconds * 1000;
  const intervalMs = (kind: IntervalKind) => cfg()[kind].everyMinutes * 60_000;
  const enabledIntervalKinds = () => INTERVAL_KINDS.filter((k) => cfg()[k].enabled);
  /** Whether any break kind is on: with none, nothing can fall due and nothing needs watching. */
  const watching = () => cfg().micro.enabled || cfg().stretch.enabled || cfg().release.enabled;
  const microThresholdMs = () => cfg().micro.durationSeconds * 1000;

  // --- state (all wall-clock ms in the clock's current coordinates) ---
  let started = false;
  let mode: 'running' | 'paused' | 'outside' = 'running';
  let pausedUntil: number | null = null;
  /** Start of the current stretch of activity; null while away, paused or outside hours. */
  let activeSince: number | null = null;
  const accrued: Record<IntervalKind, number> = { micro: 0, stretch: 0 };
  /** Start of the current stretch of no input (known to be long enough to matter), or of a lock. */
  let awaySince: number | null = null;
  let locked = false;
  /** The last lock state read from the IdleSource (platforms without lock events); null before one. */
  let polledLocked: boolean | null = null;
  /** Input before this instant is not the person's (it predates a break or restart). */
  let inputFloor = 0;
  let lastInputAt = 0;
  let graceUntil = 0;
  let prompt: OpenPrompt | null = null;
  let snooze: { kind: BreakKind; until: number; dueAt: number } | null = null;
  let snoozesInRow = 0;
  let releaseDueAt: number | null = null;
  let notified: { kind: BreakKind; at: number } | null = null;
  let lastWall = 0;
  let lastMono = 0;
  let cancelTimer: (() => void) | null = null;
  let releaseJob: ScheduledJob | null = null;
  /** A due prompt put off while the person is busy: since when, how often, and when to look again. */
  let held: { since: number; times: number; nextCheckAt: number; reason: BusyReason } | null = null;
  let unsubscribeAttention: (() => void) | null = null;
  /** The desktop's input watch, while one is asked for (some kind on, a source that can watch). */
  let inputWatch: { thresholdMs: number; stop: () => void } | null = null;
  let wakeups = 0;
  let activeTotal = 0;
  const listeners = new Set<(s: BreakStatus) => void>();

  const emit = (event: EngineEvent) => deps.onEvent?.(event);
  const iso = (ms: number) => zonedIso(ms, deps.timeZone());
  /**
   * Working hours at `ms`: whether it is working time and the next instant that
   * changes. Both hold from `from` until `until`, so they are worked out (in the
   * zone, through Intl: the costly part of a wake-up) once per edge, not on every wake-up.
   */
  let hoursCache: {
    from: number;
    until: number | null;
    working: boolean;
    hours: Settings['workingHours'];
    timeZone: string;
  } | null = null;
  function workingHoursAt(ms: number): { working: boolean; until: number | null } {
    const timeZone = deps.timeZone();
    const c = hoursCache;
    if (
      c &&
      c.hours === settings.workingHours &&
      c.timeZone === timeZone &&
      ms >= c.from &&
      (c.until === null || ms < c.until)
    ) {
      return c;
    }
    const working = isWorkingTime(ms, settings.workingHours, timeZone);
    const until = nextWorkingChange(ms, settings.workingHours, timeZone);
    hoursCache = { from: ms, until, working, hours: settings.workingHours, timeZone };
    return hoursCache;
  }
  const working = (ms: number) => workingHoursAt(ms).working;

  // --- activity bookkeeping ---

  function closeActivity(at: number): void {
    if (activeSince === null) return;
    const span = Math.max(0, at - activeSince);
    for (const k of INTERVAL_KINDS) accrued[k] += span;
    activeTotal += span;
    activeSince = null;
  }

  /** Restarts kinds' timers at `at`: from then on they count from zero, even mid-activity. */
  function restartKinds(kinds: readonly BreakKind[], at: number): void {
    const sinceActive = activeSince === null ? 0 : Math.max(0, at - activeSince);
    for (const k of kinds) if (k !== 'release') accrued[k as IntervalKind] = -sinceActive;
  }

  /** Kinds a break of `kind` also counts for: itself and every interval kind no longer than it. */
  function coveredBy(kind: BreakKind): BreakKind[] {
    const d = durationMs(kind);
    return [kind, ...INTERVAL_KINDS.filter((k) => k !== kind && durationMs(k) <= d)];
  }

  function restartAll(at: number, reason: 'reset' | 'quiet'): void {
    closeActivity(at);
    accrued.micro = 0;
    accrued.stretch = 0;
    snooze = null;
    snoozesInRow = 0;
    graceUntil = at + cfg().graceMinutes * 60_000;
    if (reason === 'reset') emit({ type: 'reset', at });
  }

  /** Every timer starts from zero at `at` (with the quiet grace), counting only if they are here. */
  function restartTimers(at: number): void {
    restartAll(at, 'quiet');
    if (awaySince === null && !locked) activeSince = at;
  }

  function beginAway(at: number): void {
    if (awaySince !== null) return;
    closeActivity(at);
    awaySince = at;
  }

  /** The person is back at `at` after no input since awaySince: classify the pause. */
  function endAway(at: number): void {
    if (awaySince === null) return;
    const start = awaySince;
    const gap = Math.max(0, at - start);
    awaySince = null;
    inputFloor = Math.max(inputFloor, at);
    lastInputAt = at;
    const running = mode === 'running';

    if (gap < microThresholdMs()) {
      // A short pause is reading time: it counts as active after all.
      if (running) {
        for (const k of INTERVAL_KINDS) accrued[k] += gap;
        activeTotal += gap;
        activeSince = at;
      }
      return;
    }

    const satisfied = enabledIntervalKinds()
      .filter((k) => durationMs(k) <= gap)
      .sort((a, b) => durationMs(b) - durationMs(a));
    const longest = satisfied[0];

    if (prompt?.phase === 'prompt' && longest && coveredBy(longest).includes(prompt.kind)) {
      // They walked away while the prompt was up: that was the break.
      finishPrompt('taken', at, Math.round(gap / 1000));
    } else if (longest) {
      emit({ type: 'natural', at, kind: longest });
      deps.recorder.record({
        kind: longest,
        dueAt: iso(start),
        shownAt: null,
        outcome: 'natural',
        secondsTaken: Math.round(gap / 1000),
      });
      restartKinds(coveredBy(longest), at);
      if (snooze && coveredBy(longest).includes(snooze.kind)) {
        snooze = null;
        snoozesInRow = 0;
      }
    }

    if (gap >= cfg().resetAfterMinutes * 60_000) restartAll(at, 'reset');
    if (running) {
      activeSince = at;
      // A prompt held back while they were away (a snooze or the release session
      // falling due) waits out the grace too: coming back never starts with a prompt.
      const held = plan();
      if (held && held.promptAt <= at) graceUntil = Math.max(graceUntil, at + cfg().graceMinutes * 60_000);
    }
  }

  // --- observation: clock jumps and idle ---

  function observeClock(now: number, mono: number): void {
    if (lastMono !== 0) {
      const drift = now - lastWall - (mono - lastMono);
      if (drift > JUMP_TOLERANCE_MS) {
        // Forward jump: no input for its whole length, starting where we last looked.
        beginAway(Math.min(lastWall, Math.max(lastInputAt, inputFloor)));
      } else if (drift < -JUMP_TOLERANCE_MS) {
        // Backward jump: counts as nothing. Move every remembered instant with the clock.
        shiftTimes(drift);
      }
    }
    lastWall = now;
    lastMono = mono;
  }

  function shiftTimes(delta: number): void {
    const move = (t: number | null) => (t === null ? null : t + delta);
    activeSince = move(activeSince);
    awaySince = move(awaySince);
    inputFloor += delta;
    lastInputAt += delta;
    graceUntil += delta;
    if (pausedUntil !== null && Number.isFinite(pausedUntil)) pausedUntil += delta;
    if (snooze) snooze.until += delta;
    if (releaseDueAt !== null) releaseDueAt += delta;
    if (prompt) {
      prompt.dueAt += delta;
      if (prompt.shownAt !== null) prompt.shownAt += delta;
      if (prompt.breakStartedAt !== null) prompt.breakStartedAt += delta;
    }
    if (notified) notified.at += delta;
  }

  function observeIdle(now: number): void {
    if (locked || prompt?.phase === 'break') return;
    const idleMs = Math.max(0, deps.idle.idleSeconds() * 1000);
    const lastInput = Math.max(now - idleMs, inputFloor);
    if (awaySince !== null && lastInput > awaySince) endAway(lastInput);
    if (awaySince === null) {
      // Also just after a return: they may have gone again since (or the return was only the
      // input floor, e.g. Resume with no input after it), and the next look must be in the future.
      lastInputAt = lastInput;
      if (now - lastInput >= microThresholdMs()) beginAway(lastInput);
    }
  }

  /**
   * Reads the lock state where the OS sends no lock events, and acts on a change as on
   * the event. A lock seen late starts where their input stopped, so it is read after a
   * fresh look at idle time.
   */
  function observeLock(now: number): void {
    const reading = deps.idle.lockedNow?.() ?? null;
    if (reading === null || reading === polledLocked) return;
    polledLocked = reading;
    if (reading && !locked) {
      observeIdle(now);
      goAway(now);
    } else if (!reading && locked) {
      comeBack(now);
    }
  }

  function observe(): number {
    const now = clock.now();
    observeClock(now, clock.monotonic());
    updateMode(now);
    observeLock(now);
    observeIdle(now);
    return now;
  }

  /** The screen locked or the computer went to sleep at `now`. */
  function goAway(now: number): void {
    if (prompt?.phase === 'break' && prompt.breakStartedAt !== null) {
      // Locking the screen to step away during a started break: the break carries on.
    } else {
      beginAway(awaySince ?? Math.min(now, Math.max(lastInputAt, inputFloor)));
    }
    locked = true;
  }

  /** The screen unlocked or the computer woke at `now`: the person is back. */
  function comeBack(now: number): void {
    locked = false;
    if (awaySince !== null) endAway(now);
    // Coming back never starts with a prompt.
    graceUntil = Math.max(graceUntil, now + cfg().graceMinutes * 60_000);
    inputFloor = Math.max(inputFloor, now);
    lastInputAt = now;
  }

  // --- modes: working hours and pause ---

  function updateMode(now: number): void {
    if (mode === 'paused') {
      if (pausedUntil !== null && now >= pausedUntil) endPause(now);
      else return;
    }
    const inHours = working(now);
    if (mode === 'running' && !inHours) {
      closeActivity(now);
      mode = 'outside';
      releaseDueAt = null;
      snooze = null;
    } else if (mode === 'outside' && inHours) {
      mode = 'running';
      // A new working period: every timer starts fresh, with the quiet grace.
      restartAll(now, 'reset');
      if (awaySince === null && !locked) activeSince = now;
    }
  }

  function endPause(now: number): void {
    mode = working(now) ? 'running' : 'outside';
    pausedUntil = null;
    restartAll(now, 'reset');
    inputFloor = Math.max(inputFloor, now);
    if (mode === 'running' && awaySince === null && !locked) activeSince = now;
  }

  // --- planning ---

  function dueAtOf(kind: IntervalKind): number | null {
    if (activeSince === null || !cfg()[kind].enabled) return null;
    return activeSince + Math.max(0, intervalMs(kind) - accrued[kind]);
  }

  interface Plan {
    kind: BreakKind;
    dueAt: number;
    promptAt: number;
  }

  /** The next prompt if nothing changes: the earliest due, shown as the longest due within the same minute. */
  function plan(): Plan | null {
    if (mode !== 'running' || prompt) return null;
    const due: { kind: BreakKind; at: number }[] = [];
    for (const k of INTERVAL_KINDS) {
      const at = dueAtOf(k);
      if (at !== null) due.push({ kind: k, at });
    }
    if (releaseDueAt !== null && cfg().release.enabled) due.push({ kind: 'release', at: releaseDueAt });
    if (snooze) {
      // A snoozed kind is not prompted before its snooze ends.
      for (const d of due) if (coveredBy(snooze.kind).includes(d.kind)) d.at = Math.max(d.at, snooze.until);
      if (!due.some((d) => d.kind === snooze!.kind)) due.push({ kind: snooze.kind, at: snooze.until });
    }
    if (!due.length) return null;
    const first = Math.min(...due.map((d) => d.at));
    const group = due.filter((d) => d.at - first < SAME_MINUTE_MS);
    const chosen = group.sort((a, b) => durationMs(b.kind) - durationMs(a.kind))[0]!;
    return { kind: chosen.kind, dueAt: first, promptAt: Math.max(first, graceUntil) };
  }

  /**
   * Whether a prompt (or its heads-up) could be shown now. Locked, away, paused
   * or outside working hours it cannot: a prompt falling due then waits for the
   * event that ends that state (unlock or resume, input, pause end, working
   * hours), which re-plans. act() and nextWakeup() both ask this, so the planner
   * never arms a timer for a prompt it would refuse to show.
   */
  function canPrompt(): boolean {
    return mode === 'running' && !locked && awaySince === null;
  }

  function notifyLeadMs(kind: BreakKind): number {
    return kind === 'release' ? 0 : cfg()[kind].notifyBeforeSeconds * 1000;
  }

  // --- prompts ---

  function showPrompt(kind: BreakKind, dueAt: number, now: number): void {
    prompt = { kind, phase: 'prompt', dueAt, shownAt: now, breakStartedAt: null };
    notified = null;
    if (kind === 'release') releaseDueAt = null;
    if (snooze && coveredBy(kind).includes(snooze.kind)) snooze = null;
    emit({ type: 'prompt', at: now, kind });
    deps.notifier.showPrompt(status());
  }

  /** Records the prompt on screen with its outcome and closes it; taking or skipping restarts the timers it stood for. */
  function finishPrompt(outcome: 'taken' | 'skipped' | 'snoozed' | 'paused', at: number, secondsTaken = 0): void {
    if (!prompt) return;
    const p = prompt;
    prompt = null;
    deps.recorder.record({
      kind: p.kind,
      dueAt: iso(p.dueAt),
      shownAt: p.shownAt === null ? null : iso(p.shownAt),
      outcome,
      secondsTaken,
    });
    if (outcome === 'taken') {
      emit({ type: 'break-end', at, kind: p.kind });
      closeActivity(at);
      // A break that ran on behind a locked screen ends with the person still away: from here
      // on that is a pause like any other, and the unlock ends it (without this, activity
      // never restarted after such an unlock).
      if (locked) beginAway(at);
      else if (mode === 'running') activeSince = at;
      restartKinds(coveredBy(p.kind), at);
      snoozesInRow = 0;
      inputFloor = Math.max(inputFloor, at);
      lastInputAt = at;
    } else if (outcome === 'skipped') {
      // Skipping a prompt restarts the timers it stood for (it was shown in place of the shorter ones).
      restartKinds(coveredBy(p.kind), at);
      snoozesInRow = 0;
    }
    deps.notifier.closePrompt();
  }

  function canSnooze(): boolean {
    return !cfg().strictMode && snoozesInRow < cfg().maxSnoozes;
  }

  // --- the one timer ---

  /**
   * The earliest future instant at which act() or observe() could change
   * something, or null. Every candidate is strictly after `now` by construction:
   * a pause or break end, a working-hours edge and a heads-up are filtered or
   * already acted on, a prompt is only a candidate while canPrompt() (act() has
   * shown it if it was due), and an idle look is at least a micro-pause ahead.
   */
  function nextWakeup(now: number): number | null {
    const candidates: number[] = [];
    const on = watching();
    if (mode === 'paused') {
      if (pausedUntil !== null && Number.isFinite(pausedUntil)) candidates.push(pausedUntil);
    } else if (on) {
      const change = workingHoursAt(now).until;
      if (change !== null) candidates.push(change);
    }
    if (prompt?.phase === 'break' && prompt.breakStartedAt !== null) {
      candidates.push(prompt.breakStartedAt + durationMs(prompt.kind));
    }
    // Every break kind off: nothing can fall due, so nothing to watch for (the next look
    // comes with the settings change that turns one on).
    const next = on && canPrompt() ? plan() : null;
    if (next && held) {
      // Put off while they are busy: look again at the next step (or when the source says it ended).
      candidates.push(held.nextCheckAt);
    } else if (next) {
      const notifyAt = next.promptAt - notifyLeadMs(next.kind);
      if (notifyLeadMs(next.kind) > 0 && !(notified && notified.kind === next.kind) && notifyAt > now) {
        candidates.push(notifyAt);
      }
      candidates.push(next.promptAt);
    }
    if (on && mode === 'running' && prompt?.phase !== 'break') {
      // The desktop tells of pauses and returns itself: nothing to look for.
      const pushed = inputPushed();
      const lockPolled = polledLocked === true && !(deps.idle.lockEvents?.() ?? false);
      if (!locked && awaySince === null) {
        // The earliest a pause could reach micro-pause length.
        if (!pushed) candidates.push(Math.max(lastInputAt, inputFloor) + microThresholdMs());
      } else if ((!locked && !pushed) || (locked && lockPolled)) {
        // Look for their return (where the OS sends no unlock event, for the unlock) every
        // micro-pause length at first, then once a minute.
        const away = now - (awaySince ?? now);
        candidates.push(now + (away < AWAY_BACKOFF_AFTER_MS ? microThresholdMs() : AWAY_POLL_LONG_MS));
      }
    }
    const finite = candidates.filter((t) => Number.isFinite(t));
    return finite.length ? Math.min(...finite) : null;
  }

  /** Whether the desktop is watching input for us now, so no idle look is needed. */
  function inputPushed(): boolean {
    return inputWatch !== null && (deps.idle.inputWatched?.() ?? false);
  }

  /**
   * Asks the source to watch pauses of the micro-pause length while any kind is on
   * (again when that length changes), and stops asking when none is: with every
   * break off the desktop is not asked for anything.
   */
  function syncInputWatch(): void {
    const wanted = started && watching() && deps.idle.watchInput ? microThresholdMs() : null;
    if (inputWatch && inputWatch.thresholdMs === wanted) return;
    inputWatch?.stop();
    inputWatch = null;
    if (wanted === null || !deps.idle.watchInput) return;
    const stop = deps.idle.watchInput(wanted, () => {
      if (!started) return;
      // A pause reached the threshold, input came back, or the watch was won or lost.
      wakeups++;
      step();
    });
    inputWatch = { thresholdMs: wanted, stop };
  }

  function arm(now: number): void {
    cancelTimer?.();
    cancelTimer = null;
    if (!started) return;
    let at = nextWakeup(now);
    if (at === null) return;
    // Never a timer at or before now: that would be a busy loop (issue #19).
    if (!(at > now)) {
      const message = `break planner: wake-up at ${iso(at)} is not after now (${iso(now)})`;
      if (!deps.onInvariantBroken) throw new Error(message);
      deps.onInvariantBroken(message);
      at = now + 1000;
    }
    cancelTimer = clock.setTimer(at - now, () => {
      cancelTimer = null;
      wakeups++;
      step();
    });
  }

  /** Look at the world, act on whatever is due now, and arm the next wake-up. */
  function step(): void {
    const now = observe();
    act(now);
    arm(now);
    publish();
  }

  function act(now: number): void {
    if (prompt?.phase === 'break' && prompt.breakStartedAt !== null) {
      const endsAt = prompt.breakStartedAt + durationMs(prompt.kind);
      if (now >= endsAt) {
        finishPrompt('taken', endsAt, Math.round(durationMs(prompt.kind) / 1000));
        // The break ended in the past (a late timer, a shorter duration saved mid-break):
        // look at their input since, as if we had been watching from its end.
        if (endsAt < now) observeIdle(now);
      }
    }
    // Locked, away, paused or outside hours: a due prompt waits for that to end.
    if (!canPrompt()) {
      held = null;
      return;
    }
    const next = plan();
    if (!next || now < next.promptAt) held = null;
    if (!next) return;
    if (now >= next.promptAt) {
      if (postpone(now)) return;
      showPrompt(next.kind, next.dueAt, now);
    } else if (
      now >= next.promptAt - notifyLeadMs(next.kind) &&
      !(notified && notified.kind === next.kind) &&
      // A heads-up is a notification too: not while they asked not to be disturbed.
      busyReason() === null
    ) {
      notified = { kind: next.kind, at: now };
      emit({ type: 'notify', at: now, kind: next.kind });
      deps.notifier.preBreak(next.kind, Math.round((next.promptAt - now) / 1000));
    }
  }

  // --- busy: Do Not Disturb, full screen, presenting ---

  /** The first kind of busy that holds now and that the settings respect, or null. */
  function busyReason(): BusyReason | null {
    const respect = cfg().waitWhile;
    const wanted: Record<BusyReason, boolean> = {
      'do-not-disturb': respect.doNotDisturb,
      fullscreen: respect.fullscreen,
      presenting: respect.presenting,
    };
    return deps.attention?.busyNow().find((reason) => wanted[reason]) ?? null;
  }

  /**
   * A prompt is due now: whether to put it off because they are busy. Each look that still finds
   * them busy once a step has passed counts as one more postponement; past POSTPONE_LIMITS it is shown.
   */
  function postpone(now: number): boolean {
    const reason = busyReason();
    if (reason === null) {
      held = null;
      return false;
    }
    const step = POSTPONE_LIMITS.stepMinutes * 60_000;
    if (!held) {
      held = { since: now, times: 1, nextCheckAt: now + step, reason };
      return true;
    }
    held.reason = reason;
    if (now < held.nextCheckAt) return true;
    if (held.times >= POSTPONE_LIMITS.maxTimes || now - held.since >= POSTPONE_LIMITS.maxMinutes * 60_000) {
      held = null;
      return false;
    }
    held.times++;
    held.nextCheckAt = now + step;
    return true;
  }

  // --- status ---

  function promptView(): BreakPrompt | null {
    if (!prompt) return null;
    const strict = cfg().strictMode;
    return {
      kind: prompt.kind,
      phase: prompt.phase,
      dueAt: iso(prompt.dueAt),
      durationSeconds: Math.round(durationMs(prompt.kind) / 1000),
      breakEndsAt: prompt.breakStartedAt === null ? null : iso(prompt.breakStartedAt + durationMs(prompt.kind)),
      snoozesLeft: strict ? 0 : Math.max(0, cfg().maxSnoozes - snoozesInRow),
      canSnooze: prompt.phase === 'prompt' && canSnooze(),
      canSkip: prompt.phase === 'prompt' && !strict,
    };
  }

  function status(): BreakStatus {
    const now = clock.now();
    const allOff = !cfg().micro.enabled && !cfg().stretch.enabled && !cfg().release.enabled;
    const next = plan();
    return {
      state: allOff ? 'off' : mode === 'paused' ? 'paused' : mode === 'outside' ? 'outside-hours' : 'running',
      pausedUntil: pausedUntil !== null && Number.isFinite(pausedUntil) ? iso(pausedUntil) : null,
      next: next ? { kind: next.kind, at: iso(next.promptAt) } : null,
      prompt: promptView(),
      today: deps.recorder.today(zonedParts(now, deps.timeZone()).localDate),
      idleDetection: deps.idleDetection?.() ?? 'ok',
      waitingFor: held && canPrompt() && !prompt ? held.reason : null,
    };
  }

  let lastPublished = '';
  let published = 0;
  /** Tells listeners the status, when it differs from the last one they were told (most wake-ups change nothing). */
  function publish(): void {
    if (!listeners.size) return;
    const s = status();
    const key = JSON.stringify(s);
    if (key === lastPublished) return;
    lastPublished = key;
    published++;
    for (const l of listeners) l(s);
  }

  /** Runs an outside request against a freshly observed present, then re-plans. */
  function command(fn: (now: number) => void): BreakStatus {
    const now = observe();
    fn(now);
    act(now);
    arm(now);
    publish();
    return status();
  }

  function scheduleRelease(): void {
    releaseJob?.cancel();
    const release = cfg().release;
    if (!release.enabled || !release.days.length) return;
    releaseJob = deps.scheduler.scheduleWeekly(
      { days: release.days, time: release.time, timeZone: deps.timeZone() },
      () => {
        wakeups++;
        const now = observe();
        if (mode === 'running') releaseDueAt = now;
        act(now);
        arm(now);
        publish();
      },
    );
  }

  return {
    start() {
      if (started) return;
      started = true;
      settings = deps.settings.get();
      const now = clock.now();
      lastWall = now;
      lastMono = clock.monotonic();
      lastInputAt = now;
      inputFloor = now;
      mode = working(now) ? 'running' : 'outside';
      if (mode === 'running') activeSince = now;
      scheduleRelease();
      unsubscribeSettings = deps.settings.onChange((next) => {
        const wasWatching = watching();
        settings = next;
        syncInputWatch();
        command((now) => {
          // Nothing watched input while every kind was off: the timers start afresh from here.
          if (!wasWatching && watching() && mode === 'running') restartTimers(now);
          scheduleRelease();
        });
      });
      syncInputWatch();
      // Busy ending (or starting) can release a held prompt at once.
      unsubscribeAttention =
        deps.attention?.onChange(() => {
          if (!started) return;
          wakeups++;
          step();
        }) ?? null;
      arm(now);
      publish();
    },
    stop() {
      started = false;
      unsubscribeSettings?.();
      unsubscribeSettings = null;
      cancelTimer?.();
      cancelTimer = null;
      releaseJob?.cancel();
      releaseJob = null;
      inputWatch?.stop();
      inputWatch = null;
      unsubscribeAttention?.();
      unsubscribeAttention = null;
    },
    status,
    respond(action: BreakAction) {
      return command((now) => {
        if (!prompt) return;
        if (action === 'start' && prompt.phase === 'prompt') {
          closeActivity(now);
          prompt.phase = 'break';
          prompt.breakStartedAt = now;
          deps.notifier.showPrompt(status());
        } else if (action === 'finish' && prompt.phase === 'break' && prompt.breakStartedAt !== null) {
          finishPrompt('taken', now, Math.round((now - prompt.breakStartedAt) / 1000));
        } else if (action === 'snooze' && prompt.phase === 'prompt' && canSnooze()) {
          const p = prompt;
          finishPrompt('snoozed', now);
          snoozesInRow++;
          snooze = { kind: p.kind, until: now + cfg().snoozeMinutes * 60_000, dueAt: p.dueAt };
        } else if (action === 'skip' && prompt.phase === 'prompt' && !cfg().strictMode) {
          finishPrompt('skipped', now);
        }
      });
    },
    takeNow(kind: BreakKind) {
      return command((now) => {
        if (prompt) finishPrompt('skipped', now);
        closeActivity(now);
        awaySince = null;
        prompt = { kind, phase: 'break', dueAt: now, shownAt: now, breakStartedAt: now };
        emit({ type: 'prompt', at: now, kind });
        deps.notifier.showPrompt(status());
      });
    },
    pause(pauseMode: PauseMode) {
      return command((now) => {
        if (prompt) finishPrompt('paused', now);
        closeActivity(now);
        mode = 'paused';
        releaseDueAt = null;
        snooze = null;
        pausedUntil =
          pauseMode === '30m'
            ? now + 30 * 60_000
            : pauseMode === '1h'
              ? now + 60 * 60_000
              : pauseMode === 'until-tomorrow'
                ? (nextDayWorkingStart(now, settings.workingHours, deps.timeZone()) ?? Infinity)
                : Infinity;
      });
    },
    resume() {
      return command((now) => {
        if (mode === 'paused') endPause(now);
      });
    },
    systemEvent(event: SystemEvent) {
      const now = observe();
      if (event === 'lock' || event === 'suspend') {
        goAway(now);
      } else if (polledLocked === true) {
        // Woken up to a locked screen (observe() has just read it): still away until it unlocks.
      } else {
        comeBack(now);
      }
      act(now);
      arm(now);
      publish();
    },
    replan() {
      command(() => {
        scheduleRelease();
      });
    },
    onStatus(listener) {
      lastPublished = ''; // a new listener hears the next status even if nothing changed
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stats: () => ({
      wakeups,
      activeMs: activeTotal + (activeSince === null ? 0 : clock.now() - activeSince),
      published,
    }),
  };
}
