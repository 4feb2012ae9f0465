/**
 * Owns the routine player (#/routines/play/<id>): the state that lives across
 * its stages (ratings, side, rounds, today's pressure counts), moving from
 * stage to stage, and saving the session (also when the page is left with the
 * "after" question open). Each stage is its own component (player-setup, -run,
 * -after, -stopped, -saved); the pure parts are player-model.ts and the timing
 * reducer in common/domain/player.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Routine } from '@common/domain/content';
import { planRoutine, type PlayerPlan, type PlayerState, type PressRoundsToday } from '@common/domain/player';
import type { RoutineSession, RoutineSessionInput } from '@common/domain/routine-sessions';
import { api, errorMessage } from '@renderer/lib/api';
import { appNow } from '@renderer/lib/clock';
import { todayLocalDate } from '@renderer/lib/dates';
import { safetyBlocksOn, type SafetyBlock } from '@common/domain/safety-blocks';
import { PlayerAfter } from './player-after';
import { sessionInput as buildSessionInput, withUnsided, type SideChoice, type Stage } from './player-model';
import { RoutineRun } from './player-run';
import { PlayerSaved } from './player-saved';
import { PlayerSetup } from './player-setup';
import { neverPressed } from '@common/domain/pressure-cautions';
import { PlayerStopped } from './player-stopped';
import { beep, soundPreference } from './sound';
import { findRoutine, useRoutineData } from './use-routine-data';

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

function Player({ routine, initialSide }: { routine: Routine; initialSide: SideChoice }) {
  const [stage, setStage] = useState<Stage>({ name: 'setup' });
  const [before, setBefore] = useState<number | null>(null);
  const [after, setAfter] = useState<number | null>(null);
  const [side, setSide] = useState<SideChoice>(initialSide);
  const [rounds, setRounds] = useState(routine.rounds);
  const [today, setToday] = useState<PressRoundsToday | null>(null);
  const [blocked, setBlocked] = useState<SafetyBlock[]>([]);
  const [todayError, setTodayError] = useState<string | null>(null);
  const [firstPress, setFirstPress] = useState<boolean | null>(null);
  const [warmUp, setWarmUp] = useState(false);
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
    const date = todayLocalDate();
    // Today's pressure rounds (the cap) and today's sessions (a safety stop holds back pressure for the day).
    Promise.all([api.routines.pressRoundsToday(), api.routines.sessions({ from: date, to: date })]).then(
      ([counts, sessions]) => {
        if (!alive) return;
        setBlocked(safetyBlocksOn(sessions, date));
        setToday(withUnsided(counts));
      },
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

  // Before a first press the general cautions open by themselves; a failed look-up opens them too.
  useEffect(() => {
    let alive = true;
    api.routines.stats().then(
      (stats) => alive && setFirstPress(neverPressed(stats)),
      () => alive && setFirstPress(true),
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
        blocked,
        warmUp,
      }),
    [routine, rounds, side, today, blocked, warmUp],
  );

  // Each new stage starts at its heading, so keyboard and screen-reader users land in it.
  useEffect(() => {
    if (stage.name !== 'setup' && stage.name !== 'run') headingRef.current?.focus();
  }, [stage.name]);

  function sessionInput(
    p: PlayerPlan,
    state: PlayerState,
    afterRating: number | null,
    leftEarly = false,
  ): RoutineSessionInput {
    const nowMs = appNow();
    return buildSessionInput(p, state, {
      routine,
      side,
      before,
      after: afterRating,
      nowMs,
      offsetMinutes: -new Date(nowMs).getTimezoneOffset(),
      leftEarly,
    });
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
          // Left part-way (another page, another section): saved as stopped early, with how far it got;
          // what was done still counts toward today's limit, never as a routine done.
          void api.routines
            .sessionSave({ session: sessionInput(stage.plan, state, null, true) })
            .catch(() => undefined);
        }}
      />
    );
  }

  if (stage.name === 'stopped') {
    return (
      <PlayerStopped
        routine={routine}
        final={stage.final}
        saving={saving}
        saveError={saveError}
        saved={stoppedSession !== null}
        onRetry={() => void save(stage.plan, stage.final, null).then(setStoppedSession)}
        headingRef={headingRef}
      />
    );
  }

  if (stage.name === 'after') {
    return (
      <PlayerAfter
        routine={routine}
        before={before}
        after={after}
        onAfter={setAfter}
        saving={saving}
        saveError={saveError}
        onFinish={(afterRating) => void finish(afterRating)}
        headingRef={headingRef}
      />
    );
  }

  if (stage.name === 'saved') {
    return <PlayerSaved routine={routine} session={stage.session} headingRef={headingRef} />;
  }

  return (
    <PlayerSetup
      routine={routine}
      plan={plan}
      before={before}
      onBefore={setBefore}
      side={side}
      onSide={setSide}
      rounds={rounds}
      onRounds={setRounds}
      ready={today !== null}
      firstPress={firstPress}
      warmUp={warmUp}
      onWarmUp={setWarmUp}
      todayError={todayError}
      onStart={() => setStage({ name: 'run', plan })}
    />
  );
}
