/**
 * Owns the Report section (#/report/<ISO week>, default this week; loaded
 * lazily): the week picker, the headline, advice, the daily chart and 12-week
 * trend, the body heat map, breaks, routines, what helps, patterns, check-ins,
 * the week's entries, and "Save as PDF" for a clinician, whose one-or-two-page
 * layout is the print stylesheet (report-print.css).
 */
import { useState } from 'react';
import { isoWeekOf } from '@common/domain/iso-week';
import type { PaperSize } from '@common/domain/report-pdf';
import { navigate, useRouteParams } from '@renderer/lib/routes';
import { todayLocalDate } from '@renderer/lib/dates';
import { appNow } from '@renderer/lib/clock';
import { weekDatesInWords, weekFromParam, weekName } from './report-week';
import { useReport } from './use-report';
import { WeekPicker } from './week-picker';
import { HeadlineCard } from './headline-card';
import { DailyChart } from './daily-chart';
import { TrendChart } from './trend-chart';
import { HeatMap } from './heat-map';
import { MEANINGFUL_RULE } from './report-headline';
import {
  AdviceSection,
  BreaksSection,
  CheckinsSection,
  FactorsSection,
  HelpsSection,
  NextStepsSection,
  RoutinesSection,
  WorkstationSection,
} from './report-sections';
import { EntriesTable } from './entries-table';
import { SavePdf, initialPaper } from './save-pdf';
import './report.css';
import './report-print.css';

export function ReportScreen({ shell }: { shell: 'electron' | 'web' | null }) {
  const params = useRouteParams();
  const currentWeek = isoWeekOf(todayLocalDate());
  const week = weekFromParam(params[0], currentWeek);
  const { data, loading, error, retry } = useReport(week);
  const [paper, setPaper] = useState<PaperSize>(initialPaper);

  const shown = data?.report;
  return (
    <div className="report-page" data-paper={paper === 'Letter' ? 'letter' : 'a4'}>
      <div className="page-header report-header">
        <div>
          <h1 tabIndex={-1}>Weekly report</h1>
          <p>How your pain went, what helped, and a copy for your clinician.</p>
        </div>
        {shown && <SavePdf week={shown.week} shell={shell} paper={paper} onPaperChange={setPaper} />}
      </div>
      <WeekPicker week={week} currentWeek={currentWeek} onChange={(w) => navigate('report', w)} />

      <header className="print-only report-print-head">
        <p className="report-print-title">Weekly pain report · {shown ? weekName(shown.week) : ''}</p>
        <p>
          {shown ? weekDatesInWords(shown.week) : ''} · self-reported in Unknot · printed{' '}
          {new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(appNow()))}
        </p>
      </header>

      {error && (
        <div className="alert error" role="alert">
          <p>Your report could not be loaded: {error}</p>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {!data && !error && (
        <p className="report-loading" role="status">
          Putting your week together…
        </p>
      )}
      {data && shown && (
        <div className="report-body" aria-busy={loading} data-loading={loading || undefined}>
          <HeadlineCard report={shown} isCurrentWeek={shown.week === currentWeek} />
          <AdviceSection report={shown} />
          {shown.daysLogged > 0 && <DailyChart report={shown} />}
          {shown.loggingSpanDays > 0 && <HeatMap report={shown} />}
          {data.trend && data.trend.some((t) => t.meanDaily !== null) && (
            <TrendChart trend={data.trend} week={shown.week} />
          )}
          <div className="report-pair report-pair-activity">
            <BreaksSection report={shown} />
            <RoutinesSection report={shown} customTitles={data.customTitles} />
          </div>
          <HelpsSection report={shown} customTitles={data.customTitles} />
          <div className="report-pair report-pair-checkins">
            <FactorsSection report={shown} />
            <CheckinsSection report={shown} />
          </div>
          <WorkstationSection report={shown} />
          <EntriesTable entries={data.entries} />
          <NextStepsSection report={shown} customTitles={data.customTitles} />
          <footer className="print-only report-print-foot">
            <p>
              Pain is rated 0–10 (0 none, 10 the worst imaginable). An entry counts as its most painful area; a day’s
              average is the mean of its entries; days without entries are left out. Changes of {MEANINGFUL_RULE} are
              treated as meaningful. Patterns are associations, not causes. This is a self-kept diary, not a diagnosis.
            </p>
          </footer>
        </div>
      )}
    </div>
  );
}
