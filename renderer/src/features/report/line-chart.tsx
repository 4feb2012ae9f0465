/**
 * Owns drawing a 0–10 line chart as our own SVG: gridlines and a labelled
 * scale, one column per slot with its label, the worst-to-least band, the line
 * broken where a slot has nothing logged (a shaded column, never a zero), and
 * the values over the points when there is room. Colours come from CSS
 * classes, so both themes and print work and nothing needs inline styles.
 */
import { useRef } from 'react';
import { labelStep, seriesGeometry, type ChartFrame } from './report-chart';
import { formatScore } from './report-format';
import { useWidth } from './use-width';

export interface ChartSlot {
  key: string;
  label: string;
  sublabel?: string;
  value: number | null;
  high?: number | null;
  low?: number | null;
  /** The hover text for the slot's point or gap. */
  title: string;
  /** Drawn larger (the week being looked at, in the trend). */
  emphasis?: boolean;
}

interface Props {
  slots: readonly ChartSlot[];
  /** The chart in one sentence for assistive technology (the table carries the numbers). */
  summary: string;
  height: number;
  /** Write each value over its point (when the columns are wide enough). */
  showValues?: boolean;
  /** The y-axis title. */
  yTitle?: string;
  /** How wide a label needs to be readable; narrower columns label every few slots (labelStep). */
  minLabelWidth?: number;
}

const PAD = { padLeft: 44, padRight: 10, padTop: 18, padBottom: 40 };
/** Below this column width the sublabel (the date) is left out. */
const MIN_COLUMN_FOR_SUBLABEL = 44;
const MIN_COLUMN_FOR_VALUES = 30;

export function LineChart({
  slots,
  summary,
  height,
  showValues = false,
  yTitle = 'Pain, 0–10',
  minLabelWidth = 0,
}: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 640);
  const frame: ChartFrame = { width, height, ...PAD };
  const geometry = seriesGeometry(
    {
      values: slots.map((s) => s.value),
      highs: slots.map((s) => s.high ?? null),
      lows: slots.map((s) => s.low ?? null),
    },
    frame,
  );
  const column = (width - PAD.padLeft - PAD.padRight) / Math.max(1, slots.length);
  const withSublabels = column >= MIN_COLUMN_FOR_SUBLABEL;
  const withValues = showValues && column >= MIN_COLUMN_FOR_VALUES;
  const step = labelStep(column, minLabelWidth);

  return (
    <div className="line-chart" ref={box}>
      <svg className="line-chart-svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        <g className="chart-gaps">
          {slots.map((slot, i) =>
            slot.value === null ? (
              <rect
                key={slot.key}
                x={geometry.xs[i]! - column / 2 + 1}
                y={geometry.yTop}
                width={Math.max(0, column - 2)}
                height={geometry.yZero - geometry.yTop}
                className="chart-gap"
              >
                <title>{slot.title}</title>
              </rect>
            ) : null,
          )}
        </g>
        <g className="chart-grid" aria-hidden="true">
          {geometry.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={PAD.padLeft} x2={width - PAD.padRight} y1={tick.y} y2={tick.y} />
              <text x={PAD.padLeft - 8} y={tick.y} dy="0.35em" textAnchor="end" className="chart-tick">
                {tick.value}
              </text>
            </g>
          ))}
          <text
            className="chart-axis-title"
            transform={`translate(12 ${(geometry.yTop + geometry.yZero) / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {yTitle}
          </text>
        </g>
        <g className="chart-bands" aria-hidden="true">
          {geometry.bands.map((d) => (
            <path key={d} d={d} className="chart-band" />
          ))}
        </g>
        <g className="chart-lines" aria-hidden="true">
          {geometry.lines.map((d) => (
            <path key={d} d={d} className="chart-line" />
          ))}
        </g>
        <g className="chart-points">
          {geometry.points.map((p) => {
            const slot = slots[p.index]!;
            return (
              <g key={slot.key}>
                <circle
                  cx={p.x}
                  cy={p.y}
                  r={slot.emphasis ? 6 : 4}
                  className="chart-point"
                  data-emphasis={slot.emphasis}
                >
                  <title>{slot.title}</title>
                </circle>
                {withValues && (
                  <text x={p.x} y={p.y - 10} textAnchor="middle" className="chart-value" aria-hidden="true">
                    {formatScore(p.value)}
                  </text>
                )}
              </g>
            );
          })}
        </g>
        <g className="chart-x" aria-hidden="true">
          {slots.map((slot, i) =>
            (slots.length - 1 - i) % step !== 0 ? null : (
              <text
                key={slot.key}
                x={geometry.xs[i]}
                y={geometry.yZero + 17}
                textAnchor="middle"
                className="chart-tick"
                data-emphasis={slot.emphasis}
              >
                {slot.label}
                {withSublabels && slot.sublabel && (
                  <tspan x={geometry.xs[i]} dy="1.2em" className="chart-sublabel">
                    {slot.sublabel}
                  </tspan>
                )}
              </text>
            ),
          )}
        </g>
      </svg>
    </div>
  );
}
