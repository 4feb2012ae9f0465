/**
 * "Possible sources" for pain at the knot itself (issue 16 #7): the four desk
 * complaints that found no muscle when ranking used referral zones only, the
 * weaker weight of a knot site, and the addendum (h) muscles that now reach
 * regions no muscle reached before.
 */
import { describe, expect, it } from 'vitest';
import { KNOT_SITE_WEIGHT, rankSources, type PossibleSource } from '../../../common/domain/sources';
import { runCli } from '../../../main/cli/index';

const at = (region: string, intensity = 5) => rankSources([{ region, intensity }]);
const ids = (sources: PossibleSource[]) => sources.map((s) => `${s.muscle}:${s.side}`);

describe('pain at the knot itself', () => {
  it('top of the shoulder: the middle and lower trapezius refer there; upper trapezius and supraspinatus sit there', () => {
    const sources = at('top-of-shoulder-right');
    const list = ids(sources);
    // Muscles that send pain there come first, then those whose knots sit there (a weaker match).
    expect(list.slice(0, 2).sort()).toEqual(['lower-trapezius:right', 'middle-trapezius:right']);
    expect(list).toEqual(expect.arrayContaining(['upper-trapezius:right', 'supraspinatus:right']));
    const trap = sources.find((s) => s.muscle === 'upper-trapezius')!;
    expect(trap).toMatchObject({ matched: [], atKnot: ['top-of-shoulder-right'], score: 5 * KNOT_SITE_WEIGHT });
    const middle = sources.find((s) => s.muscle === 'middle-trapezius')!;
    expect(middle).toMatchObject({ matched: ['top-of-shoulder-right'], atKnot: [], score: 5 });
    // Only the right side: a left-side muscle does not reach the right shoulder.
    expect(sources.every((s) => s.side === 'right')).toBe(true);
  });

  it('the mid-back beside the spine: the long back muscles and the multifidi', () => {
    const beside = ids(at('mid-back-left'));
    expect(beside[0]).toBe('iliocostalis-thoracis:left'); // refers there as well as sitting there
    expect(beside).toEqual(
      expect.arrayContaining(['multifidi:left', 'lumbar-paraspinals:left', 'lower-trapezius:left']),
    );
    // On the spine itself (midline): both sides of the muscles that refer to it.
    const spine = ids(at('mid-back-spine'));
    expect(spine).toEqual(
      expect.arrayContaining([
        'middle-trapezius:left',
        'middle-trapezius:right',
        'iliocostalis-thoracis:left',
        'multifidi:right',
      ]),
    );
  });

  it('the lower tip of the shoulder blade: iliocostalis thoracis and the multifidi', () => {
    const list = ids(at('shoulder-blade-tip-right'));
    expect(list.slice(0, 2).sort()).toEqual(['iliocostalis-thoracis:right', 'multifidi:right']);
  });

  it('the palm-side wrist: the wrist and finger flexors', () => {
    const list = ids(at('wrist-palm-side-left'));
    expect(list.slice(0, 2).sort()).toEqual(['finger-flexors:left', 'wrist-flexors:left']);
  });

  it('a referral match outranks a knot site at the same intensity, and intensity still counts', () => {
    // Forearm, palm side: the scalenes, infraspinatus and pectorals refer there; the flexors sit there.
    const list = rankSources([{ region: 'forearm-palm-side-right', intensity: 6 }]);
    const firstKnot = list.findIndex((s) => s.matched.length === 0);
    expect(firstKnot).toBeGreaterThan(0);
    expect(list.slice(firstKnot).every((s) => s.matched.length === 0)).toBe(true);
    expect(list.slice(firstKnot).map((s) => s.muscle)).toEqual(
      expect.arrayContaining(['wrist-flexors', 'finger-flexors']),
    );
    // A knot site at 8 outweighs a referral zone at 3.
    const mixed = rankSources([
      { region: 'top-of-shoulder-right', intensity: 8 },
      { region: 'outer-elbow-right', intensity: 3 },
    ]);
    const top = (muscle: string) => mixed.findIndex((s) => s.muscle === muscle && s.side === 'right');
    expect(top('upper-trapezius')).toBeLessThan(top('wrist-extensors'));
  });

  it('`unknot sources` answers for those places, naming knot-site matches', async () => {
    for (const region of [
      'top-of-shoulder-right',
      'mid-back-left',
      'shoulder-blade-tip-left',
      'wrist-palm-side-right',
    ]) {
      const out: string[] = [];
      expect(await runCli(['sources', '--region', region], (l) => out.push(l)), region).toBe(0);
      const result = JSON.parse(out.join('\n'));
      expect(result.sources.length, region).toBeGreaterThan(0);
      expect(result.note, region).toMatch(/Possible sources, not a diagnosis/);
    }
    const out: string[] = [];
    await runCli(['sources', '--region', 'top-of-shoulder-left'], (l) => out.push(l));
    expect(JSON.parse(out.join('\n')).sources).toContainEqual(
      expect.objectContaining({
        muscle: 'upper-trapezius',
        side: 'left',
        matched: [],
        atKnot: ['top-of-shoulder-left'],
      }),
    );
  });

  it('still says plainly when no muscle is known for a place', () => {
    expect(at('heel-left')).toEqual([]);
    expect(at('top-of-foot-right')).toEqual([]);
  });
});
