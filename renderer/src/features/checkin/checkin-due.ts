/**
 * Owns when Today asks for the daily check-in: from the set time on, on a day
 * that is not yet answered or skipped. Before then it only offers to check in early.
 */
export type CheckinAsk = 'ask' | 'later' | 'off';

/** "17:30" has passed at 17:30:00 local time. */
export function checkinAsk(settings: { enabled: boolean; time: string }, now: Date): CheckinAsk {
  if (!settings.enabled) return 'off';
  const hhmm = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  return hhmm >= settings.time ? 'ask' : 'later';
}
