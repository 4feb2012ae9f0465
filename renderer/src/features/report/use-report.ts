/**
 * Owns loading one week's report from main: the report itself, the 12-week
 * trend ending with it, the week's pain entries (for the clinician's table)
 * and the names of the person's own routines. The last week shown stays on
 * screen while the next one loads, so moving between weeks never flashes.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TrendWeek, WeeklyReport } from '@common/domain/report';
import type { PainEntry } from '@common/domain/pain';
import { weekDates } from '@common/domain/iso-week';
import { api, errorMessage } from '@renderer/lib/api';

export const TREND_WEEKS = 12;

export interface LoadedReport {
  week: string;
  report: WeeklyReport;
  /** Oldest first; null when the trend could not be loaded (the report still shows). */
  trend: TrendWeek[] | null;
  entries: PainEntry[];
  /** Titles of the person's own routines by id (built-in ones come from the atlas). */
  customTitles: ReadonlyMap<string, string>;
}

export interface ReportState {
  data: LoadedReport | null;
  loading: boolean;
  error: string | null;
  retry(): void;
}

export function useReport(week: string): ReportState {
  const [data, setData] = useState<LoadedReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const { from, to } = weekDates(week);
    Promise.all([
      api.report.weekly({ week }),
      api.report.trend({ weeks: TREND_WEEKS, endWeek: week }).catch(() => null),
      api.pain.list({ from, to, limit: 5000 }),
      api.routines.customList().catch(() => []),
    ]).then(
      ([report, trend, entries, custom]) => {
        if (!current) return;
        setData({ week, report, trend, entries, customTitles: new Map(custom.map((r) => [r.id, r.title])) });
        setError(null);
      },
      (err: unknown) => {
        if (current) setError(errorMessage(err));
      },
    );
    return () => {
      current = false;
    };
  }, [week, attempt]);

  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);
  return { data, loading: data?.week !== week && error === null, error, retry };
}
