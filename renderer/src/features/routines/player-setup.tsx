/**
 * Owns the player's "before" stage: the rating before, the side and rounds,
 * today's pressure limit (the plan's notices), a safety stop earlier today
 * that holds back pressure (the plan's blocks), the safety advice (the routine's
 * cautions with those of the places it presses, and where never to press,
 * opened before a first press) and the plan's steps.
 */
import type { Routine } from '@common/domain/content';
import { HOW_TO_PRESS_LESSON_ID } from '@common/domain/lessons';
import { GENERAL_PRESSURE_CAUTIONS, cautionsFor, routinePresses } from '@common/domain/pressure-cautions';
import { HEAT_CAUTIONS, WARM_UP_SECONDS, offersWarmUp } from '@common/domain/heat';
import type { PlayerPlan } from '@common/domain/player';
import { formatCountdown } from '@renderer/lib/dates';
import { RatingPicker } from './player-parts';
import { SafetyBlockNote } from './safety-block-note';
import { PlayerHeader } from './player-chrome';
import type { SideChoice } from './player-model';
import { doseSentence, formatLength, planSeconds, STEP_KIND_LABELS, stopIfSentence } from './routine-meta';
import { DAILY_PRESS_ROUND_CAP, ROUTINE_MAX_ROUNDS, ROUTINE_MIN_ROUNDS } from '@common/domain/policy';

/** The round picker's choices: every round count a routine may have. */
const ROUND_CHOICES = Array.from(
  { length: ROUTINE_MAX_ROUNDS - ROUTINE_MIN_ROUNDS + 1 },
  (_, i) => i + ROUTINE_MIN_ROUNDS,
);

interface Props {
  routine: Routine;
  plan: PlayerPlan;
  before: number | null;
  onBefore(value: number | null): void;
  side: SideChoice;
  onSide(side: SideChoice): void;
  rounds: number;
  onRounds(rounds: number): void;
  /** False until today's pressure rounds are known. */
  ready: boolean;
  /** True before the person's first routine with pressure (null while that is being looked up). */
  firstPress: boolean | null;
  /** Whether the plan starts with ten minutes of warmth (offered for routines that press). */
  warmUp: boolean;
  onWarmUp(on: boolean): void;
  todayError: string | null;
  onStart(): void;
}

export function PlayerSetup(props: Props) {
  const { routine, plan, before, onBefore, side, onSide, rounds, onRounds, ready, firstPress, todayError, onStart } =
    props;
  const { warmUp, onWarmUp } = props;
  const seconds = planSeconds(plan.steps);
  const presses = routinePresses(routine);
  const cautions = cautionsFor(routine);
  const stop = stopIfSentence(routine.stopIf);
  const dose = doseSentence(routine);
  const canStart = ready && plan.steps.length > 0;
  return (
    <div className="player-page">
      <PlayerHeader routine={routine} />
      <div className="player-setup">
        <section className="card" aria-labelledby="setup-title">
          <h2 id="setup-title">Before you start</h2>
          <RatingPicker
            legend="How strong is the pain or tightness in this area now?"
            hint="0 is none, 10 the worst you can imagine. Optional: you can skip it."
            value={before}
            onChange={onBefore}
            low="0 · nothing"
            high="10 · worst"
          />
          {before !== null && (
            <button type="button" className="link skip-rating" onClick={() => onBefore(null)}>
              Clear rating
            </button>
          )}
          {routine.bothSides && (
            <fieldset className="choice-row">
              <legend>Which side?</legend>
              {(
                [
                  ['both', 'Both sides (left, then right)'],
                  ['left', 'Left side only'],
                  ['right', 'Right side only'],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="pill">
                  <input type="radio" name="side" checked={side === value} onChange={() => onSide(value)} />
                  {label}
                </label>
              ))}
            </fieldset>
          )}
          <fieldset className="choice-row">
            <legend>
              {routine.kind === 'strength' ? 'Sets' : 'Rounds'}
              {routine.bothSides ? ' on each side' : ''}
              <span className="hint"> (this routine suggests {routine.rounds})</span>
            </legend>
            {ROUND_CHOICES.map((n) => (
              <label key={n} className="pill">
                <input type="radio" name="rounds" checked={rounds === n} onChange={() => onRounds(n)} />
                {n}
              </label>
            ))}
          </fieldset>
          {offersWarmUp(routine) && (
            <div className="warm-up-choice">
              <label className="check">
                <input type="checkbox" checked={warmUp} onChange={(e) => onWarmUp(e.target.checked)} />
                Start with {Math.round(WARM_UP_SECONDS / 60)} minutes of warmth (optional)
              </label>
              <details>
                <summary>When not to use heat</summary>
                <ul className="caution-list">
                  {HEAT_CAUTIONS.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </details>
            </div>
          )}
          {todayError && (
            <p className="alert warning" role="alert">
              Could not check today’s pressure rounds ({todayError}). Please keep to 3–{DAILY_PRESS_ROUND_CAP} rounds a
              spot today.
            </p>
          )}
          {plan.notices.length > 0 && (
            <div className="alert warning cap-notice" role="status">
              <h3>Today’s limit for pressure</h3>
              {plan.notices.map((n) => (
                <p key={`${n.muscle}:${n.side ?? ''}`}>{n.message}</p>
              ))}
            </div>
          )}
          <SafetyBlockNote blocks={plan.blocks} stretchesStillRun />
          {dose && (
            <div className="strength-dose">
              <p>
                <strong>Dose:</strong> {dose}
              </p>
              {routine.progression && (
                <p>
                  <strong>Next steps:</strong> {routine.progression}
                </p>
              )}
            </div>
          )}
          <p className="plan-summary">
            {plan.steps.length} steps · about {formatLength(seconds)}
            {plan.steps.some((st) => st.kind === 'press') && ' · hold pressure at about 5–6 of 10'}
          </p>
          <div className="actions">
            <button type="button" className="primary big" disabled={!canStart} onClick={onStart}>
              Start
            </button>
            <a className="button" href="#/routines">
              Cancel
            </a>
          </div>
        </section>
        <aside className="card setup-side" aria-labelledby="setup-safety">
          <h2 id="setup-safety">Stay safe</h2>
          <p>
            Stop at once, with <strong>Safety stop</strong> or <kbd>Esc</kbd>, if you feel numbness, tingling, sharp or
            shooting pain, dizziness, a pulse under your fingers, or pain that keeps rising.
          </p>
          {stop && (
            <p>
              <strong>{stop}</strong>
            </p>
          )}
          {cautions.length > 0 && (
            <ul className="caution-list">
              {cautions.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
          {presses && (
            <details className="pressure-cautions" open={firstPress !== false}>
              <summary>Before any pressing: where not to press ({GENERAL_PRESSURE_CAUTIONS.length})</summary>
              {firstPress !== false && (
                <p className="hint">This is your first routine with pressure: please read these once.</p>
              )}
              <ul className="caution-list">
                {GENERAL_PRESSURE_CAUTIONS.map((c) => (
                  <li key={c.id}>{c.text}</li>
                ))}
              </ul>
            </details>
          )}
          {routine.steps.some((st) => st.kind === 'press') && (
            <p className="learn-link">
              New to this? Read <a href={`#/learn/${HOW_TO_PRESS_LESSON_ID}`}>how to press, and how not to overdo it</a>
              .
            </p>
          )}
          <details className="plan-steps">
            <summary>All {plan.steps.length} steps</summary>
            <ol>
              {plan.steps.map((s, i) => (
                <li key={i}>
                  <strong>{STEP_KIND_LABELS[s.kind]}</strong>
                  {s.side ? ` (${s.side})` : ''} · {formatCountdown(s.seconds)}
                </li>
              ))}
            </ol>
          </details>
        </aside>
      </div>
    </div>
  );
}
