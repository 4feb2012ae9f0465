/**
 * The body map's drawing and keyboard geometry: every region has exactly one
 * shape in its own view, left and right sit on the correct side of the picture
 * for each view, shapes do not overlap and are big enough to hit, and the arrow
 * keys can reach every region.
 */
import { describe, expect, test } from 'vitest';
import { BODY_REGIONS } from '@common/domain/body-regions';
import * as geometry from '@renderer/ui/body-map/geometry';
import { DRAWINGS, type RegionShape, type View } from '@renderer/ui/body-map/shapes';
import { intensityLevel, regionAccessibleName } from '@renderer/ui/body-map/names';

const { MIDLINE, VIEW_HEIGHT, VIEW_WIDTH, bounds, containsPoint, nearestInDirection, mirror, centroid } = geometry;
type Pt = geometry.Pt;
const VIEWS: View[] = ['front', 'back'];

/** The map is drawn up to 320 px wide when there is room (body-map.css): 1.6 px per unit. */
const PX_PER_UNIT = 320 / VIEW_WIDTH;

function shapesOf(view: View): readonly RegionShape[] {
  return DRAWINGS[view].regions;
}

describe('body map shapes', () => {
  test('every region in body-regions.json has exactly one shape, in its own view', () => {
    for (const region of BODY_REGIONS) {
      const own = shapesOf(region.view).filter((s) => s.id === region.id);
      const other = shapesOf(region.view === 'front' ? 'back' : 'front').filter((s) => s.id === region.id);
      expect(own, region.id).toHaveLength(1);
      expect(other, region.id).toHaveLength(0);
    }
  });

  test('no shape has an id that is not a region of its view', () => {
    const known = new Map(BODY_REGIONS.map((r) => [r.id, r.view]));
    for (const view of VIEWS) {
      for (const shape of shapesOf(view)) {
        expect(known.get(shape.id), `${view}: ${shape.id}`).toBe(view);
      }
    }
  });

  test('shapes follow body-regions.json order (reading order and Home/End)', () => {
    for (const view of VIEWS) {
      expect(shapesOf(view).map((s) => s.id)).toEqual(BODY_REGIONS.filter((r) => r.view === view).map((r) => r.id));
    }
  });

  test("left and right are the person's own: front view mirrored, back view as seen", () => {
    for (const region of BODY_REGIONS) {
      const shape = shapesOf(region.view).find((s) => s.id === region.id)!;
      const box = bounds(shape.polygons);
      // Front: the person faces us, so their right is on the picture's left. Back: their left is on the left.
      const onPictureLeft = region.side === 'midline' ? null : (region.view === 'front') === (region.side === 'right');
      if (onPictureLeft === null) {
        expect(box.minX, region.id).toBeLessThan(MIDLINE);
        expect(box.maxX, region.id).toBeGreaterThan(MIDLINE);
        expect(Math.abs(shape.centre[0] - MIDLINE), region.id).toBeLessThan(0.5);
      } else if (onPictureLeft) {
        expect(box.maxX, region.id).toBeLessThan(MIDLINE);
      } else {
        expect(box.minX, region.id).toBeGreaterThan(MIDLINE);
      }
    }
  });

  test('the two sides are mirror images', () => {
    for (const region of BODY_REGIONS.filter((r) => r.side === 'left')) {
      const twin = region.id.replace(/-left$/, '-right');
      const a = shapesOf(region.view).find((s) => s.id === region.id)!;
      const b = shapesOf(region.view).find((s) => s.id === twin)!;
      expect(a.centre[0] + b.centre[0], region.id).toBeCloseTo(VIEW_WIDTH, 6);
      expect(a.centre[1], region.id).toBeCloseTo(b.centre[1], 6);
    }
  });

  test('shapes stay inside the picture and do not overlap', () => {
    for (const view of VIEWS) {
      const shapes = shapesOf(view);
      const boxes = shapes.map((s) => bounds(s.polygons));
      for (const box of boxes) {
        expect(box.minX).toBeGreaterThan(0);
        expect(box.minY).toBeGreaterThan(0);
        expect(box.maxX).toBeLessThan(VIEW_WIDTH);
        expect(box.maxY).toBeLessThan(VIEW_HEIGHT);
      }
      const overlaps = new Set<string>();
      for (let x = 0.25; x < VIEW_WIDTH; x += 0.5) {
        for (let y = 0.25; y < VIEW_HEIGHT; y += 0.5) {
          const hits = shapes.filter(
            (s, i) =>
              x >= boxes[i]!.minX &&
              x <= boxes[i]!.maxX &&
              y >= boxes[i]!.minY &&
              y <= boxes[i]!.maxY &&
              containsPoint(s.polygons, [x, y]),
          );
          if (hits.length > 1) overlaps.add(hits.map((h) => h.id).join(' + '));
        }
      }
      expect([...overlaps], view).toEqual([]);
    }
  });

  test('every region is big enough to hit (about 10 px across at the usual size)', () => {
    for (const view of VIEWS) {
      for (const shape of shapesOf(view)) {
        // Count the 0.5-unit grid cells inside the shape around its centre, across and down.
        const [cx, cy] = shape.centre;
        const span = (dx: number, dy: number) => {
          let n = 0;
          for (let k = -40; k <= 40; k++)
            if (containsPoint(shape.polygons, [cx + dx * k * 0.25, cy + dy * k * 0.25])) n++;
          return n * 0.25;
        };
        const across = Math.min(span(1, 0), span(0, 1));
        expect(across * PX_PER_UNIT, `${view}: ${shape.id}`).toBeGreaterThanOrEqual(9.5);
      }
    }
  });

  test("each shape's centre (where a trigger-point marker goes) lies inside it", () => {
    for (const view of VIEWS) {
      for (const shape of shapesOf(view)) {
        expect(containsPoint(shape.polygons, shape.centre), `${view}: ${shape.id}`).toBe(true);
      }
    }
  });
});

describe('keyboard movement between regions', () => {
  const grid = new Map<string, Pt>([
    ['a', [0, 0]],
    ['b', [10, 0]],
    ['c', [0, 10]],
    ['d', [10, 10]],
    ['far', [40, 1]],
  ]);

  test('moves to the nearest region in the arrow direction', () => {
    expect(nearestInDirection('a', 'right', grid)).toBe('b');
    expect(nearestInDirection('a', 'down', grid)).toBe('c');
    expect(nearestInDirection('d', 'up', grid)).toBe('b');
    expect(nearestInDirection('d', 'left', grid)).toBe('c');
    expect(nearestInDirection('b', 'right', grid)).toBe('far');
  });

  test('stays put at the edge and for an unknown region', () => {
    expect(nearestInDirection('a', 'left', grid)).toBeUndefined();
    expect(nearestInDirection('a', 'up', grid)).toBeUndefined();
    expect(nearestInDirection('nope', 'up', grid)).toBeUndefined();
  });

  test('prefers a region straight ahead over a nearer one off to the side', () => {
    const centres = new Map<string, Pt>([
      ['head', [100, 40]],
      ['neck', [100, 80]],
      ['hand', [60, 60]],
    ]);
    expect(nearestInDirection('head', 'down', centres)).toBe('neck');
  });

  test('on the real drawing: down from the forehead, across the face, and every region reachable', () => {
    for (const view of VIEWS) {
      const centres = new Map(shapesOf(view).map((s) => [s.id, s.centre] as const));
      const start = shapesOf(view)[0]!.id;
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length > 0) {
        const id = queue.shift()!;
        for (const dir of ['left', 'right', 'up', 'down'] as const) {
          const next = nearestInDirection(id, dir, centres);
          if (next && !seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect(
        shapesOf(view)
          .map((s) => s.id)
          .filter((id) => !seen.has(id)),
        view,
      ).toEqual([]);
    }
    const front = new Map(shapesOf('front').map((s) => [s.id, s.centre] as const));
    // The person's right is on the picture's left in the front view, so Right moves towards their left.
    expect(nearestInDirection('forehead-right', 'right', front)).toBe('forehead-left');
    expect(nearestInDirection('eye-right', 'right', front)).toBe('eye-left');
    expect(nearestInDirection('forehead-right', 'down', front)).toBe('eye-right');
    const back = new Map(shapesOf('back').map((s) => [s.id, s.centre] as const));
    expect(nearestInDirection('top-of-shoulder-left', 'right', back)).toBe('neck-angle-left');
    expect(nearestInDirection('calf-left', 'down', back)).toBe('heel-left');
  });
});

describe('geometry helpers', () => {
  test('centroid, bounds and point-in-polygon on a square', () => {
    const square: Pt[] = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
    ];
    expect(centroid([square])).toEqual([2, 2]);
    expect(bounds([square])).toEqual({ minX: 0, minY: 0, maxX: 4, maxY: 4 });
    expect(containsPoint([square], [1, 1])).toBe(true);
    expect(containsPoint([square], [5, 1])).toBe(false);
  });

  test('mirror flips across the midline', () => {
    expect(mirror([[MIDLINE - 10, 5]])).toEqual([[MIDLINE + 10, 5]]);
  });
});

describe('what the map says about a region', () => {
  test('names use the person’s own side and say what is marked', () => {
    expect(regionAccessibleName('temple-right')).toBe('Temple (your right)');
    expect(regionAccessibleName('temple-right', { referral: true })).toBe('Temple (your right), pain can show up here');
    expect(regionAccessibleName('neck-angle-left', { trigger: true, referral: true })).toBe(
      'Where neck meets shoulder (your left), possible trigger point, pain can show up here',
    );
    expect(regionAccessibleName('sternum', { intensity: 6 })).toBe('Breastbone, 6 out of 10');
    expect(regionAccessibleName('sternum', { selected: true })).toBe('Breastbone, selected');
    expect(regionAccessibleName('sternum', { selected: true, selectable: true })).toBe('Breastbone');
  });

  test('intensity steps are whole numbers from 0 to 10', () => {
    expect(intensityLevel(undefined)).toBe(0);
    expect(intensityLevel(Number.NaN)).toBe(0);
    expect(intensityLevel(-2)).toBe(0);
    expect(intensityLevel(4.4)).toBe(4);
    expect(intensityLevel(4.5)).toBe(5);
    expect(intensityLevel(12)).toBe(10);
  });
});
