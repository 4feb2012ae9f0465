/**
 * Owns the weekly pain-trend report's numbers: pure functions over plain rows
 * (what main/db/report-queries.ts reads), so every definition can be checked
 * against hand-computed figures without a database. Definitions follow the
 * report issue exactly; nothing is rounded here (display rounds).
 */
import { BREAK_KINDS, BREAK_OUTCOMES, type BreakKind, type BreakOutcome } from '../../common/domain/breaks';
import { REGION_GROUPS, getRegion, type RegionGroup } from '../../common/domain/body-regions';
import { getRoutine } from '../../common/domain/atlas';
import type { Checkin } from '../../common/domain/checkin';
import { daysBetween, isoWeekOf, previousWeek, shiftDate, weekDates } from '../../common/domain/iso-week';
import { FACTOR_IDS, warningSignTier } from '../../common/domain/report';
import { regionBurdens } from '../../common/domain/region-burden';
import { rankDeskFixes } from '../../common/domain/desk-fixes';
import { nextSteps } from './report-next-steps';
import {
  ADVICE_MIN_PAIN,
  ADVICE_MIN_SPAN_DAYS,
  BASELINE_DAYS,
  FACTOR_MIN_DAYS,
  FACTOR_THRESHOLDS,
  FACTOR_WINDOW_DAYS,
  HELPS_MIN_RELIEF,
  HELPS_MIN_SESSIONS,
  PAIN_LEVELS,
  isClearPattern,
  isMeaningfulChange,
  weeksInWords,
} from '../../common/domain/policy';
import {
  compareWorkstationChecks,
  describeWorkstationChanges,
  type WorkstationCheck,
} from '../../common/domain/workstation';
import type {
  ReportChange,
  ReportFactor,
  ReportRoutine,
  TrendWeek,
  WeeklyReport,
  FactorId,
} from '../../common/domain/report';

/** One local date's pain entries, already reduced to entry intensities (highest region intensity per entry). */
export interface DayPainRow {
  date: string;
  entries: number;
  /** Sum of the day's entry intensities (daily average = sum ÷ entries). */
  sum: number;
  worst: number;
  least: number;
  /** Entries whose intensity is PAIN_LEVELS.entry (7) or more. */
  atOrAbove7: number;
}

/** One region of one entry in the report week, with the entry's local date. */
export interface RegionRow {
  entryId: string;
  date: string;
  region: string;
  intensity: number;
}

/** How many break records of one kind and outcome a local date has. */
export interface BreakCountRow {
  date: string;
  kind: BreakKind;
  outcome: BreakOutcome;
  n: number;
}

export interface SessionRow {
  routineId: string;
  startedAtMs: number;
  endedAtMs: number;
  before: number | null;
  after: number | null;
}

/** Everything the weekly report is computed from; main/core/weekly-report.ts chooses the ranges. */
export interface WeeklyReportRows {
  week: string;
  /** Daily pain over (at least) the 28 days ending on the week's Sunday: covers this week, last week and the factors. */
  days: DayPainRow[];
  regions: RegionRow[];
  /** Break counts over the same 28 days. */
  breaks: BreakCountRow[];
  /** This week's routine sessions. */
  sessions: SessionRow[];
  /** Answered (not skipped) check-ins over the same 28 days. */
  checkins: Checkin[];
  /** The first local date with a pain entry, or null when nothing is logged. */
  firstLoggedDate: string | null;
  /** Daily pain over the first 14 calendar days of logging. */
  baselineDays: DayPainRow[];
  /** The latest two workstation checks done on or before the week's Sunday, newest first. */
  workstationChecks: WorkstationCheck[];
  /**
   * Today's local date by main's clock: the logging span counts only days that have passed. Left out (tests,
   * a week long gone) it changes nothing for weeks that are over.
   */
  today?: string;
}

// Floating-point sums such as 2.1 − 3 land a hair short of a threshold they meet exactly.
const EPSILON = 1e-9;

const average = (values: readonly number[]): number | null =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;

/** Sample standard deviation; null under 2 values. */
function sampleSd(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = average(values)!;
  return Math.sqrt(values.reduce((acc, v) => acc + (v - m) ** 2, 0) / (values.length - 1));
}

const dailyAverage = (d: DayPainRow): number => d.sum / d.entries;

/** Builds the daily rows from entry intensities (what the SQL does); for tests and small inputs. */
export function dailyFromEntries(entries: readonly { date: string; intensity: number }[]): DayPainRow[] {
  const byDate = new Map<string, DayPainRow>();
  for (const { date, intensity } of entries) {
    const d = byDate.get(date);
    if (!d) {
      byDate.set(date, {
        date,
        entries: 1,
        sum: intensity,
        worst: intensity,
        least: intensity,
        atOrAbove7: +(intensity >= PAIN_LEVELS.entry),
      });
    } else {
      d.entries++;
      d.sum += intensity;
      d.worst = Math.max(d.worst, intensity);
      d.least = Math.min(d.least, intensity);
      d.atOrAbove7 += +(intensity >= PAIN_LEVELS.entry);
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

const inRange = (date: string, from: string, to: string) => date >= from && date <= to;

/** meanDaily: the mean of the daily averages over days with entries. */
export function meanDaily(days: readonly DayPainRow[]): number | null {
  return average(days.filter((d) => d.entries > 0).map(dailyAverage));
}

/** This − that, and whether it is a change worth telling someone about. Lower pain is better. */
export function compareMeans(current: number | null, reference: number | null): ReportChange | null {
  if (current === null || reference === null) return null;
  const points = current - reference;
  const percent = reference === 0 ? null : (points / reference) * 100;
  const meaningful = isMeaningfulChange(points, percent);
  const direction = Math.abs(points) < EPSILON ? 'same' : points < 0 ? 'better' : 'worse';
  return { from: reference, points, percent, meaningful, direction };
}

type OutcomeCounts = Record<BreakOutcome, number>;
const zeroOutcomes = (): OutcomeCounts => Object.fromEntries(BREAK_OUTCOMES.map((o) => [o, 0])) as OutcomeCounts;

/**
 * Break adherence = (taken + natural) ÷ (taken + natural + skipped); null when
 * that denominator is 0.
 *
 * The break engine (main/core/break-engine.ts, finishPrompt) writes one row per
 * prompt outcome. Snoozing writes a 'snoozed' row and the same kind is prompted
 * again later, and that re-prompt writes its own row ('taken', 'skipped', another
 * 'snoozed', or 'natural' if they walked away first). So a snoozed prompt counts
 * through the outcome of its re-prompt, which means 'snoozed' rows never count
 * themselves; counting them too would count one break twice. 'paused' rows (the
 * person paused Unknot with a prompt open) are not in the formula either.
 */
export function adherence(counts: Partial<OutcomeCounts>): number | null {
  const kept = (counts.taken ?? 0) + (counts.natural ?? 0);
  const denominator = kept + (counts.skipped ?? 0);
  return denominator === 0 ? null : kept / denominator;
}

function breakSummary(rows: readonly BreakCountRow[]): WeeklyReport['breaks'] {
  const byOutcome = zeroOutcomes();
  const byKind = Object.fromEntries(BREAK_KINDS.map((k) => [k, zeroOutcomes()])) as Record<BreakKind, OutcomeCounts>;
  for (const r of rows) {
    byOutcome[r.outcome] += r.n;
    byKind[r.kind][r.outcome] += r.n;
  }
  return { byOutcome, byKind, adherence: adherence(byOutcome) };
}

function adherenceByDate(rows: readonly BreakCountRow[]): Map<string, number | null> {
  const counts = new Map<string, OutcomeCounts>();
  for (const r of rows) {
    let c = counts.get(r.date);
    if (!c) counts.set(r.date, (c = zeroOutcomes()));
    c[r.outcome] += r.n;
  }
  return new Map([...counts].map(([date, c]) => [date, adherence(c)]));
}

function routineSummary(sessions: readonly SessionRow[]): WeeklyReport['routines'] {
  const minutesOf = (s: SessionRow) => Math.max(0, s.endedAtMs - s.startedAtMs) / 60_000;
  const byId = new Map<string, SessionRow[]>();
  for (const s of sessions) {
    const list = byId.get(s.routineId);
    if (list) list.push(s);
    else byId.set(s.routineId, [s]);
  }
  const byRoutine: ReportRoutine[] = [...byId].map(([routineId, list]) => {
    const reliefs = list.filter((s) => s.before !== null && s.after !== null).map((s) => s.before! - s.after!);
    return {
      routineId,
      n: list.length,
      minutes: list.reduce((acc, s) => acc + minutesOf(s), 0),
      meanRelief: average(reliefs),
      rated: reliefs.length,
    };
  });
  byRoutine.sort((a, b) => b.n - a.n || a.routineId.localeCompare(b.routineId));
  // One good session is luck, and a drop smaller than HELPS_MIN_RELIEF is within how ratings wobble:
  // "what helps you" needs HELPS_MIN_SESSIONS rated sessions of the same routine that eased by at least that.
  const helps = byRoutine
    .filter((r) => r.rated >= HELPS_MIN_SESSIONS && r.meanRelief !== null && r.meanRelief >= HELPS_MIN_RELIEF - EPSILON)
    .sort((a, b) => b.meanRelief! - a.meanRelief! || b.n - a.n || a.routineId.localeCompare(b.routineId));
  return {
    sessions: sessions.length,
    minutes: sessions.reduce((acc, s) => acc + minutesOf(s), 0),
    strength: sessions.filter((s) => getRoutine(s.routineId)?.kind === 'strength').length,
    byRoutine,
    helps,
  };
}

function checkinAverages(checkins: readonly Checkin[]): WeeklyReport['checkins'] {
  const avg = (pick: (c: Checkin) => number | null) =>
    average(checkins.map(pick).filter((v): v is number => v !== null));
  return {
    days: checkins.length,
    sleepHours: avg((c) => c.sleepHours),
    sleepQuality: avg((c) => c.sleepQuality),
    stress: avg((c) => c.stress),
    activeMinutes: avg((c) => c.activeMinutes),
    water: avg((c) => c.water),
    interferenceActivity: avg((c) => c.interferenceActivity),
    interferenceEnjoyment: avg((c) => c.interferenceEnjoyment),
  };
}

/** Whether a day has the factor: true, false, or null when the day has no data for it. */
type FactorTest = (day: { checkin: Checkin | undefined; adherence: number | null }) => boolean | null;

/** A check-in answer against a threshold; null when the day was not answered or the question was left out. */
const answer =
  (pick: (c: Checkin) => number | null, has: (value: number) => boolean): FactorTest =>
  ({ checkin }) => {
    const value = checkin ? pick(checkin) : null;
    return value === null ? null : has(value);
  };

const FACTOR_TESTS: Record<FactorId, FactorTest> = {
  'short-sleep': answer(
    (c) => c.sleepHours,
    (h) => h < FACTOR_THRESHOLDS.shortSleepHours,
  ),
  'high-stress': answer(
    (c) => c.stress,
    (s) => s >= FACTOR_THRESHOLDS.highStress,
  ),
  'active-30': answer(
    (c) => c.activeMinutes,
    (m) => m >= FACTOR_THRESHOLDS.activeMinutes,
  ),
  'water-6': answer(
    (c) => c.water,
    (w) => w >= FACTOR_THRESHOLDS.waterGlasses,
  ),
  'breaks-70': ({ adherence: a }) => (a === null ? null : a >= FACTOR_THRESHOLDS.breakAdherence),
};

/** Pooled sample standard deviation of two groups; null unless each has at least 2 values. */
function pooledSd(a: readonly number[], b: readonly number[]): number | null {
  const sa = sampleSd(a);
  const sb = sampleSd(b);
  if (sa === null || sb === null) return null;
  return Math.sqrt(((a.length - 1) * sa ** 2 + (b.length - 1) * sb ** 2) / (a.length + b.length - 2));
}

/**
 * Days with vs without each factor over the window. Only days that have both a
 * daily average and the factor's data count; a side's mean is kept only when
 * it has at least FACTOR_MIN_DAYS days. A factor is shown only when both do and
 * the difference is clear (isClearPattern: at least PATTERN_MIN_POINTS and more
 * than the pooled day-to-day spread of the two sides).
 */
export function computeFactors(
  days: readonly DayPainRow[],
  checkins: readonly Checkin[],
  breaks: readonly BreakCountRow[],
  from: string,
  to: string,
): ReportFactor[] {
  const checkinByDate = new Map(checkins.map((c) => [c.date, c]));
  const adherenceOn = adherenceByDate(breaks.filter((b) => inRange(b.date, from, to)));
  const painDays = days.filter((d) => d.entries > 0 && inRange(d.date, from, to));
  return FACTOR_IDS.map((id) => {
    const withValues: number[] = [];
    const withoutValues: number[] = [];
    for (const d of painDays) {
      const has = FACTOR_TESTS[id]({ checkin: checkinByDate.get(d.date), adherence: adherenceOn.get(d.date) ?? null });
      if (has === true) withValues.push(dailyAverage(d));
      else if (has === false) withoutValues.push(dailyAverage(d));
    }
    const enough = (values: number[]) => (values.length >= FACTOR_MIN_DAYS ? average(values) : null);
    const withMean = enough(withValues);
    const withoutMean = enough(withoutValues);
    const enoughDays = withMean !== null && withoutMean !== null;
    const difference = enoughDays ? withMean - withoutMean : null;
    const spread = enoughDays ? pooledSd(withValues, withoutValues) : null;
    return {
      id,
      withMean,
      withoutMean,
      withDays: withValues.length,
      withoutDays: withoutValues.length,
      enoughDays,
      difference,
      spread,
      shown: difference !== null && isClearPattern(difference, spread),
    };
  });
}

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

function progressAdvice(
  spanDays: number,
  current: number | null,
  vsBaseline: ReportChange | null,
): WeeklyReport['advice'] {
  if (spanDays < ADVICE_MIN_SPAN_DAYS || !vsBaseline || current === null) return [];
  if (current < ADVICE_MIN_PAIN - 1e-9) return [];
  if (vsBaseline.meaningful && vsBaseline.direction === 'better') return [];
  const compared =
    vsBaseline.direction === 'worse'
      ? 'higher than'
      : vsBaseline.direction === 'better'
        ? 'only a little lower than'
        : 'about the same as';
  return [
    {
      tier: 'next-visit',
      title: 'Worth talking to a physical therapist or doctor',
      message:
        'Your pain has not eased much since you started logging. That is common, and it is not your fault. ' +
        'A physical therapist or doctor can look at what is going on and suggest what else might help. ' +
        'Bringing this report along can make the visit easier.',
      because: [
        `You have been logging for ${spanDays} days.`,
        `This week’s average (${oneDecimal(current)} out of 10) is ${compared} your first ${weeksInWords(BASELINE_DAYS)} (${oneDecimal(vsBaseline.from)}).`,
      ],
    },
  ];
}

/**
 * Days from the first logged day through the week's Sunday or today, whichever is earlier (only days that have
 * passed count); 0 when the first entry comes after the week. An entry dated ahead of today (main allows a day
 * ahead) still counts its own day.
 */
export function loggingSpan(firstLoggedDate: string | null, to: string, today?: string): number {
  if (!firstLoggedDate || firstLoggedDate > to) return 0;
  const end = today !== undefined && today < to ? today : to;
  return daysBetween(firstLoggedDate, end < firstLoggedDate ? firstLoggedDate : end) + 1;
}

export function computeWeeklyReport(rows: WeeklyReportRows): WeeklyReport {
  const { from, to, days: dates } = weekDates(rows.week);
  const lastWeek = weekDates(previousWeek(rows.week));
  const factorsFrom = shiftDate(to, -(FACTOR_WINDOW_DAYS - 1));

  const dayByDate = new Map(rows.days.map((d) => [d.date, d]));
  const weekDays = dates.map((date) => dayByDate.get(date)).filter((d): d is DayPainRow => !!d && d.entries > 0);
  const averages = weekDays.map(dailyAverage);
  const thisMean = average(averages);
  const lastMean = meanDaily(rows.days.filter((d) => inRange(d.date, lastWeek.from, lastWeek.to)));

  const baseline = rows.firstLoggedDate
    ? {
        from: rows.firstLoggedDate,
        to: shiftDate(rows.firstLoggedDate, BASELINE_DAYS - 1),
        meanDaily: meanDaily(rows.baselineDays),
      }
    : null;
  const spanDays = loggingSpan(rows.firstLoggedDate, to, rows.today);
  const vsBaseline = compareMeans(thisMean, baseline?.meanDaily ?? null);

  // Groups count each entry once however many of its regions fall in the group.
  const groupStats = new Map<RegionGroup, { sum: number; n: number; entries: Set<string> }>();
  for (const r of rows.regions) {
    const group = getRegion(r.region)?.group;
    if (!group) continue;
    let gs = groupStats.get(group);
    if (!gs) groupStats.set(group, (gs = { sum: 0, n: 0, entries: new Set() }));
    gs.sum += r.intensity;
    gs.n++;
    gs.entries.add(r.entryId);
  }
  const byRegion = regionBurdens(rows.regions);

  const weekCheckins = rows.checkins.filter((c) => inRange(c.date, from, to));
  const warningSigns = weekCheckins.flatMap((c) =>
    c.warningSigns.map((sign) => ({ date: c.date, sign, tier: warningSignTier(sign) })),
  );
  const routines = routineSummary(rows.sessions);
  const factors = computeFactors(rows.days, rows.checkins, rows.breaks, factorsFrom, to);
  const breaks = breakSummary(rows.breaks.filter((b) => inRange(b.date, from, to)));
  // A week is about the past: the warning signs are listed with their tiers, never as same-day advice.
  const advice = progressAdvice(spanDays, thisMean, vsBaseline);
  const desk = deskThisWeek(rows.workstationChecks, byRegion);

  return {
    week: rows.week,
    from,
    to,
    entries: weekDays.reduce((acc, d) => acc + d.entries, 0),
    meanDaily: thisMean,
    worst: weekDays.length ? Math.max(...weekDays.map((d) => d.worst)) : null,
    least: weekDays.length ? Math.min(...weekDays.map((d) => d.least)) : null,
    variability: sampleSd(averages),
    daysLogged: weekDays.length,
    daysWithPain: averages.filter((a) => a > 0).length,
    daysAtOrAbove4: averages.filter((a) => a >= PAIN_LEVELS.day).length,
    entriesAtOrAbove7: weekDays.reduce((acc, d) => acc + d.atOrAbove7, 0),
    daily: dates.map((date) => {
      const d = dayByDate.get(date);
      return d && d.entries > 0
        ? { date, entries: d.entries, mean: dailyAverage(d), worst: d.worst, least: d.least }
        : { date, entries: 0, mean: null, worst: null, least: null };
    }),
    byGroup: REGION_GROUPS.map((group) => {
      const gs = groupStats.get(group);
      return { group, mean: gs ? gs.sum / gs.n : null, entries: gs ? gs.entries.size : 0 };
    }),
    byRegion,
    baseline,
    loggingSpanDays: spanDays,
    change: { vsLastWeek: compareMeans(thisMean, lastMean), vsBaseline },
    breaks,
    routines,
    checkins: checkinAverages(weekCheckins),
    factors: { from: factorsFrom, to, items: factors },
    workstation: workstationThisWeek(rows.workstationChecks, from, to),
    warningSigns,
    advice,
    desk,
    nextSteps: nextSteps({
      warningSigns,
      progress: advice.length > 0,
      helps: routines.helps,
      desk: desk?.fixes ?? [],
      factors,
      adherence: breaks.adherence,
      daysLogged: weekDays.length,
    }),
  };
}

/** Per-date counts the trend needs; kinds are folded together. */
export interface TrendRows {
  days: DayPainRow[];
  breaks: { date: string; outcome: BreakOutcome; n: number }[];
  sessions: { date: string; n: number }[];
  /** Answered (not skipped) check-ins over the span. */
  checkins: Checkin[];
}

/** The headline numbers of each week, oldest first. `weeks` must be consecutive ISO weeks. */
export function computeTrend(weeks: readonly string[], rows: TrendRows): TrendWeek[] {
  const out = new Map(
    weeks.map((week) => {
      const { from, to } = weekDates(week);
      return [
        week,
        { week, from, to, days: [] as DayPainRow[], outcomes: zeroOutcomes(), sessions: 0, checkins: [] as Checkin[] },
      ];
    }),
  );
  for (const d of rows.days) if (d.entries > 0) out.get(isoWeekOf(d.date))?.days.push(d);
  for (const b of rows.breaks) {
    const w = out.get(isoWeekOf(b.date));
    if (w) w.outcomes[b.outcome] += b.n;
  }
  for (const s of rows.sessions) {
    const w = out.get(isoWeekOf(s.date));
    if (w) w.sessions += s.n;
  }
  for (const c of rows.checkins) out.get(isoWeekOf(c.date))?.checkins.push(c);
  return [...out.values()].map((w) => {
    const c = checkinAverages(w.checkins);
    return {
      week: w.week,
      from: w.from,
      to: w.to,
      entries: w.days.reduce((acc, d) => acc + d.entries, 0),
      meanDaily: meanDaily(w.days),
      worst: w.days.length ? Math.max(...w.days.map((d) => d.worst)) : null,
      least: w.days.length ? Math.min(...w.days.map((d) => d.least)) : null,
      daysLogged: w.days.length,
      adherence: adherence(w.outcomes),
      routineSessions: w.sessions,
      checkinDays: c.days,
      interferenceActivity: c.interferenceActivity,
      interferenceEnjoyment: c.interferenceEnjoyment,
      sleepHours: c.sleepHours,
      stress: c.stress,
    };
  });
}

/** The latest check on or before Sunday as fixes ranked by this week's logged pain; null without a check. */
function deskThisWeek(
  checks: readonly WorkstationCheck[],
  byRegion: readonly { region: string; burden: number }[],
): WeeklyReport['desk'] {
  const [latest] = checks;
  if (!latest) return null;
  const burden = new Map(byRegion.map((r) => [r.region, r.burden]));
  return { checkedOn: latest.localDate, fixes: rankDeskFixes(latest.answers, burden) };
}

/** The week's workstation check and what changed since the one before it (the Learn section's comparison). */
export function workstationThisWeek(
  checks: readonly WorkstationCheck[],
  from: string,
  to: string,
): WeeklyReport['workstation'] {
  const [latest, previous] = checks;
  if (!latest || !inRange(latest.localDate, from, to)) return null;
  return {
    checkedOn: latest.localDate,
    previousOn: previous?.localDate ?? null,
    changes: previous ? describeWorkstationChanges(compareWorkstationChecks(previous, latest)) : [],
  };
}
