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
  type BreakCountRow,
  type SessionRow,
  type WeeklyReportRows,
} from '../../../main/core/report';
import { weeklyReportSchema } from '../../../common/domain/report';
import { emptyCheckin, type Checkin } from '../../../common/domain/checkin';
import { emptyReportRows } from './report-fixture';

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
  it('means per region and per group; a group counts each entry once', () => {
    const report = computeWeeklyReport(
      rows({
        regions: [
          { entryId: 'a', region: 'temple-right', intensity: 6 },
          { entryId: 'a', region: 'forehead-right', intensity: 2 }, // same entry, same group (head)
          { entryId: 'b', region: 'temple-right', intensity: 4 },
          { entryId: 'b', region: 'neck-angle-right', intensity: 5 },
        ],
      }),
    );
    const head = report.byGroup.find((g) => g.group === 'head');
    expect(head).toEqual({ group: 'head', mean: 4, entries: 2 }); // (6 + 2 + 4) / 3, entries a and b
    expect(report.byGroup.find((g) => g.group === 'neck')).toEqual({ group: 'neck', mean: 5, entries: 1 });
    expect(report.byGroup).toHaveLength(10);
    expect(report.byRegion).toEqual([
      { region: 'neck-angle-right', mean: 5, max: 5, entries: 1 },
      { region: 'temple-right', mean: 5, max: 6, entries: 2 },
      { region: 'forehead-right', mean: 2, max: 2, entries: 1 },
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

  it('“what helps you” needs at least two sessions and a relief figure, best first', () => {
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
});

describe('factors over the 28 days ending on Sunday', () => {
  const FROM = '2026-10-26';
  const TO = '2026-11-22';

  it('shows a factor only when both sides have at least 3 days with a daily average and the answer', () => {
    const days = dailyFromEntries([
      ...entries('2026-10-25', 9), // a day before the window: never counts
      ...entries('2026-10-26', 6),
      ...entries('2026-10-27', 6),
      ...entries('2026-10-28', 6),
      ...entries('2026-10-29', 2),
      ...entries('2026-10-30', 3),
      ...entries('2026-10-31', 4),
      ...entries('2026-11-01', 8), // a check-in-less day: counts for no check-in factor
    ]);
    const checkins = [
      checkin('2026-10-25', { sleepHours: 4, stress: 9 }),
      checkin('2026-10-26', { sleepHours: 5, stress: 7 }),
      checkin('2026-10-27', { sleepHours: 5.5, stress: 6 }),
      checkin('2026-10-28', { sleepHours: 4, stress: 8 }),
      checkin('2026-10-29', { sleepHours: 8, stress: 2 }),
      checkin('2026-10-30', { sleepHours: 7, stress: 3 }),
      checkin('2026-10-31', { stress: 5 }), // sleep left out: not a sleep day
      checkin('2026-11-02', { sleepHours: 3, stress: 9 }), // no pain logged that day: not counted
    ];
    const factors = computeFactors(days, checkins, [], FROM, TO);
    const byId = Object.fromEntries(factors.map((f) => [f.id, f]));
    // Short sleep: 26th–28th (6, 6, 6) with; 29th, 30th (2, 3) without — only 2 days, so not shown.
    expect(byId['short-sleep']).toEqual({
      id: 'short-sleep',
      withMean: 6,
      withoutMean: null,
      withDays: 3,
      withoutDays: 2,
      shown: false,
    });
    // Stress ≥ 6: 26th–28th with (6); 29th–31st without (2, 3, 4 → 3).
    expect(byId['high-stress']).toEqual({
      id: 'high-stress',
      withMean: 6,
      withoutMean: 3,
      withDays: 3,
      withoutDays: 3,
      shown: true,
    });
    expect(byId['water-6']).toMatchObject({ withDays: 0, withoutDays: 0, shown: false, withMean: null });
    expect(factors.map((f) => f.id)).toEqual(['short-sleep', 'high-stress', 'active-30', 'water-6', 'breaks-70']);
  });

  it('break adherence ≥ 70 % is judged per day from that day’s break records', () => {
    const dates = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22'];
    const days = dailyFromEntries(dates.flatMap((d, i) => entries(d, i < 3 ? 2 : 5)));
    const breaks: BreakCountRow[] = dates.flatMap(
      (date, i): BreakCountRow[] =>
        i < 3
          ? [
              { date, kind: 'micro', outcome: 'taken', n: 7 },
              { date, kind: 'micro', outcome: 'skipped', n: 3 }, // exactly 70 %
            ]
          : i < 6
            ? [
                { date, kind: 'micro', outcome: 'taken', n: 1 },
                { date, kind: 'micro', outcome: 'skipped', n: 1 },
              ]
            : [{ date, kind: 'micro', outcome: 'snoozed', n: 4 }], // no adherence that day: not counted
    );
    const f = computeFactors(days, [], breaks, FROM, TO).find((x) => x.id === 'breaks-70')!;
    expect(f).toEqual({ id: 'breaks-70', withMean: 2, withoutMean: 5, withDays: 3, withoutDays: 3, shown: true });
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

  it('advice by tier (emergency, soon, next visit), warning signs before the no-progress suggestion in a tier', () => {
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
    // Most urgent first whatever the day, then by day.
    expect(report.warningSigns).toEqual([
      { date: '2026-11-17', sign: 'chest-exertion' },
      { date: '2026-11-17', sign: 'night-pain' },
      { date: '2026-11-16', sign: 'cancer-history' },
    ]);
    expect(report.advice.map((a) => [a.tier, a.title])).toEqual([
      ['emergency', 'Call emergency services now'],
      ['soon', 'See a doctor soon, today if you can'],
      ['next-visit', 'Mention it at your next visit'],
      ['next-visit', 'Worth talking to a physical therapist or doctor'],
    ]);
    const progress = report.advice[3]!;
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
    // A warning sign is advised whatever the pain.
    const signed = computeWeeklyReport(
      rows({
        days: zero,
        firstLoggedDate: '2026-11-02',
        checkins: [checkin('2026-11-18', { warningSigns: ['night-pain'] })],
      }),
    );
    expect(signed.advice.map((a) => a.tier)).toEqual(['soon']);
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
