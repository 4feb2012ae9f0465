/**
 * Owns the player's "stopped" stage: advice for the reason given at the safety
 * stop (what to do now, then when to get help, by triage tier), and whether
 * the stop was saved.
 */
import type { RefObject } from 'react';
import type { Routine } from '@common/domain/content';
import type { PlayerState } from '@common/domain/player';
import { STOP_REASON_LABELS } from '@common/domain/routine-sessions';
import { STOP_ADVICE } from '@common/domain/stop-advice';
import { TIER_WORDING, byTier } from '@common/domain/red-flags';
import { TierAlert } from '@renderer/ui/tier-alert';
import { PlayerHeader, SaveState } from './player-chrome';

interface Props {
  routine: Routine;
  final: PlayerState;
  saving: boolean;
  saveError: string | null;
  saved: boolean;
  onRetry(): void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function PlayerStopped({ routine, final, saving, saveError, saved, onRetry, headingRef }: Props) {
  const given = final.stopReason;
  const advice = STOP_ADVICE[given ?? 'other'];
  return (
    <div className="player-page">
      <PlayerHeader routine={routine} />
      <section className="card stop-advice" aria-labelledby="stop-advice-title">
        <h2 id="stop-advice-title" ref={headingRef} tabIndex={-1}>
          {advice.title}
        </h2>
        {/* Only what the person said: with no reason given, none is put in their mouth. */}
        {given && <p className="hint">You told us: {STOP_REASON_LABELS[given]}.</p>}
        {advice.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <div className="stop-get-help">
          {byTier(advice.getHelp).map((help) => (
            <TierAlert key={help.text} tier={help.tier} title={TIER_WORDING[help.tier].title} announce={false}>
              <p>{help.text}</p>
            </TierAlert>
          ))}
        </div>
        <SaveState saving={saving} error={saveError} saved={saved} what="This stop" />
        {saveError && (
          <button type="button" onClick={onRetry} disabled={saving}>
            Try saving again
          </button>
        )}
        <div className="actions">
          <a className="button primary" href="#/pain">
            Log how it feels in your pain log
          </a>
          <a className="button" href="#/routines">
            Back to routines
          </a>
        </div>
      </section>
    </div>
  );
}
