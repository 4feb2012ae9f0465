// The shared rules in common/domain/policy.ts: the meaningful-change rule at its edges, and the
// words built from the rules' numbers.
import { describe, expect, it } from 'vitest';
import {
  BASELINE_DAYS,
  MEANINGFUL_PERCENT,
  MEANINGFUL_POINTS,
  isMeaningfulChange,
  weeksInWords,
} from '../../../common/domain/policy';

describe('the meaningful-change rule', () => {
  it('counts a change of exactly the points or exactly the percent, even a floating-point hair short', () => {
    expect(isMeaningfulChange(MEANINGFUL_POINTS, null)).toBe(true);
    expect(isMeaningfulChange(-MEANINGFUL_POINTS, 10)).toBe(true);
    expect(isMeaningfulChange(0.5, MEANINGFUL_PERCENT)).toBe(true);
    expect(isMeaningfulChange(2.1 - 0.1 - 1e-12, null)).toBe(true);
    expect(isMeaningfulChange(MEANINGFUL_POINTS - 0.1, MEANINGFUL_PERCENT - 1)).toBe(false);
    expect(isMeaningfulChange(1, null)).toBe(false);
  });
});

describe('weeksInWords', () => {
  it('says whole weeks the way the report does', () => {
    expect(weeksInWords(7)).toBe('one week');
    expect(weeksInWords(BASELINE_DAYS)).toBe('two weeks');
    expect(weeksInWords(28)).toBe('four weeks');
    expect(weeksInWords(70)).toBe('10 weeks');
  });
});
