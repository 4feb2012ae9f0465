/**
 * Owns the geometry of the report's line charts, drawn as our own SVG: the
 * 0–10 scale, one x position per slot (day or week), the line broken into runs
 * wherever a slot has no value (a gap is "not logged", never zero), and the
 * worst-to-least band around it. Pure numbers and path strings, unit-tested.
 */

export interface ChartFrame {
  width: number;
  height: number;
  /** Room for the axis labels. */
  padLeft: number;
  padRight: number;
  padTop: number;
  padBottom: number;
}

export interface ChartPoint {
  index: number;
  x: number;
  y: number;
  value: number;
}

export interface SeriesGeometry {
  xs: number[];
  /** One path per run of consecutive slots with a value ("M x y L x y …"). */
  lines: string[];
  /** One closed path per run: along the highs, back along the lows (a narrow bar for a lone slot). */
  bands: string[];
  points: ChartPoint[];
  yTicks: { value: number; y: number }[];
  /** y of the baseline (0) and the top (10), for gridlines. */
  yZero: number;
  yTop: number;
}

export interface SeriesInput {
  values: readonly (number | null)[];
  /** Highest and lowest per slot (worst and least pain), drawn as a band. */
  highs?: readonly (number | null)[];
  lows?: readonly (number | null)[];
}

export const SCALE_MAX = 10;
const TICKS = [0, 2, 4, 6, 8, 10];
/** Half-width of the band drawn for a slot with no neighbour. */
const LONE_BAND_HALF_WIDTH = 5;

const isValue = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
const clampScore = (v: number) => Math.min(SCALE_MAX, Math.max(0, v));
const fmt = (n: number) => String(Math.round(n * 10) / 10);

export function seriesGeometry(input: SeriesInput, frame: ChartFrame): SeriesGeometry {
  const count = input.values.length;
  const plotWidth = frame.width - frame.padLeft - frame.padRight;
  const plotHeight = frame.height - frame.padTop - frame.padBottom;
  // Slots sit in the middle of equal columns, so the first and last are not glued to the axes.
  const xs = Array.from({ length: count }, (_, i) => frame.padLeft + (plotWidth * (i + 0.5)) / Math.max(1, count));
  const y = (v: number) => frame.padTop + plotHeight * (1 - clampScore(v) / SCALE_MAX);

  const points: ChartPoint[] = [];
  input.values.forEach((value, index) => {
    if (isValue(value)) points.push({ index, x: xs[index]!, y: y(value), value });
  });

  const runs: number[][] = [];
  for (const p of points) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === p.index - 1) last.push(p.index);
    else runs.push([p.index]);
  }

  const lines = runs
    .filter((run) => run.length > 1)
    .map((run) => run.map((i, k) => `${k === 0 ? 'M' : 'L'}${fmt(xs[i]!)} ${fmt(y(input.values[i]!))}`).join(' '));

  const bands: string[] = [];
  if (input.highs && input.lows) {
    const { highs, lows } = input;
    for (const run of runs) {
      const slots = run.filter((i) => isValue(highs[i]) && isValue(lows[i]));
      if (slots.length === 0) continue;
      if (slots.length === 1) {
        const i = slots[0]!;
        const left = xs[i]! - LONE_BAND_HALF_WIDTH;
        const right = xs[i]! + LONE_BAND_HALF_WIDTH;
        const top = y(highs[i]!);
        const bottom = y(lows[i]!);
        bands.push(`M${fmt(left)} ${fmt(top)} H${fmt(right)} V${fmt(bottom)} H${fmt(left)} Z`);
        continue;
      }
      const upper = slots.map((i, k) => `${k === 0 ? 'M' : 'L'}${fmt(xs[i]!)} ${fmt(y(highs[i]!))}`);
      const lower = [...slots].reverse().map((i) => `L${fmt(xs[i]!)} ${fmt(y(lows[i]!))}`);
      bands.push(`${upper.join(' ')} ${lower.join(' ')} Z`);
    }
  }

  return {
    xs,
    lines,
    bands,
    points,
    yTicks: TICKS.map((value) => ({ value, y: y(value) })),
    yZero: y(0),
    yTop: y(SCALE_MAX),
  };
}

/**
 * Which slots get an x label when labels are wider than their columns: every `step`-th, counted back from the
 * last slot (the week being looked at is usually last), so labels never overlap. 1 when every label fits.
 */
export function labelStep(columnWidth: number, minLabelWidth: number): number {
  if (columnWidth <= 0) return 1;
  return Math.max(1, Math.ceil(minLabelWidth / columnWidth));
}
