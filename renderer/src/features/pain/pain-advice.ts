/**
 * Owns when a saved pain entry brings red-flag advice: any numbness or
 * tingling, more urgent with weakness (taken from the entry's note or from
 * that day's check-in) or on both sides. The advice itself (its wording) lives in common/domain/red-flags.
 * Pure, so it is unit-tested in Node.
 */
import type { Checkin } from '@common/domain/checkin';
import type { PainEntry } from '@common/domain/pain';
import { adviceForEntry, type Advice } from '@common/domain/red-flags';

/** Whether the check-in of the entry's day says weakness is getting worse or hands are clumsy. */
export function weaknessReported(checkin: Pick<Checkin, 'warningSigns'> | null | undefined): boolean {
  return checkin?.warningSigns.includes('weakness-clumsiness') ?? false;
}

export function adviceForSavedEntry(
  entry: Pick<PainEntry, 'regions' | 'note'>,
  checkinThatDay: Pick<Checkin, 'warningSigns'> | null | undefined,
): Advice | null {
  return adviceForEntry(entry, weaknessReported(checkinThatDay));
}
