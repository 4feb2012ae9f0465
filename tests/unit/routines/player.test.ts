/** The routine player's state machine on a fake clock: rounds, sides, pause, skip, daily cap, safety stop. */
import { describe, expect, it } from 'vitest';
import { routineSchema, type Routine } from '../../../common/domain/content';
import {
  STOP_FOR_TODAY,
  canContinueAfter,
  capKey,
  completedPressRounds,
  initialPlayerState,
  planRoutine,
  playerReducer,
  stepRemainingMs,
  type PlayerAction,
  type PlayerPlan,
  type PlayerState,
} from '../../../common/domain/player';

const routine: Routine = routineSchema.parse({
  id: 'release-test-muscle',
  title: 'Test release',
  summary: 'A routine for the tests.',
  kind: 'release',
  muscles: ['upper-trapezius'],
  tools: ['hands'],
  bothSides: true,
  rounds: 2,
  restBetweenRoundsSeconds: 20,
  steps: [
    { kind: 'locate', seconds: 20, text: 'Find the tender spot.' },
    { kind: 'press', seconds: 60, text: 'Press steadily, about 5 of 10.' },
    { kind: 'stretch', seconds: 30, text: 'Stretch gently.' },
  ],
});

function play(plan: PlayerPlan, actions: [number, PlayerAction['type'], ...unknown[]][]): PlayerState {
  let state = initialPlayerState();
  for (const [now, type, reason] of actions) {
    state = playerReducer(plan, state, { type, now, reason } as PlayerAction);
  }
  return state;
}

describe('planning a routine', () => {
  it('runs each side in turn, two rounds each, with rest between rounds', () => {
    const plan = planRoutine(routine);
    expect(plan.steps.map((s) => `${s.side}:${s.round}:${s.kind}`)).toEqual([
      'left:1:locate',
      'left:1:press',
      'left:1:stretch',
      'left:2:rest',
      'left:2:locate',
      'left:2:press',
      'left:2:stretch',
      'right:1:locate',
      'right:1:press',
      'right:1:stretch',
      'right:2:rest',
      'right:2:locate',
      'right:2:press',
      'right:2:stretch',
    ]);
    expect(plan.pressRounds).toEqual([
      { muscle: 'upper-trapezius', side: 'left', rounds: 2 },
      { muscle: 'upper-trapezius', side: 'right', rounds: 2 },
    ]);
    expect(plan.notices).toEqual([]);
  });

  it('honours the chosen number of rounds and a single side', () => {
    const plan = planRoutine(routine, { rounds: 1, onlySide: 'right' });
    expect(plan.steps.map((s) => `${s.side}:${s.kind}`)).toEqual(['right:locate', 'right:press', 'right:stretch']);
  });

  it('enforces the daily cap of 4 pressure rounds per muscle and side, with a clear message', () => {
    const plan = planRoutine(routine, {
      pressRoundsToday: { [capKey('upper-trapezius', 'right')]: 4, [capKey('upper-trapezius', 'left')]: 3 },
    });
    expect(plan.pressRounds).toEqual([{ muscle: 'upper-trapezius', side: 'left', rounds: 1 }]);
    // Left: one round left today. Right: no pressure, only the stretch.
    expect(plan.steps.map((s) => `${s.side}:${s.kind}`)).toEqual([
      'left:locate',
      'left:press',
      'left:stretch',
      'right:stretch',
    ]);
    expect(plan.notices.map((n) => n.message)).toEqual([
      'You have done 3 rounds of pressure on your left side today, so this time there is 1 round instead of 2.',
      'You have already done 4 rounds of pressure on your right side today, the most Unknot suggests in one day. Give it a rest until tomorrow; gentle stretching is still fine.',
    ]);
  });
});

describe('the player', () => {
  const plan = planRoutine(routine, { rounds: 1 });

  it('counts each step down and moves on by itself, to done', () => {
    let s = play(plan, [[0, 'start']]);
    expect(stepRemainingMs(plan, s, 5_000)).toBe(15_000);
    s = playerReducer(plan, s, { type: 'tick', now: 20_000 });
    expect(s.index).toBe(1);
    s = playerReducer(plan, s, { type: 'tick', now: 300_000 }); // a late tick crosses every remaining step
    expect(s).toMatchObject({ status: 'done', pressMs: 120_000, endedAtMs: 220_000 });
  });

  it('pause freezes the countdown; resume continues where it was', () => {
    const s = play(plan, [
      [0, 'start'],
      [30_000, 'toggle-pause'], // 10 s into the press
      [90_000, 'toggle-pause'],
    ]);
    expect(s.status).toBe('running');
    expect(s.index).toBe(1);
    expect(stepRemainingMs(plan, s, 100_000)).toBe(40_000);
  });

  it('skip moves to the next step and counts only the pressure actually held', () => {
    const s = play(plan, [
      [0, 'start'],
      [35_000, 'skip'], // 15 s into the press
    ]);
    expect(s.index).toBe(2);
    expect(s.pressMs).toBe(15_000);
    expect(stepRemainingMs(plan, s, 35_000)).toBe(30_000);
  });

  it('the safety stop freezes time at once, can be cancelled, and records its reason', () => {
    let s = play(plan, [
      [0, 'start'],
      [40_000, 'ask-stop'],
    ]);
    expect(s.status).toBe('stopping');
    expect(stepRemainingMs(plan, s, 99_000)).toBe(40_000);
    s = playerReducer(plan, s, { type: 'cancel-stop', now: 50_000 });
    expect(s.status).toBe('running');
    s = playerReducer(plan, s, { type: 'ask-stop', now: 60_000 });
    s = playerReducer(plan, s, { type: 'stop', now: 61_000, reason: 'numbness-tingling' });
    expect(s).toMatchObject({ status: 'stopped', stopReason: 'numbness-tingling', pressMs: 30_000, endedAtMs: 61_000 });
    expect(playerReducer(plan, s, { type: 'tick', now: 500_000 })).toBe(s);
  });

  it('does not go on after a reason whose advice is "not again today"; other reasons leave it to the person', () => {
    const stopping = play(plan, [
      [0, 'start'],
      [40_000, 'ask-stop'],
    ]);
    for (const reason of ['numbness-tingling', 'sharp-shooting', 'dizziness', 'pain-rising'] as const) {
      expect(canContinueAfter(reason)).toBe(false);
      expect(playerReducer(plan, stopping, { type: 'cancel-stop', now: 50_000, reason })).toBe(stopping);
    }
    for (const reason of ['pulse', 'other', null] as const) {
      expect(canContinueAfter(reason)).toBe(true);
      expect(playerReducer(plan, stopping, { type: 'cancel-stop', now: 50_000, reason }).status).toBe('running');
    }
    expect(STOP_FOR_TODAY).toEqual(['numbness-tingling', 'sharp-shooting', 'dizziness', 'pain-rising']);
  });

  it('ends at a safety stop with no reason given, and records none', () => {
    const s = playerReducer(
      plan,
      play(plan, [
        [0, 'start'],
        [40_000, 'ask-stop'],
      ]),
      { type: 'stop', now: 41_000, reason: null },
    );
    expect(s).toMatchObject({ status: 'stopped', stopReason: null, endedAtMs: 41_000 });
  });

  it('counts completed pressure rounds per side for the cap', () => {
    const both = planRoutine(routine);
    let s = play(both, [[0, 'start']]);
    s = playerReducer(both, s, { type: 'tick', now: (20 + 60 + 30 + 20 + 20) * 1000 }); // into left round 2's press
    expect(completedPressRounds(both, s)).toEqual([{ side: 'left', rounds: 2 }]);
    s = playerReducer(both, s, { type: 'tick', now: 10_000_000 });
    expect(completedPressRounds(both, s)).toEqual([
      { side: 'left', rounds: 2 },
      { side: 'right', rounds: 2 },
    ]);
  });
});
