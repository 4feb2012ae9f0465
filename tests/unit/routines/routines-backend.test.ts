import { describe, expect, it } from 'vitest';
import { getRoutine } from '../../../common/domain/atlas';
import { capKey, planRoutine } from '../../../common/domain/player';
import { rankSources } from '../../../common/domain/sources';
import type { RoutineSessionInput } from '../../../common/domain/routine-sessions';
import { appSender, countRows, openServices, sampleEntry } from '../helpers';

function session(overrides: Partial<RoutineSessionInput> = {}): RoutineSessionInput {
  return {
    routineId: 'release-upper-trapezius',
    side: 'both',
    startedAt: '2026-11-23T09:10:00+01:00',
    endedAt: '2026-11-23T09:18:00+01:00',
    rounds: 2,
    pressSeconds: 240,
    pressRounds: { left: 2, right: 2 },
    before: 6,
    after: 3,
    stopReason: null,
    ...overrides,
  };
}

describe('routine sessions', () => {
  it('stores a session with the routine’s muscles, and counts today’s pressure rounds per side', async () => {
    const s = openServices();
    const saved = await s.dispatch(appSender, 'routines:session-save', { session: session() });
    expect(saved).toMatchObject({
      ok: true,
      value: { muscles: ['upper-trapezius'], before: 6, after: 3, localDate: '2026-11-23' },
    });
    await s.dispatch(appSender, 'routines:session-save', {
      session: session({
        routineId: 'desk-neck-shoulders',
        startedAt: '2026-11-23T11:00:00+01:00',
        endedAt: '2026-11-23T11:04:00+01:00',
        pressRounds: { left: 0, right: 1 },
        stopReason: 'dizziness',
      }),
    });
    const today = await s.dispatch(appSender, 'routines:press-rounds-today', undefined);
    expect(today).toMatchObject({
      ok: true,
      value: { [capKey('upper-trapezius', 'left')]: 2, [capKey('upper-trapezius', 'right')]: 3 },
    });
    // The player leaves out what the cap no longer allows.
    const plan = planRoutine(getRoutine('release-upper-trapezius')!, {
      pressRoundsToday: today.ok ? (today.value as Record<string, number>) : {},
    });
    expect(plan.pressRounds).toEqual([
      { muscle: 'upper-trapezius', side: 'left', rounds: 2 },
      { muscle: 'upper-trapezius', side: 'right', rounds: 1 },
    ]);
    const listed = await s.dispatch(appSender, 'routines:sessions', {});
    expect(listed).toMatchObject({ ok: true, value: [{ stopReason: 'dizziness' }, { stopReason: null }] });
  });

  it('reports times done and average relief per routine', async () => {
    const s = openServices();
    await s.dispatch(appSender, 'routines:session-save', { session: session({ before: 6, after: 3 }) });
    await s.dispatch(appSender, 'routines:session-save', {
      session: session({
        before: 5,
        after: 4,
        // Tomorrow, but within a day of main's clock (09:00 on the 23rd): a logged time may not be further ahead.
        startedAt: '2026-11-24T08:00:00+01:00',
        endedAt: '2026-11-24T08:08:00+01:00',
      }),
    });
    await s.dispatch(appSender, 'routines:session-save', { session: session({ before: null, after: null }) });
    const stats = await s.dispatch(appSender, 'routines:stats', undefined);
    expect(stats).toEqual({
      ok: true,
      value: { 'release-upper-trapezius': { n: 3, meanRelief: 2, lastDoneAt: '2026-11-24T08:00:00+01:00' } },
    });
  });

  it('counts a routine stopped early (left part-way or at a safety stop) toward the cap, never as done or relief', async () => {
    const s = openServices();
    const save = (over: Partial<RoutineSessionInput>) =>
      s.dispatch(appSender, 'routines:session-save', { session: session(over) });
    await save({ before: 6, after: 4, progress: { stepsDone: 9, stepsTotal: 9 } });
    const left = await save({
      before: 7,
      after: null,
      stopReason: 'left-early',
      pressRounds: { left: 1, right: 0 },
      progress: { stepsDone: 3, stepsTotal: 9 },
      startedAt: '2026-11-23T10:00:00+01:00',
      endedAt: '2026-11-23T10:00:30+01:00',
    });
    expect(left).toMatchObject({
      ok: true,
      value: { stopReason: 'left-early', progress: { stepsDone: 3, stepsTotal: 9 } },
    });
    await save({
      after: null,
      stopReason: 'numbness-tingling',
      pressRounds: { left: 0, right: 1 },
      startedAt: '2026-11-23T11:00:00+01:00',
      endedAt: '2026-11-23T11:02:00+01:00',
    });

    expect(await s.dispatch(appSender, 'routines:stats', undefined)).toEqual({
      ok: true,
      value: { 'release-upper-trapezius': { n: 1, meanRelief: 2, lastDoneAt: '2026-11-23T09:10:00+01:00' } },
    });
    expect(await s.dispatch(appSender, 'routines:press-rounds-today', undefined)).toMatchObject({
      ok: true,
      value: { [capKey('upper-trapezius', 'left')]: 3, [capKey('upper-trapezius', 'right')]: 3 },
    });
    const report = await s.dispatch(appSender, 'report:weekly', { week: '2026-W48' });
    expect(report).toMatchObject({
      ok: true,
      value: { routines: { sessions: 1, byRoutine: [{ n: 1, meanRelief: 2 }] } },
    });
  });

  it('refuses progress past the steps planned, and a step count of 0 planned', async () => {
    const s = openServices();
    for (const progress of [
      { stepsDone: 10, stepsTotal: 9 },
      { stepsDone: 0, stepsTotal: 0 },
    ]) {
      const result = await s.dispatch(appSender, 'routines:session-save', { session: session({ progress }) });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/progress/);
    }
    expect(countRows(s, 'routine_sessions')).toBe(0);
  });

  const bad: [string, unknown, RegExp][] = [
    ['an after-rating of 11', { session: session({ after: 11 }) }, /after: must be 10 or less/],
    ['an unknown routine', { session: session({ routineId: 'release-spleen' }) }, /unknown routine "release-spleen"/],
    ['an unknown stop reason', { session: { ...session(), stopReason: 'bored' } }, /stopReason/],
    [
      'an end before the start',
      { session: session({ endedAt: '2026-11-23T09:00:00+01:00' }) },
      /endedAt: ends before it starts/,
    ],
    ['muscles sent by the page', { session: { ...session(), muscles: ['spleen'] } }, /Not saved/],
  ];
  for (const [what, args, message] of bad) {
    it(`refuses ${what} and writes nothing`, async () => {
      const s = openServices();
      const result = await s.dispatch(appSender, 'routines:session-save', args);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
      expect(countRows(s, 'routine_sessions')).toBe(0);
    });
  }
});

describe('your own routines', () => {
  const mine = {
    id: 'my-physio-neck',
    title: 'Neck routine from my physio',
    summary: 'The three moves my physio showed me.',
    kind: 'desk',
    muscles: ['levator-scapulae'],
    tools: ['none'],
    bothSides: true,
    rounds: 2,
    restBetweenRoundsSeconds: 15,
    cautions: ['Stop if your arm tingles.'],
    steps: [
      { kind: 'press', seconds: 45, text: 'Press the sore spot gently.' },
      { kind: 'stretch', seconds: 30, text: 'Look down and away.' },
    ],
  };

  it('are created, edited, deleted and restored', async () => {
    const s = openServices();
    expect(await s.dispatch(appSender, 'routines:custom-save', { routine: mine })).toMatchObject({ ok: true });
    expect(
      await s.dispatch(appSender, 'routines:custom-save', { routine: { ...mine, title: 'Physio neck, v2' } }),
    ).toMatchObject({ ok: true });
    expect(await s.dispatch(appSender, 'routines:custom-list', undefined)).toMatchObject({
      ok: true,
      value: [{ title: 'Physio neck, v2' }],
    });
    const deleted = await s.dispatch(appSender, 'routines:custom-delete', { id: mine.id });
    expect(await s.dispatch(appSender, 'routines:custom-list', undefined)).toEqual({ ok: true, value: [] });
    await s.dispatch(appSender, 'routines:custom-save', { routine: deleted.ok ? deleted.value : null });
    expect(await s.dispatch(appSender, 'routines:custom-list', undefined)).toMatchObject({
      ok: true,
      value: [{ id: mine.id }],
    });
    // Sessions of one's own routines are recorded like the built-in ones.
    expect(
      await s.dispatch(appSender, 'routines:session-save', { session: session({ routineId: mine.id }) }),
    ).toMatchObject({
      ok: true,
      value: { muscles: ['levator-scapulae'] },
    });
  });

  const invalid: [string, unknown, RegExp][] = [
    [
      'a press step of 2 minutes',
      { ...mine, steps: [{ kind: 'press', seconds: 120, text: 'Press hard.' }] },
      /press step holds for 30 to 90 seconds/,
    ],
    ['an unknown muscle', { ...mine, muscles: ['spleen'] }, /unknown muscle "spleen"/],
    [
      'an id that could clash with built-in routines',
      { ...mine, id: 'release-upper-trapezius' },
      /ids starting with "my-"/,
    ],
    ['no steps', { ...mine, steps: [] }, /steps/],
  ];
  for (const [what, routine, message] of invalid) {
    it(`refuses ${what}`, async () => {
      const s = openServices();
      const result = await s.dispatch(appSender, 'routines:custom-save', { routine });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
      expect(countRows(s, 'custom_routines')).toBe(0);
    });
  }
});

describe('possible sources and the day’s release routine', () => {
  it('ranks upper trapezius among the first possible sources of temple pain, on the same side', () => {
    const ranked = rankSources([{ region: 'temple-right', intensity: 6 }]);
    expect(ranked.slice(0, 3).map((r) => `${r.muscle}:${r.side}`)).toContain('upper-trapezius:right');
    expect(ranked.every((r) => r.side === 'right')).toBe(true);
  });

  it('returns nothing for a region no muscle in the atlas refers to', () => {
    expect(rankSources([{ region: 'heel-left', intensity: 5 }])).toEqual([]);
  });

  it('breaks ties by the person’s own relief', () => {
    const plain = rankSources([{ region: 'temple-right', intensity: 6 }]);
    const tied = plain.filter((r) => r.score === plain[0]!.score && r.matched.length === plain[0]!.matched.length);
    expect(tied.length).toBeGreaterThan(1); // several muscles can send pain to the temple
    const last = tied.at(-1)!.muscle;
    expect(rankSources([{ region: 'temple-right', intensity: 6 }], { [last]: 3 })[0]!.muscle).toBe(last);
  });

  it('suggests the release routine of the best-matching muscle from the last 7 days, else neck and shoulders', async () => {
    const s = openServices();
    expect(await s.dispatch(appSender, 'routines:suggested-release', undefined)).toMatchObject({
      ok: true,
      value: { routineId: 'desk-neck-shoulders', muscleId: null },
    });
    await s.dispatch(appSender, 'pain:add', {
      entry: sampleEntry({
        at: '2026-11-22T10:00:00+01:00',
        regions: [{ region: 'outer-elbow-right', intensity: 7, qualities: [] }],
      }),
    });
    const suggestion = await s.dispatch(appSender, 'routines:suggested-release', undefined);
    expect(suggestion).toMatchObject({
      ok: true,
      value: { side: 'right', reason: expect.stringMatching(/possible source/) },
    });
    // Pain from more than a week ago does not count.
    const s2 = openServices();
    await s2.dispatch(appSender, 'pain:add', {
      entry: sampleEntry({
        at: '2026-11-10T10:00:00+01:00',
        regions: [{ region: 'outer-elbow-right', intensity: 7, qualities: [] }],
      }),
    });
    expect(await s2.dispatch(appSender, 'routines:suggested-release', undefined)).toMatchObject({
      value: { muscleId: null },
    });
  });
});
