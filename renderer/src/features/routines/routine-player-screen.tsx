/**
 * Owns the routine player (#/routines/play/<id>): the "before" step (rating,
 * side, rounds, today's pressure limit), the timed steps with a big countdown,
 * the pressure check and breathing guide, pause / skip / safety stop (Space,
 * →, Esc), the "after" rating, and saving the session. The timing itself is
 * the pure player in common/domain/player.ts, fed with appNow().
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Routine } from '@common/domain/content';
import {
  completedPressRounds,
  initialPlayerState,
  planRoutine,
  playerReducer,
  stepElapsedMs,
  stepRemainingMs,
  type PlayerAction,
  type PlayerPlan,
  type PlayerState,
  type PressRoundsToday,
} from '@common/domain/player';
import type { RoutineSession, RoutineSessionInput } from '@common/domain/routine-sessions';
import { STOP_REASON_LABELS } from '@common/domain/routine-sessions';
import { formatOffsetDateTime } from '@common/domain/time';
import { api, errorMessage } from '@renderer/lib/api';
import { appNow } from '@renderer/lib/clock';
import { formatCountdown, formatDuration } from '@renderer/lib/dates';
import { BreathGuide, pressFeedback, RatingPicker, SafetyStopDialog, StepPanel, STOP_ADVICE } from './player-parts';
import { formatLength, planSeconds, reliefSentence, STEP_KIND_LABELS } from './routine-meta';
import { beep, setSoundPreference, soundPreference } from './sound';
import { findRoutine, useRoutineData } from './use-routine-data';
import { BackToRoutines } from './back-to-routines';
import { HOW_TO_PRESS_LESSON_ID } from '@common/domain/lessons';

type SideChoice = 'both' | 'left' | 'right';

type Stage =
  | { name: 'setup' }
  | { name: 'run'; plan: PlayerPlan }
  | { name: 'after'; plan: PlayerPlan; final: PlayerState }
  | { name: 'stopped'; plan: PlayerPlan; final: PlayerState }
  | { name: 'saved'; session: RoutineSession };

export function RoutinePlayerScreen({ routineId, side }: { routineId: string; side?: 'left' | 'right' | undefined }) {
  const { custom, error } = useRoutineData();
  const routine = findRoutine(routineId, custom);
  if (routine === null) {
    return (
      <div className="page-header">
        <h1 tabIndex={-1}>Routine</h1>
        <p className="hint">Loading…</p>
      </div>
    );
  }
  if (!routine) {
    return (
      <>
        <div className="page-header">
          <h1 tabIndex={-1}>Routine not found</h1>
        </div>
        <section className="card">
          {error && (
            <p className="alert error" role="alert">
              Could not load your own routines: {error}
            </p>
          )}
          <div className="empty">
            <strong>There is no routine called “{routineId}”.</strong>
            It may have been deleted. <a href="#/routines">Back to the routines</a>
          </div>
        </section>
      </>
    );
  }
  return <Player key={routine.id} routine={routine} initialSide={side ?? 'both'} />;
}

/** Main keeps counts per side; a routine without sides counts against the busier side. */
function withUnsided(today: PressRoundsToday): PressRoundsToday {
  const out: Record<string, number> = { ...today };
  for (const [key, n] of Object.entries(today)) {
    const muscle = key.replace(/:(left|right)$/, '');
    out[`${muscle}:both`] = Math.max(out[`${muscle}:both`] ?? 0, n);
  }
  return out;
}

function Player({ routine, initialSide }: { routine: Routine; initialSide: SideChoice }) {
  const [stage, setStage] = useState<Stage>({ name: 'setup' });
  const [before, setBefore] = useState<number | null>(null);
  const [after, setAfter] = useState<number | null>(null);
  const [side, setSide] = useState<SideChoice>(initialSide);
  const [rounds, setRounds] = useState(routine.rounds);
  const [today, setToday] = useState<PressRoundsToday | null>(null);
  const [todayError, setTodayError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [stoppedSession, setStoppedSession] = useState<RoutineSession | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A finished routine not yet saved (the "after" question still open): saved anyway if the page is left,
  // so its pressure rounds count toward today's limit.
  const unsaved = useRef<RoutineSessionInput | null>(null);

  useEffect(() => {
    const pending = unsaved;
    return () => {
      if (pending.current) void api.routines.sessionSave({ session: pending.current }).catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    let alive = true;
    api.routines.pressRoundsToday().then(
      (counts) => alive && setToday(withUnsided(counts)),
      (err: unknown) => {
        if (!alive) return;
        setTodayError(errorMessage(err));
        setToday({});
      },
    );
    return () => {
      alive = false;
    };
  }, []);

  const plan = useMemo(
    () =>
      planRoutine(routine, {
        rounds,
        onlySide: routine.bothSides && side !== 'both' ? side : undefined,
        pressRoundsToday: today ?? {},
      }),
    [routine, rounds, side, today],
  );

  // Each new stage starts at its heading, so keyboard and screen-reader users land in it.
  useEffect(() => {
    if (stage.name !== 'setup' && stage.name !== 'run') headingRef.current?.focus();
  }, [stage.name]);

  function sessionInput(p: PlayerPlan, state: PlayerState, afterRating: number | null): RoutineSessionInput {
    const offset = -new Date(appNow()).getTimezoneOffset();
    let left = 0;
    let right = 0;
    for (const done of completedPressRounds(p, state)) {
      if (done.side !== 'right') left += done.rounds;
      if (done.side !== 'left') right += done.rounds;
    }
    const roundsPlayed = Math.max(0, ...p.steps.map((s) => s.round));
    return {
      routineId: routine.id,
      side: routine.bothSides ? side : null,
      startedAt: formatOffsetDateTime(state.startedAtMs ?? appNow(), offset),
      endedAt: formatOffsetDateTime(state.endedAtMs ?? appNow(), offset),
      rounds: Math.min(4, roundsPlayed),
      pressSeconds: Math.min(3600, Math.round(state.pressMs / 1000)),
      pressRounds: { left: Math.min(8, left), right: Math.min(8, right) },
      before,
      after: afterRating,
      stopReason: state.stopReason,
    };
  }

  async function save(p: PlayerPlan, state: PlayerState, afterRating: number | null): Promise<RoutineSession | null> {
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await api.routines.sessionSave({ session: sessionInput(p, state, afterRating) });
      unsaved.current = null;
      return saved;
    } catch (err) {
      setSaveError(errorMessage(err));
      return null;
    } finally {
      setSaving(false);
    }
  }

  async function onStopped(p: PlayerPlan, state: PlayerState) {
    setStage({ name: 'stopped', plan: p, final: state });
    setStoppedSession(await save(p, state, null));
  }

  async function finish(afterRating: number | null) {
    if (stage.name !== 'after' || saving) return;
    const session = await save(stage.plan, stage.final, afterRating);
    if (session) setStage({ name: 'saved', session });
  }

  if (stage.name === 'run') {
    return (
      <RoutineRun
        routine={routine}
        plan={stage.plan}
        onDone={(state) => {
          if (soundPreference()) beep('end');
          unsaved.current = sessionInput(stage.plan, state, null);
          setStage({ name: 'after', plan: stage.plan, final: state });
        }}
        onStopped={(state) => void onStopped(stage.plan, state)}
        onAbandon={(state) => {
          // Left part-way (another page, another section): what was done still counts toward today's limit.
          void api.routines.sessionSave({ session: sessionInput(stage.plan, state, null) }).catch(() => undefined);
        }}
      />
    );
  }

  if (stage.name === 'stopped') {
    const reason = stage.final.stopReason ?? 'other';
    const advice = STOP_ADVICE[reason];
    return (
      <div className="player-page">
        <PlayerHeader routine={routine} />
        <section className="card stop-advice" aria-labelledby="stop-advice-title">
          <h2 id="stop-advice-title" ref={headingRef} tabIndex={-1}>
            {advice.title}
          </h2>
          <p className="hint">You told us: {STOP_REASON_LABELS[reason]}.</p>
          {advice.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <SaveState saving={saving} error={saveError} saved={stoppedSession !== null} what="This stop" />
          {saveError && (
            <button
              type="button"
              onClick={() => void save(stage.plan, stage.final, null).then(setStoppedSession)}
              disabled={saving}
            >
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

  if (stage.name === 'after') {
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
            onChange={setAfter}
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
            <button type="button" className="primary" onClick={() => void finish(after)} disabled={saving}>
              Save
            </button>
            <button type="button" onClick={() => void finish(null)} disabled={saving}>
              Skip rating and save
            </button>
          </div>
        </section>
      </div>
    );
  }

  if (stage.name === 'saved') {
    const relief = reliefSentence(stage.session.before, stage.session.after);
    return (
      <div className="player-page">
        <PlayerHeader routine={routine} />
        <section className="card player-saved" aria-labelledby="saved-title">
          <h2 id="saved-title" ref={headingRef} tabIndex={-1}>
            Saved.
          </h2>
          <p className="saved-relief">{relief ?? 'Your session is in your history.'}</p>
          <p className="hint">
            {stage.session.pressSeconds > 0
              ? `${formatDuration(stage.session.pressSeconds)} under pressure in total.`
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

  // The "before" step.
  const seconds = planSeconds(plan.steps);
  const canStart = today !== null && plan.steps.length > 0;
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
            onChange={setBefore}
            low="0 · nothing"
            high="10 · worst"
          />
          {before !== null && (
            <button type="button" className="link skip-rating" onClick={() => setBefore(null)}>
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
                  <input type="radio" name="side" checked={side === value} onChange={() => setSide(value)} />
                  {label}
                </label>
              ))}
            </fieldset>
          )}
          <fieldset className="choice-row">
            <legend>
              Rounds{routine.bothSides ? ' on each side' : ''}
              <span className="hint"> (this routine suggests {routine.rounds})</span>
            </legend>
            {[1, 2, 3, 4].map((n) => (
              <label key={n} className="pill">
                <input type="radio" name="rounds" checked={rounds === n} onChange={() => setRounds(n)} />
                {n}
              </label>
            ))}
          </fieldset>
          {todayError && (
            <p className="alert warning" role="alert">
              Could not check today’s pressure rounds ({todayError}). Please keep to 3–4 rounds a spot today.
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
          <p className="plan-summary">
            {plan.steps.length} steps · about {formatLength(seconds)}
            {plan.steps.some((st) => st.kind === 'press') && ' · hold pressure at about 5–6 of 10'}
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary big"
              disabled={!canStart}
              onClick={() => setStage({ name: 'run', plan })}
            >
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
          {routine.cautions.length > 0 && (
            <ul className="caution-list">
              {routine.cautions.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
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

function PlayerHeader({ routine }: { routine: Routine }) {
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

function SaveState({
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

function RoutineRun({ routine, plan, onDone, onStopped, onAbandon }: RunProps) {
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
      if (event.ctrlKey || event.metaKey || event.altKey) return;
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
  }, [state.status, act]);

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

      <SafetyStopDialog
        open={stopping}
        onReason={(reason) => dispatch({ type: 'stop', now: appNow(), reason })}
        onContinue={() => {
          act('cancel-stop');
          // Back to the controls; the dialog's button is gone.
          window.setTimeout(() => pauseButton.current?.focus(), 0);
        }}
      />
    </div>
  );
}
