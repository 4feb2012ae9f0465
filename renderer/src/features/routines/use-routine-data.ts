/**
 * Owns loading what the routine pages need from main: the person's own
 * routines, the per-routine history figures, and the day's suggestion, with
 * one reload for after a change. Built-in routines come from the atlas.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { getRoutine } from '@common/domain/atlas';
import type { Routine } from '@common/domain/content';
import type { RoutineStats } from '@common/domain/routine-sessions';
import type { ResultOf } from '@common/ipc/contract';
import { api, errorMessage } from '@renderer/lib/api';

export type Suggestion = ResultOf<'routines:suggested-release'>;

export interface RoutineData {
  custom: Routine[] | null;
  stats: RoutineStats;
  suggestion: Suggestion | null;
  error: string | null;
  reload(): Promise<void>;
}

export function useRoutineData(options: { stats?: boolean; suggestion?: boolean } = {}): RoutineData {
  const wantStats = options.stats ?? false;
  const wantSuggestion = options.suggestion ?? false;
  const [custom, setCustom] = useState<Routine[] | null>(null);
  const [stats, setStats] = useState<RoutineStats>({});
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const alive = useRef(true);

  const reload = useCallback(
    () =>
      Promise.all([
        api.routines.customList(),
        wantStats ? api.routines.stats() : Promise.resolve({}),
        wantSuggestion ? api.routines.suggestedRelease() : Promise.resolve(null),
      ]).then(
        ([list, figures, suggested]) => {
          if (!alive.current) return;
          setCustom(list);
          setStats(figures);
          setSuggestion(suggested);
          setError(null);
        },
        (err: unknown) => {
          if (!alive.current) return;
          setError(errorMessage(err));
          setCustom((c) => c ?? []);
        },
      ),
    [wantStats, wantSuggestion],
  );

  useEffect(() => {
    alive.current = true;
    void reload();
    return () => {
      alive.current = false;
    };
  }, [reload]);

  return { custom, stats, suggestion, error, reload };
}

/** A built-in routine, or one of the person's own once they are loaded (null while loading). */
export function findRoutine(id: string, custom: Routine[] | null): Routine | undefined | null {
  const builtIn = getRoutine(id);
  if (builtIn) return builtIn;
  if (custom === null) return null;
  return custom.find((r) => r.id === id);
}
