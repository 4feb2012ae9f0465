/** Owns loading the person's latest workstation checks for the Learn pages (the newest first). */
import { useCallback, useEffect, useState } from 'react';
import type { WorkstationCheck } from '@common/domain/workstation';
import { api, errorMessage } from '@renderer/lib/api';

export interface RecentChecks {
  /** null while loading; the newest two (enough to say what changed). */
  checks: WorkstationCheck[] | null;
  error: string | null;
  /** A check just saved becomes the newest without asking main again. */
  added(check: WorkstationCheck): void;
}

export function useRecentWorkstationChecks(): RecentChecks {
  const [checks, setChecks] = useState<WorkstationCheck[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    api.workstation.list({ limit: 2 }).then(
      (list) => {
        if (!alive) return;
        setChecks(list);
        setError(null);
      },
      (err: unknown) => {
        if (!alive) return;
        setChecks([]);
        setError(errorMessage(err));
      },
    );
    return () => {
      alive = false;
    };
  }, []);

  const added = useCallback((check: WorkstationCheck) => setChecks((list) => [check, ...(list ?? [])].slice(0, 2)), []);
  return { checks, error, added };
}

export function useLatestWorkstationCheck(): { check: WorkstationCheck | null; error: string | null } {
  const { checks, error } = useRecentWorkstationChecks();
  return { check: checks?.[0] ?? null, error };
}
