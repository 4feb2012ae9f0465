/**
 * Owns the player's "run" stage: the timed steps with a big countdown, the
 * pressure check and breathing guide, pause / skip / safety stop (Space, →,
 * Esc), and leaving part-way: any way of leaving first pauses the clock and
 * asks; a routine left anyway is saved as stopped early (by the player screen,
 * through onAbandon). The timing itself is the pure reducer in
 * common/domain/player.ts, fed with appNow().
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Routine } from '@common/domain/content';
import {
  initialPlayerState,
  playerReducer,
  stepElapsedMs,
  stepRemainingMs,
  type PlayerAction,
  type PlayerPlan,
  type PlayerState,
} from '@common/domain/player';
import { appNow } from '@renderer/lib/clock';
import { useLeaveGuard, type LeaveAttempt } from '@renderer/lib/leave-guard';
import { LeaveDialog } from '@renderer/ui/leave-dialog/leave-dialog';
import { formatCountdown } from '@renderer/lib/dates';
import { BreathGuide, pressFeedback, RatingPicker, SafetyStopDialog, StepPanel } from './player-parts';
import { formatLength, planSeconds, STEP_KIND_LABELS } from './routine-meta';
import { beep, setSoundPreference, soundPreference } from './sound';
import { BackToRoutines } from './back-to-routines';

interface RunProps {
  routine: Routine;
  plan: PlayerPlan;
  onDone(state: PlayerState): void;
  onStopped(state: PlayerState): void;
  /** The page was left part-way; gets the state as of now, with any pressure held so far. */
  onAbandon(state: PlayerState): void;
}

const TICK_MS = 250;

/** Left sooner than this after starting (app time), nothing is recorded: not a session, a change of mind. */
const ABANDON_MIN_MS = 5000;

export function RoutineRun({ routine, plan, onDone, onStopped, onAbandon }: RunProps) {
  const [state, dispatch] = useReducer(
    (s: PlayerState, a: PlayerAction) => playerReducer(plan, s, a),
    plan,
    (p) => playerReducer(p, initialPlayerState(), { type: 'start', now: appNow() }),
  );
  const [now, setNow] = useState(appNow);
  const [pressRating, setPressRating] = useState<{ index: number; value: number } | null>(null);
  const [sound, setSound] = useState(soundPreference);
  const pauseButton = useRef<HTMLButtonElement>(null);
  const ended = useRef(false);
  // Leaving part-way: where to, and whether the clock was running when the person reached for it.
  const [leaving, setLeaving] = useState<{ attempt: LeaveAttempt; wasRunning: boolean } | null>(null);
  const leavingOpen = leaving !== null;

  const act = useCallback((type: 'toggle-pause' | 'skip' | 'ask-stop' | 'cancel-stop') => {
    const t = appNow();
    setNow(t);
    dispatch({ type, now: t });
  }, []);

  useEffect(() => {
    if (state.status !== 'running') return;
    const timer = window.setInterval(() => {
      const t = appNow();
      setNow(t);
      dispatch({ type: 'tick', now: t });
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [state.status]);

  useEffect(() => {
    pauseButton.current?.focus();
  }, []);

  const latest = useRef({ state, onAbandon });
  useEffect(() => {
    latest.current = { state, onAbandon };
  });
  useEffect(() => {
    const last = latest;
    const stillRunning = ended;
    return () => {
      if (stillRunning.current) return;
      const now = appNow();
      const { state: s0, onAbandon: abandon } = last.current;
      if (s0.startedAtMs === null || now - s0.startedAtMs < ABANDON_MIN_MS) return;
      const s = playerReducer(plan, s0, { type: 'tick', now });
      const held = plan.steps[s.index]?.kind === 'press' && s.status !== 'done' ? stepElapsedMs(s, now) : 0;
      abandon({ ...s, pressMs: s.pressMs + held, endedAtMs: s.endedAtMs ?? now });
    };
  }, [plan]);

  useEffect(() => {
    if (ended.current) return;
    if (state.status === 'done') {
      ended.current = true;
      onDone(state);
    } else if (state.status === 'stopped') {
      ended.current = true;
      onStopped(state);
    }
  }, [state, onDone, onStopped]);

  const stepIndex = state.index;
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (sound) beep('step');
    // Only the index matters: a sound per step, not per tick or per toggle.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stepIndex]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // The "leave this routine?" question has the keys (Escape there means stay).
      if (leavingOpen || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, select, textarea');
      const onControl = target?.closest('button, a, input, select, textarea, summary, dialog');
      if (event.key === 'Escape') {
        if (state.status === 'running' || state.status === 'paused') {
          event.preventDefault();
          act('ask-stop');
        }
      } else if (event.key === ' ' && !onControl && !event.repeat) {
        event.preventDefault();
        act('toggle-pause');
      } else if (event.key === 'ArrowRight' && !typing && !target?.closest('dialog')) {
        event.preventDefault();
        act('skip');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state.status, act, leavingOpen]);

  const underWay = state.status === 'running' || state.status === 'paused' || state.status === 'stopping';
  useLeaveGuard(underWay, (attempt) => {
    // The safety-stop question is already open and must be answered first; anything else pauses and asks.
    if (state.status === 'stopping' || leaving) return;
    const wasRunning = state.status === 'running';
    if (wasRunning) act('toggle-pause');
    setLeaving({ attempt, wasRunning });
  });

  function stay() {
    if (leaving?.wasRunning) act('toggle-pause');
    setLeaving(null);
    window.setTimeout(() => pauseButton.current?.focus(), 0);
  }

  function leave() {
    const attempt = leaving?.attempt;
    setLeaving(null);
    attempt?.proceed();
  }

  const step = plan.steps[stepIndex]!;
  const next = plan.steps[stepIndex + 1];
  const remaining = stepRemainingMs(plan, state, now);
  const elapsed = stepElapsedMs(state, now);
  const paused = state.status === 'paused';
  const stopping = state.status === 'stopping';
  const totalMs = planSeconds(plan.steps) * 1000;
  const doneMs = planSeconds(plan.steps.slice(0, stepIndex)) * 1000 + Math.min(elapsed, step.seconds * 1000);
  const rating = pressRating?.index === stepIndex ? pressRating.value : null;
  const feedback = pressFeedback(rating);
  const breathing = step.kind === 'press' || step.kind === 'breathe';

  return (
    <div className="player-page player-run" data-status={state.status}>
      <div className="page-header player-header">
        <div>
          <BackToRoutines />
          <h1 tabIndex={-1}>{routine.title}</h1>
        </div>
        <div className="run-progress">
          <progress max={totalMs} value={doneMs} aria-label="Progress through the routine" />
          <span className="hint">About {formatLength(Math.max(0, Math.round((totalMs - doneMs) / 1000)))} left</span>
        </div>
      </div>

      <div className="visually-hidden" aria-live="polite">
        {`Step ${stepIndex + 1} of ${plan.steps.length}: ${STEP_KIND_LABELS[step.kind]}. ${step.text}`}
      </div>

      <div className="run-grid" inert={stopping}>
        <section className="card run-main" aria-label="Current step">
          <StepPanel
            step={step}
            steps={plan.steps}
            index={stepIndex}
            remainingMs={remaining}
            timer
            paused={paused || stopping}
          />
          {paused && <p className="paused-note">Paused. Press Space or Resume to go on.</p>}
          <p className="next-up hint">
            {next
              ? `Next: ${STEP_KIND_LABELS[next.kind]}${next.side && next.side !== step.side ? ` (${next.side} side)` : ''} · ${formatCountdown(next.seconds)}`
              : 'This is the last step.'}
          </p>
        </section>
        {(breathing || step.kind === 'press') && (
          <section
            className="card run-side"
            aria-label={step.kind === 'press' ? 'Pressure and breathing' : 'Breathing'}
          >
            {breathing && <BreathGuide key={stepIndex} elapsedMs={elapsed} paused={paused || stopping} />}
            {step.kind === 'press' && (
              <div className="press-check">
                <RatingPicker
                  legend="How strong is it now?"
                  hint="Aim for about 5–6 of 10: strong but welcome."
                  value={rating}
                  onChange={(value) => setPressRating({ index: stepIndex, value })}
                  target={[5, 6]}
                  compact
                />
                <p className={`press-feedback${feedback ? ` ${feedback.level}` : ''}`} aria-live="polite">
                  {feedback?.text ?? ''}
                </p>
              </div>
            )}
          </section>
        )}
      </div>

      <div className="player-controls" inert={stopping}>
        <button
          type="button"
          ref={pauseButton}
          onClick={() => act('toggle-pause')}
          aria-keyshortcuts="Space"
          className={paused ? 'primary' : undefined}
        >
          {paused ? 'Resume' : 'Pause'} <kbd aria-hidden="true">Space</kbd>
        </button>
        <button type="button" onClick={() => act('skip')} aria-keyshortcuts="ArrowRight">
          Skip step <kbd aria-hidden="true">→</kbd>
        </button>
        <label className="check sound-toggle">
          <input
            type="checkbox"
            checked={sound}
            onChange={(e) => {
              setSound(e.target.checked);
              setSoundPreference(e.target.checked);
            }}
          />
          Sound cues
        </label>
        <button
          type="button"
          className="safety-stop"
          onClick={() => act('ask-stop')}
          aria-keyshortcuts="Escape"
          disabled={stopping}
        >
          Safety stop <kbd aria-hidden="true">Esc</kbd>
        </button>
      </div>

      <LeaveDialog
        open={leaving !== null}
        title="Leave this routine?"
        stayLabel={leaving?.wasRunning ? 'Keep going' : 'Stay'}
        leaveLabel="Leave the routine"
        onStay={stay}
        onLeave={leave}
      >
        <p>
          The clock is paused at step {stepIndex + 1} of {plan.steps.length}.
        </p>
        <p>
          {state.startedAtMs !== null && now - state.startedAtMs < ABANDON_MIN_MS
            ? 'You have only just started, so nothing will be saved if you leave now.'
            : 'If you leave, it is saved as stopped early, with how far you got. It does not count as a routine done, and any pressure so far still counts toward today’s limit.'}
        </p>
      </LeaveDialog>

      <SafetyStopDialog
        open={stopping}
        onEnd={(reason) => dispatch({ type: 'stop', now: appNow(), reason })}
        onContinue={() => {
          act('cancel-stop');
          // Back to the controls; the dialog's button is gone.
          window.setTimeout(() => pauseButton.current?.focus(), 0);
        }}
      />
    </div>
  );
}
