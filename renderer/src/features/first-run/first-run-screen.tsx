/**
 * Owns the first run (#/welcome): seven steps in a calm layout of their own,
 * each one skippable, with Back, a step count and focus on each step's heading.
 * Answers live here while the person moves between steps, so Back, Skip and
 * Esc never lose them; Continue saves the step's answers, Skip leaves what is
 * saved as it was. Finishing, or skipping through, marks setup done and opens Today.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { applyBreakPreset, matchingBreakPreset, type BreakPresetId } from '@common/domain/break-presets';
import { FIRST_RUN_STEPS } from '@common/domain/first-run';
import { clockTimeSchema, type Settings, type WorkingHours } from '@common/domain/settings';
import { formatOffsetDateTime } from '@common/domain/time';
import type { PainEntryInput } from '@common/domain/pain';
import { api, errorMessage } from '@renderer/lib/api';
import { appNow } from '@renderer/lib/clock';
import { checkDraft, type FieldProblem } from '@renderer/features/settings';
import { Logo } from '@renderer/ui/logo';
import { WorkingHoursSection } from '@renderer/features/settings';
import { PainStep, type PainDraft } from './pain-step';
import { BreakPresetPicker } from './break-presets';
import { ReleaseStep, type ReleaseDraft } from './release-step';
import { LoginItemChoice, type LoginItemState } from '@renderer/ui/login-item-choice';
import { NotificationsStep } from './notifications-step';
import { TasterStep } from './taster-step';
import './first-run.css';

interface Props {
  settings: Settings | null;
  onSettings(settings: Settings): void;
  /** Setup is marked done: go to Today. */
  onFinished(): void;
}

export function FirstRunScreen({ settings, onSettings, onFinished }: Props) {
  if (!settings) {
    return (
      <div className="welcome">
        <h1 tabIndex={-1}>Setting up Unknot</h1>
        <p className="hint">Loading…</p>
      </div>
    );
  }
  return <FirstRunFlow settings={settings} onSettings={onSettings} onFinished={onFinished} />;
}

function nowWithOffset(): string {
  const now = appNow();
  return formatOffsetDateTime(now, -new Date(now).getTimezoneOffset());
}

function FirstRunFlow({ settings, onSettings, onFinished }: Props & { settings: Settings }) {
  const [index, setIndex] = useState(0);
  const step = FIRST_RUN_STEPS[index]!;
  const last = index === FIRST_RUN_STEPS.length - 1;
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Drafts, one per step, kept for the whole flow.
  const [pain, setPain] = useState<PainDraft>({ region: null, intensity: null });
  const [savedPainId, setSavedPainId] = useState<string | null>(null);
  const [hours, setHours] = useState<WorkingHours>(() => structuredClone(settings.workingHours));
  const [preset, setPreset] = useState<BreakPresetId | null>(() => matchingBreakPreset(settings));
  const [ownNumbers] = useState(() => matchingBreakPreset(settings) === null);
  const [scheduleProblems, setScheduleProblems] = useState<FieldProblem[]>([]);
  const [release, setRelease] = useState<ReleaseDraft>(() => ({
    enabled: settings.breaks.release.enabled,
    time: settings.breaks.release.time,
  }));
  const [releaseError, setReleaseError] = useState<string | null>(null);
  const [loginItem, setLoginItem] = useState<LoginItemState | null>(null);
  const [startAtLogin, setStartAtLogin] = useState<boolean | null>(null);

  useEffect(() => {
    let alive = true;
    api.app.loginItem().then(
      (state) => {
        if (!alive) return;
        setLoginItem(state);
        setStartAtLogin((current) => current ?? state.openAtLogin);
      },
      () => undefined, // the step says it could not be read
    );
    return () => {
      alive = false;
    };
  }, []);

  // Every step starts at its heading, so keyboard and screen-reader users land in it.
  useEffect(() => {
    heading.current?.focus();
  }, [index]);

  const schedulePatch = useMemo(() => {
    const breaks = preset ? applyBreakPreset(settings, preset).breaks : settings.breaks;
    return { breaks, workingHours: hours };
  }, [hours, preset, settings]);

  const errorFor = (field: string) => {
    const here = scheduleProblems.filter((p) => p.field === field).map((p) => p.message);
    return here.length ? here.join(' ') : undefined;
  };

  /** Saves what this step asked; false (with the problem shown) when it could not. */
  async function saveStep(): Promise<boolean> {
    switch (step.id) {
      case 'pain': {
        if (!pain.region || pain.intensity === null) return true;
        const entry: PainEntryInput = {
          at: nowWithOffset(),
          note: '',
          regions: [{ region: pain.region, intensity: pain.intensity, qualities: [] }],
        };
        const saved = savedPainId ? await api.pain.update({ id: savedPainId, entry }) : await api.pain.add({ entry });
        setSavedPainId(saved.id);
        return true;
      }
      case 'schedule': {
        const checked = checkDraft(schedulePatch);
        if (!checked.ok) {
          setScheduleProblems(checked.problems);
          const first = checked.problems[0];
          if (first) requestAnimationFrame(() => focusField(first.field));
          return false;
        }
        setScheduleProblems([]);
        onSettings(await api.settings.update({ patch: checked.value }));
        return true;
      }
      case 'release': {
        if (!clockTimeSchema.safeParse(release.time).success) {
          setReleaseError('Release session: the time must be a time of day like 14:30.');
          requestAnimationFrame(() => focusField('breaks.release.time'));
          return false;
        }
        setReleaseError(null);
        const breaks = { ...settings.breaks, release: { ...settings.breaks.release, ...release } };
        onSettings(await api.settings.update({ patch: { breaks } }));
        return true;
      }
      case 'login': {
        if (startAtLogin === null || startAtLogin === loginItem?.openAtLogin) return true;
        setLoginItem(await api.app.setLoginItem({ openAtLogin: startAtLogin }));
        onSettings(await api.settings.get());
        return true;
      }
      default:
        return true;
    }
  }

  function focusField(field: string) {
    document.querySelector<HTMLElement>(`.welcome [data-field="${CSS.escape(field)}"]`)?.focus();
  }

  async function finish() {
    const next = await api.settings.update({ patch: { firstRun: { completedAt: nowWithOffset() } } });
    onSettings(next);
    onFinished();
  }

  async function run(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const goOn = () =>
    run(async () => {
      if (!(await saveStep())) return;
      if (last) await finish();
      else setIndex(index + 1);
    });
  const skip = () =>
    run(async () => {
      if (last) await finish();
      else setIndex(index + 1);
    });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void goOn();
  }

  return (
    <div className="welcome">
      <header className="welcome-top">
        <span className="welcome-brand">
          <Logo />
          Unknot
        </span>
        <button type="button" className="link" onClick={() => void run(finish)} disabled={busy}>
          Skip setup
        </button>
      </header>
      <div className="welcome-progress" aria-hidden="true">
        {FIRST_RUN_STEPS.map((s, i) => (
          <span key={s.id} data-state={i < index ? 'done' : i === index ? 'current' : undefined} />
        ))}
      </div>
      <form className="welcome-step" onSubmit={onSubmit} noValidate aria-labelledby="welcome-step-title">
        <p className="welcome-count">
          Step {index + 1} of {FIRST_RUN_STEPS.length}
        </p>
        <h1 id="welcome-step-title" ref={heading} tabIndex={-1}>
          {step.title}
        </h1>
        {error && (
          <div className="alert error" role="alert">
            Not saved: {error}
          </div>
        )}
        {step.id === 'welcome' && <WelcomeText />}
        {step.id === 'pain' && <PainStep draft={pain} onChange={setPain} saved={savedPainId !== null} />}
        {step.id === 'schedule' && (
          <>
            {scheduleProblems.length > 0 && (
              <div className="alert error" role="alert">
                <strong>Nothing was saved.</strong>{' '}
                {scheduleProblems.length === 1 ? 'Please fix this:' : 'Please fix these:'}
                <ul>
                  {scheduleProblems.map((p) => (
                    <li key={`${p.field}:${p.message}`}>{p.message}</li>
                  ))}
                </ul>
              </div>
            )}
            <BreakPresetPicker value={preset} onChange={setPreset} offerOwn={ownNumbers} />
            <WorkingHoursSection hours={hours} onChange={setHours} errorFor={errorFor} />
          </>
        )}
        {step.id === 'release' && (
          <ReleaseStep
            draft={release}
            onChange={setRelease}
            days={settings.breaks.release.days}
            minutes={settings.breaks.release.durationMinutes}
            error={releaseError}
          />
        )}
        {step.id === 'login' && (
          <>
            <p className="welcome-lead">
              Unknot counts your active time from the moment it runs. Starting it with your computer means you never
              have to remember.
            </p>
            {loginItem ? (
              <LoginItemChoice
                checked={startAtLogin ?? loginItem.openAtLogin}
                onChange={setStartAtLogin}
                mode={loginItem.mode}
              />
            ) : (
              <p className="hint">Checking whether Unknot starts at login…</p>
            )}
          </>
        )}
        {step.id === 'notifications' && <NotificationsStep />}
        {step.id === 'taster' && <TasterStep region={pain.region} />}

        <div className="welcome-nav">
          <button
            type="button"
            onClick={() => {
              setError(null);
              setIndex(index - 1);
            }}
            disabled={index === 0 || busy}
          >
            Back
          </button>
          <span className="welcome-nav-gap" />
          {/* The first step is only words: "Skip setup" above already skips, so a second "Skip" would only confuse. */}
          {index > 0 && (
            <button type="button" onClick={() => void skip()} disabled={busy}>
              {last ? 'Skip and finish' : 'Skip'}
            </button>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Saving…' : last ? 'Finish' : index === 0 ? 'Start' : 'Continue'}
          </button>
        </div>
      </form>
    </div>
  );
}

function WelcomeText() {
  return (
    <>
      <p className="welcome-lead">
        Unknot helps with muscle knots (trigger points) that hurt where they are and can send pain somewhere else: a
        knot on top of the shoulder can show up as a headache at the temple.
      </p>
      <ul className="welcome-points">
        <li>
          <strong>Breaks that fit your day.</strong> Short pauses while you work, counted from real activity.
        </li>
        <li>
          <strong>Guided release routines.</strong> Where to press, how firmly and for how long, with a timer.
        </li>
        <li>
          <strong>A pain log and a weekly report.</strong> So you can see what helps, and show a clinician.
        </li>
      </ul>
      <p className="welcome-private">
        Everything stays on this computer. Unknot has no account and sends nothing anywhere.
      </p>
      <p className="hint">Setup takes about two minutes. Every step can be skipped and changed later in Settings.</p>
    </>
  );
}
