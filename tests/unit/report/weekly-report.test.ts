// The weekly-report use case: which dates it asks the database for (the rows
// themselves and the numbers are tested in report-queries.test.ts and report-core.test.ts).
import { describe, expect, it } from 'vitest';
import { createWeeklyReports } from '../../../main/core/weekly-report';
import type { ReportRowSource, WeeklyRowRanges } from '../../../main/core/ports';
import { BASELINE_DAYS, FACTOR_WINDOW_DAYS } from '../../../common/domain/policy';
import { daysBetween } from '../../../common/domain/iso-week';
import { emptyReportRows } from './report-fixture';

function recordingSource() {
  const asked: { weekly: WeeklyRowRanges[]; trend: [string, string][]; entries: [string, string][] } = {
    weekly: [],
    trend: [],
    entries: [],
  };
  const source: ReportRowSource = {
    weeklyRows(ranges) {
      asked.weekly.push(ranges);
      return emptyReportRows(ranges.week);
    },
    trendRows(from, to) {
      asked.trend.push([from, to]);
      return { days: [], breaks: [], sessions: [], checkins: [] };
    },
    hasEntries(from, to) {
      asked.entries.push([from, to]);
      return true;
    },
  };
  return { source, asked };
}

describe('the weekly-report use case', () => {
  it('reads the week, the factors’ window ending on its Sunday and the baseline’s length from the rules', () => {
    const { source, asked } = recordingSource();
    const report = createWeeklyReports(source, () => '2026-12-01').weekly('2026-W47');
    expect(report.week).toBe('2026-W47');
    expect(asked.weekly).toEqual([
      { week: '2026-W47', from: '2026-11-16', to: '2026-11-22', windowFrom: '2026-10-26', baselineDays: BASELINE_DAYS },
    ]);
    expect(daysBetween('2026-10-26', '2026-11-22') + 1).toBe(FACTOR_WINDOW_DAYS);
  });

  it('reads the whole trend span at once, and a week’s dates for hasEntries', () => {
    const { source, asked } = recordingSource();
    const reports = createWeeklyReports(source, () => '2026-12-01');
    const trend = reports.trend(3, '2026-W47');
    expect(trend.map((w) => w.week)).toEqual(['2026-W45', '2026-W46', '2026-W47']);
    expect(asked.trend).toEqual([['2026-11-02', '2026-11-22']]);
    expect(reports.hasEntries('2026-W47')).toBe(true);
    expect(asked.entries).toEqual([['2026-11-16', '2026-11-22']]);
  });
});
