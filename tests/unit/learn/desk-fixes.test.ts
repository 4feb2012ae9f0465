// The workstation check as a ranked to-do list: fixes for straining answers, ranked by how much of the
// logged pain the muscles they load can account for (intensity-days of the regions covered × load).
import { describe, expect, it } from 'vitest';
import { rankDeskFixes } from '../../../common/domain/desk-fixes';
import { regionBurdens } from '../../../common/domain/region-burden';
import { getWorkstationOption } from '../../../common/domain/workstation';

const burden = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('ranking the fixes by the pain the person logged', () => {
  // Phone on the shoulder loads upper trapezius and levator scapulae (neck, temple); sitting over an hour loads
  // the low back and hips; a hard seat the buttocks. Answers that load nothing are not fixes.
  const answers = {
    phone: 'on-shoulder', // load 2
    'long-sitting': 'over-hour', // load 2
    chair: 'hard-seat', // load 1
    'screen-height': 'eye-level', // load 0
  };

  it('a neck-and-head pain week puts the phone first; low-back pain puts sitting first', () => {
    const neck = rankDeskFixes(answers, burden({ 'temple-right': 12, 'neck-angle-right': 6 }));
    expect(neck.map((f) => f.itemId)).toEqual(['phone', 'long-sitting', 'chair']);
    expect(neck[0]).toMatchObject({
      optionId: 'on-shoulder',
      load: 2,
      regions: ['temple-right', 'neck-angle-right'],
      score: (12 + 6) * 2,
    });
    // Nothing logged in the low back or hips: no score, but still listed, the heavier load first.
    expect(neck.slice(1).map((f) => [f.itemId, f.score, f.regions])).toEqual([
      ['long-sitting', 0, []],
      ['chair', 0, []],
    ]);

    const back = rankDeskFixes(answers, burden({ 'lower-back-left': 10, 'upper-buttock-left': 3 }));
    expect(back.map((f) => [f.itemId, f.score])).toEqual([
      ['long-sitting', 26], // (10 + 3) × 2
      ['chair', 13], // gluteus medius and piriformis cover both: 13 × 1
      ['phone', 0],
    ]);
  });

  it('each region counts once however many loaded muscles cover it', () => {
    // Upper trapezius and levator scapulae both cover the neck angle.
    const [fix] = rankDeskFixes({ phone: 'on-shoulder' }, burden({ 'neck-angle-left': 5 }));
    expect(fix!.score).toBe(10);
    expect(fix!.muscles.sort()).toEqual(['levator-scapulae', 'upper-trapezius']);
  });

  it('names one routine: the release for the muscle covering most pain, on the side where it was logged', () => {
    // Temple and jaw: only the upper trapezius covers them (levator scapulae does not).
    const [fix] = rankDeskFixes({ phone: 'on-shoulder' }, burden({ 'temple-left': 8, 'lower-jaw-left': 4 }));
    expect(fix).toMatchObject({
      muscles: ['upper-trapezius', 'levator-scapulae'],
      routineId: 'release-upper-trapezius',
      side: 'left',
    });
    // No logged pain it covers: atlas order, no side.
    const [none] = rankDeskFixes({ phone: 'on-shoulder' }, burden({}));
    expect(none).toMatchObject({ muscles: ['upper-trapezius', 'levator-scapulae'], side: null, score: 0 });
  });

  it('a heavier load wins a tie; answers this version does not know are left out', () => {
    const fixes = rankDeskFixes(
      { elbows: 'sometimes', 'keyboard-mouse': 'tight-grip', bag: 'one-heavy', phone: 'retired-answer' },
      burden({ 'outer-elbow-right': 4 }),
    );
    // Wrist extensors cover the outer elbow for both the elbows (load 1) and the grip (load 1): the check's order
    // breaks that tie; supraspinatus (bag, load 2) covers it too and wins.
    expect(fixes.map((f) => [f.itemId, f.score])).toEqual([
      ['bag', 8],
      ['keyboard-mouse', 4],
      ['elbows', 4],
    ]);
  });

  it('every straining answer has a short to-do, and only those', () => {
    expect(getWorkstationOption('screen-height', 'low')?.todo).toBe('Raise your screen to eye level');
    expect(getWorkstationOption('screen-height', 'eye-level')?.todo).toBeUndefined();
  });
});

describe('region burden: how often and how strongly', () => {
  it('sums each day’s average per region, so frequent pain outranks a single strong entry', () => {
    const rows = [
      { entryId: 'a', date: '2026-11-16', region: 'temple-right', intensity: 8 },
      ...['16', '17', '18', '19'].map((d, i) => ({
        entryId: `n${i}`,
        date: `2026-11-${d}`,
        region: 'neck-angle-right',
        intensity: 3,
      })),
      { entryId: 'n9', date: '2026-11-19', region: 'neck-angle-right', intensity: 5 }, // Thursday: (3 + 5) / 2
    ];
    expect(regionBurdens(rows)).toEqual([
      { region: 'neck-angle-right', mean: 3.4, max: 5, entries: 5, days: 4, burden: 13 },
      { region: 'temple-right', mean: 8, max: 8, entries: 1, days: 1, burden: 8 },
    ]);
  });
});
