/**
 * Owns the weekly-report use case: which dates a week's report and the trend
 * read (the week, the factors' window, the baseline), asking the database for
 * those rows through ReportRowSource (main/db/report-queries.ts) and computing
 * the numbers with main/core/report.ts, counting logged days only up to today.
 */
import { addWeeks, shiftDate, weekDates } from '../../common/domain/iso-week';
import { BASELINE_DAYS, FACTOR_WINDOW_DAYS } from '../../common/domain/policy';
import type { TrendWeek, WeeklyReport } from '../../common/domain/report';
import type { ReportRowSource } from './ports';
import { computeTrend, computeWeeklyReport } from './report';

export interface WeeklyReports {
  weekly(week: string): WeeklyReport;
  /** `weeks` consecutive weeks ending with `endWeek`, oldest first. */
  trend(weeks: number, endWeek: string): TrendWeek[];
  /** Whether the week has any pain entry (the weekly reminder stays quiet for an empty week). */
  hasEntries(week: string): boolean;
}

/** `today` is the local date by main's clock: the days counted so far stop there. */
export function createWeeklyReports(rows: ReportRowSource, today: () => string): WeeklyReports {
  return {
    weekly(week) {
      const { from, to } = weekDates(week);
      // The 28 days ending on Sunday hold this week, last week and the factors' window.
      const windowFrom = shiftDate(to, -(FACTOR_WINDOW_DAYS - 1));
      const read = rows.weeklyRows({ week, from, to, windowFrom, baselineDays: BASELINE_DAYS });
      return computeWeeklyReport({ ...read, today: today() });
    },
    trend(count, endWeek) {
      const weeks = Array.from({ length: count }, (_, i) => addWeeks(endWeek, i - (count - 1)));
      // The whole span at once, bucketed into weeks in memory.
      return computeTrend(weeks, rows.trendRows(weekDates(weeks[0]!).from, weekDates(endWeek).to));
    },
    hasEntries(week) {
      const { from, to } = weekDates(week);
      return rows.hasEntries(from, to);
    },
  };
}
