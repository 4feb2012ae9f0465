/**
 * Owns the player's pure model around the timing reducer (common/domain/player.ts):
 * its stages (setup → run → after → saved, or run → stopped), today's pressure
 * counts as main reports them, and the session to save, clamped to what the
 * contract accepts. No React, no DOM, no clock: the time and offset come in.
 */
import type { Routine } from '@common/domain/content';
import { completedPressRounds, type PlayerPlan, type PlayerState, type PressRoundsToday } from '@common/domain/player';
import type { RoutineSession, RoutineSessionInput, SessionProgress } from '@common/domain/routine-sessions';
import { formatOffsetDateTime } from '@common/domain/time';
import {
  ROUTINE_MAX_ROUNDS,
  SESSION_MAX_PRESS_ROUNDS_PER_SIDE,
  SESSION_MAX_PRESS_SECONDS,
} from '@common/domain/policy';

export type SideChoice = 'both' | 'left' | 'right';

export type Stage =
  | { name: 'setup' }
  | { name: 'run'; plan: PlayerPlan }
  | { name: 'after'; plan: PlayerPlan; final: PlayerState }
  | { name: 'stopped'; plan: PlayerPlan; final: PlayerState }
  | { name: 'saved'; session: RoutineSession };

/** Main keeps counts per side; a routine without sides counts against the busier side. */
export function withUnsided(today: PressRoundsToday): PressRoundsToday {
  const out: Record<string, number> = { ...today };
  for (const [key, n] of Object.entries(today)) {
    const muscle = key.replace(/:(left|right)$/, '');
    out[`${muscle}:both`] = Math.max(out[`${muscle}:both`] ?? 0, n);
  }
  return out;
}

export interface SessionFacts {
  routine: Routine;
  side: SideChoice;
  before: number | null;
  after: number | null;
  /** App time now (ms), used for a start or end the player did not record. */
  nowMs: number;
  /** The local UTC offset in minutes. */
  offsetMinutes: number;
  /** The person left the routine part-way (not a safety stop): saved as stopped early. */
  leftEarly?: boolean;
}

/** How far a played routine got: the steps finished of the steps planned (null for a plan with no steps). */
export function progressOf(plan: PlayerPlan, state: PlayerState): SessionProgress | null {
  const total = plan.steps.length;
  if (total === 0) return null;
  return { stepsDone: state.status === 'done' ? total : Math.min(state.index, total), stepsTotal: total };
}

/** The session to save for a plan played to `state`, clamped to the contract's limits. */
export function sessionInput(plan: PlayerPlan, state: PlayerState, facts: SessionFacts): RoutineSessionInput {
  const { routine, side, before, after, nowMs, offsetMinutes, leftEarly } = facts;
  let left = 0;
  let right = 0;
  for (const done of completedPressRounds(plan, state)) {
    if (done.side !== 'right') left += done.rounds;
    if (done.side !== 'left') right += done.rounds;
  }
  const roundsPlayed = Math.max(0, ...plan.steps.map((s) => s.round));
  return {
    routineId: routine.id,
    side: routine.bothSides ? side : null,
    startedAt: formatOffsetDateTime(state.startedAtMs ?? nowMs, offsetMinutes),
    endedAt: formatOffsetDateTime(state.endedAtMs ?? nowMs, offsetMinutes),
    rounds: Math.min(ROUTINE_MAX_ROUNDS, roundsPlayed),
    pressSeconds: Math.min(SESSION_MAX_PRESS_SECONDS, Math.round(state.pressMs / 1000)),
    pressRounds: {
      left: Math.min(SESSION_MAX_PRESS_ROUNDS_PER_SIDE, left),
      right: Math.min(SESSION_MAX_PRESS_ROUNDS_PER_SIDE, right),
    },
    before,
    after,
    // A safety stop says why; one ended with no reason given, or a routine left part-way, is stopped early
    // too ('left-early'); only a routine that ran to its end has no stop reason.
    stopReason:
      state.stopReason ?? ((leftEarly || state.status === 'stopped') && state.status !== 'done' ? 'left-early' : null),
    progress: progressOf(plan, state),
    // Where a routine stopped before its end: a safety stop holds back pressure on that side for the day.
    stopSide: state.status === 'done' ? null : (plan.steps[state.index]?.side ?? null),
  };
}
