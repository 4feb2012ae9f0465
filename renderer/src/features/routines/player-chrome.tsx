/** Owns what every stage of the player shares: the routine's header and the "is it saved" line. */
import type { Routine } from '@common/domain/content';
import { BackToRoutines } from './back-to-routines';

export function PlayerHeader({ routine }: { routine: Routine }) {
  return (
    <div className="page-header player-header">
      <div>
        <BackToRoutines />
        <h1 tabIndex={-1}>{routine.title}</h1>
        <p>{routine.summary}</p>
      </div>
    </div>
  );
}

export function SaveState({
  saving,
  error,
  saved,
  what,
}: {
  saving: boolean;
  error: string | null;
  saved: boolean;
  what: string;
}) {
  if (saving) return <p className="hint">Saving…</p>;
  if (error)
    return (
      <p className="alert error" role="alert">
        {what} could not be saved: {error}
      </p>
    );
  if (saved) return <p className="hint">{what} is saved in your history.</p>;
  return null;
}
