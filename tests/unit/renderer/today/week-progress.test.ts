import { describe, expect, it } from 'vitest';
import {
  countWeek,
  mondayOf,
  progressSentence,
  weekRanges,
  type ProgressInput,
  type WeekCounts,
} from '@renderer/features/today/week-progress';
import { checkinAsk } from '@renderer/features/checkin/checkin-due';

const counts = (breaks: number, routines: number, daysLogged: number): WeekCounts => ({ breaks, routines, daysLogged });

describe('weeks start on Monday', () => {
  it('finds the Monday of any day, across month and year ends', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // Sunday belongs to the week before it
    expect(mondayOf('2026-12-02')).toBe('2026-11-30');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('compares this week so far with the same days last week', () => {
    expect(weekRanges('2026-11-26')).toEqual({
      thisWeek: { from: '2026-11-23', to: '2026-11-26' },
      lastWeek: { from: '2026-11-16', to: '2026-11-19' },
    });
  });
});

describe('countWeek', () => {
  const input: ProgressInput = {
    breaks: [
      { outcome: 'taken', dueAt: '2026-11-23T10:00:00+01:00' },
      { outcome: 'natural', dueAt: '2026-11-24T11:00:00+01:00' },
      { outcome: 'skipped', dueAt: '2026-11-24T12:00:00+01:00' },
      { outcome: 'snoozed', dueAt: '2026-11-24T12:05:00+01:00' },
      // Late evening in New York is already the next day in UTC; the lived date counts.
      { outcome: 'taken', dueAt: '2026-11-22T23:30:00-05:00' },
      { outcome: 'taken', dueAt: '2026-11-17T09:00:00+01:00' },
    ],
    routineDates: ['2026-11-23', '2026-11-23', '2026-11-18', '2026-11-21'],
    loggedDates: ['2026-11-23', '2026-11-23', '2026-11-25', '2026-11-16'],
  };

  it('counts taken and natural breaks, routines and distinct days in each range', () => {
    const { thisWeek, lastWeek } = weekRanges('2026-11-25');
    expect(countWeek(input, thisWeek)).toEqual(counts(2, 2, 2));
    // Last week up to Wednesday: Saturday's routine and Sunday's late break are past "this day".
    expect(countWeek(input, lastWeek)).toEqual(counts(1, 1, 1));
  });
});

describe('progressSentence', () => {
  it('says nothing when neither week has anything yet (the card shows its empty state)', () => {
    expect(progressSentence(counts(0, 0, 0), counts(0, 0, 0))).toBeNull();
  });

  it('welcomes a first week', () => {
    expect(progressSentence(counts(3, 0, 1), counts(0, 0, 0))).toMatch(/already ahead/);
  });

  it('names what went up, and what went down when something did', () => {
    expect(progressSentence(counts(10, 2, 3), counts(8, 1, 3))).toBe(
      'More breaks and routines than by this day last week. Keep it going.',
    );
    expect(progressSentence(counts(10, 2, 4), counts(8, 1, 3))).toBe(
      'More breaks, routines and days logged than by this day last week. Keep it going.',
    );
    expect(progressSentence(counts(10, 0, 3), counts(8, 1, 3))).toBe(
      'More breaks than by this day last week; fewer routines so far.',
    );
  });

  it('is honest about a level or quieter week, and still kind', () => {
    expect(progressSentence(counts(4, 1, 2), counts(4, 1, 2))).toMatch(/^Level with last week/);
    expect(progressSentence(counts(2, 0, 1), counts(6, 1, 2))).toMatch(/^A quieter week so far than last/);
    expect(progressSentence(counts(0, 0, 0), counts(6, 1, 2))).toMatch(/^A quiet start to the week/);
  });
});

describe('checkinAsk', () => {
  const at = (h: number, m: number) => new Date(2026, 10, 23, h, m, 0);
  it('asks from the set time on, not before, and never when switched off', () => {
    expect(checkinAsk({ enabled: true, time: '17:30' }, at(17, 29))).toBe('later');
    expect(checkinAsk({ enabled: true, time: '17:30' }, at(17, 30))).toBe('ask');
    expect(checkinAsk({ enabled: true, time: '17:30' }, at(23, 59))).toBe('ask');
    expect(checkinAsk({ enabled: true, time: '00:00' }, at(0, 0))).toBe('ask');
    expect(checkinAsk({ enabled: false, time: '00:00' }, at(12, 0))).toBe('off');
  });
});
