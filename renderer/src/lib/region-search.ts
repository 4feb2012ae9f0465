/**
 * Owns finding body regions by name — the quick log's completion and the pain
 * form's text alternative to the body map — plus quality words and the
 * person's usual places. Every typed word must start a word of the name, in
 * any order, so "right temple", "temple r" and "tem ri" all find "Temple (your right)".
 */
import { BODY_REGIONS, regionDisplayName } from '@common/domain/body-regions';
import { PAIN_QUALITIES, type PainEntry, type PainQuality } from '@common/domain/pain';

export interface RegionMatch {
  kind: 'region';
  id: string;
  label: string;
}
export interface QualityMatch {
  kind: 'quality';
  id: PainQuality;
  label: string;
}
export type Completion = RegionMatch | QualityMatch;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** "your" is in every sided name and the others in many, so they would match everything and rank nothing. */
const FILLER = new Set(['your', 'of', 'the', 'and', 'in']);

const REGION_INDEX = BODY_REGIONS.map((r) => {
  const label = regionDisplayName(r.id);
  return { id: r.id, label, words: words(label).filter((w) => !FILLER.has(w)) };
});

/** How well the typed words fit a name: null when any word fits nothing; lower is better. */
function fit(typed: readonly string[], nameWords: readonly string[]): number | null {
  let score = 0;
  for (const word of typed) {
    const at = nameWords.findIndex((w) => w.startsWith(word));
    if (at < 0) return null;
    // Whole words and words near the start of the name read as the better match.
    score += at + (nameWords[at] === word ? 0 : 0.5);
  }
  return score;
}

/** Regions whose name fits the phrase, best first (ties keep the list's own order: left before right). */
export function matchRegions(phrase: string, limit = 8): RegionMatch[] {
  const typed = words(phrase);
  if (typed.length === 0) return [];
  return REGION_INDEX.map((r, order) => ({ r, order, score: fit(typed, r.words) }))
    .filter((m): m is { r: (typeof REGION_INDEX)[number]; order: number; score: number } => m.score !== null)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map(({ r }) => ({ kind: 'region', id: r.id, label: r.label }));
}

/** Quality words starting with the phrase ("ach" → aching), for describing the last region picked. */
export function matchQualities(phrase: string): QualityMatch[] {
  const typed = phrase.trim().toLowerCase();
  if (typed.length < 2) return [];
  return PAIN_QUALITIES.filter((q) => q.startsWith(typed)).map((q) => ({ kind: 'quality', id: q, label: q }));
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
