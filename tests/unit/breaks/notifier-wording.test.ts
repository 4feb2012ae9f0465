import { describe, expect, it } from 'vitest';
import { inHowLong, preBreakText } from '../../../main/adapters/electron/notifier-wording';

describe('preBreakText', () => {
  it('names the break and how soon', () => {
    expect(preBreakText('micro', 10).title).toBe('Micro-pause in 10 seconds');
    expect(preBreakText('stretch', 30).title).toBe('Stretch break in 30 seconds');
    expect(preBreakText('release', 300).title).toBe('Release session in 5 minutes');
  });

  it('has a calm body for every kind', () => {
    for (const kind of ['micro', 'stretch', 'release'] as const) {
      const { body } = preBreakText(kind, 10);
      expect(body).toMatch(/small window will ask in a moment/);
      expect(body).not.toMatch(/!/);
    }
  });
});

describe('inHowLong', () => {
  it('counts seconds, then minutes, rounding up to whole seconds', () => {
    expect(inHowLong(0)).toBe('now');
    expect(inHowLong(-3)).toBe('now');
    expect(inHowLong(0.2)).toBe('in 1 second');
    expect(inHowLong(1)).toBe('in 1 second');
    expect(inHowLong(59)).toBe('in 59 seconds');
    expect(inHowLong(60)).toBe('in 1 minute');
    expect(inHowLong(90)).toBe('in 1 min 30 s');
    expect(inHowLong(600)).toBe('in 10 minutes');
  });
});
