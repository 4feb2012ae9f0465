// The player's pure model: today's counts for routines without sides, and the session saved from a played plan.
import { describe, expect, it } from 'vitest';
import { ROUTINES } from '@common/domain/atlas';
import { initialPlayerState, planRoutine, playerReducer, type PlayerState } from '@common/domain/player';
import { routineSessionInputSchema } from '@common/domain/routine-sessions';
import { progressOf, sessionInput, withUnsided } from '@renderer/features/routines/player-model';

const sided = ROUTINES.find((r) => r.bothSides && r.steps.some((s) => s.kind === 'press'))!;
const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);

/** Plays a plan to its end, a second past each step's time. */
function playThrough(plan: ReturnType<typeof planRoutine>): PlayerState {
  let state = playerReducer(plan, initialPlayerState(), { type: 'start', now: T0 });
  let now = T0;
  for (const step of plan.steps) {
    now += (step.seconds + 1) * 1000;
    state = playerReducer(plan, state, { type: 'tick', now });
    if (state.status === 'done') break;
  }
  return state;
}

describe('withUnsided', () => {
  it('adds a both-sides count per muscle, the busier side', () => {
    expect(withUnsided({ 'upper-trapezius:left': 2, 'upper-trapezius:right': 3, 'levator-scapulae:left': 1 })).toEqual({
      'upper-trapezius:left': 2,
      'upper-trapezius:right': 3,
      'upper-trapezius:both': 3,
      'levator-scapulae:left': 1,
      'levator-scapulae:both': 1,
    });
  });
});

describe('sessionInput', () => {
  const facts = { routine: sided, side: 'both' as const, before: 6, after: 3, nowMs: T0, offsetMinutes: 60 };

  it('records a routine played to its end as the contract accepts it', () => {
    const plan = planRoutine(sided, { rounds: 1 });
    const state = playThrough(plan);
    expect(state.status).toBe('done');
    const input = sessionInput(plan, state, facts);
    expect(routineSessionInputSchema.safeParse(input).success).toBe(true);
    expect(input).toMatchObject({
      routineId: sided.id,
      side: 'both',
      rounds: 1,
      before: 6,
      after: 3,
      stopReason: null,
    });
    expect(input.startedAt).toBe('2026-03-02T10:00:00+01:00');
    expect(input.pressRounds.left).toBeGreaterThan(0);
    expect(input.pressRounds.right).toBeGreaterThan(0);
  });

  it('clamps rounds, press time and press rounds to the contract’s limits', () => {
    const plan = planRoutine(sided, { rounds: 4 });
    const state: PlayerState = { ...playThrough(plan), pressMs: 10 * 3600 * 1000 };
    const input = sessionInput(plan, state, facts);
    expect(input.rounds).toBeLessThanOrEqual(4);
    expect(input.pressSeconds).toBe(3600);
    expect(input.pressRounds.left).toBeLessThanOrEqual(8);
    expect(input.pressRounds.right).toBeLessThanOrEqual(8);
  });

  it('has no side for a routine without sides, and uses now for times the player did not record', () => {
    const unsided = { ...sided, bothSides: false };
    const plan = planRoutine(unsided, { rounds: 1 });
    const input = sessionInput(plan, initialPlayerState(), { ...facts, routine: unsided });
    expect(input.side).toBeNull();
    expect(input.startedAt).toBe(input.endedAt);
    expect(input.pressSeconds).toBe(0);
  });
});

describe('a routine stopped early', () => {
  const facts = { routine: sided, side: 'both' as const, before: 6, after: null, nowMs: T0, offsetMinutes: 60 };
  const plan = planRoutine(sided, { rounds: 1 });
  /** Started, then the clock ran through the first `steps` steps and 1 s into the next. */
  const partWay = (steps: number): PlayerState => {
    const start = playerReducer(plan, initialPlayerState(), { type: 'start', now: T0 });
    const seconds = plan.steps.slice(0, steps).reduce((sum, s) => sum + s.seconds, 0) + 1;
    return playerReducer(plan, start, { type: 'tick', now: T0 + seconds * 1000 });
  };

  it('says how far it got: the steps finished of the steps planned', () => {
    expect(plan.steps.length).toBeGreaterThan(3);
    expect(progressOf(plan, partWay(0))).toEqual({ stepsDone: 0, stepsTotal: plan.steps.length });
    expect(progressOf(plan, partWay(2))).toEqual({ stepsDone: 2, stepsTotal: plan.steps.length });
    expect(progressOf(plan, playThrough(plan))).toEqual({
      stepsDone: plan.steps.length,
      stepsTotal: plan.steps.length,
    });
    expect(progressOf({ ...plan, steps: [] }, initialPlayerState())).toBeNull();
  });

  it('left part-way, is saved as stopped early ("left-early") with its progress, as the contract accepts', () => {
    const input = sessionInput(plan, partWay(2), { ...facts, leftEarly: true });
    expect(routineSessionInputSchema.safeParse(input).success).toBe(true);
    expect(input).toMatchObject({ stopReason: 'left-early', progress: { stepsDone: 2 }, after: null });
  });

  it('at a safety stop, keeps the reason the person gave (leaving afterwards does not replace it)', () => {
    const stopped = playerReducer(plan, partWay(1), { type: 'stop', now: T0 + 60_000, reason: 'pulse' });
    expect(sessionInput(plan, stopped, { ...facts, leftEarly: true })).toMatchObject({
      stopReason: 'pulse',
      progress: { stepsDone: 1 },
      // Both sides are played left first: stopped in the first steps, it stopped on the left.
      stopSide: plan.steps[1]!.side,
    });
    expect(plan.steps[1]!.side).toBe('left');
  });

  it('ended at a safety stop with no reason given, is stopped early without a made-up reason', () => {
    const stopped = playerReducer(plan, partWay(1), { type: 'stop', now: T0 + 60_000, reason: null });
    expect(sessionInput(plan, stopped, facts)).toMatchObject({ stopReason: 'left-early', progress: { stepsDone: 1 } });
  });

  it('a routine that ran to its end is done, even if the page is left on the "after" question', () => {
    expect(sessionInput(plan, playThrough(plan), { ...facts, leftEarly: true }).stopReason).toBeNull();
  });
});

describe('stopIfSentence', () => {
  it('finishes "Stop if …" with one, two or three phrases, and says nothing without any', async () => {
    const { stopIfSentence } = await import('@renderer/features/routines/routine-meta');
    expect(stopIfSentence([])).toBeNull();
    expect(stopIfSentence(['your fingers tingle'])).toBe('Stop if your fingers tingle.');
    expect(stopIfSentence(['your fingers tingle', 'a stretch hurts sharply'])).toBe(
      'Stop if your fingers tingle or a stretch hurts sharply.',
    );
    expect(stopIfSentence(['your arm or hand tingles', 'you feel dizzy or your sight changes', 'it hurts'])).toBe(
      'Stop if your arm or hand tingles, you feel dizzy or your sight changes, or it hurts.',
    );
  });
});
