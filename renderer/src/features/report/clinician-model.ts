/**
 * Owns the clinician PDF's content in words: a one-page summary written for a
 * clinician in neutral clinical language (no coaching, no "you"): who and when,
 * this week against the person's baseline with the meaningful-change verdict,
 * the 12-week trend of average and worst pain with the interference items
 * (PEG-style), sleep and stress, pain locations most frequent first, warning
 * signs by tier and date, routines and breaks (and which routines were
 * followed by lower pain), and the workstation answers that load the painful
 * areas. Pure, so every line is unit-tested; clinician-sheet.tsx lays it out.
 */
import type { ReportChange, TrendWeek, WeeklyReport } from '@common/domain/report';
import { regionDisplayName } from '@common/domain/body-regions';
import { getWorkstationItem, getWorkstationOption } from '@common/domain/workstation';
import { getMuscle } from '@common/domain/atlas';
import { warningSignsByTier } from '@common/domain/report-words';
import {
  BASELINE_DAYS,
  BIRTH_DATE_EARLIEST,
  FACTOR_MIN_DAYS,
  FACTOR_THRESHOLDS,
  FACTOR_WINDOW_DAYS,
  HELPS_MIN_RELIEF,
  HELPS_MIN_SESSIONS,
  MEANINGFUL_PERCENT,
  MEANINGFUL_POINTS,
  PAIN_LEVELS,
  PATTERN_MIN_POINTS,
} from '@common/domain/policy';
import type { FactorId } from '@common/domain/report';
import { formatMinutes, formatScore, formatShare, listWords, plural } from './report-format';
import { shortDateLabel, weekDatesInWords } from './report-week';
import { parseIsoWeek } from '@common/domain/iso-week';

export interface Patient {
  name: string;
  /** YYYY-MM-DD or null. */
  dateOfBirth: string | null;
}

export interface SheetInput {
  report: WeeklyReport;
  trend: readonly TrendWeek[] | null;
  routineTitle(id: string): string;
  patient: Patient;
  /** The local date the PDF is printed. */
  printedOn: string;
  locale?: string;
}

export interface SheetTrendWeek {
  week: string;
  /** The Monday, "18 Nov". */
  label: string;
  current: boolean;
  mean: number | null;
  worst: number | null;
  days: number;
  activity: number | null;
  enjoyment: number | null;
  sleep: number | null;
  stress: number | null;
}

export interface SheetLocation {
  region: string;
  name: string;
  days: number;
  entries: number;
  mean: number;
  max: number;
}

export interface ClinicianSheet {
  patientLine: string | null;
  period: string;
  printed: string;
  /** Headline numbers of the week, as short label–value pairs. */
  figures: { label: string; value: string }[];
  /** This week against the baseline, with the verdict; and against the previous week. */
  verdict: string;
  verdictTone: 'better' | 'worse' | 'steady' | 'none';
  comparisons: string[];
  trend: SheetTrendWeek[];
  trendSpan: string;
  interference: string;
  locations: SheetLocation[];
  /** Locations left out for space. */
  moreLocations: number;
  signs: { tier: string; label: string; items: string[] }[];
  routines: string[];
  followedByLower: string;
  breaks: string;
  sleepStress: string[];
  patterns: string[];
  desk: string[];
  method: string;
}

/** Clinician PDF: at most this many locations listed (the map shows all of them). */
export const SHEET_MAX_LOCATIONS = 8;
/** …this many routines (most sessions first; the rest are counted)… */
export const SHEET_MAX_ROUTINES = 8;
/** …and this many workstation answers. */
export const SHEET_MAX_DESK = 3;

const score = (v: number | null) => formatScore(v);
const signed = (v: number) => `${v < 0 ? '−' : '+'}${formatScore(Math.abs(v))}`;

/** "no meaningful change", "meaningful improvement", "meaningful worsening". */
export function verdictWords(change: ReportChange): string {
  if (!change.meaningful) return 'no meaningful change';
  return change.points < 0 ? 'meaningful improvement' : 'meaningful worsening';
}

function changeWords(change: ReportChange): string {
  const percent =
    change.percent === null ? '' : `, ${change.percent < 0 ? '−' : '+'}${Math.round(Math.abs(change.percent))}%`;
  return `${signed(change.points)} points${percent}`;
}

export const MEANINGFUL_THRESHOLD = `≥ ${MEANINGFUL_POINTS} points or ≥ ${MEANINGFUL_PERCENT}%`;

function formatDate(localDate: string, locale?: string): string {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

const FACTOR_LABEL: Record<FactorId, [string, string]> = {
  'short-sleep': [`sleep < ${FACTOR_THRESHOLDS.shortSleepHours} h`, 'longer sleep'],
  'high-stress': [`stress ≥ ${FACTOR_THRESHOLDS.highStress}/10`, 'lower stress'],
  'active-30': [`≥ ${FACTOR_THRESHOLDS.activeMinutes} min activity`, 'less activity'],
  'water-6': [`≥ ${FACTOR_THRESHOLDS.waterGlasses} glasses of water`, 'less water'],
  'breaks-70': [`≥ ${formatShare(FACTOR_THRESHOLDS.breakAdherence)} of breaks kept`, 'fewer breaks kept'],
};

/** Why a date of birth cannot be printed, or null when it can (empty is fine: it is optional). */
export function birthDateProblem(value: string, today: string): string | null {
  if (value === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'Enter the date as year, month and day.';
  if (value < BIRTH_DATE_EARLIEST) return `Enter a date from ${BIRTH_DATE_EARLIEST.slice(0, 4)} on.`;
  if (value > today) return 'That date has not come yet.';
  return null;
}

export function buildClinicianSheet(input: SheetInput): ClinicianSheet {
  const { report: r, locale } = input;
  const name = input.patient.name.trim();
  const dob = input.patient.dateOfBirth;
  const patientParts = [
    name ? `Patient: ${name}` : null,
    dob ? `Date of birth: ${formatDate(dob, locale)}` : null,
  ].filter((p): p is string => p !== null);
  const isoWeek = parseIsoWeek(r.week)?.week ?? '?';

  // --- this week and the baseline
  const figures: ClinicianSheet['figures'] = [
    { label: 'Mean daily pain', value: r.meanDaily === null ? 'not logged' : `${score(r.meanDaily)}/10` },
    { label: 'Worst / least entry', value: r.worst === null ? '–' : `${score(r.worst)} / ${score(r.least)}` },
    { label: 'Days logged', value: `${r.daysLogged} of 7 (${plural(r.entries, 'entry', 'entries')})` },
    { label: `Days with mean ≥ ${PAIN_LEVELS.day}`, value: String(r.daysAtOrAbove4) },
    { label: `Entries ≥ ${PAIN_LEVELS.entry}`, value: String(r.entriesAtOrAbove7) },
    { label: 'Day-to-day SD', value: r.variability === null ? '–' : score(r.variability) },
  ];

  const vs = r.change.vsBaseline;
  let verdict: string;
  let verdictTone: ClinicianSheet['verdictTone'] = 'none';
  if (r.meanDaily === null) {
    verdict = 'No pain entries in this period; no comparison with baseline.';
  } else if (!r.baseline || r.loggingSpanDays < BASELINE_DAYS || !vs) {
    verdict = `Baseline not yet established: day ${r.loggingSpanDays} of the first ${BASELINE_DAYS} days of logging.`;
  } else {
    verdict =
      `Against baseline ${score(vs.from)}/10: ${changeWords(vs)}, ${verdictWords(vs)} ` +
      `(threshold ${MEANINGFUL_THRESHOLD}).`;
    verdictTone = vs.meaningful ? (vs.points < 0 ? 'better' : 'worse') : 'steady';
  }
  const comparisons: string[] = [];
  if (r.baseline && r.baseline.meanDaily !== null) {
    comparisons.push(
      `Baseline: mean of the first ${BASELINE_DAYS} days of logging, ${formatDate(r.baseline.from, locale)} – ${formatDate(r.baseline.to, locale)}: ${score(r.baseline.meanDaily)}/10.`,
    );
  }
  const last = r.change.vsLastWeek;
  if (last) comparisons.push(`Previous week: ${score(last.from)}/10 (${changeWords(last)}, ${verdictWords(last)}).`);

  // --- trend and interference
  const trend: SheetTrendWeek[] = (input.trend ?? []).map((t) => ({
    week: t.week,
    label: shortDateLabel(t.from, locale),
    current: t.week === r.week,
    mean: t.meanDaily,
    worst: t.worst,
    days: t.daysLogged,
    activity: t.interferenceActivity,
    enjoyment: t.interferenceEnjoyment,
    sleep: t.sleepHours,
    stress: t.stress,
  }));
  const first = input.trend?.[0];
  const lastWeek = input.trend?.[input.trend.length - 1];
  const trendSpan =
    first && lastWeek
      ? `Weeks starting ${formatDate(first.from, locale)} – ${formatDate(lastWeek.from, locale)}`
      : 'Not available';

  const c = r.checkins;
  const interference =
    c.interferenceActivity === null && c.interferenceEnjoyment === null
      ? 'Interference not rated this week.'
      : `This week (${plural(c.days, 'check-in', 'check-ins')}): interference with general activity ${score(c.interferenceActivity)}/10, ` +
        `with enjoyment of life ${score(c.interferenceEnjoyment)}/10` +
        (r.meanDaily !== null && c.interferenceActivity !== null && c.interferenceEnjoyment !== null
          ? `; PEG-style mean (pain, enjoyment, activity) ${score((r.meanDaily + c.interferenceActivity + c.interferenceEnjoyment) / 3)}/10.`
          : '.');

  // --- locations, most frequent first
  const ranked = [...r.byRegion].sort(
    (a, b) => b.days - a.days || b.entries - a.entries || b.mean - a.mean || a.region.localeCompare(b.region),
  );
  const locations = ranked.slice(0, SHEET_MAX_LOCATIONS).map((l) => ({
    region: l.region,
    name: regionDisplayName(l.region).replace(/\(your (left|right)\)/, '($1)'),
    days: l.days,
    entries: l.entries,
    mean: l.mean,
    max: l.max,
  }));

  // --- warning signs
  // Each sign once per tier with every date it was reported on, earliest first.
  const signs = warningSignsByTier(r.warningSigns).map((g) => {
    const dates = new Map<string, string[]>();
    for (const s of g.signs) dates.set(s.text, [...(dates.get(s.text) ?? []), s.date]);
    return {
      tier: g.tier,
      label: g.label,
      items: [...dates].map(([text, on]) => `${text}: ${on.map((d) => shortDateLabel(d, locale)).join(', ')}`),
    };
  });

  // --- routines and breaks
  const routines = r.routines.byRoutine.slice(0, SHEET_MAX_ROUTINES).map((x) => {
    const relief =
      x.meanRelief === null ? 'not rated' : `mean rating change ${signed(-x.meanRelief)} (${x.rated} rated)`;
    return `${input.routineTitle(x.routineId)}: ${plural(x.n, 'session', 'sessions')}, ${relief}`;
  });
  const moreRoutines = r.routines.byRoutine.length - SHEET_MAX_ROUTINES;
  if (moreRoutines > 0) routines.push(`and ${plural(moreRoutines, 'other routine', 'other routines')}`);
  const followedByLower = r.routines.helps.length
    ? `Followed by lower pain (≥ ${HELPS_MIN_SESSIONS} rated sessions, mean drop ≥ ${HELPS_MIN_RELIEF} point): ` +
      listWords(r.routines.helps.map((h) => `${input.routineTitle(h.routineId)} (−${score(h.meanRelief)})`)) +
      '.'
    : `No routine met the criterion for lower pain afterwards (≥ ${HELPS_MIN_SESSIONS} rated sessions, mean drop ≥ ${HELPS_MIN_RELIEF} point).`;
  const b = r.breaks.byOutcome;
  const breaks =
    r.breaks.adherence === null
      ? `Routine sessions: ${r.routines.sessions} (${formatMinutes(r.routines.minutes)}). Break prompts: none answered.`
      : `Routine sessions: ${r.routines.sessions} (${formatMinutes(r.routines.minutes)}). Breaks kept: ${formatShare(r.breaks.adherence)} ` +
        `(${b.taken} on prompt, ${b.natural} self-initiated, ${b.skipped} skipped).`;

  // --- sleep and stress, and the clear associations
  const sleepStress = [
    c.days === 0
      ? 'No check-ins this week.'
      : `Sleep ${c.sleepHours === null ? '–' : `${score(c.sleepHours)} h/night`}` +
        (c.sleepQuality === null ? '' : ` (quality ${score(c.sleepQuality)}/10)`) +
        `; stress ${c.stress === null ? '–' : `${score(c.stress)}/10`}` +
        ` (means over ${plural(c.days, 'check-in', 'check-ins')}).`,
  ];
  const clear = r.factors.items.filter((f) => f.shown && f.withMean !== null && f.withoutMean !== null);
  const windowWords = `${FACTOR_WINDOW_DAYS} days to ${formatDate(r.factors.to, locale)}`;
  const patterns = clear.length
    ? clear.map(
        (f) =>
          `Mean pain ${score(f.withMean)} on days with ${FACTOR_LABEL[f.id][0]} vs ${score(f.withoutMean)} otherwise ` +
          `(${f.withDays} vs ${f.withoutDays} days; SD ${score(f.spread)}).`,
      )
    : [
        `No clear association with sleep, stress, activity, water or breaks over ${windowWords} ` +
          `(criterion: ≥ ${FACTOR_MIN_DAYS} days each side, difference ≥ ${PATTERN_MIN_POINTS} point and > pooled SD).`,
      ];
  if (clear.length) patterns.push(`Over ${windowWords}; associations, not causes.`);

  // --- workstation answers that load the painful areas
  const desk = (r.desk?.fixes ?? [])
    .filter((f) => f.score > 0)
    .slice(0, SHEET_MAX_DESK)
    .map((f) => {
      const topic = getWorkstationItem(f.itemId)?.topic ?? f.itemId;
      const answer = getWorkstationOption(f.itemId, f.optionId)?.label ?? f.optionId;
      const muscles = f.muscles
        .slice(0, 3)
        .map((m) => getMuscle(m)?.name ?? m)
        .join(', ');
      const areas = f.regions
        .slice(0, 3)
        .map((x) => regionDisplayName(x).replace(/\(your (left|right)\)/, '($1)'))
        .join(', ');
      return `${topic}: “${answer}”. Loads ${muscles}; logged areas these muscles can account for: ${areas}.`;
    });
  if (r.desk && desk.length === 0) desk.push('No answer in the latest workstation check loads the logged areas.');

  return {
    patientLine: patientParts.length ? patientParts.join(' · ') : null,
    period: `${weekDatesInWords(r.week, locale)} (ISO week ${isoWeek})`,
    printed: formatDate(input.printedOn, locale),
    figures,
    verdict,
    verdictTone,
    comparisons,
    trend,
    trendSpan,
    interference,
    locations,
    moreLocations: Math.max(0, ranked.length - SHEET_MAX_LOCATIONS),
    signs,
    routines,
    followedByLower,
    breaks,
    sleepStress,
    patterns,
    desk,
    method:
      'Self-reported pain on a 0–10 numeric rating scale. An entry counts at its most painful area; the daily mean is ' +
      'the mean of that day’s entries and the weekly mean the mean of the daily means; days without entries are ' +
      `excluded, not counted as 0. Meaningful change: ${MEANINGFUL_THRESHOLD} (IMMPACT). Interference items are ` +
      '0–10 ratings from the daily check-in. Associations are not causes. A self-kept diary, not a diagnosis.',
  };
}
