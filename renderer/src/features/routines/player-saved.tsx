/** Owns the player's "saved" stage: the relief in words and the time under pressure. */
import type { RefObject } from 'react';
import type { Routine } from '@common/domain/content';
import type { RoutineSession } from '@common/domain/routine-sessions';
import { formatDuration } from '@renderer/lib/dates';
import { reliefSentence } from './routine-meta';
import { PlayerHeader } from './player-chrome';

interface Props {
  routine: Routine;
  session: RoutineSession;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function PlayerSaved({ routine, session, headingRef }: Props) {
  const relief = reliefSentence(session.before, session.after);
  return (
    <div className="player-page">
      <PlayerHeader routine={routine} />
      <section className="card player-saved" aria-labelledby="saved-title">
        <h2 id="saved-title" ref={headingRef} tabIndex={-1}>
          Saved.
        </h2>
        <p className="saved-relief">{relief ?? 'Your session is in your history.'}</p>
        <p className="hint">
          {session.pressSeconds > 0
            ? `${formatDuration(session.pressSeconds)} under pressure in total.`
            : 'No time under pressure in this one.'}
        </p>
        <div className="actions">
          <a className="button primary" href="#/routines">
            Back to routines
          </a>
          <a className="button" href="#/pain">
            Log pain
          </a>
        </div>
      </section>
    </div>
  );
}
