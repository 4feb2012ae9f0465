/**
 * A hand-made weekly report for the Report screen's view-model tests: every
 * field filled the way main's report would fill it, checked against the shared
 * schema so a fixture can never drift from the real shape.
 */
import {
  weeklyReportSchema,
  type ReportChange,
  type ReportFactor,
  type WeeklyReport,
} from '../../../common/domain/report';
import { FACTOR_MIN_DAYS, isClearPattern, isMeaningfulChange } from '../../../common/domain/policy';
import type { WeeklyReportRows } from '../../../main/core/report';

type Overrides = Partial<WeeklyReport>;

export function change(from: number, to: number): ReportChange {
  const points = to - from;
  const percent = from === 0 ? null : (points / from) * 100;
  return {
    from,
    points,
    percent,
    meaningful: isMeaningfulChange(points, percent),
    direction: points < 0 ? 'better' : points > 0 ? 'worse' : 'same',
  };
}

/** A factor as main computes it: the difference only with enough days on both sides, shown when it is clear. */
export function factor(
  id: ReportFactor['id'],
  withMean: number | null,
  withoutMean: number | null,
  withDays: number,
  withoutDays: number,
  spread: number | null,
): ReportFactor {
  const enoughDays = withDays >= FACTOR_MIN_DAYS && withoutDays >= FACTOR_MIN_DAYS;
  const withShown = withDays >= FACTOR_MIN_DAYS ? withMean : null;
  const withoutShown = withoutDays >= FACTOR_MIN_DAYS ? withoutMean : null;
  const difference = enoughDays ? withMean! - withoutMean! : null;
  return {
    id,
    withMean: withShown,
    withoutMean: withoutShown,
    withDays,
    withoutDays,
    enoughDays,
    difference,
    spread: enoughDays ? spread : null,
    shown: difference !== null && isClearPattern(difference, enoughDays ? spread : null),
  };
}

export function makeReport(overrides: Overrides = {}): WeeklyReport {
  const base: WeeklyReport = {
    week: '2026-W47',
    from: '2026-11-16',
    to: '2026-11-22',
    entries: 9,
    meanDaily: 4.2,
    worst: 7,
    least: 2,
    variability: 1.3,
    daysLogged: 5,
    daysWithPain: 5,
    daysAtOrAbove4: 3,
    entriesAtOrAbove7: 1,
    daily: [
      { date: '2026-11-16', entries: 2, mean: 5, worst: 7, least: 3 },
      { date: '2026-11-17', entries: 2, mean: 4, worst: 5, least: 3 },
      { date: '2026-11-18', entries: 0, mean: null, worst: null, least: null },
      { date: '2026-11-19', entries: 2, mean: 4.5, worst: 6, least: 3 },
      { date: '2026-11-20', entries: 1, mean: 2, worst: 2, least: 2 },
      { date: '2026-11-21', entries: 0, mean: null, worst: null, least: null },
      { date: '2026-11-22', entries: 2, mean: 5.5, worst: 6, least: 5 },
    ],
    byGroup: [{ group: 'head', mean: 5, entries: 4 }],
    byRegion: [
      { region: 'temple-right', mean: 5.5, max: 7, entries: 4, days: 3, burden: 16 },
      { region: 'upper-back-left', mean: 3, max: 3, entries: 5, days: 4, burden: 12 },
      { region: 'neck-angle-right', mean: 3, max: 4, entries: 3, days: 3, burden: 9 },
    ],
    baseline: { from: '2026-10-19', to: '2026-11-01', meanDaily: 5.3 },
    loggingSpanDays: 35,
    change: { vsLastWeek: change(5.3, 4.2), vsBaseline: change(6.4, 4.2) },
    breaks: {
      byOutcome: { taken: 20, natural: 8, snoozed: 3, skipped: 7, paused: 1 },
      byKind: {
        micro: { taken: 15, natural: 8, snoozed: 2, skipped: 5, paused: 1 },
        stretch: { taken: 5, natural: 0, snoozed: 1, skipped: 2, paused: 0 },
        release: { taken: 0, natural: 0, snoozed: 0, skipped: 0, paused: 0 },
      },
      adherence: 0.8,
    },
    routines: {
      sessions: 4,
      minutes: 26.5,
      strength: 0,
      byRoutine: [
        { routineId: 'release-upper-trapezius', n: 3, minutes: 20, meanRelief: 1.6666666, rated: 3 },
        { routineId: 'release-levator-scapulae', n: 1, minutes: 6.5, meanRelief: 2, rated: 1 },
      ],
      helps: [{ routineId: 'release-upper-trapezius', n: 3, minutes: 20, meanRelief: 1.6666666, rated: 3 }],
    },
    checkins: {
      days: 5,
      sleepHours: 6.45,
      sleepQuality: 6,
      stress: 4.25,
      activeMinutes: 22.4,
      water: 5,
      interferenceActivity: 3,
      interferenceEnjoyment: null,
    },
    factors: {
      from: '2026-10-26',
      to: '2026-11-22',
      items: [
        factor('short-sleep', 5.1, 3.8, 12, 9, 1.1),
        factor('high-stress', 4.4, 4.0, 2, 19, null),
        factor('active-30', null, 4.2, 0, 21, null),
        factor('water-6', 3.9, 4.6, 8, 13, 1.2),
        factor('breaks-70', 3.7, 4.8, 10, 11, 0.9),
      ],
    },
    workstation: null,
    warningSigns: [],
    advice: [],
    desk: null,
    nextSteps: [],
  };
  return weeklyReportSchema.parse({ ...base, ...overrides });
}

/** A week with nothing logged in it (but earlier history). */
export function emptyWeek(overrides: Overrides = {}): WeeklyReport {
  return makeReport({
    entries: 0,
    meanDaily: null,
    worst: null,
    least: null,
    variability: null,
    daysLogged: 0,
    daysWithPain: 0,
    daysAtOrAbove4: 0,
    entriesAtOrAbove7: 0,
    daily: makeReport().daily.map((d) => ({ ...d, entries: 0, mean: null, worst: null, least: null })),
    byGroup: [],
    byRegion: [],
    change: { vsLastWeek: null, vsBaseline: null },
    ...overrides,
  });
}

/** The rows of a week with nothing recorded, for main's report tests. */
export function emptyReportRows(week: string): WeeklyReportRows {
  return {
    week,
    days: [],
    regions: [],
    breaks: [],
    sessions: [],
    checkins: [],
    firstLoggedDate: null,
    baselineDays: [],
    workstationChecks: [],
  };
}
