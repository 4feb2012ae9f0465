/** The quick log's rules: quality words before look-alike places, which place a digit rates, no unrated save. */
import { describe, expect, it } from 'vitest';
import { checkSave, completions, digitTargetIndex, type Chosen } from '@renderer/features/quick-log/quick-log-model';

const place = (region: string, label: string, intensity: number | null = null): Chosen => ({
  region,
  label,
  intensity,
  qualities: [],
});
const temple = place('temple-left', 'Temple (your left)');

describe('completions', () => {
  it('with nothing chosen yet, offers places only ("thro" is the throat)', () => {
    expect(completions('thro', []).map((c) => c.kind)).toEqual(['region', 'region']);
    expect(completions('thro', [])[0]).toMatchObject({ kind: 'region', id: 'throat-left' });
  });

  it('once a place is chosen, a word that starts a quality comes first ("thro" is throbbing)', () => {
    const options = completions('thro', [temple]);
    expect(options[0]).toEqual({ kind: 'quality', id: 'throbbing', label: 'throbbing' });
    // The throat is still there, below, for whoever meant it.
    expect(options.slice(1).map((o) => o.id)).toEqual(['throat-left', 'throat-right']);
  });

  it('leaves out places already chosen, and offers no quality for one letter', () => {
    expect(completions('temple', [temple]).map((o) => o.id)).toEqual(['temple-right']);
    expect(completions('t', [temple]).every((o) => o.kind === 'region')).toBe(true);
  });
});

describe('digitTargetIndex', () => {
  it('is -1 with nothing chosen', () => {
    expect(digitTargetIndex([])).toBe(-1);
  });

  it('rates the first place still waiting for its number, else the last one chosen', () => {
    const neck = place('neck-angle-right', 'Where neck meets shoulder (your right)', 4);
    expect(digitTargetIndex([temple, neck])).toBe(0);
    expect(digitTargetIndex([{ ...temple, intensity: 2 }, neck])).toBe(1);
  });

  it('keeps rating the place the digit just before went to, so "1" "0" makes 10 there', () => {
    const neck = place('neck-angle-right', 'Where neck meets shoulder (your right)');
    expect(digitTargetIndex([{ ...temple, intensity: 1 }, neck], 'temple-left')).toBe(0);
    // A place since taken out no longer counts.
    expect(digitTargetIndex([neck], 'temple-left')).toBe(0);
  });
});

describe('checkSave', () => {
  it('asks for a place first', () => {
    expect(checkSave([])).toMatchObject({ ok: false, unrated: null });
  });

  it('never saves a place nobody rated: it names the first one', () => {
    expect(checkSave([{ ...temple, qualities: ['throbbing'] }])).toEqual({
      ok: false,
      message: 'How strong is it in Temple (your left)? Type a number from 0 to 10.',
      unrated: 0,
    });
  });

  it('saves exactly the numbers typed, 0 included', () => {
    expect(checkSave([{ ...temple, intensity: 0, qualities: ['throbbing'] }])).toEqual({
      ok: true,
      regions: [{ region: 'temple-left', intensity: 0, qualities: ['throbbing'] }],
    });
  });
});
