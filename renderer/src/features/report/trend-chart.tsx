/**
 * Owns the small 12-week trend: each week's average with its worst-to-least
 * band, labelled by the date each week starts, the week being looked at
 * marked, and a table whose weeks (with their ISO numbers) link to their own reports.
 */
import type { TrendWeek } from '@common/domain/report';
import { formatScore, formatShare, plural } from './report-format';
import { shortDateLabel, weekDatesInWords, weekName } from './report-week';
import { ChartCard, ChartLegend } from './chart-card';
import { LineChart, type ChartSlot } from './line-chart';

export function TrendChart({ trend, week }: { trend: readonly TrendWeek[]; week: string }) {
  const logged = trend.filter((t) => t.meanDaily !== null);
  const slots: ChartSlot[] = trend.map((t) => ({
    key: t.week,
    // Weeks by the date they start ("14 Sep"); the ISO week number stays in the tooltip and the table.
    label: shortDateLabel(t.from),
    value: t.meanDaily,
    high: t.worst,
    low: t.least,
    emphasis: t.week === week,
    title:
      t.meanDaily === null
        ? `${weekName(t.week)}: nothing logged`
        : `${weekName(t.week)}: average ${formatScore(t.meanDaily)} over ${plural(t.daysLogged, 'day', 'days')}`,
  }));
  const summary =
    logged.length === 0
      ? `Trend over the last ${trend.length} weeks: nothing logged.`
      : `Trend over the last ${trend.length} weeks: ${plural(logged.length, 'week', 'weeks')} with entries, weekly averages from ` +
        `${formatScore(Math.min(...logged.map((t) => t.meanDaily!)))} to ${formatScore(Math.max(...logged.map((t) => t.meanDaily!)))}. The table below has every week.`;
  return (
    <ChartCard
      title={`The last ${trend.length} weeks`}
      className="report-trend"
      intro={<p className="hint">Each week’s average pain; the larger dot is the week shown above.</p>}
      legend={<ChartLegend band="Least to worst" gap="Nothing logged" />}
      chart={<LineChart slots={slots} summary={summary} height={190} minLabelWidth={46} />}
      table={
        <table className="report-table">
          <caption>Weekly pain, 0–10, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Days logged</th>
              <th scope="col">Average</th>
              <th scope="col">Worst</th>
              <th scope="col">Breaks taken</th>
              <th scope="col">Routines</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((t) => (
              <tr key={t.week} aria-current={t.week === week ? 'true' : undefined}>
                <th scope="row">
                  <a href={`#/report/${t.week}`}>{weekName(t.week)}</a>
                  <span className="hint"> {weekDatesInWords(t.week)}</span>
                </th>
                <td>{t.daysLogged}</td>
                <td>{formatScore(t.meanDaily)}</td>
                <td>{formatScore(t.worst)}</td>
                <td>{t.adherence === null ? '–' : formatShare(t.adherence)}</td>
                <td>{t.routineSessions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
