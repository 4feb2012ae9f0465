/**
 * Owns the routine player's building blocks, shared by the full player and the
 * compact one in the break window: the step panel with its big countdown, the
 * 0–10 picker, the paced-breathing guide, the safety-stop dialog and the
 * advice shown after a safety stop.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { PlannedStep, StopReason } from '@common/domain/player';
import { STOP_REASONS, canContinueAfter } from '@common/domain/player';
import { STOP_REASON_LABELS } from '@common/domain/routine-sessions';
import { formatCountdown } from '@renderer/lib/dates';
import { sideRoundLabel, STEP_KIND_LABELS } from './routine-meta';
import './routines.css';

const RATINGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

interface RatingProps {
  legend: string;
  hint?: ReactNode;
  value: number | null;
  onChange(value: number): void;
  /** Words under the two ends of the scale. */
  low?: string;
  high?: string;
  /** Ratings to mark as the target (the press picker aims for 5–6). */
  target?: readonly number[];
  compact?: boolean;
}

/** A 0–10 row of radio buttons that look like buttons: arrow keys move, Space/click picks. */
export function RatingPicker({ legend, hint, value, onChange, low, high, target, compact }: RatingProps) {
  const name = useId();
  const hintId = useId();
  return (
    <fieldset className="rating" data-compact={compact ? '' : undefined} aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint rating-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="rating-row">
        {RATINGS.map((n) => (
          <label key={n} className="rating-option" data-target={target?.includes(n) ? '' : undefined}>
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              // Clicking the chosen one again still counts as an answer (a fresh "now" reading).
              onClick={() => onChange(n)}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
      {(low || high) && (
        <div className="rating-ends" aria-hidden="true">
          <span>{low}</span>
          <span>{high}</span>
        </div>
      )}
    </fieldset>
  );
}

/** What to say about the strength of pressure the person reports (aiming for 5–6 of 10, never past 7). */
export function pressFeedback(value: number | null): { text: string; level: 'ok' | 'low' | 'high' } | null {
  if (value === null) return null;
  if (value > 7) return { text: 'Ease off a little. Aim for about 5 or 6.', level: 'high' };
  if (value === 7) return { text: 'That is the most it should be. Keep it there or a little lighter.', level: 'ok' };
  if (value >= 5) return { text: 'Just right. Hold it there and keep breathing.', level: 'ok' };
  return { text: 'You can press a little more firmly, if it feels welcome.', level: 'low' };
}

interface StepPanelProps {
  step: PlannedStep;
  steps: readonly PlannedStep[];
  index: number;
  remainingMs: number;
  compact?: boolean;
  /** The full player's countdown is the page's timer; in the break window the break's own clock is. */
  timer?: boolean;
  paused?: boolean;
}

export function StepPanel({ step, steps, index, remainingMs, compact, timer, paused }: StepPanelProps) {
  const where = sideRoundLabel(step, steps);
  const clock = formatCountdown(remainingMs / 1000);
  return (
    <div className="step-panel" data-kind={step.kind} data-compact={compact ? '' : undefined}>
      <div className="step-head">
        <span className="step-kind">{STEP_KIND_LABELS[step.kind]}</span>
        {where && <span className="step-where">{where}</span>}
        <span className="step-count">
          Step {index + 1} of {steps.length}
        </span>
      </div>
      <div
        className="step-clock"
        data-paused={paused ? '' : undefined}
        role={timer ? 'timer' : undefined}
        aria-label={timer ? `${clock} left in this step` : undefined}
        aria-hidden={timer ? undefined : true}
      >
        {clock}
      </div>
      {compact && <span className="visually-hidden">{clock} left in this step.</span>}
      <p className="step-text">{step.text}</p>
    </div>
  );
}

/** About 4 s in and 6 s out: slow enough to calm, easy to follow. */
export const BREATH_IN_MS = 4000;
export const BREATH_CYCLE_MS = 10_000;

export function breathPhase(elapsedMs: number): 'in' | 'out' {
  return elapsedMs % BREATH_CYCLE_MS < BREATH_IN_MS ? 'in' : 'out';
}

/**
 * A circle that grows as you breathe in and shrinks as you breathe out (a CSS
 * animation that starts with the step and pauses with it; keyed by step), with
 * the words timed from the step's own clock. With reduced motion, the words alone lead.
 */
export function BreathGuide({ elapsedMs, paused }: { elapsedMs: number; paused: boolean }) {
  const phase = breathPhase(elapsedMs);
  return (
    <div className="breath-guide" data-phase={phase} data-paused={paused ? '' : undefined}>
      <div className="breath-orb" aria-hidden="true">
        <div className="breath-orb-fill" />
      </div>
      <p className="breath-cue">{paused ? 'Paused' : phase === 'in' ? 'Breathe in…' : 'Breathe out…'}</p>
      <p className="hint breath-note">About 4 seconds in, 6 seconds out.</p>
    </div>
  );
}

interface DialogProps {
  open: boolean;
  /** Ends the routine, with the reason the person picked (null: none given). */
  onEnd(reason: StopReason | null): void;
  onContinue(): void;
}

/**
 * Asks what happened after a safety stop. The clock is already stopped when
 * it opens. The prominent action ends the routine; the reason is optional
 * (ending must never wait for a form). Going on is the quiet second choice,
 * and unavailable after a reason whose advice is "not again today"
 * (numbness or tingling, sharp or shooting pain, dizziness, pain rising).
 * Escape does not close it: after reaching for the stop, nobody should be put
 * back under pressure by a second key press.
 */
export function SafetyStopDialog({ open, onEnd, onContinue }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const reasonsId = useId();
  const noContinueId = useId();
  const openRef = useRef(open);
  const [reason, setReason] = useState<StopReason | null>(null);
  const continuable = canContinueAfter(reason);

  useEffect(() => {
    openRef.current = open;
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setReason(null);
      dialog.showModal();
      heading.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="modal stop-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => event.preventDefault()}
      onClose={() => {
        // Closed by the browser (a repeated Escape): keep asking while the stop is still open.
        if (openRef.current && ref.current && !ref.current.open) {
          ref.current.showModal();
          heading.current?.focus();
        }
      }}
    >
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        Safety stop: the timer is stopped
      </h2>
      <p>Let go of the spot.</p>
      <fieldset className="stop-reasons" aria-describedby={reasonsId}>
        <legend>What happened?</legend>
        <p className="hint" id={reasonsId}>
          If you like, tell Unknot, and it will say what to do next.
        </p>
        {STOP_REASONS.map((r) => (
          <label key={r} className="stop-reason">
            <input type="radio" name={titleId} value={r} checked={reason === r} onChange={() => setReason(r)} />
            {STOP_REASON_LABELS[r]}
          </label>
        ))}
      </fieldset>
      <div className="stop-end">
        <button type="button" className="primary stop-end-button" onClick={() => onEnd(reason)}>
          End the routine
        </button>
      </div>
      <div className="stop-continue">
        {continuable ? (
          <p className="hint">Pressed it by mistake, or feeling fine again?</p>
        ) : (
          <p className="stop-no-continue" id={noContinueId}>
            After {STOP_REASON_LABELS[reason!].toLowerCase()}, the routine should not go on today.
          </p>
        )}
        <button
          type="button"
          onClick={onContinue}
          disabled={!continuable}
          aria-describedby={continuable ? undefined : noContinueId}
        >
          Continue the routine
        </button>
      </div>
    </dialog>
  );
}
