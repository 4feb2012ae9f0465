/**
 * Owns how often and how strongly each body region hurt over a stretch of
 * days, and the one ranking of regions that weighs both: `burden`, the sum
 * over the days a region was logged of its average intensity that day
 * ("intensity-days"). A place logged once at 7 has a burden of 7; one logged
 * on five days at 4 has 20 and ranks above it. The weekly report (main) and
 * the workstation check's to-do list (renderer) both rank regions this way.
 */

/** One region of one pain entry. */
export interface RegionIntensity {
  entryId: string;
  /** The entry's local date. */
  date: string;
  region: string;
  intensity: number;
}

export interface RegionBurden {
  region: string;
  /** Mean intensity over every time it was logged. */
  mean: number;
  max: number;
  entries: number;
  /** Distinct days it was logged on. */
  days: number;
  /** Sum over those days of the region's average intensity that day. */
  burden: number;
}

/** Per region, most burden first (then more days, higher mean, region id). */
export function regionBurdens(rows: readonly RegionIntensity[]): RegionBurden[] {
  const stats = new Map<
    string,
    { sum: number; n: number; max: number; entries: Set<string>; byDay: Map<string, { sum: number; n: number }> }
  >();
  for (const r of rows) {
    let s = stats.get(r.region);
    if (!s) stats.set(r.region, (s = { sum: 0, n: 0, max: 0, entries: new Set(), byDay: new Map() }));
    s.sum += r.intensity;
    s.n++;
    s.max = Math.max(s.max, r.intensity);
    s.entries.add(r.entryId);
    const day = s.byDay.get(r.date);
    if (day) {
      day.sum += r.intensity;
      day.n++;
    } else s.byDay.set(r.date, { sum: r.intensity, n: 1 });
  }
  return [...stats]
    .map(([region, s]) => ({
      region,
      mean: s.sum / s.n,
      max: s.max,
      entries: s.entries.size,
      days: s.byDay.size,
      burden: [...s.byDay.values()].reduce((acc, d) => acc + d.sum / d.n, 0),
    }))
    .sort(compareBurden);
}

export function compareBurden(a: RegionBurden, b: RegionBurden): number {
  return b.burden - a.burden || b.days - a.days || b.mean - a.mean || a.region.localeCompare(b.region);
}
