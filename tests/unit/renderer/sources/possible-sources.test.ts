/** What the "Possible sources" view shows: its address, relief per muscle (as main counts it), cards and wording. */
import { describe, expect, it } from 'vitest';
import { regionList } from '@renderer/ui/body-map/names';
import {
  emptySourcesText,
  parseSourcesParams,
  possibleSources,
  reliefByMuscle,
  reliefSentence,
  sourcesParams,
} from '@renderer/features/sources/possible-sources';
import type { RoutineSessionInput } from '@common/domain/routine-sessions';
import { MUSCLES } from '@common/domain/atlas';
import { appSender, openServices } from '../../helpers';

describe('the view’s address', () => {
  it('reads an entry, or places with their ratings, and writes places back the same way', () => {
    expect(parseSourcesParams(['entry', 'abc12345'])).toEqual({ kind: 'entry', entryId: 'abc12345' });
    const query = parseSourcesParams(['temple-right~6', 'heel-left']);
    expect(query).toEqual({
      kind: 'regions',
      points: [
        { region: 'temple-right', intensity: 6 },
        { region: 'heel-left', intensity: 0 },
      ],
    });
    expect(sourcesParams(query.kind === 'regions' ? query.points : [])).toEqual(['temple-right~6', 'heel-left']);
  });

  it('drops unknown places, repeats and impossible ratings instead of failing', () => {
    expect(parseSourcesParams(['elbow-of-doom', 'temple-right~11', 'temple-right~3', 'eye-left~x'])).toEqual({
      kind: 'regions',
      points: [
        { region: 'temple-right', intensity: 0 },
        { region: 'eye-left', intensity: 0 },
      ],
    });
    expect(parseSourcesParams([])).toEqual({ kind: 'regions', points: [] });
    expect(parseSourcesParams(['entry'])).toEqual({ kind: 'regions', points: [] });
  });
});

function session(overrides: Partial<RoutineSessionInput>): RoutineSessionInput {
  return {
    routineId: 'release-upper-trapezius',
    side: 'right',
    startedAt: '2026-11-23T09:10:00+01:00',
    endedAt: '2026-11-23T09:18:00+01:00',
    rounds: 2,
    pressSeconds: 240,
    pressRounds: { left: 0, right: 2 },
    before: 6,
    after: 3,
    stopReason: null,
    ...overrides,
  };
}

describe('relief per muscle', () => {
  it('averages before − after over rated sessions of every routine that works the muscle', () => {
    const relief = reliefByMuscle([
      { muscles: ['upper-trapezius'], before: 6, after: 3, stopReason: null },
      { muscles: ['upper-trapezius', 'levator-scapulae'], before: 5, after: 4, stopReason: null },
      { muscles: ['upper-trapezius'], before: null, after: 2, stopReason: null },
      { muscles: ['levator-scapulae'], before: 3, after: 5, stopReason: null },
      // Stopped early (left part-way, or a safety stop): never counted as relief, whatever its ratings.
      { muscles: ['upper-trapezius'], before: 9, after: 0, stopReason: 'left-early' },
      { muscles: ['levator-scapulae'], before: 9, after: 0, stopReason: 'pulse' },
    ]);
    expect(relief).toEqual({
      'upper-trapezius': { relief: 2, sessions: 2 },
      'levator-scapulae': { relief: -0.5, sessions: 2 },
    });
  });

  it('agrees with main’s own figure (the one behind the day’s suggested routine)', async () => {
    const s = openServices();
    const saves = [
      session({ before: 6, after: 3 }),
      session({ before: 5, after: 5, startedAt: '2026-11-20T09:00:00+01:00', endedAt: '2026-11-20T09:05:00+01:00' }),
      session({
        before: null,
        after: null,
        startedAt: '2026-11-21T09:00:00+01:00',
        endedAt: '2026-11-21T09:05:00+01:00',
      }),
      session({
        before: 8,
        after: 1,
        stopReason: 'left-early',
        progress: { stepsDone: 2, stepsTotal: 9 },
        startedAt: '2026-11-19T09:00:00+01:00',
        endedAt: '2026-11-19T09:02:00+01:00',
      }),
      session({
        routineId: 'desk-neck-shoulders',
        side: null,
        pressRounds: { left: 0, right: 0 },
        before: 4,
        after: 2,
        startedAt: '2026-11-22T09:00:00+01:00',
        endedAt: '2026-11-22T09:05:00+01:00',
      }),
    ];
    for (const one of saves) {
      expect(await s.dispatch(appSender, 'routines:session-save', { session: one })).toMatchObject({ ok: true });
    }
    const listed = await s.dispatch(appSender, 'routines:sessions', { limit: 5000 });
    if (!listed.ok) throw new Error('routines:sessions failed');
    const ours = reliefByMuscle(listed.value as Parameters<typeof reliefByMuscle>[0]);
    const mains = s.transfer.routines.reliefByMuscle();
    expect(Object.keys(ours).sort()).toEqual(Object.keys(mains).sort());
    expect(Object.keys(mains).length).toBeGreaterThan(1);
    // 6 → 3, 5 → 5 and the neck-and-shoulders routine's 4 → 2; the session left part-way (8 → 1) is not relief.
    expect(mains['upper-trapezius']).toBeCloseTo(5 / 3, 10);
    for (const [muscle, relief] of Object.entries(mains)) expect(ours[muscle]!.relief).toBeCloseTo(relief, 10);
  });
});

describe('the ranked cards', () => {
  it('offers each muscle with its side, matched places and release routine, best match first', () => {
    const cards = possibleSources([
      { region: 'temple-right', intensity: 6 },
      { region: 'neck-angle-right', intensity: 4 },
    ]);
    expect(cards.length).toBeGreaterThan(1);
    expect(cards[0]).toMatchObject({
      muscleId: 'upper-trapezius',
      name: 'Upper trapezius',
      side: 'right',
      matched: ['temple-right', 'neck-angle-right'],
      routineId: 'release-upper-trapezius',
      relief: null,
    });
    // Pain on the right only: every possible source is on the right (no midline place was marked).
    expect(cards.every((c) => c.side === 'right')).toBe(true);
    expect(cards.every((c) => c.routineId === `release-${c.muscleId}`)).toBe(true);
  });

  it('breaks ties by the person’s own relief', () => {
    const temple = [{ region: 'temple-right', intensity: 6 }];
    const plain = possibleSources(temple);
    const last = plain[plain.length - 1]!;
    expect(last.muscleId).not.toBe(plain[0]!.muscleId);
    const withRelief = possibleSources(temple, { [last.muscleId]: { relief: 3, sessions: 2 } });
    expect(withRelief[0]).toMatchObject({ muscleId: last.muscleId, relief: { relief: 3, sessions: 2 } });
    // A routine that made things worse never lifts a muscle above one with no history.
    const worse = possibleSources(temple, { [plain[0]!.muscleId]: { relief: -2, sessions: 1 } });
    expect(worse[worse.length - 1]!.muscleId).toBe(plain[0]!.muscleId);
  });

  it('finds nothing for a place no muscle in the atlas refers to, and explains it kindly', () => {
    expect(possibleSources([{ region: 'heel-left', intensity: 5 }])).toEqual([]);
    const text = emptySourcesText([{ region: 'heel-left', intensity: 5 }]);
    expect(text.title).toBe('No muscle in Unknot’s atlas is known to send pain to Heel (your left).');
    expect(text.body).toContain(`${MUSCLES.length} muscles`);
    expect(text.body).toMatch(/doctor or physical therapist/);
    expect(emptySourcesText([]).title).toBe('Mark where it hurts to see possible sources.');
  });
});

describe('wording', () => {
  it('says the person’s relief in about-points, and nothing when there is none', () => {
    expect(reliefSentence(null)).toBeNull();
    expect(reliefSentence({ relief: 2.2, sessions: 3 })).toBe(
      'Its routines have helped you by about 2 points (3 rated sessions).',
    );
    expect(reliefSentence({ relief: 1.3, sessions: 1 })).toBe(
      'Its routines have helped you by about 1.5 points (1 rated session).',
    );
    expect(reliefSentence({ relief: 0.9, sessions: 2 })).toBe(
      'Its routines have helped you by about 1 point (2 rated sessions).',
    );
    expect(reliefSentence({ relief: 0.1, sessions: 2 })).toMatch(/little difference/);
    expect(reliefSentence({ relief: -1.5, sessions: 2 })).toMatch(/about 1.5 points higher .* Go gently/);
  });

  it('never calls a muscle the cause, and lists places in plain words', () => {
    const all = [
      emptySourcesText([]),
      emptySourcesText([{ region: 'heel-left', intensity: 1 }]),
      ...[-2, 0, 2].map((relief) => ({ title: reliefSentence({ relief, sessions: 1 }) ?? '', body: '' })),
    ];
    for (const t of all) expect(`${t.title} ${t.body}`).not.toMatch(/\bcause|diagnos/i);
    expect(regionList(['temple-right', 'eye-right', 'sternum'])).toBe(
      'Temple (your right), Eye and eye socket (your right) and Breastbone',
    );
  });
});
