/** Owns a clock for countdowns: the current time, refreshed every `everyMs` while mounted. */
import { useEffect, useState } from 'react';
import { appNow } from './clock';

export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => appNow());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(appNow()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
