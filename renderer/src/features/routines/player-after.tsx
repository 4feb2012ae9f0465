/** Owns the player's "after" stage: how the area feels now (optional), then saving the session. */
import type { RefObject } from 'react';
import type { Routine } from '@common/domain/content';
import { RatingPicker } from './player-parts';
import { PlayerHeader } from './player-chrome';

interface Props {
  routine: Routine;
  before: number | null;
  after: number | null;
  onAfter(value: number | null): void;
  saving: boolean;
  saveError: string | null;
  onFinish(afterRating: number | null): void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function PlayerAfter({ routine, before, after, onAfter, saving, saveError, onFinish, headingRef }: Props) {
  return (
    <div className="player-page">
      <PlayerHeader routine={routine} />
      <section className="card player-after" aria-labelledby="after-title">
        <h2 id="after-title" ref={headingRef} tabIndex={-1}>
          Well done. That’s the routine.
        </h2>
        <RatingPicker
          legend="How does the area feel now, from 0 to 10?"
          hint="Rate the pain or tightness where you worked. You can skip this."
          value={after}
          onChange={onAfter}
          low="0 · nothing"
          high="10 · worst"
        />
        {before !== null && <p className="hint">Before you started: {before} of 10.</p>}
        {saveError && (
          <p className="alert error" role="alert">
            Not saved: {saveError}
          </p>
        )}
        <div className="actions">
          <button type="button" className="primary" onClick={() => onFinish(after)} disabled={saving}>
            Save
          </button>
          <button type="button" onClick={() => onFinish(null)} disabled={saving}>
            Skip rating and save
          </button>
        </div>
      </section>
    </div>
  );
}
