/**
 * Owns the report's headline in plain words: this week's average, how it
 * compares with last week and with the person's baseline, and whether the
 * change is big enough to matter (MEANINGFUL_RULE, the size most people
 * notice as a real difference). Honest about empty weeks and a baseline that
 * is still being set. Pure, so every sentence is unit-tested.
 */
import type { ReportChange, WeeklyReport } from '@common/domain/report';
import { formatPercent, formatPoints, formatScore, plural, roundTo } from './report-format';
import { longDayLabel } from './report-week';
import { BASELINE_DAYS, MEANINGFUL_PERCENT, MEANINGFUL_POINTS, weeksInWords } from '@common/domain/policy';

/** The meaningful-change rule in words: "about 2 points or 30%". */
export const MEANINGFUL_RULE = `about ${MEANINGFUL_POINTS} points or ${MEANINGFUL_PERCENT}%`;

export interface Headline {
  /** The one-sentence summary, shown large. */
  title: string;
  /** Further sentences (baseline, what "meaningful" means), in order. */
  details: string[];
  /** For styling only; the words carry the meaning. */
  tone: 'better' | 'worse' | 'steady' | 'empty';
}

export const MEANINGFUL_EXPLAINED = `A change counts as meaningful from ${MEANINGFUL_RULE} — roughly where most people notice a real difference. Smaller shifts are part of everyday ups and downs.`;

function pointsWord(points: number): string {
  const shown = formatPoints(points);
  return plural(shown === '1.0' ? 1 : 2, 'point', 'points', shown);
}

/** Whether a change shows as zero once rounded to one decimal. */
function roundsToNothing(change: ReportChange): boolean {
  return roundTo(Math.abs(change.points), 1) === 0;
}

/** "1.1 points lower than last week" / "about the same as last week" (without `against`: "1.1 points lower"). */
export function changePhrase(change: ReportChange, against?: string): string {
  if (roundsToNothing(change)) return against ? `about the same as ${against}` : 'about the same';
  const than = against ? ` than ${against}` : '';
  return `${pointsWord(change.points)} ${change.points < 0 ? 'lower' : 'higher'}${than}`;
}

/** What the change means: meaningful, or within everyday ups and downs. */
export function changeMeaning(change: ReportChange): string | null {
  if (roundsToNothing(change)) return null;
  if (!change.meaningful) return 'a small change, within everyday ups and downs';
  const percent = change.percent === null ? '' : ` (${formatPercent(change.percent)})`;
  return change.points < 0
    ? `a meaningful improvement${percent}`
    : `a meaningful rise${percent}, worth keeping an eye on`;
}

function withMeaning(change: ReportChange, against?: string): string {
  const meaning = changeMeaning(change);
  return meaning ? `${changePhrase(change, against)} — ${meaning}` : changePhrase(change, against);
}

export function buildHeadline(report: WeeklyReport, options: { isCurrentWeek: boolean }): Headline {
  if (report.meanDaily === null) {
    // The baseline exists as soon as anything at all is logged.
    if (report.baseline === null) {
      return {
        title: 'Nothing logged yet.',
        details: [
          'Once you log how you feel — a 0 on a good day counts too — this page shows your week: the average, the better and harder days, where it hurt and what seems to help.',
        ],
        tone: 'empty',
      };
    }
    if (report.loggingSpanDays === 0) {
      return {
        title: 'No pain entries this week.',
        details: [`This week is before your first entry, on ${longDayLabel(report.baseline.from)}.`],
        tone: 'empty',
      };
    }
    return {
      title: 'No pain entries this week.',
      details: [
        options.isCurrentWeek
          ? 'There is still time: whatever you log this week shows up here. Days without entries are left out, never counted as pain-free.'
          : 'Days without entries are left out of every average, never counted as pain-free.',
      ],
      tone: 'empty',
    };
  }

  const mean = formatScore(report.meanDaily);
  const lastWeek = report.change.vsLastWeek;
  const title = lastWeek
    ? `Your pain averaged ${mean} this week, ${withMeaning(lastWeek, 'last week')}.`
    : `Your pain averaged ${mean} out of 10 this week.`;

  const details: string[] = [];
  if (!lastWeek) details.push('Last week has no entries to compare with.');
  details.push(...baselineSentences(report));

  const judged = report.change.vsBaseline ?? lastWeek;
  let tone: Headline['tone'] = 'steady';
  if (judged?.meaningful && !roundsToNothing(judged)) tone = judged.points < 0 ? 'better' : 'worse';
  return { title, details, tone };
}

function baselineSentences(report: WeeklyReport): string[] {
  const baseline = report.baseline;
  if (!baseline) return [];
  if (report.loggingSpanDays < BASELINE_DAYS) {
    return [
      `Your baseline — the average of your first ${BASELINE_DAYS} days of logging — is still being set: ${plural(report.loggingSpanDays, 'day', 'days')} of ${BASELINE_DAYS} so far. After that, each week is compared with it.`,
    ];
  }
  const change = report.change.vsBaseline;
  if (!change || baseline.meanDaily === null) return [];
  return [
    `Compared with your baseline of ${formatScore(baseline.meanDaily)} (your first ${weeksInWords(BASELINE_DAYS)}), this week is ${withMeaning(change)}.`,
  ];
}
