/**
 * Owns the body map's pure geometry: polygons and the small toolkit the drawing
 * is built with (width profiles, limbs as ribbons, smoothing, mirroring), plus
 * the spatial keyboard navigation (nearest region in a direction). No DOM, no
 * React, so it is unit-tested in Node.
 */

export type Pt = readonly [number, number];
export type Polygon = readonly Pt[];

/** The drawing's coordinate space; the midline is x = MIDLINE. */
export const VIEW_WIDTH = 200;
export const VIEW_HEIGHT = 442;
export const MIDLINE = VIEW_WIDTH / 2;

// ---------------------------------------------------------------------------
// Polygons

export function signedArea(poly: Polygon): number {
  let a = 0;
  for (let i = 0; i < poly.length; i++) {
    const [x0, y0] = poly[i]!;
    const [x1, y1] = poly[(i + 1) % poly.length]!;
    a += x0 * y1 - x1 * y0;
  }
  return a / 2;
}

/** Area-weighted centre of one or more polygons (a region may be drawn in pieces). */
export function centroid(polys: readonly Polygon[]): Pt {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const poly of polys) {
    for (let i = 0; i < poly.length; i++) {
      const [x0, y0] = poly[i]!;
      const [x1, y1] = poly[(i + 1) % poly.length]!;
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
  }
  if (Math.abs(area) < 1e-9) {
    const all = polys.flat();
    return [all.reduce((s, p) => s + p[0], 0) / all.length, all.reduce((s, p) => s + p[1], 0) / all.length];
  }
  return [cx / (3 * area), cy / (3 * area)];
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function bounds(polys: readonly Polygon[]): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of polys.flat()) {
    box.minX = Math.min(box.minX, x);
    box.minY = Math.min(box.minY, y);
    box.maxX = Math.max(box.maxX, x);
    box.maxY = Math.max(box.maxY, y);
  }
  return box;
}

/** Even-odd point-in-polygon test over all pieces. */
export function containsPoint(polys: readonly Polygon[], [px, py]: Pt): boolean {
  let inside = false;
  for (const poly of polys) {
    for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
      const [xi, yi] = poly[i]!;
      const [xj, yj] = poly[j]!;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Mirror across the midline (the drawing is authored on one half and mirrored). */
export function mirror(poly: Polygon): Pt[] {
  return poly.map(([x, y]) => [VIEW_WIDTH - x, y] as const).reverse();
}

/** Chaikin corner cutting: rounds a polygon's corners while keeping shared edges where they were. */
export function smooth(poly: Polygon, iterations = 2): Pt[] {
  let pts: Pt[] = [...poly];
  for (let k = 0; k < iterations; k++) {
    const next: Pt[] = [];
    for (let i = 0; i < pts.length; i++) {
      const [x0, y0] = pts[i]!;
      const [x1, y1] = pts[(i + 1) % pts.length]!;
      next.push([0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1], [0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1]);
    }
    pts = next;
  }
  return pts;
}

/** Drops points closer than `min` to the previous one, so paths stay short. */
export function simplify(poly: Polygon, min = 0.6): Pt[] {
  const out: Pt[] = [];
  for (const p of poly) {
    const last = out[out.length - 1];
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= min) out.push(p);
  }
  return out;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** SVG path data for one or more closed polygons. */
export function toPath(polys: readonly Polygon[]): string {
  return polys
    .filter((p) => p.length > 2)
    .map((p) => `M${p.map(([x, y]) => `${fmt(x)} ${fmt(y)}`).join('L')}Z`)
    .join('');
}

// ---------------------------------------------------------------------------
// Curves

export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Points along a cubic Bézier, excluding the start point. */
export function cubic(p0: Pt, p1: Pt, p2: Pt, p3: Pt, steps = 12): Pt[] {
  const out: Pt[] = [];
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    out.push([
      u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
      u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
    ]);
  }
  return out;
}

/** Points on an ellipse from angle a0 to a1 (degrees, screen coordinates: 90° points down). */
export function arc(cx: number, cy: number, rx: number, ry: number, a0: number, a1: number, steps = 24): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = ((a0 + ((a1 - a0) * i) / steps) * Math.PI) / 180;
    out.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
  }
  return out;
}

export function ellipse(cx: number, cy: number, rx: number, ry: number, steps = 28): Pt[] {
  return arc(cx, cy, rx, ry, 0, 360, steps).slice(0, -1);
}

/**
 * A smooth function through (t, value) knots (Catmull-Rom, clamped at the ends):
 * how the body's half-width changes down its length.
 */
export function profile(knots: readonly Pt[]): (t: number) => number {
  return (t) => {
    if (t <= knots[0]![0]) return knots[0]![1];
    const last = knots[knots.length - 1]!;
    if (t >= last[0]) return last[1];
    let i = 0;
    while (t > knots[i + 1]![0]) i++;
    const k1 = knots[i]!;
    const k2 = knots[i + 1]!;
    const k0 = knots[i - 1] ?? k1;
    const k3 = knots[i + 2] ?? k2;
    const s = (t - k1[0]) / (k2[0] - k1[0]);
    const span = k2[0] - k1[0];
    const m1 = k0 === k1 ? 0 : ((k2[1] - k0[1]) / (k2[0] - k0[0])) * span;
    const m2 = k3 === k2 ? 0 : ((k3[1] - k1[1]) / (k3[0] - k1[0])) * span;
    const s2 = s * s;
    const s3 = s2 * s;
    return (2 * s3 - 3 * s2 + 1) * k1[1] + (s3 - 2 * s2 + s) * m1 + (-2 * s3 + 3 * s2) * k2[1] + (s3 - s2) * m2;
  };
}

/** Evenly spaced numbers from a to b inclusive, about `step` apart. */
export function range(a: number, b: number, step = 2): number[] {
  const n = Math.max(1, Math.ceil(Math.abs(b - a) / step));
  return Array.from({ length: n + 1 }, (_, i) => a + ((b - a) * i) / n);
}

/**
 * A limb as a ribbon: a centreline through joints (smoothed), and a half-width
 * along its length. at(s, u) is the point s units down the limb, u across it
 * (-1 medial edge … +1 lateral edge, lateral being away from the midline).
 */
export interface Ribbon {
  length: number;
  at(s: number, u: number): Pt;
  /** Unit direction down the limb at s, and the lateral unit normal. */
  frame(s: number): { origin: Pt; along: Pt; lateral: Pt };
  /** A patch of the limb: s0..s1 down it, u0..u1 across it. */
  patch(s0: number, s1: number, u0: number, u1: number): Pt[];
  /** Points along one line of constant u. */
  edge(s0: number, s1: number, u: number): Pt[];
}

export function ribbon(joints: readonly Pt[], halfWidth: (s: number) => number, lateralSign: 1 | -1): Ribbon {
  // Sample the centreline densely through the joints (Catmull-Rom), then measure arc length.
  const pts: Pt[] = [];
  for (let i = 0; i < joints.length - 1; i++) {
    const p0 = joints[i - 1] ?? joints[i]!;
    const p1 = joints[i]!;
    const p2 = joints[i + 1]!;
    const p3 = joints[i + 2] ?? p2;
    const steps = 40;
    for (let k = i === 0 ? 0 : 1; k <= steps; k++) {
      const t = k / steps;
      const t2 = t * t;
      const t3 = t2 * t;
      const f = (a: number, b: number, c: number, d: number) =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
      pts.push([f(p0[0], p1[0], p2[0], p3[0]), f(p0[1], p1[1], p2[1], p3[1])]);
    }
  }
  const lengths = [0];
  for (let i = 1; i < pts.length; i++) {
    lengths.push(lengths[i - 1]! + Math.hypot(pts[i]![0] - pts[i - 1]![0], pts[i]![1] - pts[i - 1]![1]));
  }
  const length = lengths[lengths.length - 1]!;

  function frame(s: number) {
    const clamped = Math.max(0, Math.min(length, s));
    let i = 1;
    while (i < lengths.length - 1 && lengths[i]! < clamped) i++;
    const a = pts[i - 1]!;
    const b = pts[i]!;
    const seg = lengths[i]! - lengths[i - 1]! || 1;
    const t = (clamped - lengths[i - 1]!) / seg;
    const dx = (b[0] - a[0]) / seg;
    const dy = (b[1] - a[1]) / seg;
    // Extends straight beyond either end, so shoulder caps and ankles can reach a little past the joints.
    const extra = s - clamped;
    const origin: Pt = [lerp(a[0], b[0], t) + dx * extra, lerp(a[1], b[1], t) + dy * extra];
    // Screen coordinates: the normal (-dy, dx) points to the viewer's left of a limb going down.
    const lateral: Pt = [-dy * lateralSign, dx * lateralSign];
    return { origin, along: [dx, dy] as Pt, lateral };
  }

  function at(s: number, u: number): Pt {
    const { origin, lateral } = frame(s);
    const w = halfWidth(Math.max(0, Math.min(length, s)));
    return [origin[0] + lateral[0] * u * w, origin[1] + lateral[1] * u * w];
  }

  function edge(s0: number, s1: number, u: number): Pt[] {
    return range(s0, s1, 2).map((s) => at(s, u));
  }

  function patch(s0: number, s1: number, u0: number, u1: number): Pt[] {
    return [...edge(s0, s1, u0), ...edge(s1, s0, u1)];
  }

  return { length, at, frame, patch, edge };
}

/** A point in a limb's local frame at s: u units lateral, v units further down. */
export function local(r: Ribbon, s: number, u: number, v: number): Pt {
  const { origin, along, lateral } = r.frame(s);
  return [origin[0] + lateral[0] * u + along[0] * v, origin[1] + lateral[1] * u + along[1] * v];
}

// ---------------------------------------------------------------------------
// Keyboard navigation

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The region the arrow key should move to: among the shapes whose centre lies
 * ahead in that direction (within about 55° of it, or anywhere on that side if
 * nothing is), the one nearest along it, with sideways distance counting
 * double, so Down from the head goes to the neck rather than a far-off hand.
 * Undefined at the edge of the map.
 */
export function nearestInDirection(
  from: string,
  direction: Direction,
  centres: ReadonlyMap<string, Pt>,
): string | undefined {
  const origin = centres.get(from);
  if (!origin) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  let bestInCone = false;
  for (const [id, c] of centres) {
    if (id === from) continue;
    const dx = c[0] - origin[0];
    const dy = c[1] - origin[1];
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0.5) continue;
    const inCone = across <= along * 1.4;
    const score = along + 2 * across;
    if ((inCone && !bestInCone) || (inCone === bestInCone && score < bestScore)) {
      bestScore = score;
      best = id;
      bestInCone = inCone;
    }
  }
  return best;
}
