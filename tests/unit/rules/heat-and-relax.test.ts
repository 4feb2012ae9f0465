/** Heat as an optional warm-up, and the relaxation routine (issue 16 #9, REFERENCE-ADDENDUM (j)). */
import { describe, expect, it } from 'vitest';
import { ROUTINES, getRoutine } from '../../../common/domain/atlas';
import { HEAT_CAUTIONS, WARM_UP_SECONDS, offersWarmUp } from '../../../common/domain/heat';
import { planRoutine } from '../../../common/domain/player';

describe('warm-up with heat', () => {
  it('puts one warm step first when asked, whatever the sides, and nothing otherwise', () => {
    const trap = getRoutine('release-upper-trapezius')!;
    const plain = planRoutine(trap);
    const warm = planRoutine(trap, { warmUp: true });
    expect(plain.steps.some((s) => s.kind === 'warm')).toBe(false);
    expect(warm.steps[0]).toMatchObject({ kind: 'warm', seconds: WARM_UP_SECONDS, side: null });
    expect(warm.steps.filter((s) => s.kind === 'warm')).toHaveLength(1);
    expect(warm.steps.slice(1)).toEqual(plain.steps);
    // It never counts as pressure.
    expect(warm.pressRounds).toEqual(plain.pressRounds);
  });

  it('lasts 10 to 20 minutes, as health services suggest, and says comfortably warm, a towel, and skin checks', () => {
    expect(WARM_UP_SECONDS).toBeGreaterThanOrEqual(600);
    expect(WARM_UP_SECONDS).toBeLessThanOrEqual(1200);
    const step = planRoutine(getRoutine('release-rhomboids')!, { warmUp: true }).steps[0]!;
    expect(step.text).toMatch(/never hot/);
    expect(step.text).toMatch(/towel/);
    expect(step.text).toMatch(/skin every five minutes/);
  });

  it('is offered only before routines that press, with when not to use it', () => {
    const offered = ROUTINES.filter(offersWarmUp).map((r) => r.kind);
    expect(new Set(offered)).toEqual(new Set(['release', 'desk']));
    const cautions = HEAT_CAUTIONS.join(' ');
    for (const words of [
      /fresh injury/,
      /swollen, red or hot/,
      /broken skin/,
      /numb/,
      /poor circulation/,
      /heart/,
      /pregnancy/,
      /sleep/,
    ]) {
      expect(cautions).toMatch(words);
    }
  });
});

describe('the relaxation routine', () => {
  it('is a few minutes of slow breathing for stress and clenching, with no pressure and its stop signs', () => {
    const relax = getRoutine('relax-breathe-unclench')!;
    expect(relax.kind).toBe('relax');
    const seconds = planRoutine(relax).steps.reduce((sum, s) => sum + s.seconds, 0);
    expect(seconds).toBeGreaterThanOrEqual(120);
    expect(seconds).toBeLessThanOrEqual(300);
    expect(relax.steps.some((s) => s.kind === 'press')).toBe(false);
    expect(relax.steps.filter((s) => s.kind === 'breathe').length).toBeGreaterThanOrEqual(2);
    expect(relax.muscles).toEqual(expect.arrayContaining(['masseter', 'temporalis']));
    expect(relax.steps.map((s) => s.text).join(' ')).toMatch(/lips together, teeth apart/);
    expect(relax.stopIf.join(' ')).toMatch(/dizzy/);
  });
});
