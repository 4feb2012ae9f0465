// The weekly report's definitions, each against numbers worked out by hand.
// Pure: rows in, report out (the SQL that produces the rows is in report-queries.test.ts).
import { describe, expect, it } from 'vitest';
import {
  adherence,
  compareMeans,
  computeFactors,
  computeTrend,
  computeWeeklyReport,
  dailyFromEntries,
  loggingSpan,
  type BreakCountRow,
  type SessionRow,
  type WeeklyReportRows,
} from '../../../main/core/report';
import { warningSignTier, weeklyReportSchema } from '../../../common/domain/report';
import { emptyCheckin, type Checkin } from '../../../common/domain/checkin';
import { emptyReportRows } from './report-fixture';
import { shiftDate } from '../../../common/domain/iso-week';
import { FACTOR_MIN_DAYS, HELPS_MIN_RELIEF, PATTERN_MIN_POINTS } from '../../../common/domain/policy';

const WEEK = '2026-W47'; // Mon 16 – Sun 22 Nov 2026

function rows(over: Partial<WeeklyReportRows> = {}): WeeklyReportRows {
  return { ...emptyReportRows(WEEK), ...over };
}

const entries = (date: string, ...intensities: number[]) => intensities.map((intensity) => ({ date, intensity }));
const checkin = (date: string, over: Partial<Checkin> = {}): Checkin => ({ ...emptyCheckin(date), ...over });

describe('pain numbers of the week', () => {
  // Mon: entries 2 and 6 → daily average 4; Tue: 5; Wed: 0; Thu: 8, 7, 3 → 6. Fri–Sun: nothing.
  const days = dailyFromEntries([
    ...entries('2026-11-16', 2, 6),
    ...entries('2026-11-17', 5),
    ...entries('2026-11-18', 0),
    ...entries('2026-11-19', 8, 7, 3),
    ...entries('2026-11-15', 10), // the Sunday before: last week, not this one
  ]);
  const report = computeWeeklyReport(rows({ days, firstLoggedDate: '2026-11-15', baselineDays: days }));

  it('means, extremes and counts', () => {
    expect(report.entries).toBe(7);
    expect(report.meanDaily).toBe(3.75); // (4 + 5 + 0 + 6) / 4
    expect(report.worst).toBe(8);
    expect(report.least).toBe(0);
    expect(report.daysLogged).toBe(4);
    expect(report.daysWithPain).toBe(3); // Wednesday averaged 0
    expect(report.daysAtOrAbove4).toBe(3); // 4, 5 and 6
    expect(report.entriesAtOrAbove7).toBe(2); // 8 and 7
  });

  it('variability is the sample standard deviation of the daily averages', () => {
    // deviations from 3.75: 0.25, 1.25, −3.75, 2.25 → squares sum 20.75 → / 3 → √6.9167
    expect(report.variability).toBeCloseTo(Math.sqrt(20.75 / 3), 12);
    expect(report.variability).toBeCloseTo(2.62996, 5);
  });

  it('gives seven days, Monday first, with nulls on days without entries', () => {
    expect(report.daily.map((d) => d.date)).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
    expect(report.daily[0]).toEqual({ date: '2026-11-16', entries: 2, mean: 4, worst: 6, least: 2 });
    expect(report.daily[3]).toEqual({ date: '2026-11-19', entries: 3, mean: 6, worst: 8, least: 3 });
    expect(report.daily[6]).toEqual({ date: '2026-11-22', entries: 0, mean: null, worst: null, least: null });
  });

  it('compares with last week (Sunday 15th alone averaged 10) and is valid against the shared schema', () => {
    expect(report.change.vsLastWeek).toEqual({
      from: 10,
      points: -6.25,
      percent: -62.5,
      meaningful: true,
      direction: 'better',
    });
    expect(() => weeklyReportSchema.parse(report)).not.toThrow();
  });

  it('a single day: no variability, and the mean is that day’s average', () => {
    const one = computeWeeklyReport(rows({ days: dailyFromEntries(entries('2026-11-20', 3, 4)) }));
    expect(one).toMatchObject({ meanDaily: 3.5, worst: 4, least: 3, variability: null, daysLogged: 1 });
  });

  it('an empty week: zeros and nulls, nothing compared, no advice', () => {
    const empty = computeWeeklyReport(rows());
    expect(empty).toMatchObject({
      week: WEEK,
      from: '2026-11-16',
      to: '2026-11-22',
      entries: 0,
      meanDaily: null,
      worst: null,
      least: null,
      variability: null,
      daysLogged: 0,
      daysWithPain: 0,
      baseline: null,
      loggingSpanDays: 0,
      change: { vsLastWeek: null, vsBaseline: null },
      breaks: { adherence: null },
      routines: { sessions: 0, minutes: 0, strength: 0, byRoutine: [], helps: [] },
      checkins: { days: 0, sleepHours: null },
      warningSigns: [],
      advice: [],
    });
    expect(empty.daily).toHaveLength(7);
    expect(empty.byGroup.every((g) => g.mean === null && g.entries === 0)).toBe(true);
    expect(() => weeklyReportSchema.parse(empty)).not.toThrow();
  });
});

describe('body regions', () => {
  const MON = '2026-11-16';
  const TUE = '2026-11-17';
  it('means per region and per group; a group counts each entry once', () => {
    const report = computeWeeklyReport(
      rows({
        regions: [
          { entryId: 'a', date: MON, region: 'temple-right', intensity: 6 },
          { entryId: 'a', date: MON, region: 'forehead-right', intensity: 2 }, // same entry, same group (head)
          { entryId: 'b', date: TUE, region: 'temple-right', intensity: 4 },
          { entryId: 'b', date: TUE, region: 'neck-angle-right', intensity: 5 },
        ],
      }),
    );
    const head = report.byGroup.find((g) => g.group === 'head');
    expect(head).toEqual({ group: 'head', mean: 4, entries: 2 }); // (6 + 2 + 4) / 3, entries a and b
    expect(report.byGroup.find((g) => g.group === 'neck')).toEqual({ group: 'neck', mean: 5, entries: 1 });
    expect(report.byGroup).toHaveLength(10);
    // Burden: temple 6 (Mon) + 4 (Tue) = 10 on 2 days; neck 5 on 1 day; forehead 2.
    expect(report.byRegion).toEqual([
      { region: 'temple-right', mean: 5, max: 6, entries: 2, days: 2, burden: 10 },
      { region: 'neck-angle-right', mean: 5, max: 5, entries: 1, days: 1, burden: 5 },
      { region: 'forehead-right', mean: 2, max: 2, entries: 1, days: 1, burden: 2 },
    ]);
  });

  it('ranks by intensity-days: a place logged on five days at 3 above one logged once at 7', () => {
    const week = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
    const report = computeWeeklyReport(
      rows({
        regions: [
          { entryId: 'once', date: '2026-11-18', region: 'temple-right', intensity: 7 },
          ...week.map((date, i) => ({ entryId: `n${i}`, date, region: 'neck-angle-right', intensity: 3 })),
        ],
      }),
    );
    expect(report.byRegion.map((r) => [r.region, r.days, r.mean, r.burden])).toEqual([
      ['neck-angle-right', 5, 3, 15],
      ['temple-right', 1, 7, 7],
    ]);
  });

  it('two entries the same day count that day once, at their average; ties go to more days, then the region', () => {
    const report = computeWeeklyReport(
      rows({
        regions: [
          { entryId: 'a', date: MON, region: 'temple-right', intensity: 8 },
          { entryId: 'b', date: MON, region: 'temple-right', intensity: 2 }, // Monday: (8 + 2) / 2 = 5
          { entryId: 'c', date: MON, region: 'jaw-right', intensity: 3 },
          { entryId: 'd', date: TUE, region: 'jaw-right', intensity: 2 }, // 3 + 2 = 5 on 2 days
          { entryId: 'e', date: TUE, region: 'forehead-left', intensity: 5 }, // 5 on 1 day, mean 5
          { entryId: 'f', date: TUE, region: 'forehead-right', intensity: 5 },
        ],
      }),
    );
    // Equal burden: two days before one; then (same mean on one day) by region id.
    expect(report.byRegion.map((r) => [r.region, r.days, r.burden, r.entries])).toEqual([
      ['jaw-right', 2, 5, 2],
      ['forehead-left', 1, 5, 1],
      ['forehead-right', 1, 5, 1],
      ['temple-right', 1, 5, 2],
    ]);
  });
});

describe('change: points, percent, meaningful, direction', () => {
  it('2 points is meaningful, 1.99 with under 30 % is not', () => {
    expect(compareMeans(6, 8)).toEqual({ from: 8, points: -2, percent: -25, meaningful: true, direction: 'better' });
    expect(compareMeans(6.01, 8)!.meaningful).toBe(false); // −1.99 points, −24.9 %
    expect(compareMeans(10, 8)).toMatchObject({ points: 2, meaningful: true, direction: 'worse' });
  });

  it('30 % is meaningful even under 2 points, exactly at the edge (3 → 2.1 is −30 % despite floating point)', () => {
    expect(compareMeans(2.1, 3)).toMatchObject({ meaningful: true, direction: 'better' });
    expect(compareMeans(2.1, 3)!.percent).toBeCloseTo(-30, 10);
    expect(compareMeans(2.11, 3)!.meaningful).toBe(false); // −29.7 %
    expect(compareMeans(1.3, 1)).toMatchObject({ meaningful: true, direction: 'worse' }); // +30 %
  });

  it('percent is null when compared with 0; then only points can make it meaningful', () => {
    expect(compareMeans(1.5, 0)).toEqual({
      from: 0,
      points: 1.5,
      percent: null,
      meaningful: false,
      direction: 'worse',
    });
    expect(compareMeans(2, 0)).toMatchObject({ percent: null, meaningful: true });
    expect(compareMeans(0, 0)).toEqual({ from: 0, points: 0, percent: null, meaningful: false, direction: 'same' });
  });

  it('no comparison when either side has nothing logged', () => {
    expect(compareMeans(null, 3)).toBeNull();
    expect(compareMeans(3, null)).toBeNull();
  });
});

describe('baseline and logging span', () => {
  it('compares this week with the first 14 days of logging and counts the span through Sunday', () => {
    const baselineDays = dailyFromEntries([...entries('2026-11-02', 6), ...entries('2026-11-15', 4)]);
    const report = computeWeeklyReport(
      rows({
        days: dailyFromEntries(entries('2026-11-18', 3)),
        firstLoggedDate: '2026-11-02',
        baselineDays,
      }),
    );
    expect(report.baseline).toEqual({ from: '2026-11-02', to: '2026-11-15', meanDaily: 5 });
    expect(report.loggingSpanDays).toBe(21); // 2 Nov to 22 Nov inclusive
    expect(report.change.vsBaseline).toMatchObject({ from: 5, points: -2, percent: -40, meaningful: true });
  });

  it('a week before logging began has a span of 0', () => {
    const report = computeWeeklyReport(rows({ firstLoggedDate: '2026-12-01' }));
    expect(report.loggingSpanDays).toBe(0);
  });

  it('counts only days that have passed: one day of logging on the first day, not days ahead to Sunday', () => {
    // First entry on Wednesday 18th, looked at the same day: 1 day so far (not 5 through Sunday).
    const firstDay = computeWeeklyReport(
      rows({ days: dailyFromEntries(entries('2026-11-18', 4)), firstLoggedDate: '2026-11-18', today: '2026-11-18' }),
    );
    expect(firstDay.loggingSpanDays).toBe(1);
    expect(loggingSpan('2026-11-18', '2026-11-22', '2026-11-20')).toBe(3);
    // A week that is over counts through its Sunday, whenever it is looked at.
    expect(loggingSpan('2026-11-18', '2026-11-22', '2027-03-01')).toBe(5);
    expect(loggingSpan('2026-11-02', '2026-11-22', '2026-11-22')).toBe(21);
    // Without today (a week long gone), through Sunday.
    expect(loggingSpan('2026-11-18', '2026-11-22')).toBe(5);
    // An entry dated a day ahead of main's clock still counts its own day; nothing logged: 0.
    expect(loggingSpan('2026-11-19', '2026-11-22', '2026-11-18')).toBe(1);
    expect(loggingSpan(null, '2026-11-22', '2026-11-18')).toBe(0);
    expect(loggingSpan('2026-11-23', '2026-11-22', '2026-11-30')).toBe(0);
  });

  it('the advice after 14 days waits for 14 days that have passed', () => {
    const days = dailyFromEntries([...entries('2026-11-09', 5), ...entries('2026-11-18', 5)]);
    const base = { days, firstLoggedDate: '2026-11-09', baselineDays: dailyFromEntries(entries('2026-11-09', 5)) };
    // On Friday 20th: 12 days so far, too soon; the week looked back on from later: 14 days, advice.
    expect(computeWeeklyReport(rows({ ...base, today: '2026-11-20' }))).toMatchObject({
      loggingSpanDays: 12,
      advice: [],
    });
    expect(computeWeeklyReport(rows({ ...base, today: '2026-11-23' })).advice).toHaveLength(1);
  });
});

describe('breaks', () => {
  it('adherence = (taken + natural) / (taken + natural + skipped); snoozed and paused never count', () => {
    expect(adherence({ taken: 3, natural: 1, skipped: 1, snoozed: 4, paused: 2 })).toBe(0.8);
    // A prompt snoozed twice and then taken wrote snoozed, snoozed, taken: one kept break.
    expect(adherence({ snoozed: 2, taken: 1 })).toBe(1);
    // Snoozed, then skipped at the re-prompt: one skipped break.
    expect(adherence({ snoozed: 1, skipped: 1 })).toBe(0);
    expect(adherence({ snoozed: 3, paused: 1 })).toBeNull();
    expect(adherence({})).toBeNull();
  });

  it('counts by outcome and by kind over the week only', () => {
    const breaks: BreakCountRow[] = [
      { date: '2026-11-16', kind: 'micro', outcome: 'taken', n: 3 },
      { date: '2026-11-16', kind: 'micro', outcome: 'snoozed', n: 2 },
      { date: '2026-11-17', kind: 'micro', outcome: 'skipped', n: 1 },
      { date: '2026-11-17', kind: 'stretch', outcome: 'natural', n: 1 },
      { date: '2026-11-18', kind: 'release', outcome: 'paused', n: 1 },
      { date: '2026-11-15', kind: 'micro', outcome: 'skipped', n: 9 }, // last week
    ];
    const report = computeWeeklyReport(rows({ breaks }));
    expect(report.breaks.byOutcome).toEqual({ taken: 3, natural: 1, snoozed: 2, skipped: 1, paused: 1 });
    expect(report.breaks.byKind.micro).toEqual({ taken: 3, natural: 0, snoozed: 2, skipped: 1, paused: 0 });
    expect(report.breaks.byKind.stretch.natural).toBe(1);
    expect(report.breaks.adherence).toBe(0.8);
  });
});

describe('routines', () => {
  const at = (day: number, hour: number) => Date.parse(`2026-11-${day}T${String(hour).padStart(2, '0')}:00:00+01:00`);
  const session = (routineId: string, day: number, minutes: number, before: number | null, after: number | null) => ({
    routineId,
    startedAtMs: at(day, 10),
    endedAtMs: at(day, 10) + minutes * 60_000,
    before,
    after,
  });
  const sessions: SessionRow[] = [
    session('release-upper-trapezius', 16, 10, 6, 3), // relief 3
    session('release-upper-trapezius', 17, 5, 5, 4), // relief 1
    session('release-levator-scapulae', 16, 8, 7, 3), // relief 4, but only once
    session('desk-neck-reset', 18, 4, 4, 2), // relief 2
    session('desk-neck-reset', 19, 6, 5, 2.5), // relief 2.5 → mean 2.25
    session('desk-shoulders', 18, 3, null, null),
    session('desk-shoulders', 19, 3, 4, null),
  ];
  const report = computeWeeklyReport(rows({ sessions }));

  it('sessions, minutes from start and end, and relief over sessions rated before and after', () => {
    expect(report.routines.sessions).toBe(7);
    expect(report.routines.minutes).toBe(39);
    expect(report.routines.byRoutine.find((r) => r.routineId === 'release-upper-trapezius')).toEqual({
      routineId: 'release-upper-trapezius',
      n: 2,
      minutes: 15,
      meanRelief: 2,
      rated: 2,
    });
    expect(report.routines.byRoutine.find((r) => r.routineId === 'desk-shoulders')).toMatchObject({
      n: 2,
      meanRelief: null,
      rated: 0,
    });
  });

  it('“what helps you” needs at least two rated sessions easing by at least a point, best first', () => {
    expect(report.routines.helps.map((r) => [r.routineId, r.meanRelief])).toEqual([
      ['desk-neck-reset', 2.25],
      ['release-upper-trapezius', 2],
    ]);
    expect(report.routines.strength).toBe(0);
  });

  it('counts strengthening sessions, and a strength routine done twice with ratings is in “what helps you”', () => {
    const withStrength = computeWeeklyReport(
      rows({
        sessions: [
          ...sessions,
          session('strength-band-row', 16, 4, 5, 4), // relief 1
          session('strength-band-row', 18, 4, 5, 2), // relief 3 → mean 2
          session('strength-chin-nod', 18, 2, null, null),
        ],
      }),
    );
    expect(withStrength.routines.sessions).toBe(10);
    expect(withStrength.routines.strength).toBe(3);
    expect(withStrength.routines.helps.map((r) => r.routineId)).toContain('strength-band-row');
    expect(withStrength.routines.helps.find((r) => r.routineId === 'strength-band-row')).toMatchObject({
      n: 2,
      meanRelief: 2,
    });
  });

  it(`a routine easing by less than ${HELPS_MIN_RELIEF} point, or rated only once, is not ranked`, () => {
    const small = computeWeeklyReport(
      rows({
        sessions: [
          session('release-upper-trapezius', 16, 5, 5, 4), // 1
          session('release-upper-trapezius', 17, 5, 5, 4.5), // 0.5 → mean 0.75
          session('release-levator-scapulae', 16, 5, 7, 3), // 4, rated
          session('release-levator-scapulae', 17, 5, 7, null), // not rated: one rated session only
          session('desk-neck-reset', 18, 5, 5, 4),
          session('desk-neck-reset', 19, 5, 5, 4), // exactly 1: ranked
        ],
      }),
    );
    expect(small.routines.helps.map((r) => [r.routineId, r.meanRelief])).toEqual([['desk-neck-reset', 1]]);
  });
});

describe('factors over the 28 days ending on Sunday', () => {
  const FROM = '2026-10-26';
  const TO = '2026-11-22';
  /** Consecutive dates from FROM. */
  const dates = (n: number, start = 0) => Array.from({ length: n }, (_, i) => shiftDate(FROM, start + i));
  /** One entry per date at the given intensities, and a check-in with the given sleep on each. */
  function sleepDays(withPain: number[], withoutPain: number[]) {
    const withDates = dates(withPain.length);
    const withoutDates = dates(withoutPain.length, withPain.length);
    const days = dailyFromEntries([
      ...withDates.flatMap((d, i) => entries(d, withPain[i]!)),
      ...withoutDates.flatMap((d, i) => entries(d, withoutPain[i]!)),
    ]);
    const checkins = [
      ...withDates.map((d) => checkin(d, { sleepHours: 5 })),
      ...withoutDates.map((d) => checkin(d, { sleepHours: 8 })),
    ];
    return computeFactors(days, checkins, [], FROM, TO).find((f) => f.id === 'short-sleep')!;
  }
  const sd = (xs: number[]) => {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
  };

  it(`needs ${FACTOR_MIN_DAYS} days on each side with a daily average and the answer`, () => {
    expect(FACTOR_MIN_DAYS).toBe(5);
    const days = dailyFromEntries([
      ...entries('2026-10-25', 9), // a day before the window: never counts
      ...dates(9).flatMap((d, i) => entries(d, i < 5 ? 7 : 2)),
      ...entries(shiftDate(FROM, 9), 8), // a check-in-less day: counts for no check-in factor
    ]);
    const checkins = [
      checkin('2026-10-25', { sleepHours: 4, stress: 9 }),
      ...dates(9).map((d, i) => checkin(d, { sleepHours: i < 5 ? 5 : 8, stress: i < 4 ? 8 : 2 })),
      checkin(shiftDate(FROM, 12), { sleepHours: 3 }), // no pain logged that day: not counted
    ];
    const byId = Object.fromEntries(computeFactors(days, checkins, [], FROM, TO).map((f) => [f.id, f]));
    // Short sleep: 5 days at 7 with, 4 at 2 without — one day short on one side: no means, nothing shown.
    expect(byId['short-sleep']).toEqual({
      id: 'short-sleep',
      withMean: 7,
      withoutMean: null,
      withDays: 5,
      withoutDays: 4,
      enoughDays: false,
      difference: null,
      spread: null,
      shown: false,
    });
    // Stress ≥ 6 on 4 days only.
    expect(byId['high-stress']).toMatchObject({ withDays: 4, withoutDays: 5, enoughDays: false, shown: false });
    expect(byId['water-6']).toMatchObject({ withDays: 0, withoutDays: 0, shown: false, withMean: null });
    expect(Object.keys(byId)).toEqual(['short-sleep', 'high-stress', 'active-30', 'water-6', 'breaks-70']);
  });

  it('shows a clear difference: 3 points apart with days varying by about half a point', () => {
    const f = sleepDays([6, 7, 6, 7, 6], [3, 4, 3, 4, 3]);
    expect(f.withMean).toBeCloseTo(6.4, 12);
    expect(f.withoutMean).toBeCloseTo(3.4, 12);
    expect(f.difference).toBeCloseTo(3, 12);
    // Both sides vary alike, so the pooled spread is each side's own: √0.3.
    expect(f.spread).toBeCloseTo(Math.sqrt(0.3), 12);
    expect(f).toMatchObject({ enoughDays: true, shown: true });
  });

  it('5.3 against 5.4 is noise: enough days, not shown', () => {
    const f = sleepDays([4, 6, 5, 7, 4.5], [5, 6, 4, 7, 5]);
    expect(f.withMean).toBeCloseTo(5.3, 12);
    expect(f.withoutMean).toBeCloseTo(5.4, 12);
    expect(f).toMatchObject({ enoughDays: true, shown: false });
  });

  it('a difference over a point is still not shown when days vary more than that anyway', () => {
    const withPain = [2, 8, 3, 9, 5];
    const withoutPain = [4, 3, 5, 4, 3.5];
    const f = sleepDays(withPain, withoutPain);
    expect(f.difference).toBeCloseTo(1.5, 12);
    const pooled = Math.sqrt((4 * sd(withPain) ** 2 + 4 * sd(withoutPain) ** 2) / 8);
    expect(f.spread).toBeCloseTo(pooled, 12);
    expect(pooled).toBeGreaterThan(1.5);
    expect(f.shown).toBe(false);
  });

  it(`needs at least ${PATTERN_MIN_POINTS} point even when days do not vary at all`, () => {
    expect(sleepDays([5, 5, 5, 5, 5], [4.2, 4.2, 4.2, 4.2, 4.2])).toMatchObject({ spread: 0, shown: false });
    const exactly = sleepDays([5, 5, 5, 5, 5], [4, 4, 4, 4, 4]);
    expect(exactly).toMatchObject({ difference: 1, spread: 0, shown: true });
    // Lower pain on short-sleep days is a clear pattern too (the next steps decide what to make of it).
    expect(sleepDays([2, 2, 2, 2, 2], [4, 4, 4, 4, 4])).toMatchObject({ difference: -2, shown: true });
  });

  it('break adherence ≥ 70 % is judged per day from that day’s break records', () => {
    const week = dates(11, 17); // 12 Nov … 22 Nov
    const days = dailyFromEntries(week.flatMap((d, i) => entries(d, i < 5 ? 2 : 5)));
    const breaks: BreakCountRow[] = week.flatMap(
      (date, i): BreakCountRow[] =>
        i < 5
          ? [
              { date, kind: 'micro', outcome: 'taken', n: 7 },
              { date, kind: 'micro', outcome: 'skipped', n: 3 }, // exactly 70 %
            ]
          : i < 10
            ? [
                { date, kind: 'micro', outcome: 'taken', n: 1 },
                { date, kind: 'micro', outcome: 'skipped', n: 1 },
              ]
            : [{ date, kind: 'micro', outcome: 'snoozed', n: 4 }], // no adherence that day: not counted
    );
    const f = computeFactors(days, [], breaks, FROM, TO).find((x) => x.id === 'breaks-70')!;
    expect(f).toEqual({
      id: 'breaks-70',
      withMean: 2,
      withoutMean: 5,
      withDays: 5,
      withoutDays: 5,
      enoughDays: true,
      difference: -3,
      spread: 0,
      shown: true,
    });
  });
});

describe('check-ins and warning signs', () => {
  it('averages each answer over the week’s days that answered it', () => {
    const report = computeWeeklyReport(
      rows({
        checkins: [
          checkin('2026-11-16', { sleepHours: 6, stress: 4 }),
          checkin('2026-11-17', { sleepHours: 7.5 }),
          checkin('2026-11-09', { sleepHours: 1, stress: 10 }), // last week: only the factors see it
        ],
      }),
    );
    expect(report.checkins).toMatchObject({ days: 2, sleepHours: 6.75, stress: 4, water: null });
  });
});

describe('advice', () => {
  const thisWeek = dailyFromEntries(entries('2026-11-18', 5));
  const baselineDays = dailyFromEntries(entries('2026-11-09', 5.5));

  it('lists the week’s warning signs with their tiers, never as same-day advice; then whether pain has eased', () => {
    const report = computeWeeklyReport(
      rows({
        days: thisWeek,
        firstLoggedDate: '2026-11-09', // 14 days through Sunday 22nd
        baselineDays,
        checkins: [
          checkin('2026-11-16', { warningSigns: ['cancer-history'] }),
          checkin('2026-11-17', { warningSigns: ['night-pain', 'chest-exertion'] }),
        ],
      }),
    );
    // By day, each with the tier red-flags.ts gives it (the screen, PDF and CLI group them by tier).
    expect(report.warningSigns).toEqual([
      { date: '2026-11-16', sign: 'cancer-history', tier: 'next-visit' },
      { date: '2026-11-17', sign: 'night-pain', tier: 'soon' },
      { date: '2026-11-17', sign: 'chest-exertion', tier: 'emergency' },
    ]);
    expect(report.warningSigns.map((w) => w.tier)).toEqual(
      ['cancer-history', 'night-pain', 'chest-exertion'].map(warningSignTier),
    );
    expect(JSON.stringify(report)).not.toMatch(/today/i);
    // A report is about a week gone by: the signs are listed, and the advice is about progress only.
    expect(report.advice.map((a) => [a.tier, a.title])).toEqual([
      ['next-visit', 'Worth talking to a physical therapist or doctor'],
    ]);
    const progress = report.advice[0]!;
    expect(progress.because).toEqual([
      'You have been logging for 14 days.',
      'This week’s average (5.0 out of 10) is only a little lower than your first two weeks (5.5).',
    ]);
    expect(progress.message).not.toMatch(/caus|diagnos/i);
  });

  it('no progress advice under 14 days of logging, or after a meaningful improvement', () => {
    const short = computeWeeklyReport(rows({ days: thisWeek, firstLoggedDate: '2026-11-10', baselineDays }));
    expect(short.loggingSpanDays).toBe(13);
    expect(short.advice).toEqual([]);
    const better = computeWeeklyReport(
      rows({ days: thisWeek, firstLoggedDate: '2026-11-01', baselineDays: dailyFromEntries(entries('2026-11-01', 8)) }),
    );
    expect(better.change.vsBaseline).toMatchObject({ meaningful: true, direction: 'better' });
    expect(better.advice).toEqual([]);
  });

  it('no progress advice when there is little pain to improve on: 0 out of 10 for three weeks is doing well', () => {
    const zero = dailyFromEntries([...entries('2026-11-17', 0), ...entries('2026-11-19', 0)]);
    const calm = computeWeeklyReport(
      rows({ days: zero, firstLoggedDate: '2026-11-02', baselineDays: dailyFromEntries(entries('2026-11-02', 0)) }),
    );
    expect(calm.loggingSpanDays).toBe(21);
    expect(calm.change.vsBaseline).toMatchObject({ direction: 'same' });
    expect(calm.advice).toEqual([]);
    // Just under the floor (3.5 against a baseline of 3.5): still nothing; at the floor (4 against 4): the suggestion.
    const under = computeWeeklyReport(
      rows({
        days: dailyFromEntries(entries('2026-11-18', 3, 4)),
        firstLoggedDate: '2026-11-02',
        baselineDays: dailyFromEntries(entries('2026-11-02', 3, 4)),
      }),
    );
    expect(under.advice).toEqual([]);
    const at = computeWeeklyReport(
      rows({
        days: dailyFromEntries(entries('2026-11-18', 4)),
        firstLoggedDate: '2026-11-02',
        baselineDays: dailyFromEntries(entries('2026-11-02', 4)),
      }),
    );
    expect(at.advice.map((a) => a.title)).toEqual(['Worth talking to a physical therapist or doctor']);
    // A warning sign is listed whatever the pain (as a sign with its tier, not as same-day advice).
    const signed = computeWeeklyReport(
      rows({
        days: zero,
        firstLoggedDate: '2026-11-02',
        checkins: [checkin('2026-11-18', { warningSigns: ['night-pain'] })],
      }),
    );
    expect(signed.warningSigns).toEqual([{ date: '2026-11-18', sign: 'night-pain', tier: 'soon' }]);
    expect(signed.advice).toEqual([]);
  });

  it('a meaningful worsening also suggests seeing someone', () => {
    const worse = computeWeeklyReport(
      rows({ days: thisWeek, firstLoggedDate: '2026-11-01', baselineDays: dailyFromEntries(entries('2026-11-01', 2)) }),
    );
    expect(worse.advice).toHaveLength(1);
    expect(worse.advice[0]!.because[1]).toMatch(/higher than your first two weeks \(2\.0\)/);
  });
});

describe('trend', () => {
  it('gives each week’s headline numbers, oldest first, across a 53-week year end', () => {
    const weeks = ['2026-W52', '2026-W53', '2027-W01'];
    const trend = computeTrend(weeks, {
      days: dailyFromEntries([
        ...entries('2026-12-28', 4, 6),
        ...entries('2027-01-03', 2),
        ...entries('2027-01-04', 7),
      ]),
      breaks: [
        { date: '2026-12-29', outcome: 'taken', n: 3 },
        { date: '2026-12-29', outcome: 'skipped', n: 1 },
        { date: '2026-12-30', outcome: 'snoozed', n: 5 },
      ],
      sessions: [
        { date: '2027-01-01', n: 2 },
        { date: '2027-01-05', n: 1 },
      ],
      checkins: [
        checkin('2026-12-29', { interferenceActivity: 4, interferenceEnjoyment: 2, sleepHours: 6, stress: 5 }),
        checkin('2026-12-30', { interferenceActivity: 6, sleepHours: 7 }),
        checkin('2027-01-04', { stress: 8 }),
      ],
    });
    expect(trend).toEqual([
      {
        week: '2026-W52',
        from: '2026-12-21',
        to: '2026-12-27',
        entries: 0,
        meanDaily: null,
        worst: null,
        least: null,
        daysLogged: 0,
        adherence: null,
        routineSessions: 0,
        checkinDays: 0,
        interferenceActivity: null,
        interferenceEnjoyment: null,
        sleepHours: null,
        stress: null,
      },
      {
        week: '2026-W53',
        from: '2026-12-28',
        to: '2027-01-03',
        entries: 3,
        meanDaily: 3.5, // days: 5 and 2
        worst: 6,
        least: 2,
        daysLogged: 2,
        adherence: 0.75,
        routineSessions: 2,
        checkinDays: 2,
        interferenceActivity: 5, // (4 + 6) / 2
        interferenceEnjoyment: 2, // answered once
        sleepHours: 6.5,
        stress: 5,
      },
      {
        week: '2027-W01',
        from: '2027-01-04',
        to: '2027-01-10',
        entries: 1,
        meanDaily: 7,
        worst: 7,
        least: 7,
        daysLogged: 1,
        adherence: null,
        routineSessions: 1,
        checkinDays: 1,
        interferenceActivity: null,
        interferenceEnjoyment: null,
        sleepHours: null,
        stress: 8,
      },
    ]);
  });
});

describe('workstation: the week’s check and what changed since the one before', () => {
  const check = (id: string, localDate: string, answers: Record<string, string>) => ({
    id,
    takenAt: `${localDate}T10:00:00+01:00`,
    localDate,
    answers,
  });

  it('names what changed when this week’s check follows an earlier one', () => {
    const earlier = check('ws-1', '2026-11-02', { phone: 'on-shoulder', elbows: 'hanging' });
    const latest = check('ws-2', '2026-11-18', { phone: 'hands-free', elbows: 'hanging' });
    const report = computeWeeklyReport(rows({ workstationChecks: [latest, earlier] }));
    expect(report.workstation).toEqual({
      checkedOn: '2026-11-18',
      previousOn: '2026-11-02',
      changes: [
        'Phone on calls: better (was: between my ear and my shoulder; now: a headset, the speaker, or in my hand).',
      ],
    });
    expect(weeklyReportSchema.safeParse(report).success).toBe(true);
  });

  it('reports a first check with no changes, and nothing when the latest check is from an earlier week', () => {
    const first = computeWeeklyReport(
      rows({ workstationChecks: [check('ws-1', '2026-11-22', { phone: 'on-shoulder' })] }),
    );
    expect(first.workstation).toEqual({ checkedOn: '2026-11-22', previousOn: null, changes: [] });
    const old = computeWeeklyReport(
      rows({ workstationChecks: [check('ws-1', '2026-11-15', { phone: 'on-shoulder' })] }),
    );
    expect(old.workstation).toBeNull();
    expect(computeWeeklyReport(rows()).workstation).toBeNull();
  });
});
