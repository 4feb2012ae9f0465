/**
 * Owns the first run's guided taster: a 60–90-second micro-break (moves chosen
 * for where it hurts, see tasterFor) played with the routine player's own step
 * panel and timing logic, so the person feels what a break is like.
 * Space pauses or resumes; Esc pauses (and never leaves setup).
 */
import { useEffect, useMemo, useReducer, type KeyboardEvent } from 'react';
import { tasterFor } from '@common/domain/first-run';
import {
  initialPlayerState,
  playerReducer,
  stepRemainingMs,
  type PlayerAction,
  type PlayerPlan,
  type PlayerState,
} from '@common/domain/player';
import { appNow } from '@renderer/lib/clock';
import { formatDuration } from '@renderer/lib/dates';
import { useNow } from '@renderer/lib/use-now';
import { StepPanel } from '@renderer/features/routines';

interface Props {
  /** Where it hurts most (from the pain step), to pick the moves nearest to it. */
  region: string | null;
}

export function TasterStep({ region }: Props) {
  const taster = useMemo(() => tasterFor(region ? [{ region, intensity: 1 }] : []), [region]);
  const plan: PlayerPlan = useMemo(() => ({ steps: taster.steps, pressRounds: [], notices: [], blocks: [] }), [taster]);
  const [state, dispatch] = useReducer(
    (s: PlayerState, a: PlayerAction) => playerReducer(plan, s, a),
    undefined,
    initialPlayerState,
  );
  const now = useNow(250);
  const active = state.status === 'running' || state.status === 'paused';

  useEffect(() => {
    if (state.status === 'running') dispatch({ type: 'tick', now });
  }, [now, state.status]);

  function onKeyDown(event: KeyboardEvent) {
    if (!active) return;
    const onButton = (event.target as HTMLElement).tagName === 'BUTTON';
    if ((event.key === ' ' && !onButton) || (event.key === 'Escape' && state.status === 'running')) {
      event.preventDefault();
      dispatch({ type: 'toggle-pause', now: appNow() });
    }
  }

  const step = plan.steps[state.index];
  const move = taster.routines[taster.stepRoutine[state.index] ?? 0];
  const moveNumber = (taster.stepRoutine[state.index] ?? 0) + 1;
  return (
    <div className="taster" onKeyDown={onKeyDown}>
      <p className="welcome-lead">
        This is how a break feels: {formatDuration(taster.seconds)} of easy moves, the same kind Unknot suggests every
        20 minutes or so. Move gently and stop anything that hurts.
      </p>
      {state.status === 'ready' && (
        <>
          <ol className="taster-moves" aria-label="The moves">
            {taster.routines.map((r) => (
              <li key={r.id}>
                <strong>{r.title}</strong> <span className="hint">{r.summary}</span>
              </li>
            ))}
          </ol>
          <button type="button" className="primary" onClick={() => dispatch({ type: 'start', now: appNow() })}>
            Start the {formatDuration(taster.seconds)} break
          </button>
        </>
      )}
      {active && step && move && (
        <>
          <p className="taster-move">
            <strong>{move.title}</strong>{' '}
            <span className="hint">
              (move {moveNumber} of {taster.routines.length})
            </span>
          </p>
          <StepPanel
            step={step}
            steps={plan.steps}
            index={state.index}
            remainingMs={stepRemainingMs(plan, state, now)}
            timer
            paused={state.status === 'paused'}
          />
          <div className="visually-hidden" aria-live="polite">
            {`${move.title}: ${step.text}`}
          </div>
          <div className="actions taster-actions">
            <button type="button" onClick={() => dispatch({ type: 'toggle-pause', now: appNow() })}>
              {state.status === 'paused' ? 'Resume' : 'Pause'}
            </button>
            <button type="button" onClick={() => dispatch({ type: 'skip', now: appNow() })}>
              Next move
            </button>
            <span className="hint">Space pauses</span>
          </div>
        </>
      )}
      {state.status === 'done' && (
        <div className="taster-done" role="status">
          <p>
            <strong>That was a break.</strong> Short and often is the idea: a few of these through the day usually do
            more than one long session.
          </p>
          <p>Finish takes you to Today, where you can see when your first real break is due.</p>
        </div>
      )}
    </div>
  );
}
