/**
 * Owns loading what Today shows about this week and last: break history,
 * routine sessions, and the days with a pain entry or a check-in, from last
 * week's Monday to today (one read each), refreshed when the window comes back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BreakRecord } from '@common/domain/breaks';
import type { RoutineSession } from '@common/domain/routine-sessions';
import { api, errorMessage } from '@renderer/lib/api';
import { useRefreshOnFocus } from '@renderer/lib/use-refresh-on-focus';
import { weekRanges } from './week-progress';

export interface WeekActivity {
  breaks: BreakRecord[];
  sessions: RoutineSession[];
  loggedDates: string[];
}

/** History lists are capped by the contract; two weeks of anything fits well inside. */
const LIMIT = 5000;

export function useWeekActivity(today: string): {
  activity: WeekActivity | null;
  error: string | null;
  reload(): Promise<void>;
} {
  const [activity, setActivity] = useState<WeekActivity | null>(null);
  const [error, setError] = useState<string | null>(null);
  const alive = useRef(true);

  const reload = useCallback(() => {
    const from = weekRanges(today).lastWeek.from;
    return Promise.all([
      api.breaks.history({ from, to: today, limit: LIMIT }),
      api.routines.sessions({ from, to: today, limit: LIMIT }),
      api.pain.list({ from, to: today, limit: LIMIT }),
      api.checkin.list({ from, to: today }),
    ]).then(
      ([breaks, sessions, pain, checkins]) => {
        if (!alive.current) return;
        setActivity({
          breaks,
          sessions,
          loggedDates: [...pain.map((e) => e.localDate), ...checkins.map((c) => c.date)],
        });
        setError(null);
      },
      (err: unknown) => {
        if (alive.current) setError(errorMessage(err));
      },
    );
  }, [today]);

  useEffect(() => {
    alive.current = true;
    void reload();
    return () => {
      alive.current = false;
    };
  }, [reload]);
  useRefreshOnFocus(reload);

  return { activity, error, reload };
}
