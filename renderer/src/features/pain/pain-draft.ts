/**
 * Owns the pain form's places while they are being picked: each place is
 * unrated until the person rates it (no made-up default), and an entry can be
 * saved only when every place has a rating the person gave. Pure, so the rules
 * are unit-tested in Node; the form (pain-entry-form.tsx) keeps the state.
 */
import { PAIN_QUALITIES, type PainQuality, type PainRegion } from '@common/domain/pain';
import { INTENSITY_MAX, INTENSITY_MIN } from '@renderer/ui/intensity-keys';

/** A picked place: `intensity` is null until the person rates it. */
export interface DraftRegion {
  region: string;
  intensity: number | null;
  qualities: PainQuality[];
}

export function draftFromEntry(regions: readonly PainRegion[]): DraftRegion[] {
  return regions.map((r) => ({ region: r.region, intensity: r.intensity, qualities: [...r.qualities] }));
}

/** Adds a place (unrated) or, when it is already picked, takes it out again. */
export function toggleRegion(draft: readonly DraftRegion[], region: string): DraftRegion[] {
  return draft.some((r) => r.region === region)
    ? draft.filter((r) => r.region !== region)
    : [...draft, { region, intensity: null, qualities: [] }];
}

/** Adds a place unless it is already picked (picking by name twice never takes it out). */
export function addRegion(draft: readonly DraftRegion[], region: string): DraftRegion[] {
  return draft.some((r) => r.region === region) ? [...draft] : toggleRegion(draft, region);
}

export function rateRegion(draft: readonly DraftRegion[], region: string, intensity: number): DraftRegion[] {
  if (!Number.isInteger(intensity) || intensity < INTENSITY_MIN || intensity > INTENSITY_MAX) {
    throw new RangeError(`intensity must be a whole number from ${INTENSITY_MIN} to ${INTENSITY_MAX}`);
  }
  return draft.map((r) => (r.region === region ? { ...r, intensity } : r));
}

/** Ticks or unticks a quality word, keeping the vocabulary's order so the same feeling always reads the same way. */
export function toggleQuality(draft: readonly DraftRegion[], region: string, quality: PainQuality): DraftRegion[] {
  return draft.map((r) => {
    if (r.region !== region) return r;
    const has = r.qualities.includes(quality);
    return { ...r, qualities: PAIN_QUALITIES.filter((q) => (q === quality ? !has : r.qualities.includes(q))) };
  });
}

/** The first place still waiting for its rating, in the order they were picked. */
export function firstUnrated(draft: readonly DraftRegion[]): DraftRegion | undefined {
  return draft.find((r) => r.intensity === null);
}

export type DraftRegionsResult = { ok: true; regions: PainRegion[] } | { ok: false; unrated: string };

/** The regions to save, or the first unrated place: nothing is ever saved with a rating nobody gave. */
export function regionsToSave(draft: readonly DraftRegion[]): DraftRegionsResult {
  const unrated = firstUnrated(draft);
  if (unrated) return { ok: false, unrated: unrated.region };
  return {
    ok: true,
    regions: draft.map((r) => ({ region: r.region, intensity: r.intensity!, qualities: [...r.qualities] })),
  };
}

/**
 * Which place a digit typed in the "find a place" box rates. Region names hold
 * no digits, so a digit there is always a rating: for the best match of what is
 * typed (added first), or, with the box empty, for the place just added.
 * Null when there is nothing to rate.
 */
export function digitTarget(
  query: string,
  firstMatch: string | undefined,
  justAdded: string | null,
): { region: string; add: boolean } | null {
  if (query.trim()) return firstMatch ? { region: firstMatch, add: true } : null;
  return justAdded ? { region: justAdded, add: false } : null;
}
