/**
 * Owns the Report section (#/report/<ISO week>, default this week; loaded
 * lazily): the week picker, the headline, advice, the daily chart and 12-week
 * trend, the body heat map, breaks, routines, what helps, patterns, check-ins,
 * the week's entries and "This week"; and "Save as PDF" for a clinician, which
 * prints the clinician sheet (clinician-sheet.tsx, report-print.css) with the
 * name, date of birth and paper remembered in settings.
 */
import { useState } from 'react';
import { isoWeekOf } from '@common/domain/iso-week';
import { DEFAULT_SETTINGS, type ClinicianPdfSettings, type Settings } from '@common/domain/settings';
import { navigate, useRouteParams } from '@renderer/lib/routes';
import { todayLocalDate } from '@renderer/lib/dates';
import { api } from '@renderer/lib/api';
import { weekFromParam } from './report-week';
import { useReport } from './use-report';
import { WeekPicker } from './week-picker';
import { HeadlineCard } from './headline-card';
import { DailyChart } from './daily-chart';
import { TrendChart } from './trend-chart';
import { HeatMap } from './heat-map';
import {
  AdviceSection,
  BreaksSection,
  CheckinsSection,
  FactorsSection,
  HelpsSection,
  NextStepsSection,
  RoutinesSection,
  WorkstationSection,
  routineTitle,
} from './report-sections';
import { ClinicianSheet } from './clinician-sheet';
import { EntriesTable } from './entries-table';
import { SavePdf, initialPaper } from './save-pdf';
import './report.css';
import './report-print.css';

interface Props {
  shell: 'electron' | 'web' | null;
  settings: Settings | null;
  onSettingsChange(settings: Settings): void;
}

const samePdf = (a: ClinicianPdfSettings, b: ClinicianPdfSettings) =>
  a.name === b.name && a.dateOfBirth === b.dateOfBirth && a.paper === b.paper;

export function ReportScreen({ shell, settings, onSettingsChange }: Props) {
  const params = useRouteParams();
  const today = todayLocalDate();
  const currentWeek = isoWeekOf(today);
  const week = weekFromParam(params[0], currentWeek);
  const { data, loading, error, retry } = useReport(week);
  // What the clinician PDF prints: the remembered name, date of birth and paper, as edited in Save as PDF.
  const remembered = settings?.clinicianPdf ?? DEFAULT_SETTINGS.clinicianPdf;
  const [pdf, setPdf] = useState<ClinicianPdfSettings>(remembered);
  // Settings arriving (or saved) replace the edits, adjusted while rendering rather than in an effect.
  const [seen, setSeen] = useState(remembered);
  if (seen !== remembered) {
    setSeen(remembered);
    setPdf(remembered);
  }
  const paper = pdf.paper ?? initialPaper();

  async function remember(next: ClinicianPdfSettings) {
    if (!settings || samePdf(next, settings.clinicianPdf)) return;
    onSettingsChange(await api.settings.update({ patch: { clinicianPdf: next } }));
  }

  const shown = data?.report;
  return (
    <div className="report-page" data-paper={paper === 'Letter' ? 'letter' : 'a4'}>
      <div className="page-header report-header">
        <div>
          <h1 tabIndex={-1}>Weekly report</h1>
          <p>How your pain went, what helped, and a copy for your clinician.</p>
        </div>
        {shown && <SavePdf week={shown.week} shell={shell} pdf={pdf} onPdfChange={setPdf} remember={remember} />}
      </div>
      <WeekPicker week={week} currentWeek={currentWeek} onChange={(w) => navigate('report', w)} />

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
        </div>
      )}
      {data && shown && (
        <ClinicianSheet
          report={shown}
          trend={data.trend}
          routineTitle={(id) => routineTitle(id, data.customTitles)}
          patient={pdf}
          printedOn={today}
        />
      )}
    </div>
  );
}
