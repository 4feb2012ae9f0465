/**
 * Owns the quick log's pure rules: which completions the box offers, and in
 * what order (once a place is chosen, a word that starts a quality — "thro" for
 * throbbing — describes that place before it is read as another place, such as
 * the throat), which place a digit rates, and whether the entry can be saved
 * (never with a place nobody rated). No React, no DOM: unit-tested in Node.
 */
import type { PainQuality } from '@common/domain/pain';
import { matchQualities, matchRegions, type Completion } from '@renderer/lib/region-search';

export interface Chosen {
  region: string;
  label: string;
  /** Null until the person types a number for it. */
  intensity: number | null;
  qualities: PainQuality[];
}

/** What the box offers for what is typed: quality words first once a place is chosen, then places not yet chosen. */
export function completions(query: string, chosen: readonly Chosen[]): Completion[] {
  const taken = new Set(chosen.map((c) => c.region));
  const regions = matchRegions(query).filter((m) => !taken.has(m.id));
  return chosen.length ? [...matchQualities(query), ...regions] : regions;
}

/**
 * The place a digit rates when no place is highlighted: the place the digit
 * just before it rated (so "1" then "0" makes 10 there), else the first place
 * still waiting for its number, else the last one chosen (to change its
 * number). -1 when nothing is chosen.
 */
export function digitTargetIndex(chosen: readonly Chosen[], previousDigitRated: string | null = null): number {
  const previous = previousDigitRated === null ? -1 : chosen.findIndex((c) => c.region === previousDigitRated);
  if (previous >= 0) return previous;
  const unrated = chosen.findIndex((c) => c.intensity === null);
  return unrated >= 0 ? unrated : chosen.length - 1;
}

export type SaveCheck =
  | { ok: true; regions: { region: string; intensity: number; qualities: PainQuality[] }[] }
  | { ok: false; message: string; unrated: number | null };

/** The regions to save, or a sentence saying what is missing. */
export function checkSave(chosen: readonly Chosen[]): SaveCheck {
  if (chosen.length === 0) {
    return { ok: false, message: 'Type where it hurts first, for example “temple” or “neck”.', unrated: null };
  }
  const unrated = chosen.findIndex((c) => c.intensity === null);
  if (unrated >= 0) {
    return {
      ok: false,
      message: `How strong is it in ${chosen[unrated]!.label}? Type a number from 0 to 10.`,
      unrated,
    };
  }
  return {
    ok: true,
    regions: chosen.map((c) => ({ region: c.region, intensity: c.intensity!, qualities: [...c.qualities] })),
  };
}
