/**
 * Owns the week's daily chart: each day's average with its worst-to-least
 * band, Monday to Sunday, days without entries left as gaps; and its table.
 */
import type { WeeklyReport } from '@common/domain/report';
import { formatScore, plural } from './report-format';
import { dayLabel, longDayLabel, shortDateLabel } from './report-week';
import { ChartCard, ChartLegend } from './chart-card';
import { LineChart, type ChartSlot } from './line-chart';

function dailySummary(report: WeeklyReport): string {
  const logged = report.daily.filter((d) => d.mean !== null);
  if (logged.length === 0) return 'Daily pain chart: nothing logged this week.';
  const worstDay = logged.reduce((a, b) => ((b.worst ?? 0) > (a.worst ?? 0) ? b : a));
  return (
    `Daily pain chart, Monday to Sunday, on a 0 to 10 scale: ${plural(logged.length, 'day', 'days')} logged, ` +
    `averages from ${formatScore(Math.min(...logged.map((d) => d.mean!)))} to ${formatScore(Math.max(...logged.map((d) => d.mean!)))}; ` +
    `the worst moment was ${formatScore(worstDay.worst)} on ${longDayLabel(worstDay.date)}. The table below has every day.`
  );
}

export function DailyChart({ report }: { report: WeeklyReport }) {
  const slots: ChartSlot[] = report.daily.map((d) => ({
    key: d.date,
    label: dayLabel(d.date),
    sublabel: shortDateLabel(d.date),
    value: d.mean,
    high: d.worst,
    low: d.least,
    title:
      d.mean === null
        ? `${longDayLabel(d.date)}: nothing logged`
        : `${longDayLabel(d.date)}: average ${formatScore(d.mean)}, worst ${formatScore(d.worst)}, least ${formatScore(d.least)} (${plural(d.entries, 'entry', 'entries')})`,
  }));
  return (
    <ChartCard
      title="Day by day"
      className="report-daily"
      intro={
        <p className="hint">
          Each day’s average pain (the mean of that day’s entries, each counted by its most painful area), with the band
          from the least to the worst moment. Shaded days have no entries — a gap, not a zero.
        </p>
      }
      legend={<ChartLegend band="Least to worst" gap="Nothing logged" />}
      chart={<LineChart slots={slots} summary={dailySummary(report)} height={250} showValues />}
      table={
        <table className="report-table">
          <caption>Daily pain, 0–10</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Entries</th>
              <th scope="col">Average</th>
              <th scope="col">Worst</th>
              <th scope="col">Least</th>
            </tr>
          </thead>
          <tbody>
            {report.daily.map((d) => (
              <tr key={d.date}>
                <th scope="row">{longDayLabel(d.date)}</th>
                <td>{d.entries}</td>
                {d.mean === null ? (
                  <td colSpan={3} className="muted">
                    Nothing logged
                  </td>
                ) : (
                  <>
                    <td>{formatScore(d.mean)}</td>
                    <td>{formatScore(d.worst)}</td>
                    <td>{formatScore(d.least)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
