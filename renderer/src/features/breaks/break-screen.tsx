/**
 * Owns the break window (#/break, about 420×300): the prompt on screen, what to
 * do, a countdown, and Start / Snooze / Skip / I'm done, each with a key
 * (Enter, S, Esc). It never takes focus by itself: the window appears without
 * focus so typing elsewhere is never swallowed; the keys work once the person
 * clicks or switches to it. During a stretch or micro break it steps through a
 * routine (components/routines); a release prompt shows the day's suggested
 * release routine with a button that opens it in the main window.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  BREAK_KIND_LABELS,
  type BreakAction,
  type BreakKind,
  type BreakPrompt,
  type BreakStatus,
} from '@common/domain/breaks';
import { api } from '@renderer/lib/api';
import { useBreakStatus } from './break-status';
import { useNow } from '@renderer/lib/use-now';
import { formatAt, formatCountdown, formatDuration, formatUpcoming } from '@renderer/lib/dates';
import { BreakRoutine, microRoutineFor, ReleaseSuggestion, stretchRoutineFor } from '@renderer/features/routines';

const WHAT_TO_DO: Record<BreakKind, string> = {
  micro: 'Look away from the screen, at something far off. Let your shoulders drop and take a few slow breaths.',
  stretch: 'Stand up and move a little. A short, easy stretch for your neck, shoulders and back.',
  release: 'Time for today’s release routine: slow, gentle pressure on your usual spots.',
};

const AFTER: Partial<Record<BreakAction, string>> = {
  finish: 'Well done. Your break is over.',
  snooze: 'Snoozed. You will be asked again soon.',
  skip: 'Skipped — that is fine. The next one will come along.',
};

interface Props {
  /** In the web preview there is no separate window to close, so offer a way back. */
  showBackLink: boolean;
}

export function BreakScreen({ showBackLink }: Props) {
  const { status, error, run } = useBreakStatus(1000);
  const now = useNow(500);
  const [lastAction, setLastAction] = useState<BreakAction | null>(null);
  const busy = useRef(false);
  const view = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);
  const prompt = status?.prompt ?? null;

  // A break that ran its full time ends without a key press: say so, as "I'm done" would.
  const promptKey = prompt ? `${prompt.kind}:${prompt.phase}:${prompt.dueAt}` : null;
  const [seen, setSeen] = useState<{ key: string | null; phase: string | null }>({ key: null, phase: null });
  if (promptKey !== seen.key) {
    if (prompt) setLastAction(null);
    else if (seen.phase === 'break') setLastAction('finish');
    setSeen({ key: promptKey, phase: prompt?.phase ?? null });
  }

  const respond = useCallback(
    async (action: BreakAction) => {
      if (busy.current) return;
      busy.current = true;
      // If the person was on a button that the next state removes, land them on the new main button.
      refocus.current = view.current?.contains(document.activeElement) ?? false;
      if (await run(() => api.breaks.respond({ action }))) setLastAction(action);
      busy.current = false;
    },
    [run],
  );

  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    if (!view.current?.contains(document.activeElement)) {
      view.current?.querySelector<HTMLElement>('button.primary, h1')?.focus();
    }
  }, [status]);

  useEffect(() => {
    const label = prompt ? BREAK_KIND_LABELS[prompt.kind] : 'No break right now';
    document.title = `${label} — Unknot`;
  }, [prompt]);
  useEffect(() => {
    const before = document.title;
    return () => {
      document.title = before;
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!prompt || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
      const onControl = (event.target as HTMLElement | null)?.closest('button, a, input, select, textarea');
      if (event.key === 'Enter' && !onControl) {
        event.preventDefault();
        void respond(prompt.phase === 'break' ? 'finish' : 'start');
      } else if ((event.key === 's' || event.key === 'S') && prompt.phase !== 'break' && prompt.canSnooze) {
        event.preventDefault();
        void respond('snooze');
      } else if (event.key === 'Escape' && prompt.phase !== 'break' && prompt.canSkip) {
        event.preventDefault();
        void respond('skip');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [prompt, respond]);

  return (
    <div className="break-view" ref={view} data-kind={prompt?.kind} data-phase={prompt?.phase ?? 'none'}>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      {prompt ? (
        <PromptView prompt={prompt} now={now} onRespond={(a) => void respond(a)} />
      ) : status ? (
        <CalmView status={status} after={lastAction ? AFTER[lastAction] : undefined} showBackLink={showBackLink} />
      ) : (
        !error && <p className="hint">Checking…</p>
      )}
    </div>
  );
}

interface PromptProps {
  prompt: BreakPrompt;
  now: number;
  onRespond(action: BreakAction): void;
}

function PromptView({ prompt, now, onRespond }: PromptProps) {
  const label = BREAK_KIND_LABELS[prompt.kind];
  const inBreak = prompt.phase === 'break';
  const left = inBreak && prompt.breakEndsAt ? (Date.parse(prompt.breakEndsAt) - now) / 1000 : null;
  const untilDue = prompt.phase === 'notify' ? (Date.parse(prompt.dueAt) - now) / 1000 : null;
  // Stretch and micro breaks show a routine's steps, timed from when the break started.
  const startedAtMs =
    inBreak && prompt.breakEndsAt ? Date.parse(prompt.breakEndsAt) - prompt.durationSeconds * 1000 : null;
  const routine = !inBreak
    ? undefined
    : prompt.kind === 'stretch'
      ? stretchRoutineFor(now)
      : prompt.kind === 'micro'
        ? microRoutineFor(prompt.dueAt)
        : undefined;

  return (
    <>
      <h1 tabIndex={-1} className="break-title">
        {prompt.phase === 'notify' ? `${label} soon` : label}
      </h1>
      {prompt.kind === 'release' && prompt.phase !== 'notify' ? (
        <ReleaseSuggestion onOpen={inBreak ? undefined : () => onRespond('start')} />
      ) : routine && startedAtMs !== null ? (
        <>
          <p className="break-what">
            {prompt.kind === 'stretch'
              ? `Stand up and move a little. Today: ${routine.title}.`
              : `Try this: ${routine.title}.`}
          </p>
          <BreakRoutine routine={routine} startedAtMs={startedAtMs} now={now} />
        </>
      ) : (
        <p className="break-what">{WHAT_TO_DO[prompt.kind]}</p>
      )}
      <div className="break-clock">
        {left !== null ? (
          <>
            <span className="countdown" role="timer" aria-label={`${formatCountdown(left)} left`}>
              {formatCountdown(left)}
            </span>
            <span className="clock-note">{left > 0 ? 'left' : 'That’s it — well done.'}</span>
            <progress
              className="break-progress"
              max={prompt.durationSeconds}
              value={Math.max(0, prompt.durationSeconds - Math.max(0, left))}
              aria-label="Break progress"
            />
          </>
        ) : untilDue !== null ? (
          <>
            <span className="countdown" role="timer">
              {formatCountdown(untilDue)}
            </span>
            <span className="clock-note">until a {formatDuration(prompt.durationSeconds)} break</span>
          </>
        ) : (
          <>
            {/* Due now: the big figure is how long the break will take, not the word "now". */}
            <span className="countdown">{formatCountdown(prompt.durationSeconds)}</span>
            <span className="clock-note">
              <span className="visually-hidden">({formatDuration(prompt.durationSeconds)}) </span>counts down once you
              press Start
            </span>
          </>
        )}
      </div>
      <div className="actions break-actions">
        {inBreak ? (
          <button type="button" className="primary" onClick={() => onRespond('finish')} aria-keyshortcuts="Enter">
            I’m done <kbd aria-hidden="true">Enter</kbd>
          </button>
        ) : (
          <>
            <button type="button" className="primary" onClick={() => onRespond('start')} aria-keyshortcuts="Enter">
              Start <kbd aria-hidden="true">Enter</kbd>
            </button>
            {prompt.canSnooze && (
              <button type="button" onClick={() => onRespond('snooze')} aria-keyshortcuts="S">
                Snooze <kbd aria-hidden="true">S</kbd>
              </button>
            )}
            {prompt.canSkip && (
              <button type="button" onClick={() => onRespond('skip')} aria-keyshortcuts="Escape">
                Skip <kbd aria-hidden="true">Esc</kbd>
              </button>
            )}
          </>
        )}
      </div>
      {!inBreak && (
        <p className="hint break-foot">
          {prompt.canSnooze
            ? `${prompt.snoozesLeft} ${prompt.snoozesLeft === 1 ? 'snooze' : 'snoozes'} left`
            : !prompt.canSkip
              ? 'Strict mode is on, so this one can’t be snoozed or skipped.'
              : 'No snoozes left for this one.'}
        </p>
      )}
    </>
  );
}

function CalmView({
  status,
  after,
  showBackLink,
}: {
  status: BreakStatus;
  after?: string | undefined;
  showBackLink: boolean;
}) {
  const next = status.next ? `${BREAK_KIND_LABELS[status.next.kind]} ${formatAt(status.next.at)}` : null;
  return (
    <div className="break-calm">
      <h1 tabIndex={-1} className="break-title">
        {after ?? 'No break right now'}
      </h1>
      <p className="break-what" role="status">
        {next ? `Next: ${next}.` : calmReason(status)}
      </p>
      {showBackLink && (
        <p>
          <a href="#/today">Back to Today</a>
        </p>
      )}
    </div>
  );
}

function calmReason(status: BreakStatus): string {
  switch (status.state) {
    case 'paused':
      return status.pausedUntil
        ? `Breaks are paused until ${formatUpcoming(status.pausedUntil)}.`
        : 'Breaks are paused until you resume them.';
    case 'outside-hours':
      return 'You are outside your working hours, so there are no reminders for now.';
    case 'off':
      return 'All break reminders are turned off in Settings.';
    case 'running':
      return 'Nothing is planned yet.';
  }
}
