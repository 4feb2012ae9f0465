/**
 * Owns what the body map says about a region: its accessible name (also the
 * hover tooltip) and the step of the heat scale an intensity falls on. Pure,
 * so it is unit-tested in Node.
 */
import { regionDisplayName } from '@common/domain/body-regions';

/** 0–10 to a whole step of the colour scale; 0 (or nothing) draws no heat. */
export function intensityLevel(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return 0;
  return Math.round(Math.min(10, Math.max(0, value)));
}

export interface RegionState {
  trigger?: boolean;
  referral?: boolean;
  intensity?: number;
  selected?: boolean;
  /** A selectable region is a checkbox, which announces its own state. */
  selectable?: boolean;
}

/** "Temple (your right), possible trigger point, pain can show up here". */
export function regionAccessibleName(id: string, state: RegionState = {}): string {
  const parts = [regionDisplayName(id)];
  if (state.trigger) parts.push('possible trigger point');
  if (state.referral) parts.push('pain can show up here');
  const value = state.intensity;
  if (value !== undefined && Number.isFinite(value) && value > 0) {
    parts.push(`${Math.round(Math.min(10, value) * 10) / 10} out of 10`);
  }
  if (state.selected && !state.selectable) parts.push('selected');
  return parts.join(', ');
}

/** "Temple (your right)", "Temple (your right) and Eye (your right)", "A, B and C". */
export function regionList(regions: readonly string[]): string {
  const names = regions.map(regionDisplayName);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
