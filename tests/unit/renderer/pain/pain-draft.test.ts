/** The pain form's places while picked: unrated until rated, never saved with a rating nobody gave. */
import { describe, expect, it } from 'vitest';
import {
  addRegion,
  digitTarget,
  draftFromEntry,
  firstUnrated,
  rateRegion,
  regionsToSave,
  toggleQuality,
  toggleRegion,
} from '@renderer/features/pain/pain-draft';

describe('picking places', () => {
  it('adds a place with no rating, and a second toggle takes it out again', () => {
    const one = toggleRegion([], 'temple-right');
    expect(one).toEqual([{ region: 'temple-right', intensity: null, qualities: [] }]);
    expect(toggleRegion(one, 'temple-right')).toEqual([]);
  });

  it('adding by name never takes a place out, and never touches its rating', () => {
    const rated = rateRegion(addRegion([], 'neck-angle-right'), 'neck-angle-right', 6);
    expect(addRegion(rated, 'neck-angle-right')).toEqual(rated);
  });

  it('a place taken out and picked again starts unrated, not with its old rating', () => {
    const rated = rateRegion(toggleRegion([], 'calf-left'), 'calf-left', 8);
    const again = toggleRegion(toggleRegion(rated, 'calf-left'), 'calf-left');
    expect(again[0]!.intensity).toBeNull();
  });

  it('rates only the place named, and refuses a rating off the 0–10 scale', () => {
    const draft = toggleRegion(toggleRegion([], 'temple-left'), 'temple-right');
    expect(rateRegion(draft, 'temple-right', 0).map((r) => r.intensity)).toEqual([null, 0]);
    expect(() => rateRegion(draft, 'temple-right', 11)).toThrow(RangeError);
    expect(() => rateRegion(draft, 'temple-right', 2.5)).toThrow(RangeError);
  });

  it('keeps quality words in the vocabulary’s order', () => {
    let draft = toggleRegion([], 'temple-right');
    draft = toggleQuality(draft, 'temple-right', 'throbbing');
    draft = toggleQuality(draft, 'temple-right', 'aching');
    expect(draft[0]!.qualities).toEqual(['aching', 'throbbing']);
    expect(toggleQuality(draft, 'temple-right', 'aching')[0]!.qualities).toEqual(['throbbing']);
  });
});

describe('saving', () => {
  it('is refused while a place is unrated, naming the first one picked', () => {
    let draft = toggleRegion([], 'lower-jaw-right');
    draft = toggleRegion(draft, 'forehead-left');
    draft = toggleRegion(draft, 'temple-left');
    draft = rateRegion(draft, 'lower-jaw-right', 4);
    expect(firstUnrated(draft)?.region).toBe('forehead-left');
    expect(regionsToSave(draft)).toEqual({ ok: false, unrated: 'forehead-left' });
  });

  it('saves exactly the ratings given, 0 included', () => {
    let draft = toggleRegion(toggleRegion([], 'lower-jaw-right'), 'forehead-left');
    draft = rateRegion(rateRegion(draft, 'lower-jaw-right', 4), 'forehead-left', 0);
    expect(regionsToSave(draft)).toEqual({
      ok: true,
      regions: [
        { region: 'lower-jaw-right', intensity: 4, qualities: [] },
        { region: 'forehead-left', intensity: 0, qualities: [] },
      ],
    });
  });

  it('an entry being edited starts with its saved ratings', () => {
    const draft = draftFromEntry([{ region: 'temple-right', intensity: 6, qualities: ['aching'] }]);
    expect(regionsToSave(draft)).toEqual({
      ok: true,
      regions: [{ region: 'temple-right', intensity: 6, qualities: ['aching'] }],
    });
  });
});

describe('a digit in the "find a place" box', () => {
  it('rates the best match of what is typed, adding it first', () => {
    expect(digitTarget('jaw right', 'lower-jaw-right', 'temple-left')).toEqual({
      region: 'lower-jaw-right',
      add: true,
    });
  });

  it('with the box empty, rates the place just added', () => {
    expect(digitTarget('', undefined, 'lower-jaw-right')).toEqual({ region: 'lower-jaw-right', add: false });
    expect(digitTarget('  ', undefined, 'lower-jaw-right')).toEqual({ region: 'lower-jaw-right', add: false });
  });

  it('rates nothing when nothing matches or nothing was added', () => {
    expect(digitTarget('elbow of doom', undefined, 'lower-jaw-right')).toBeNull();
    expect(digitTarget('', undefined, null)).toBeNull();
  });
});
