/**
 * Owns finding body regions by name (the text alternative to the body map) and
 * the person's usual places (the regions they log most), both used by the pain
 * form. Pure, so it is unit-tested in Node.
 */
import { BODY_REGIONS, regionDisplayName, type BodyRegion } from '../../../common/domain/body-regions';
import type { PainEntry } from '../../../common/domain/pain';

/**
 * Regions whose display name contains every typed word ("temple right",
 * "wrist palm"). Names only: matching group labels made "wrist" list every
 * forearm region. Names that start with the first word come first; otherwise
 * the order is the body's, head to foot.
 */
export function searchRegions(query: string): BodyRegion[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const first = words[0]!;
  const hits = BODY_REGIONS.filter((r) => {
    const name = regionDisplayName(r.id).toLowerCase();
    return words.every((w) => name.includes(w));
  });
  const starts = (r: BodyRegion) => regionDisplayName(r.id).toLowerCase().startsWith(first);
  return [...hits.filter(starts), ...hits.filter((r) => !starts(r))];
}

/**
 * The regions this person logs most often in their latest entries (newest
 * first in `entries`), most frequent first, ties to the most recently logged:
 * one click to add a usual place.
 */
export function frequentRegions(entries: readonly Pick<PainEntry, 'regions'>[], limit = 6, lookback = 30): string[] {
  const count = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  entries.slice(0, lookback).forEach((entry, index) => {
    for (const r of entry.regions) {
      count.set(r.region, (count.get(r.region) ?? 0) + 1);
      if (!firstSeen.has(r.region)) firstSeen.set(r.region, index);
    }
  });
  return [...count.keys()]
    .sort((a, b) => count.get(b)! - count.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!)
    .slice(0, limit);
}
