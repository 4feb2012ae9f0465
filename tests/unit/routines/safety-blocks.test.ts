/** A safety stop that sticks: which muscles and sides it holds back for the rest of the day, and the plan without pressure there. */
import { describe, expect, it } from 'vitest';
import { getRoutine } from '../../../common/domain/atlas';
import { planRoutine } from '../../../common/domain/player';
import { blockedSides, findBlock, safetyBlocksOn, type SafetyBlock } from '../../../common/domain/safety-blocks';
import type { RoutineSession } from '../../../common/domain/routine-sessions';

type Stop = Parameters<typeof safetyBlocksOn>[0][number];

function stop(over: Partial<Stop> = {}): Stop {
  return {
    routineId: 'release-upper-trapezius',
    muscles: ['upper-trapezius'],
    side: 'right',
    localDate: '2026-11-23',
    endedAt: '2026-11-23T10:32:00+01:00',
    stopReason: 'numbness-tingling',
    stopSide: 'right',
    ...over,
  };
}

describe('safetyBlocksOn', () => {
  it('holds back the muscle on the side the stop happened, for that day only', () => {
    expect(safetyBlocksOn([stop()], '2026-11-23')).toEqual([
      {
        muscle: 'upper-trapezius',
        side: 'right',
        reason: 'numbness-tingling',
        routineId: 'release-upper-trapezius',
        at: '2026-11-23T10:32:00+01:00',
      },
    ]);
    expect(safetyBlocksOn([stop()], '2026-11-24')).toEqual([]);
  });

  it('only for reasons whose advice is "not again today"', () => {
    const reasons: RoutineSession['stopReason'][] = [
      'numbness-tingling',
      'sharp-shooting',
      'dizziness',
      'pain-rising',
      'pulse',
      'other',
      'left-early',
      null,
    ];
    const held = reasons.filter((stopReason) => safetyBlocksOn([stop({ stopReason })], '2026-11-23').length > 0);
    expect(held).toEqual(['numbness-tingling', 'sharp-shooting', 'dizziness', 'pain-rising']);
  });

  it('a both-sides routine stopped on the left holds back the left only; every muscle of the routine', () => {
    const blocks = safetyBlocksOn(
      [stop({ side: 'both', stopSide: 'left', muscles: ['upper-trapezius', 'levator-scapulae'] })],
      '2026-11-23',
    );
    expect(blocks.map((b) => `${b.muscle}:${b.side}`)).toEqual(['upper-trapezius:left', 'levator-scapulae:left']);
  });

  it('holds back both sides when the side is not known, or after dizziness', () => {
    expect(blockedSides({ side: 'both', stopSide: null, stopReason: 'sharp-shooting' })).toEqual(['left', 'right']);
    expect(blockedSides({ side: null, stopSide: undefined, stopReason: 'sharp-shooting' })).toEqual(['left', 'right']);
    expect(blockedSides({ side: 'left', stopSide: null, stopReason: 'sharp-shooting' })).toEqual(['left']);
    expect(blockedSides({ side: 'right', stopSide: 'right', stopReason: 'dizziness' })).toEqual(['left', 'right']);
  });

  it('keeps the first stop of the day for a muscle and side', () => {
    const later = stop({ stopReason: 'pain-rising', endedAt: '2026-11-23T15:00:00+01:00' });
    expect(safetyBlocksOn([later, stop()], '2026-11-23').map((b) => b.reason)).toEqual(['numbness-tingling']);
  });
});

describe('findBlock and the plan', () => {
  const blocks: SafetyBlock[] = safetyBlocksOn([stop()], '2026-11-23');
  const release = getRoutine('release-upper-trapezius')!;

  it('finds the block for a side, or for either side when the routine has none', () => {
    expect(findBlock(blocks, ['upper-trapezius'], 'right')).toBe(blocks[0]);
    expect(findBlock(blocks, ['upper-trapezius'], 'left')).toBeUndefined();
    expect(findBlock(blocks, ['upper-trapezius'], null)).toBe(blocks[0]);
    expect(findBlock(blocks, ['levator-scapulae'], 'right')).toBeUndefined();
  });

  it('plans no pressure (and no finding the spot) on a blocked side; stretches still run, the other side as usual', () => {
    const right = planRoutine(release, { rounds: 1, onlySide: 'right', blocked: blocks });
    expect(right.blocks).toEqual(blocks);
    expect(right.steps.length).toBeGreaterThan(0);
    expect(right.steps.some((s) => s.kind === 'press' || s.kind === 'locate')).toBe(false);
    expect(right.pressRounds).toEqual([]);
    const left = planRoutine(release, { rounds: 1, onlySide: 'left', blocked: blocks });
    expect(left.blocks).toEqual([]);
    expect(left.steps.some((s) => s.kind === 'press')).toBe(true);
    const both = planRoutine(release, { rounds: 2, blocked: blocks });
    expect(both.steps.filter((s) => s.kind === 'press').map((s) => s.side)).toEqual(['left', 'left']);
    expect(both.pressRounds).toEqual([{ muscle: 'upper-trapezius', side: 'left', rounds: 2 }]);
  });
});
