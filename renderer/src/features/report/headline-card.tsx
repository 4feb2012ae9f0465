/**
 * Owns the top of the report: the headline sentence, what "meaningful" means,
 * and the week's key numbers (average, worst and least, days logged and in
 * pain, days and entries at or above PAIN_LEVELS, and how much days varied).
 */
import { useId } from 'react';
import type { WeeklyReport } from '@common/domain/report';
import { buildHeadline, MEANINGFUL_EXPLAINED } from './report-headline';
import { formatScore } from './report-format';
import { PAIN_LEVELS } from '@common/domain/policy';

export function HeadlineCard({ report, isCurrentWeek }: { report: WeeklyReport; isCurrentWeek: boolean }) {
  const ids = useId();
  const headline = buildHeadline(report, { isCurrentWeek });
  const hasNumbers = report.meanDaily !== null;
  return (
    <section className="card report-headline" aria-labelledby={`${ids}-title`} data-tone={headline.tone}>
      <h2 id={`${ids}-title`} className="visually-hidden">
        Summary
      </h2>
      <p className="headline-title">{headline.title}</p>
      {headline.details.map((d) => (
        <p key={d} className="headline-detail">
          {d}
        </p>
      ))}
      {report.baseline === null && (
        <p>
          <a className="button primary" href="#/pain">
            Log how you feel
          </a>
        </p>
      )}
      {hasNumbers && (
        <>
          <dl className="report-stats">
            <div className="report-stat report-stat-main">
              <dt>Average</dt>
              <dd>
                {formatScore(report.meanDaily)}
                <small> / 10</small>
              </dd>
            </div>
            <div className="report-stat">
              <dt>Worst</dt>
              <dd>{formatScore(report.worst)}</dd>
            </div>
            <div className="report-stat">
              <dt>Least</dt>
              <dd>{formatScore(report.least)}</dd>
            </div>
            <div className="report-stat">
              <dt>Days logged</dt>
              <dd>
                {report.daysLogged}
                <small> of 7</small>
              </dd>
            </div>
            <div className="report-stat">
              <dt>Days with pain</dt>
              <dd>{report.daysWithPain}</dd>
            </div>
            <div className="report-stat">
              <dt>Days at {PAIN_LEVELS.day} or more</dt>
              <dd>{report.daysAtOrAbove4}</dd>
            </div>
            <div className="report-stat">
              <dt>Entries at {PAIN_LEVELS.entry} or more</dt>
              <dd>{report.entriesAtOrAbove7}</dd>
            </div>
            <div className="report-stat">
              <dt>Day-to-day spread</dt>
              <dd>{report.variability === null ? '–' : `±${formatScore(report.variability)}`}</dd>
            </div>
          </dl>
          <p className="hint headline-meaningful">
            {MEANINGFUL_EXPLAINED} Pain is on a 0–10 scale: 0 is no pain, 10 the worst you can imagine.
          </p>
        </>
      )}
    </section>
  );
}
