/**
 * Owns the body map's drawing: Unknot's own front and back figure (a simple,
 * gender-neutral outline) and one clickable shape for every region of
 * resources/content/body-regions.json. Built from a few measurements (width
 * profiles down the trunk, limbs as ribbons through their joints), authored on
 * the picture's left half and mirrored, so both sides always match.
 *
 * Left and right are the person's own. FRONT view: the person faces us, so
 * their right side is drawn on the picture's left. BACK view: we see them from
 * behind, so their left side is on the picture's left.
 */
import { BODY_REGIONS } from '@common/domain/body-regions';
import {
  MIDLINE,
  centroid,
  cubic,
  ellipse,
  local,
  mirror,
  profile,
  range,
  ribbon,
  simplify,
  smooth,
  toPath,
  type Polygon,
  type Pt,
} from './geometry';

export type View = 'front' | 'back';

export interface RegionShape {
  id: string;
  view: View;
  polygons: readonly Polygon[];
  /** SVG path data of the polygons. */
  d: string;
  /** Where keyboard navigation measures from and where a trigger-point marker sits. */
  centre: Pt;
}

export interface ViewDrawing {
  view: View;
  /** The figure's outline pieces (drawn under the regions). */
  silhouette: readonly string[];
  /** Thin decorative lines (finger gaps and the like); never interactive. */
  details: readonly string[];
  /** In the order of body-regions.json: reading and Home/End order. */
  regions: readonly RegionShape[];
}

// ---------------------------------------------------------------------------
// Measurements. d = distance from the midline on the picture's left half.

const P = (d: number, y: number): Pt => [MIDLINE - d, y];

/** Head outline, half, as [d, y] pairs: a round skull above y = 40, a gentle jaw below. */
const HEAD_TOP = 9;
const HEAD_HALF: Pt[] = [
  ...range(0, 90, 3).map((deg): Pt => {
    const a = (deg * Math.PI) / 180;
    return [24 * Math.sin(a), 40 - (40 - HEAD_TOP) * Math.cos(a)];
  }),
  ...cubic([24, 40], [24.6, 57], [15.5, 71.5], [0, 71.5], 20),
];

function headD(y: number): number {
  for (let i = 1; i < HEAD_HALF.length; i++) {
    const [d0, y0] = HEAD_HALF[i - 1]!;
    const [d1, y1] = HEAD_HALF[i]!;
    if ((y >= y0 && y <= y1) || (y <= y0 && y >= y1)) {
      return y1 === y0 ? Math.max(d0, d1) : d0 + ((d1 - d0) * (y - y0)) / (y1 - y0);
    }
  }
  return 0;
}

/** The head outline between two heights (top to bottom), inset by `inset`. */
function headEdge(y0: number, y1: number, inset = 0.9): Pt[] {
  return range(y0, y1, 1.5).map((y) => P(headD(y) - inset, y));
}

/** Neck and trunk half-width by height. */
const trunkD = profile([
  [58, 14.2],
  [76, 14.4],
  [83, 15.4],
  [86.5, 18.6],
  [89.5, 24.5],
  [92.5, 31.5],
  [95.5, 37.5],
  [99, 43.2],
  [103, 49],
  [107, 53.4],
  [111, 55.7],
  [115, 56.5],
  [119, 50],
  [124, 40],
  [128, 36.8],
  [148, 34.6],
  [172, 31.2],
  [190, 30],
  [208, 32.6],
  [226, 37.2],
  [240, 38.8],
  [250, 37.6],
]);

function trunkEdge(y0: number, y1: number, inset = 0.9): Pt[] {
  return range(y0, y1, 1.5).map((y) => P(trunkD(y) - inset, y));
}

/** Arm: shoulder joint, elbow, wrist (picture's left arm). */
const ARM = ribbon(
  [P(44, 106), P(56.5, 186), P(65, 253)],
  profile([
    [0, 11.6],
    [25, 10.3],
    [60, 8.7],
    [80, 8.2],
    [95, 8.9],
    [122, 7.3],
    [150, 5.6],
  ]),
  1,
);
const AL = ARM.length;

/** Leg: hip joint, knee, ankle. */
const LEG = ribbon(
  [P(19.6, 236), P(17.6, 330), P(17, 406)],
  profile([
    [0, 19.6],
    [20, 18.7],
    [55, 15.6],
    [86, 11.6],
    [96, 11.2],
    [110, 11.9],
    [122, 12.2],
    [150, 8.4],
    [170, 6.2],
  ]),
  1,
);
const LL = LEG.length;

/** A point on the hand: u across (+ towards the thumb), v down from the wrist. */
const H = (u: number, v: number): Pt => local(ARM, AL, u, v);

// ---------------------------------------------------------------------------
// Pieces shared by both views

const headOutline: Pt[] = [
  ...HEAD_HALF.map(([d, y]) => P(d, y)),
  ...[...HEAD_HALF].reverse().map(([d, y]) => P(-d, y)),
];
const ear = ellipse(MIDLINE - 24, 45.5, 4.2, 8.2, 20);

/** Neck, trunk and legs as one outline (half), so the hips flow into the thighs. */
const CROTCH_S = 17;
const bodyHalf: Pt[] = [
  P(0, 58),
  ...range(58, 240, 1.5).map((y) => P(trunkD(y), y)),
  ...LEG.edge(4.5, LL + 2, 1),
  ...LEG.edge(LL + 2, CROTCH_S, -1),
  P(0, LEG.at(CROTCH_S, -1)[1] + 0.6),
];
const body: Pt[] = [...bodyHalf, ...mirror(bodyHalf)];

// Starts below the shoulder: the trunk's outline draws the round of the shoulder.
const armFull = ARM.patch(9, AL + 1, -1, 1);

const palmSilhouette = [
  H(-5.6, -1),
  H(-8.8, 6),
  H(-10.2, 13),
  H(-10.5, 21.5),
  H(10.5, 21.5),
  H(10.2, 12),
  H(8.4, 4),
  H(5.6, -1),
];
const thumbPiece = [
  H(9.9, 5.6),
  H(13.6, 9.6),
  H(16.3, 15.2),
  H(17.1, 21),
  H(15.6, 24.6),
  H(12.8, 23.8),
  H(11.6, 18.2),
  H(10.7, 13.6),
];
const thumbSilhouette = [H(7.5, 3), ...thumbPiece, H(8.5, 15)];
const indexFinger = [H(3.75, 21), H(10.4, 21), H(10.2, 34), H(8.8, 38.8), H(6.4, 40), H(4.2, 38.5), H(3.75, 33)];
const middleFinger = [H(-3, 21), H(3.05, 21), H(3.05, 37), H(1.7, 41.5), H(-1.5, 41.5), H(-3, 37)];
const ringLittle = [H(-10.4, 21), H(-3.7, 21), H(-3.7, 35.5), H(-5.2, 39), H(-7.4, 37.6), H(-9.5, 34.5), H(-10.6, 29)];
/** The line between the ring and little fingers, which share a region. */
const fingerGaps = [[H(-7.1, 23), H(-7.2, 36.4)]];
/** Toe lines on the front view's feet. */
const toeLines = [
  [P(13.4, 429.6), P(13, 433.2)],
  [P(17.2, 430.4), P(17.1, 434.4)],
  [P(21, 430.4), P(21.2, 434.3)],
  [P(24.4, 429.2), P(25, 432.6)],
];

const frontFoot = [
  P(11.4, 396),
  P(11.2, 402),
  P(10, 416),
  P(9.2, 426),
  P(11, 432.5),
  P(17, 435),
  P(24.5, 434),
  P(28.5, 430),
  P(27, 421),
  P(23.4, 410),
  P(22.9, 402),
  P(22.7, 396),
];
const heel = [
  P(10.6, 394),
  P(10.4, 410),
  P(11, 419),
  P(13.2, 425),
  P(17, 427.2),
  P(20.8, 425),
  P(23, 419),
  P(23.6, 410),
  P(23.4, 394),
];

function handPieces(): Pt[][] {
  return [palmSilhouette, thumbSilhouette, indexFinger, middleFinger, ringLittle];
}

function silhouette(feet: Pt[]): string[] {
  const half: Pt[][] = [armFull, ...handPieces(), feet, ear];
  const pieces: Pt[][] = [body, headOutline];
  for (const piece of half) pieces.push(piece, mirror(piece));
  return pieces.map((p) => toPath([smooth(p, 1)]));
}

// ---------------------------------------------------------------------------
// Regions

type Piece = readonly Pt[];
interface Authored {
  /** Region id without -left/-right, or a midline id. */
  base: string;
  pieces: readonly Piece[];
  /** Corner rounding passes (0 for shapes already smooth). */
  round?: number;
}

const reg = (base: string, ...pieces: Piece[]): Authored => ({ base, pieces });
const smoothReg = (base: string, round: number, ...pieces: Piece[]): Authored => ({ base, pieces, round });

function front(): Authored[] {
  const forehead = [
    ...headEdge(HEAD_TOP + 1.2, 18.2).filter(([x]) => x < MIDLINE - 0.8),
    P(13.4, 18.8),
    P(13.4, 30.2),
    P(7, 31.2),
    P(0.8, 31),
  ];
  return [
    reg('forehead', forehead),
    reg('temple', [...headEdge(19.6, 36.2), P(15.4, 36.2), P(14.5, 27), P(14.7, 20.8)]),
    smoothReg('eye', 0, ellipse(MIDLINE - 9, 37, 5.6, 3.7)),
    reg('cheek', [P(4.4, 42.6), P(10, 42), P(14.6, 41.7), P(15.2, 49.5), P(13, 53.2), P(8.5, 53.4), P(4.6, 52.8)]),
    reg('upper-teeth', [P(0.8, 54.8), P(7.4, 54.8), P(10, 58), P(8.6, 61.4), P(0.8, 61.4)]),
    reg('lower-jaw', [
      P(0.8, 62.9),
      P(9.6, 62.9),
      P(12.8, 59),
      P(16.5, 55.6),
      P(20.5, 54.2),
      ...headEdge(54, 71.5).filter(([x]) => x < MIDLINE - 0.8),
      P(0.8, 70.5),
    ]),
    reg('jaw-joint', [...headEdge(38.2, 52), P(16.6, 52), P(16.2, 38.2)]),
    reg('throat', [P(0.7, 73.6), P(6.8, 72.8), P(6.8, 88), P(0.7, 88)]),
    reg('front-neck', [P(7.7, 72), P(13, 67.4), ...trunkEdge(68.2, 84.5, 0.7), P(13.8, 86.6), P(7.7, 88)]),
    reg('collarbone', [
      P(5, 89.6),
      P(12, 89.2),
      P(19, 90.4),
      P(28, 93.6),
      P(37, 98),
      P(37.4, 102.4),
      P(28, 100),
      P(19, 97),
      P(12, 96.4),
      P(5, 96.8),
    ]),
    reg('upper-chest', [
      P(5.6, 98.6),
      P(12, 98.2),
      P(19, 99),
      P(27, 101.4),
      P(31.2, 103.6),
      P(31, 116.4),
      P(20, 117.6),
      P(5.6, 116.6),
    ]),
    smoothReg('breast', 1, [
      P(5.6, 119),
      P(20, 119.6),
      P(31, 118.6),
      P(31.6, 130),
      P(27.5, 141),
      P(19, 145.5),
      P(10, 143.4),
      P(5.6, 137),
    ]),
    reg('front-shoulder', ARM.patch(-3, 25, -1, 0.22)),
    reg('outer-shoulder', [...ARM.edge(25, 10, 0.92), ...trunkEdge(114, 102), ...ARM.edge(-2, 25, 0.32)]),
    reg('front-upper-arm', ARM.patch(27, 71, -0.18, 1)),
    reg('inner-upper-arm', ARM.patch(27, 71, -1, -0.28)),
    reg('inner-elbow', ARM.patch(73, 92, -1, -0.06)),
    reg('outer-elbow', ARM.patch(73, 92, 0.06, 1)),
    reg('forearm-palm-side', ARM.patch(94, AL - 11, -1, 1)),
    reg('wrist-palm-side', ARM.patch(AL - 9, AL + 1, -1, 1)),
    reg('palm', [
      H(-5.8, 2.6),
      H(-8.8, 7),
      H(-10, 13),
      H(-10.2, 19.8),
      H(10.2, 19.8),
      H(9.8, 13),
      H(8.4, 7),
      H(6.2, 2.6),
    ]),
    reg('thumb-index', indexFinger, thumbPiece),
    reg('middle-finger', middleFinger),
    reg('ring-little-finger', ringLittle),
    smoothReg('sternum', 1, [P(4.2, 98.6), P(4.2, 149), P(0, 151.6), P(-4.2, 149), P(-4.2, 98.6)]),
    reg('upper-abdomen', [
      P(0.8, 152.4),
      P(5.6, 152.4),
      P(5.6, 148.6),
      P(14, 148.6),
      P(31, 148.6),
      ...trunkEdge(150, 186, 2),
      P(0.8, 186.6),
    ]),
    reg('lower-abdomen', [P(0.8, 188.6), ...trunkEdge(188.6, 219.4, 2), P(22, 226), P(0.8, 230.6)]),
    reg('groin', [
      P(0.8, 232.6),
      P(22, 228.2),
      P(35.2, 223),
      ...trunkEdge(224, 232, 1.6),
      P(31, 240.6),
      P(15, 250.5),
      P(5, 256.4),
      P(0.8, 256.4),
    ]),
    reg('outer-thigh', LEG.patch(9, 85, 0.46, 0.96)),
    reg('front-thigh', LEG.patch(19, 85, -0.38, 0.4)),
    reg('inner-thigh', LEG.patch(25, 85, -0.95, -0.46)),
    smoothReg('front-knee', 3, LEG.patch(88, 106, -0.94, 0.94)),
    reg('shin', LEG.patch(109, 157, -0.95, 0.2)),
    reg('outer-lower-leg', LEG.patch(109, 157, 0.28, 0.95)),
    reg('ankle', LEG.patch(159, LL + 4, -0.96, 0.96)),
    reg('top-of-foot', [
      P(10.5, 413),
      P(23.2, 413),
      P(26.8, 421.5),
      P(27.8, 429.5),
      P(24.2, 433),
      P(17, 434),
      P(11.6, 432),
      P(9.9, 426),
    ]),
  ];
}

function back(): Authored[] {
  const topCap = [
    ...headEdge(23.4, HEAD_TOP).filter((_, i, a) => i < a.length - 1),
    ...headEdge(HEAD_TOP, 23.4).map(([x, y]): Pt => [2 * MIDLINE - x, y]),
    P(-10, 25.2),
    P(0, 25.8),
    P(10, 25.2),
  ];
  return [
    smoothReg('top-of-head', 1, topCap),
    reg('back-of-head', [
      P(0.8, 27.4),
      P(10, 27),
      ...headEdge(26.2, 37),
      P(17.2, 38.2),
      P(17, 48),
      P(15.2, 56.4),
      P(8, 59.6),
      P(0.8, 60),
    ]),
    smoothReg('behind-ear', 0, ellipse(MIDLINE - 22.6, 46.2, 4.4, 7.6)),
    reg('upper-back-of-neck', [
      P(0.8, 61.6),
      P(8, 61.2),
      P(15.2, 58.2),
      ...trunkEdge(62, 78),
      P(11.4, 79.6),
      P(0.8, 80),
    ]),
    reg('neck-angle', [P(3.8, 81.6), ...trunkEdge(80.5, 88.4), P(22.2, 95.6), P(14, 94.8), P(6, 92.2), P(3.8, 87.5)]),
    reg('top-of-shoulder', [...trunkEdge(90, 100.6), P(43.4, 103.2), P(33, 104.6), P(26.5, 102.8), P(23.6, 97)]),
    reg('back-of-shoulder', [
      ...ARM.edge(26, 10, 0.92),
      ...trunkEdge(114, 103.6),
      P(43.2, 106.6),
      P(36, 107.2),
      ...ARM.edge(4, 26, -1),
    ]),
    reg('between-shoulder-blades', [P(3.8, 99.6), P(10.4, 100.4), P(11.4, 124), P(11.8, 147), P(3.8, 148.4)]),
    smoothReg('shoulder-blade', 2, [
      P(12.8, 107.2),
      P(22, 106.4),
      P(30.8, 108.2),
      P(30.6, 120.6),
      P(26.2, 133),
      P(19.4, 142.4),
      P(13.8, 134),
    ]),
    smoothReg('shoulder-blade-tip', 0, ellipse(MIDLINE - 19.8, 151.4, 7.2, 5.2)),
    reg('back-of-upper-arm', ARM.patch(28, 84, -1, 1)),
    reg('back-of-forearm', ARM.patch(86, AL - 11, -1, 1)),
    reg('back-of-wrist', ARM.patch(AL - 9, AL + 1, -1, 1)),
    reg('back-of-hand', [
      H(-5.8, 2.6),
      H(-8.8, 7),
      H(-10, 13),
      H(-10.2, 20.2),
      H(10.2, 20.2),
      H(9.8, 13),
      H(8.4, 7),
      H(6.2, 2.6),
    ]),
    smoothReg('mid-back-spine', 1, [P(3, 98), P(3, 176), P(-3, 176), P(-3, 98)]),
    // Below the shoulder blade's tip and above the low back, beside the spine (region list version 2).
    reg('mid-back', [
      P(3.8, 150.2),
      P(11.8, 149.6),
      P(13.2, 156.2),
      P(17.5, 158.8),
      P(23, 158.6),
      ...trunkEdge(158, 175.5),
      P(23.4, 176.6),
      P(3.8, 176.6),
    ]),
    reg('lower-back', [
      P(0.8, 178.2),
      P(3.8, 178.2),
      P(23.6, 178.2),
      P(25, 196),
      P(23.8, 204.8),
      P(14, 208.8),
      P(0.8, 212.4),
    ]),
    reg('hip-bone-crest', [
      P(6, 215.6),
      P(16.6, 211),
      P(26, 207.4),
      ...trunkEdge(207.6, 212.8, 1.6),
      P(27, 215.2),
      P(17, 218.6),
      P(8.4, 222.2),
    ]),
    reg('sacroiliac', [P(1.2, 224.4), P(11.2, 222.8), P(12.8, 233.6), P(10, 243.6), P(6.4, 247.8), P(1.2, 247.6)]),
    smoothReg('tailbone', 2, [P(5.4, 250.2), P(-5.4, 250.2), P(0, 263.6)]),
    reg('upper-buttock', [P(13.6, 222), P(28.4, 215.8), P(28.8, 230), P(28.4, 248.8), P(13.2, 249.6), P(14.6, 237)]),
    reg('outer-hip', [
      P(30.2, 216.4),
      ...trunkEdge(216.4, 244, 1.2),
      ...LEG.edge(8, 24, 0.95),
      P(31, 260.8),
      P(30.4, 240),
    ]),
    smoothReg('lower-buttock', 1, [
      P(7, 251.6),
      P(28.6, 251.2),
      P(30, 263),
      P(25, 275.2),
      P(15, 280.4),
      P(5.4, 277.6),
      P(2.6, 268),
      P(4.6, 259),
    ]),
    reg('back-of-thigh', LEG.patch(50, 86, -0.95, 0.95)),
    smoothReg('back-of-knee', 3, LEG.patch(88, 106, -0.9, 0.9)),
    reg('calf', LEG.patch(108, 158, -0.96, 0.96)),
    reg('heel', [
      P(11.4, 409.6),
      P(22.6, 409.6),
      P(22.2, 418.6),
      P(20.2, 423.6),
      P(17, 425.6),
      P(13.8, 423.6),
      P(11.8, 418.6),
    ]),
    smoothReg('sole', 0, ...footprint()),
  ];
}

/** The sole, drawn as a footprint beside the heel, toes up, big toe towards the midline. */
function footprint(): Piece[] {
  const c = 40;
  const sole: Pt[] = [
    P(c - 6.4, 407),
    P(c - 5.2, 403.8),
    P(c, 402.4),
    P(c + 5, 404.2),
    P(c + 6.6, 409.6),
    P(c + 6, 418),
    P(c + 5.6, 427),
    P(c + 4.4, 433.2),
    P(c + 0.4, 436),
    P(c - 3.6, 434),
    P(c - 4.8, 428),
    P(c - 3.4, 420),
    P(c - 5.2, 412),
  ];
  const toes: Pt[][] = [
    ellipse(MIDLINE - (c - 4), 398.2, 2.7, 3.2, 14),
    ellipse(MIDLINE - (c + 0.6), 397.4, 1.8, 2.3, 12),
    ellipse(MIDLINE - (c + 3.8), 398.4, 1.6, 2.1, 12),
    ellipse(MIDLINE - (c + 6.2), 400.2, 1.4, 1.9, 12),
    ellipse(MIDLINE - (c + 8), 402.8, 1.25, 1.6, 12),
  ];
  return [smooth(sole, 2), ...toes];
}

// ---------------------------------------------------------------------------
// Assembly

const OWN_SIDE_ON_PICTURE_LEFT: Record<View, 'left' | 'right'> = { front: 'right', back: 'left' };
const OTHER: Record<'left' | 'right', 'left' | 'right'> = { left: 'right', right: 'left' };

function finish(piece: Piece, round: number): Pt[] {
  return simplify(round > 0 ? smooth(piece, round) : piece, 0.5);
}

function build(view: View, authored: Authored[]): RegionShape[] {
  const byId = new Map<string, Pt[][]>();
  const picLeft = OWN_SIDE_ON_PICTURE_LEFT[view];
  const midline = new Set(BODY_REGIONS.filter((r) => r.side === 'midline').map((r) => r.id));
  for (const a of authored) {
    const polys = a.pieces.map((p) => finish(p, a.round ?? 2));
    if (midline.has(a.base)) {
      byId.set(a.base, polys);
    } else {
      byId.set(`${a.base}-${picLeft}`, polys);
      byId.set(`${a.base}-${OTHER[picLeft]}`, polys.map(mirror));
    }
  }
  // Regions follow body-regions.json order (reading order for screen readers, Home/End).
  const shapes: RegionShape[] = [];
  for (const region of BODY_REGIONS) {
    if (region.view !== view) continue;
    const polygons = byId.get(region.id);
    if (!polygons) continue; // the unit tests insist every region has a shape
    byId.delete(region.id);
    shapes.push({ id: region.id, view, polygons, d: toPath(polygons), centre: centroid(polygons) });
  }
  for (const [id, polygons] of byId) {
    // An authored shape with no region: kept so the tests can name it.
    shapes.push({ id, view, polygons, d: toPath(polygons), centre: centroid(polygons) });
  }
  return shapes;
}

function lines(list: Pt[][]): string[] {
  return [...list, ...list.map(mirror)].map((line) =>
    line.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`).join(''),
  );
}

export const DRAWINGS: Record<View, ViewDrawing> = {
  front: {
    view: 'front',
    silhouette: silhouette(frontFoot),
    details: lines([...fingerGaps, ...toeLines]),
    regions: build('front', front()),
  },
  back: { view: 'back', silhouette: silhouette(heel), details: lines(fingerGaps), regions: build('back', back()) },
};
