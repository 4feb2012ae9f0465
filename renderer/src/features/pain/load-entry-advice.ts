/**
 * Owns fetching what red-flag advice about a saved entry needs beyond the
 * entry itself (that day's check-in). A failed look-up never blocks anything:
 * the note alone still counts.
 */
import type { PainEntry } from '@common/domain/pain';
import type { Advice } from '@common/domain/red-flags';
import { api } from '@renderer/lib/api';
import { adviceForSavedEntry } from './pain-advice';

export async function loadEntryAdvice(entry: PainEntry): Promise<Advice | null> {
  const checkin = await api.checkin.get({ date: entry.localDate }).then(
    (day) => day.checkin,
    () => null,
  );
  return adviceForSavedEntry(entry, checkin);
}
