/** The pain form's pure rules: the 0–10 scale's keys, finding places by name, usual places, and when advice shows. */
import { describe, expect, it } from 'vitest';
import { TWO_DIGIT_WINDOW_MS, intensityForKey } from '@renderer/ui/intensity-keys';
import { frequentRegions, matchRegions } from '@renderer/lib/region-search';
import { adviceForSavedEntry, weaknessReported } from '@renderer/features/pain/pain-advice';
import { BODY_REGIONS, regionDisplayName } from '@common/domain/body-regions';
import { sampleCheckin } from '../../helpers';

describe('the intensity scale’s keys', () => {
  it('sets a digit at once, and "1" then "0" in quick succession makes 10', () => {
    const six = intensityForKey('6', 5, null, 1000);
    expect(six).toEqual({ value: 6, memory: { digit: 6, atMs: 1000 } });
    const one = intensityForKey('1', 6, null, 2000)!;
    expect(one.value).toBe(1);
    expect(intensityForKey('0', one.value, one.memory, 2000 + TWO_DIGIT_WINDOW_MS)).toEqual({
      value: 10,
      memory: null,
    });
  });

  it('reads a slow "0" after "1", or "0" after another digit, as 0', () => {
    const one = intensityForKey('1', 6, null, 2000)!;
    expect(intensityForKey('0', 1, one.memory, 2001 + TWO_DIGIT_WINDOW_MS)!.value).toBe(0);
    const two = intensityForKey('2', 6, null, 2000)!;
    expect(intensityForKey('0', 2, two.memory, 2100)!.value).toBe(0);
    // After 10 the memory is spent: another "0" is 0, not 100.
    expect(intensityForKey('0', 10, null, 2200)!.value).toBe(0);
  });

  it('steps with arrows and Page keys, jumps with Home/End, and stays within 0–10', () => {
    expect(intensityForKey('ArrowRight', 5, null, 0)!.value).toBe(6);
    expect(intensityForKey('ArrowUp', 10, null, 0)!.value).toBe(10);
    expect(intensityForKey('ArrowLeft', 5, null, 0)!.value).toBe(4);
    expect(intensityForKey('ArrowDown', 0, null, 0)!.value).toBe(0);
    expect(intensityForKey('PageUp', 9, null, 0)!.value).toBe(10);
    expect(intensityForKey('PageDown', 5, null, 0)!.value).toBe(3);
    expect(intensityForKey('Home', 7, null, 0)!.value).toBe(0);
    expect(intensityForKey('End', 2, null, 0)!.value).toBe(10);
    // No rating yet: steps start from 0.
    expect(intensityForKey('ArrowRight', Number.NaN, null, 0)!.value).toBe(1);
  });

  it('leaves every other key alone (Tab, Enter, letters)', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape', '-']) expect(intensityForKey(key, 5, null, 0)).toBeNull();
  });
});

describe('finding places by name', () => {
  const names = (query: string) => matchRegions(query, BODY_REGIONS.length).map((r) => regionDisplayName(r.id));

  it('matches every typed word in the name, on either side', () => {
    expect(names('temple')).toEqual(['Temple (your left)', 'Temple (your right)']);
    expect(names('temple right')).toEqual(['Temple (your right)']);
    expect(names('WRIST palm left')).toEqual(['Wrist, palm side (your left)']);
  });

  it('lists names that start with the first word before names that merely contain it', () => {
    const found = names('shoulder');
    const firstContaining = found.findIndex((n) => !n.toLowerCase().startsWith('shoulder'));
    expect(firstContaining).toBeGreaterThan(0);
    expect(found.slice(firstContaining).every((n) => !n.toLowerCase().startsWith('shoulder'))).toBe(true);
    expect(found).toContain('Where neck meets shoulder (your right)');
  });

  it('finds nothing for an empty query or a name that is not there', () => {
    expect(matchRegions('   ')).toEqual([]);
    expect(matchRegions('elbow of doom')).toEqual([]);
  });
});

describe('usual places', () => {
  const entry = (...regions: string[]) => ({
    regions: regions.map((region) => ({ region, intensity: 4, qualities: [] })),
  });

  it('puts the most logged first, ties to the most recent (entries come newest first)', () => {
    const entries = [
      entry('temple-right'),
      entry('neck-angle-right', 'calf-left'),
      entry('neck-angle-right'),
      entry('calf-left'),
    ];
    expect(frequentRegions(entries)).toEqual(['neck-angle-right', 'calf-left', 'temple-right']);
  });

  it('looks only at the latest entries and returns at most the limit', () => {
    const entries = [entry('temple-right'), entry('eye-right'), entry('calf-left'), entry('calf-left')];
    expect(frequentRegions(entries, 2)).toEqual(['calf-left', 'temple-right']);
    expect(frequentRegions(entries, 6, 2)).toEqual(['temple-right', 'eye-right']);
    expect(frequentRegions([])).toEqual([]);
  });
});

describe('red-flag advice after saving an entry', () => {
  const numbHand = {
    note: 'hand went numb at the keyboard',
    regions: [{ region: 'back-of-hand-right', intensity: 3, qualities: ['numb' as const] }],
  };

  it('reads weakness from that day’s check-in', () => {
    expect(weaknessReported(null)).toBe(false);
    expect(weaknessReported(sampleCheckin())).toBe(false);
    expect(weaknessReported(sampleCheckin({ warningSigns: ['weakness-clumsiness'] }))).toBe(true);
    expect(adviceForSavedEntry(numbHand, sampleCheckin({ warningSigns: ['weakness-clumsiness'] }))).toMatchObject({
      tier: 'soon',
      title: 'Numbness or tingling with weakness',
    });
  });

  it('reads weakness from the note, with or without a check-in', () => {
    const weakNote = { ...numbHand, note: 'numb and my grip is weak' };
    expect(adviceForSavedEntry(weakNote, null)?.message).toMatch(/see a doctor or physical therapist/);
    expect(adviceForSavedEntry(weakNote, undefined)).not.toBeNull();
  });

  it('gives next-visit advice for numbness without weakness, none for weakness without numbness or tingling', () => {
    expect(adviceForSavedEntry(numbHand, sampleCheckin())).toMatchObject({ tier: 'next-visit' });
    const achingWeak = {
      note: 'arm feels weak',
      regions: [{ region: 'back-of-hand-right', intensity: 3, qualities: ['aching' as const] }],
    };
    expect(adviceForSavedEntry(achingWeak, sampleCheckin({ warningSigns: ['weakness-clumsiness'] }))).toBeNull();
  });
});
