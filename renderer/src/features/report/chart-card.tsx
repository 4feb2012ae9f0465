/**
 * Owns a chart with its table alternative: the table is always in the page
 * for screen readers (visually hidden while the chart shows), and a visible
 * "Show as table" button swaps the two for anyone who prefers the numbers.
 */
import { useId, useState, type ReactNode } from 'react';

interface Props {
  title: string;
  intro?: ReactNode;
  legend?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  className?: string;
}

export function ChartCard({ title, intro, legend, chart, table, className }: Props) {
  const [asTable, setAsTable] = useState(false);
  const ids = useId();
  return (
    <section className={`card chart-card ${className ?? ''}`} aria-labelledby={`${ids}-title`} data-as-table={asTable}>
      <div className="report-card-head">
        <h2 id={`${ids}-title`}>{title}</h2>
        <button
          type="button"
          className="chart-toggle"
          aria-controls={`${ids}-table`}
          onClick={() => setAsTable((v) => !v)}
        >
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </div>
      {intro}
      {!asTable && legend}
      <div className="chart-area" hidden={asTable}>
        {chart}
      </div>
      {/* Shown as a table it may scroll sideways in a narrow window, so it takes focus to be scrolled by keyboard. */}
      <div
        id={`${ids}-table`}
        className={asTable ? 'chart-table' : 'chart-table visually-hidden'}
        tabIndex={asTable ? 0 : undefined}
        role={asTable ? 'region' : undefined}
        aria-labelledby={asTable ? `${ids}-title` : undefined}
      >
        {table}
      </div>
    </section>
  );
}

/** The chart's key: the line, the band and the shaded days. */
export function ChartLegend({ band, gap }: { band: string; gap: string }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      <li>
        <svg viewBox="0 0 24 12" className="chart-legend-swatch">
          <line x1="1" x2="23" y1="6" y2="6" className="chart-line" />
          <circle cx="12" cy="6" r="3.5" className="chart-point" />
        </svg>
        Average
      </li>
      <li>
        <svg viewBox="0 0 24 12" className="chart-legend-swatch">
          <rect x="1" y="1" width="22" height="10" rx="2" className="chart-band" />
        </svg>
        {band}
      </li>
      <li>
        <svg viewBox="0 0 24 12" className="chart-legend-swatch">
          <rect x="1" y="1" width="22" height="10" rx="2" className="chart-gap" />
        </svg>
        {gap}
      </li>
    </ul>
  );
}
