/**
 * Owns the routines shown inside the small break window: a stretch routine
 * (a different one each day) or a micro-pause move, stepped through on the
 * break's own clock with its stop signs always in view, and the day's suggested release routine with a way to
 * open it in the main window.
 */
import { useEffect, useState } from 'react';
import { getRoutine, ROUTINES } from '@common/domain/atlas';
import type { Routine } from '@common/domain/content';
import { planRoutine } from '@common/domain/player';
import { localMomentOf } from '@common/domain/time';
import { api, errorMessage } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/routes';
import { StepPanel } from './player-parts';
import { stopIfSentence } from './routine-meta';
import type { Suggestion } from './use-routine-data';
import './routines.css';

/** Whole days since 1970 in local time, so the choice changes at local midnight. */
function localDayNumber(nowMs: number): number {
  const [y, m, d] = localMomentOf(new Date(nowMs)).localDate.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** Today's stretch routine: the stretch-break routines in turn, one a day. */
export function stretchRoutineFor(nowMs: number): Routine | undefined {
  const all = ROUTINES.filter((r) => r.kind === 'stretch');
  return all[localDayNumber(nowMs) % all.length];
}

/** A micro-pause move: a different one for each prompt (they come every 20 minutes or so). */
export function microRoutineFor(dueAt: string): Routine | undefined {
  const all = ROUTINES.filter((r) => r.kind === 'micro');
  const minute = Math.floor(Date.parse(dueAt) / 60_000);
  return all[(Number.isFinite(minute) ? minute : 0) % all.length];
}

interface BreakRoutineProps {
  routine: Routine;
  /** When the break started (app time), from the engine's own status. */
  startedAtMs: number;
  now: number;
}

/** The routine's current step, timed from the start of the break (so a reopened window picks up where it was). */
export function BreakRoutine({ routine, startedAtMs, now }: BreakRoutineProps) {
  const steps = planRoutine(routine).steps;
  const elapsed = Math.max(0, now - startedAtMs);
  let index = 0;
  let stepStart = 0;
  while (index < steps.length && stepStart + steps[index]!.seconds * 1000 <= elapsed) {
    stepStart += steps[index]!.seconds * 1000;
    index++;
  }
  if (index >= steps.length) {
    return (
      <div className="break-routine" aria-label={routine.title}>
        <p className="break-routine-done">That’s the whole routine. Keep moving gently until the break ends.</p>
      </div>
    );
  }
  const step = steps[index]!;
  const stop = stopIfSentence(routine.stopIf);
  return (
    <div className="break-routine" aria-label={routine.title}>
      <StepPanel
        step={step}
        steps={steps}
        index={index}
        remainingMs={step.seconds * 1000 - (elapsed - stepStart)}
        compact
      />
      {stop && <p className="break-stop">{stop}</p>}
      <div className="visually-hidden" aria-live="polite">
        {`Step ${index + 1} of ${steps.length}: ${step.text}`}
      </div>
    </div>
  );
}

/** The day's suggested release routine, and a button that opens it in the main window. */
export function ReleaseSuggestion({ onOpen }: { onOpen?(): void }) {
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    api.routines.suggestedRelease().then(
      (s) => alive && setSuggestion(s),
      (err: unknown) => alive && setError(errorMessage(err)),
    );
    return () => {
      alive = false;
    };
  }, []);

  if (error) return <p className="break-what">Time for today’s release routine. ({error})</p>;
  if (!suggestion) return <p className="break-what">Finding today’s release routine…</p>;
  const routine = getRoutine(suggestion.routineId);
  return (
    <div className="break-release">
      <p className="break-what">
        Today: <strong>{routine?.title ?? suggestion.routineId}</strong>
      </p>
      <p className="break-reason">{suggestion.reason}</p>
      <button
        type="button"
        className="open-routine"
        onClick={() => {
          onOpen?.();
          void openRoutine(suggestion.routineId, routine?.bothSides ? suggestion.side : null);
        }}
      >
        Open routine
      </button>
    </div>
  );
}

/** Asks main to show the player in the main window; where there is none (web preview), goes there here. */
export async function openRoutine(routineId: string, side: 'left' | 'right' | null = null): Promise<void> {
  const params = side ? ['play', routineId, side] : ['play', routineId];
  try {
    const answer = await api.app.show({ route: ['routines', ...params].join('/') });
    if (answer === 'navigate') navigate('routines', ...params);
  } catch {
    navigate('routines', ...params);
  }
}
