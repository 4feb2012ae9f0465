/**
 * Owns keeping a screen's copy of the break engine's status fresh: it asks
 * main every `everyMs` while the page is visible (plus at once when it becomes
 * visible again), and lets actions hand back the status main answered with.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BreakStatus } from '@common/domain/breaks';
import { api, errorMessage } from '@renderer/lib/api';
import { appNow } from '@renderer/lib/clock';

export interface BreakStatusValue {
  status: BreakStatus | null;
  error: string | null;
  /** When the status shown was read, for countdowns between polls. */
  readAt: number;
  refresh(): Promise<void>;
  /** Runs an action that answers with a fresh status (respond, takeNow, pause, resume). */
  run(action: () => Promise<BreakStatus>): Promise<boolean>;
}

export function useBreakStatus(everyMs: number): BreakStatusValue {
  const [status, setStatus] = useState<BreakStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [readAt, setReadAt] = useState(() => appNow());
  const alive = useRef(true);
  // Ignore a poll that was sent before an action but answered after it.
  const generation = useRef(0);

  const accept = useCallback((next: BreakStatus) => {
    if (!alive.current) return;
    setStatus(next);
    setError(null);
    setReadAt(appNow());
  }, []);

  const refresh = useCallback(async () => {
    const asked = generation.current;
    try {
      const next = await api.breaks.status();
      if (asked === generation.current) accept(next);
    } catch (err) {
      if (alive.current) setError(errorMessage(err));
    }
  }, [accept]);

  const run = useCallback(
    async (action: () => Promise<BreakStatus>) => {
      generation.current++;
      try {
        accept(await action());
        return true;
      } catch (err) {
        if (alive.current) setError(errorMessage(err));
        return false;
      }
    },
    [accept],
  );

  useEffect(() => {
    alive.current = true;
    let timer: number | undefined;
    const start = () => {
      window.clearInterval(timer);
      timer = window.setInterval(() => void refresh(), everyMs);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') {
        void refresh();
        start();
      } else {
        window.clearInterval(timer);
      }
    };
    void refresh();
    if (document.visibilityState === 'visible') start();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      alive.current = false;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [everyMs, refresh]);

  return { status, error, readAt, refresh, run };
}
