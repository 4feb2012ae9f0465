import { describe, expect, it } from 'vitest';
import { matchQualities, matchRegions } from '@renderer/lib/region-search';
import { nextIntensity } from '@renderer/ui/intensity-keys';

const labels = (phrase: string) => matchRegions(phrase).map((m) => m.label);

describe('matchRegions', () => {
  it('finds both temples for "temple", the person’s left first', () => {
    expect(labels('temple')).toEqual(['Temple (your left)', 'Temple (your right)']);
  });

  it('matches words in any order and by their start', () => {
    expect(labels('right temple')).toEqual(['Temple (your right)']);
    expect(labels('temple r')).toEqual(['Temple (your right)']);
    expect(labels('tem ri')).toEqual(['Temple (your right)']);
    expect(labels('  TEMPLE,  Left ')).toEqual(['Temple (your left)']);
  });

  it('ranks names that start with the word above names that only contain it', () => {
    expect(labels('neck')[0]).toMatch(/^(Where neck meets shoulder|Front of neck) \(your left\)$/);
    expect(labels('shoulder blade')).toContain('Shoulder blade (your right)');
    expect(labels('shoulder blade')[0]).toBe('Shoulder blade (your left)');
  });

  it('finds midline regions, which have no side', () => {
    expect(labels('tailbone')).toEqual(['Tailbone']);
  });

  it('returns nothing for no words or words that fit no region, and caps the list', () => {
    expect(labels('')).toEqual([]);
    expect(labels('   ')).toEqual([]);
    expect(labels('elbow of doom')).toEqual([]);
    expect(matchRegions('left', 5)).toHaveLength(5);
  });

  it('never matches on the filler word "your"', () => {
    expect(labels('your')).toEqual([]);
  });
});

describe('matchQualities', () => {
  it('completes quality words from two letters on', () => {
    expect(matchQualities('ach').map((q) => q.id)).toEqual(['aching']);
    expect(matchQualities('sh').map((q) => q.id)).toEqual(['sharp', 'shooting']);
    expect(matchQualities('s')).toEqual([]);
    expect(matchQualities('temple')).toEqual([]);
  });
});

describe('nextIntensity', () => {
  it('takes a digit as the number, and 1 then 0 as 10', () => {
    expect(nextIntensity(null, 6, false)).toBe(6);
    expect(nextIntensity(1, 0, true)).toBe(10);
    expect(nextIntensity(1, 0, false)).toBe(0);
    expect(nextIntensity(5, 3, true)).toBe(3);
    expect(nextIntensity(10, 0, true)).toBe(0);
  });
});
