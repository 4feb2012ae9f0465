/** The Settings messages name what was saved: the words for what changed in the break schedule and working hours. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@common/domain/settings';
import {
  describeScheduleChanges,
  draftFrom,
  listWords,
  type ScheduleDraft,
} from '@renderer/features/settings/schedule-form-model';

const saved = draftFrom(DEFAULT_SETTINGS);
const edit = (change: (d: ScheduleDraft) => void): ScheduleDraft => {
  const d = structuredClone(saved);
  change(d);
  return d;
};

describe('describeScheduleChanges', () => {
  it('says nothing when nothing changed', () => {
    expect(describeScheduleChanges(saved, structuredClone(saved))).toEqual([]);
  });

  it('names a changed number with its new value and unit', () => {
    expect(
      describeScheduleChanges(
        saved,
        edit((d) => (d.breaks.micro.everyMinutes = 25)),
      ),
    ).toEqual(['micro-pauses every 25 minutes']);
    expect(
      describeScheduleChanges(
        saved,
        edit((d) => (d.breaks.stretch.durationSeconds = 240)),
      ),
    ).toEqual(['stretch breaks lasting 4 minutes']);
    expect(
      describeScheduleChanges(
        saved,
        edit((d) => (d.breaks.micro.durationSeconds = 45)),
      ),
    ).toEqual(['micro-pauses lasting 45 seconds']);
    expect(
      describeScheduleChanges(
        saved,
        edit((d) => (d.breaks.maxSnoozes = 1)),
      ),
    ).toEqual(['1 snooze allowed']);
  });

  it('turning a kind of break on or off says only that', () => {
    const off = edit((d) => {
      d.breaks.stretch.enabled = !saved.breaks.stretch.enabled;
      d.breaks.stretch.everyMinutes = 90;
    });
    expect(describeScheduleChanges(saved, off)).toEqual([
      `stretch breaks ${saved.breaks.stretch.enabled ? 'off' : 'on'}`,
    ]);
  });

  it('names working hours and every changed setting, in the screen’s order', () => {
    const many = edit((d) => {
      d.breaks.micro.everyMinutes = 25;
      d.breaks.strictMode = !saved.breaks.strictMode;
      d.workingHours.sat = [{ start: '10:00', end: '12:00' }];
    });
    expect(describeScheduleChanges(saved, many)).toEqual([
      'micro-pauses every 25 minutes',
      `strict mode ${saved.breaks.strictMode ? 'off' : 'on'}`,
      'working hours',
    ]);
  });

  it('does not turn a box left empty into "NaN"', () => {
    const words = describeScheduleChanges(
      saved,
      edit((d) => (d.breaks.micro.everyMinutes = Number.NaN)),
    );
    expect(words).toEqual(['how often micro-pauses come (a box left empty)']);
  });

  it('the order days were ticked in is not a change', () => {
    const reordered = edit((d) => d.breaks.release.days.reverse());
    expect(saved.breaks.release.days.length).toBeGreaterThan(1);
    expect(describeScheduleChanges(saved, reordered)).toEqual([]);
  });
});

describe('listWords', () => {
  it('joins with commas and "and"', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
