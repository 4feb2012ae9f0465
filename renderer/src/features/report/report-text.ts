/**
 * Owns the report's sections in words: factors (associations over FACTOR_WINDOW_DAYS,
 * never causes), breaks and adherence, routines and what helps, check-in
 * averages, the heat map's list alternative, warning signs and advice order,
 * and the default paper size for the clinician PDF. Pure, so it is unit-tested.
 */
import type { FactorId, ReportFactor, ReportRoutine, StepLink, WeeklyReport } from '@common/domain/report';
import { byTier, warningSign, type TriageTier } from '@common/domain/red-flags';
import { regionDisplayName } from '@common/domain/body-regions';
import type { PaperSize } from '@common/domain/report-pdf';
import { FACTOR_MIN_DAYS, FACTOR_THRESHOLDS, PATTERN_MIN_POINTS } from '@common/domain/policy';
import { formatMinutes, formatPoints, formatScore, formatShare, plural } from './report-format';

export { FACTOR_MIN_DAYS, FACTOR_WINDOW_DAYS, HELPS_MIN_SESSIONS } from '@common/domain/policy';

const FACTOR_DAYS: Record<FactorId, string> = {
  'short-sleep': `you slept under ${FACTOR_THRESHOLDS.shortSleepHours} hours`,
  'high-stress': `your stress was ${FACTOR_THRESHOLDS.highStress} or more out of 10`,
  'active-30': `you were active for ${FACTOR_THRESHOLDS.activeMinutes} minutes or more`,
  'water-6': `you drank ${FACTOR_THRESHOLDS.waterGlasses} or more glasses of water`,
  'breaks-70': `you took at least ${formatShare(FACTOR_THRESHOLDS.breakAdherence)} of your breaks`,
};

/** "On days you slept under 6 hours your pain averaged 5.1, vs 3.8 on other days (12 vs 9 days)." */
export function factorSentence(factor: ReportFactor): string {
  return (
    `On days ${FACTOR_DAYS[factor.id]} your pain averaged ${formatScore(factor.withMean)}, ` +
    `vs ${formatScore(factor.withoutMean)} on other days (${factor.withDays} vs ${plural(factor.withoutDays, 'day', 'days')}).`
  );
}

export function shownFactors(report: WeeklyReport): ReportFactor[] {
  return report.factors.items.filter((f) => f.shown && f.withMean !== null && f.withoutMean !== null);
}

/** The rule a pattern passes to be shown, in words (policy.ts isClearPattern). */
export const PATTERN_RULE =
  `A pattern shows only when each side has at least ${FACTOR_MIN_DAYS} days and the two averages differ by at least ` +
  `${PATTERN_MIN_POINTS} point and by more than your days vary anyway.`;

/**
 * Why no pattern is shown, said once: too few days on any side, or days enough but no difference bigger than
 * the everyday ups and downs. Null when a pattern is shown.
 */
export function noPatternSentence(report: WeeklyReport): string | null {
  if (shownFactors(report).length > 0) return null;
  return report.factors.items.some((f) => f.enoughDays)
    ? 'Not enough difference yet: on the days you could compare, pain was no different beyond your usual ups and downs.'
    : `Not enough days to compare yet: each comparison needs at least ${FACTOR_MIN_DAYS} days on each side from your daily check-ins.`;
}

export interface BreakSummary {
  taken: number;
  natural: number;
  skipped: number;
  /** "You took 78% of your breaks …", or why there is no share. */
  sentence: string;
}

export function breakSummary(report: WeeklyReport): BreakSummary {
  const count = (outcome: 'taken' | 'natural' | 'skipped') => report.breaks.byOutcome[outcome] ?? 0;
  const taken = count('taken');
  const natural = count('natural');
  const skipped = count('skipped');
  const adherence = report.breaks.adherence;
  const sentence =
    adherence === null
      ? 'No break prompts were answered or skipped this week.'
      : `You took ${formatShare(adherence)} of your breaks, from a prompt or by stepping away on your own, ` +
        `and skipped ${skipped === 0 ? 'none' : skipped}.`;
  return { taken, natural, skipped, sentence };
}

/** "Eased by 1.7 points on average over 3 sessions" (or why there is no number). */
export function reliefPhrase(routine: ReportRoutine): string {
  const sessions = plural(routine.n, 'session', 'sessions');
  if (routine.meanRelief === null) return `${sessions}, no before-and-after ratings`;
  const size = formatPoints(routine.meanRelief);
  if (size === '0.0') return `${sessions}, no change on average`;
  const verb = routine.meanRelief > 0 ? 'eased by' : 'felt worse by';
  return `${sessions}, ${verb} ${size} on average (${routine.rated} rated)`;
}

export function routinesSentence(report: WeeklyReport): string {
  const { sessions, minutes, strength } = report.routines;
  if (sessions === 0) return 'No routines this week.';
  const strengthPart = strength > 0 ? `, ${strength} of them strengthening` : '';
  return `${plural(sessions, 'routine session', 'routine sessions')}${strengthPart}, ${formatMinutes(minutes)} in all.`;
}

export interface CheckinAverage {
  label: string;
  value: string;
}

/** The week's check-in averages that have any answers, in the check-in's order. */
export function checkinAverages(report: WeeklyReport): CheckinAverage[] {
  const c = report.checkins;
  const rows: [string, number | null, (v: number) => string][] = [
    ['Sleep', c.sleepHours, (v) => `${formatScore(v)} h a night`],
    ['Sleep quality', c.sleepQuality, (v) => `${formatScore(v)} / 10`],
    ['Stress', c.stress, (v) => `${formatScore(v)} / 10`],
    ['Active', c.activeMinutes, (v) => `${Math.round(v)} min a day`],
    ['Water', c.water, (v) => `${formatScore(v)} glasses a day`],
    ['Pain got in the way of daily activity', c.interferenceActivity, (v) => `${formatScore(v)} / 10`],
    ['Pain got in the way of enjoying life', c.interferenceEnjoyment, (v) => `${formatScore(v)} / 10`],
  ];
  return rows.filter(([, v]) => v !== null).map(([label, v, show]) => ({ label, value: show(v!) }));
}

export interface RegionHeat {
  region: string;
  name: string;
  mean: number;
  max: number;
  entries: number;
  days: number;
  burden: number;
  /** "on 3 days", how often. */
  often: string;
  /** "4.7 on average, at most 7.0", how strongly. */
  strongly: string;
  /** "Temple (your right): on 3 days, 4.7 on average, at most 7.0 (14 intensity-days)". */
  sentence: string;
}

/** How the areas are ranked, in words (region-burden.ts). */
export const AREA_RANKING =
  'Ranked by how often and how much each area hurt: every day an area was logged adds its average that day ' +
  '(intensity-days), so a place that hurt on five days comes before one that hurt once.';

/** The heat map as a list in main's order: most intensity-days first (then more days, a higher average). */
export function regionHeatList(report: WeeklyReport): RegionHeat[] {
  return report.byRegion.map((r) => {
    const name = regionDisplayName(r.region);
    const often = `on ${plural(r.days, 'day', 'days')}`;
    const strongly = `${formatScore(r.mean)} on average, at most ${formatScore(r.max)}`;
    return {
      region: r.region,
      name,
      mean: r.mean,
      max: r.max,
      entries: r.entries,
      days: r.days,
      burden: r.burden,
      often,
      strongly,
      sentence: `${name}: ${often}, ${strongly} (${formatScore(r.burden)} intensity-days)`,
    };
  });
}

/** Intensity per region for the body map (the week's mean). */
export function heatIntensities(report: WeeklyReport): Record<string, number> {
  return Object.fromEntries(report.byRegion.map((r) => [r.region, r.mean]));
}

/** The words of a warning sign the person ticked (its id if it is one we no longer ask about). */
export function warningSignLabel(sign: string): string {
  return warningSign(sign)?.label ?? sign;
}

/** The triage tier of a warning sign (null for one we no longer ask about). */
export function warningSignTier(sign: string): TriageTier | null {
  return warningSign(sign)?.tier ?? null;
}

/** Most urgent tier first; otherwise as given. */
export function orderedAdvice(report: WeeklyReport): WeeklyReport['advice'] {
  return byTier(report.advice);
}

/** Where a next step's link goes in the app. */
export function stepHref(link: StepLink): string {
  switch (link.to) {
    case 'routine':
      return `#/routines/play/${encodeURIComponent(link.id ?? '')}`;
    case 'lesson':
      return `#/learn/${encodeURIComponent(link.id ?? '')}`;
    case 'workstation-check':
      return '#/learn/workstation-check';
    case 'settings':
      return '#/settings';
    case 'pain-log':
      return '#/pain';
  }
}

/** Where US Letter is the usual paper; everywhere else uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI']);

/** The paper people in this locale usually have: "en-US" → Letter, "de-DE" or "en-GB" → A4. */
export function defaultPaperSize(locale: string | undefined): PaperSize {
  if (!locale) return 'A4';
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
  } catch {
    return 'A4';
  }
}
