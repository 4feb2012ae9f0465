/**
 * Owns the routine player's logic: turning a routine into the exact sequence
 * of timed steps (sides in turn, rounds, rest between rounds), the daily cap
 * on pressure rounds and the day's safety-stop blocks (safety-blocks.ts), and
 * a pure state machine (start, pause, skip, safety stop) driven by timestamps. The renderer feeds it the time; tests feed it a
 * fake clock. Nothing here reads a clock itself.
 */
import type { Routine, RoutineStep, Side, StepKind } from './content';
import { WARM_UP_STEP } from './heat';
import { DAILY_PRESS_ROUND_CAP, STOP_FOR_TODAY_REASONS } from './policy';
import { findBlock, type SafetyBlock } from './safety-blocks';

export type { Side };

export interface PlannedStep {
  kind: StepKind;
  seconds: number;
  text: string;
  side: Side | null;
  round: number;
}

export interface CapNotice {
  muscle: string;
  side: Side | null;
  doneToday: number;
  message: string;
}

export interface PlayerPlan {
  steps: PlannedStep[];
  /** Per muscle and side: how many pressure rounds this plan will add. */
  pressRounds: { muscle: string; side: Side | null; rounds: number }[];
  notices: CapNotice[];
  /** Sides held back today by an earlier safety stop: no pressure there, stretches only. */
  blocks: SafetyBlock[];
}

/** "upper-trapezius:right" → rounds of pressure already done today. */
export type PressRoundsToday = Readonly<Record<string, number>>;

export const capKey = (muscle: string, side: Side | null) => `${muscle}:${side ?? 'both'}`;

export interface PlanOptions {
  rounds?: number;
  /** Only this side (a person with pain on one side); both in turn by default. */
  onlySide?: Side;
  pressRoundsToday?: PressRoundsToday;
  cap?: number;
  /** Today's safety-stop blocks (safetyBlocksOn): a blocked muscle and side gets no pressure. */
  blocked?: readonly SafetyBlock[];
  /** Start with the warm-up with heat (heat.ts), once, before the first side. */
  warmUp?: boolean;
}

/**
 * Expands a routine into its steps. Each side gets its rounds in turn; a round
 * with a press step counts as one pressure round for every muscle of the routine
 * on that side. Rounds beyond the daily cap are left out, with a notice saying why;
 * a side held back by a safety stop earlier today gets no pressure at all.
 */
export function planRoutine(routine: Routine, options: PlanOptions = {}): PlayerPlan {
  const cap = options.cap ?? DAILY_PRESS_ROUND_CAP;
  const today = options.pressRoundsToday ?? {};
  const rounds = options.rounds ?? routine.rounds;
  const sides: (Side | null)[] = routine.bothSides
    ? options.onlySide
      ? [options.onlySide]
      : ['left', 'right']
    : [null];
  const hasPress = routine.steps.some((s) => s.kind === 'press');
  const steps: PlannedStep[] = [];
  const pressRounds: PlayerPlan['pressRounds'] = [];
  const notices: CapNotice[] = [];
  const blocks: SafetyBlock[] = [];
  if (options.warmUp) steps.push(toPlanned(WARM_UP_STEP, null, 1));

  for (const side of sides) {
    const forSide = routine.steps.filter((s) => !s.side || side === null || s.side === side);
    let allowed = rounds;
    const block = hasPress ? findBlock(options.blocked ?? [], routine.muscles, side) : undefined;
    if (block) {
      allowed = 0;
      blocks.push(block);
    } else if (hasPress) {
      const done = Math.max(0, ...routine.muscles.map((m) => today[capKey(m, side)] ?? 0));
      allowed = Math.max(0, Math.min(rounds, cap - done));
      if (allowed < rounds) {
        const where = side ? ` on your ${side} side` : '';
        notices.push({
          muscle: routine.muscles.join(', '),
          side,
          doneToday: done,
          message:
            allowed === 0
              ? `You have already done ${done} rounds of pressure${where} today, the most Unknot suggests in one day. ` +
                `Give it a rest until tomorrow; gentle stretching is still fine.`
              : `You have done ${done} rounds of pressure${where} today, so this time there ${allowed === 1 ? 'is 1 round' : `are ${allowed} rounds`} instead of ${rounds}.`,
        });
      }
      for (const m of routine.muscles) if (allowed > 0) pressRounds.push({ muscle: m, side, rounds: allowed });
    }
    // With no pressure allowed, the stretches and breathing still run once.
    const playRounds = allowed > 0 ? allowed : hasPress ? 1 : rounds;
    for (let round = 1; round <= playRounds; round++) {
      if (round > 1 && routine.restBetweenRoundsSeconds > 0) {
        steps.push({
          kind: 'rest',
          seconds: routine.restBetweenRoundsSeconds,
          text: 'Rest and let the area settle.',
          side,
          round,
        });
      }
      for (const step of forSide) {
        if (allowed === 0 && (step.kind === 'press' || step.kind === 'locate')) continue;
        steps.push(toPlanned(step, side, round));
      }
    }
  }
  return { steps, pressRounds, notices, blocks };
}

function toPlanned(step: RoutineStep, side: Side | null, round: number): PlannedStep {
  return { kind: step.kind, seconds: step.seconds, text: step.text, side: step.side ?? side, round };
}

// --- the state machine ---

export const STOP_REASONS = [
  'numbness-tingling',
  'sharp-shooting',
  'dizziness',
  'pulse',
  'pain-rising',
  'other',
] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** Reasons whose advice is "not again today" (policy.ts): the routine cannot simply go on after one. */
export const STOP_FOR_TODAY: readonly StopReason[] = STOP_FOR_TODAY_REASONS satisfies readonly StopReason[];

/** Whether the safety-stop dialog may offer "continue" after this reason (none given: the person decides). */
export function canContinueAfter(reason: StopReason | null): boolean {
  return reason === null || !STOP_FOR_TODAY.includes(reason);
}

export type PlayerStatus = 'ready' | 'running' | 'paused' | 'stopping' | 'stopped' | 'done';

export interface PlayerState {
  status: PlayerStatus;
  index: number;
  /** Time already spent in the current step before the last start or resume. */
  elapsedBeforeMs: number;
  /** When the current step last started or resumed (null when not running). */
  runningSinceMs: number | null;
  startedAtMs: number | null;
  endedAtMs: number | null;
  /** Seconds actually spent in press steps (skips count what was held). */
  pressMs: number;
  /** Why a safety stop ended the routine; null when none was given (or it was not stopped). */
  stopReason: StopReason | null;
  /** Status to return to if the safety-stop question is cancelled. */
  beforeStopping: 'running' | 'paused' | null;
}

export type PlayerAction =
  | { type: 'start'; now: number }
  | { type: 'tick'; now: number }
  | { type: 'toggle-pause'; now: number }
  | { type: 'skip'; now: number }
  | { type: 'ask-stop'; now: number }
  | { type: 'cancel-stop'; now: number; reason?: StopReason | null }
  | { type: 'stop'; now: number; reason: StopReason | null };

export function initialPlayerState(): PlayerState {
  return {
    status: 'ready',
    index: 0,
    elapsedBeforeMs: 0,
    runningSinceMs: null,
    startedAtMs: null,
    endedAtMs: null,
    pressMs: 0,
    stopReason: null,
    beforeStopping: null,
  };
}

/** Milliseconds spent in the current step so far. */
export function stepElapsedMs(state: PlayerState, now: number): number {
  return state.elapsedBeforeMs + (state.runningSinceMs === null ? 0 : Math.max(0, now - state.runningSinceMs));
}

export function stepRemainingMs(plan: PlayerPlan, state: PlayerState, now: number): number {
  const step = plan.steps[state.index];
  return step ? Math.max(0, step.seconds * 1000 - stepElapsedMs(state, now)) : 0;
}

export function playerReducer(plan: PlayerPlan, state: PlayerState, action: PlayerAction): PlayerState {
  const { now } = action;
  switch (action.type) {
    case 'start':
      if (state.status !== 'ready') return state;
      if (!plan.steps.length) return { ...state, status: 'done', startedAtMs: now, endedAtMs: now };
      return { ...state, status: 'running', runningSinceMs: now, startedAtMs: now };
    case 'tick':
      return state.status === 'running' ? advance(plan, state, now) : state;
    case 'toggle-pause':
      if (state.status === 'running') {
        const s = advance(plan, state, now);
        if (s.status !== 'running') return s;
        return { ...s, status: 'paused', elapsedBeforeMs: stepElapsedMs(s, now), runningSinceMs: null };
      }
      if (state.status === 'paused') return { ...state, status: 'running', runningSinceMs: now };
      return state;
    case 'skip': {
      if (state.status !== 'running' && state.status !== 'paused') return state;
      const s = state.status === 'running' ? advance(plan, state, now) : state;
      if (s.status === 'done') return s;
      return nextStep(plan, s, now, stepElapsedMs(s, now), s.status === 'paused');
    }
    case 'ask-stop': {
      if (state.status !== 'running' && state.status !== 'paused') return state;
      const s = state.status === 'running' ? advance(plan, state, now) : state;
      if (s.status === 'done') return s;
      // Pressure comes off the moment the person reaches for the stop: the clock stops too.
      return {
        ...s,
        status: 'stopping',
        beforeStopping: s.status === 'running' ? 'running' : 'paused',
        elapsedBeforeMs: stepElapsedMs(s, now),
        runningSinceMs: null,
      };
    }
    case 'cancel-stop':
      if (state.status !== 'stopping') return state;
      // Reasons whose advice is "not again today" end the routine; the dialog does not offer to go on after them.
      if (action.reason !== undefined && !canContinueAfter(action.reason)) return state;
      return {
        ...state,
        status: state.beforeStopping === 'running' ? 'running' : 'paused',
        runningSinceMs: state.beforeStopping === 'running' ? now : null,
        beforeStopping: null,
      };
    case 'stop': {
      if (state.status === 'done' || state.status === 'stopped' || state.status === 'ready') return state;
      const held = plan.steps[state.index]?.kind === 'press' ? stepElapsedMs(state, now) : 0;
      return {
        ...state,
        status: 'stopped',
        stopReason: action.reason,
        pressMs: state.pressMs + held,
        runningSinceMs: null,
        endedAtMs: now,
        beforeStopping: null,
      };
    }
  }
}

/** Moves through every step whose time is up by `now` (a late tick may cross several). */
function advance(plan: PlayerPlan, state: PlayerState, now: number): PlayerState {
  let s = state;
  while (s.status === 'running') {
    const step = plan.steps[s.index]!;
    const elapsed = stepElapsedMs(s, now);
    const length = step.seconds * 1000;
    if (elapsed < length) return s;
    // The step ended `elapsed - length` ms ago; the next one started then.
    s = nextStep(plan, s, now - (elapsed - length), length, false);
  }
  return s;
}

function nextStep(plan: PlayerPlan, state: PlayerState, at: number, spentMs: number, paused: boolean): PlayerState {
  const step = plan.steps[state.index]!;
  const pressMs = state.pressMs + (step.kind === 'press' ? spentMs : 0);
  const index = state.index + 1;
  if (index >= plan.steps.length) {
    return {
      ...state,
      status: 'done',
      index: plan.steps.length - 1,
      pressMs,
      runningSinceMs: null,
      elapsedBeforeMs: 0,
      endedAtMs: at,
    };
  }
  return {
    ...state,
    index,
    pressMs,
    elapsedBeforeMs: 0,
    runningSinceMs: paused ? null : at,
    status: paused ? 'paused' : 'running',
  };
}

/** Pressure rounds actually completed, for the daily cap: a round counts once its press step has been reached. */
export function completedPressRounds(plan: PlayerPlan, state: PlayerState): { side: Side | null; rounds: number }[] {
  const lastReached = state.status === 'done' ? plan.steps.length : state.index + 1;
  const seen = new Map<string, Set<number>>();
  plan.steps.slice(0, lastReached).forEach((step) => {
    if (step.kind !== 'press') return;
    const key = step.side ?? 'none';
    if (!seen.has(key)) seen.set(key, new Set());
    seen.get(key)!.add(step.round);
  });
  return [...seen.entries()].map(([side, rounds]) => ({
    side: side === 'none' ? null : (side as Side),
    rounds: rounds.size,
  }));
}
