/**
 * Owns the Breaks card on Today: when the next break comes, how today's breaks
 * went, why breaks might be quiet (paused, outside working hours), and the
 * buttons to take one now, pause or resume. That away time cannot be seen on
 * this system is told once: after "OK, got it" it is not shown again.
 */
import { BREAK_KIND_LABELS, type BreakKind, type BreakStatus, type PauseMode } from '@common/domain/breaks';
import { IDLE_NOTE_ID, type WorkingHours } from '@common/domain/settings';
import { api } from '@renderer/lib/api';
import { useBreakStatus } from './break-status';
import { formatAt, formatIn, formatUpcoming } from '@renderer/lib/dates';
import { nextWorkingStart } from './working-hours';
import { PauseMenu } from './pause-menu';

const STATE_LABELS: Record<BreakStatus['state'], string> = {
  running: 'On',
  paused: 'Paused',
  'outside-hours': 'Outside working hours',
  off: 'Off',
};

interface Props {
  /** Called after "take now" succeeds, where no separate break window opens (the web preview). */
  onBreakStarted?: (() => void) | undefined;
  /** To say when working hours begin again. */
  workingHours?: WorkingHours | undefined;
  /** Notes already answered "OK, got it"; while unknown (undefined), none is shown. */
  dismissedNotes?: readonly string[] | undefined;
  onDismissNote?: ((id: string) => void) | undefined;
}

export function BreaksCard({ onBreakStarted, workingHours, dismissedNotes, onDismissNote }: Props) {
  const { status, error, run } = useBreakStatus(30_000);

  async function takeNow(kind: BreakKind) {
    if (await run(() => api.breaks.takeNow({ kind }))) onBreakStarted?.();
  }
  const pause = (mode: PauseMode) => void run(() => api.breaks.pause({ mode }));
  const resume = () => void run(() => api.breaks.resume());

  return (
    <section className="card breaks-card" aria-labelledby="breaks-card-title">
      <div className="card-head">
        <h2 id="breaks-card-title">Breaks</h2>
        {status && (
          <span className="badge" data-state={status.state}>
            {STATE_LABELS[status.state]}
          </span>
        )}
      </div>
      {error && (
        <div className="alert error" role="alert">
          {status ? error : `Could not read your break status: ${error}`}
        </div>
      )}
      {!status ? (
        !error && <p className="empty">Loading…</p>
      ) : (
        <>
          <NextBreak status={status} workingHours={workingHours} onOpenBreak={onBreakStarted} />
          {status.idleDetection === 'unavailable' && dismissedNotes && !dismissedNotes.includes(IDLE_NOTE_ID) && (
            <div className="alert warning idle-note">
              <p>
                <strong>Away time isn’t visible here.</strong> This system doesn’t tell Unknot when you step away
                (common on Linux with Wayland), so breaks you take on your own aren’t noticed and the timers keep
                running.
              </p>
              {onDismissNote && (
                <button type="button" onClick={() => onDismissNote(IDLE_NOTE_ID)}>
                  OK, don’t show this again
                </button>
              )}
            </div>
          )}
          <TodayCounts status={status} />
          <div className="actions">
            <button type="button" onClick={() => void takeNow('micro')}>
              Take a micro-pause now
            </button>
            <button type="button" onClick={() => void takeNow('stretch')}>
              Take a stretch break now
            </button>
            {status.state === 'paused' ? (
              <button type="button" className="primary" onClick={resume}>
                Resume breaks
              </button>
            ) : (
              <PauseMenu onPause={pause} disabled={status.state === 'off'} />
            )}
          </div>
        </>
      )}
    </section>
  );
}

interface NextProps {
  status: BreakStatus;
  workingHours: WorkingHours | undefined;
  onOpenBreak: (() => void) | undefined;
}

function NextBreak({ status, workingHours, onOpenBreak }: NextProps) {
  const { next, prompt } = status;
  if (prompt) {
    const kind = BREAK_KIND_LABELS[prompt.kind];
    return (
      <div className="next-break" role="status">
        <p>
          {prompt.phase === 'break' ? `${kind} under way.` : `${kind} is waiting for you.`}{' '}
          {onOpenBreak && (
            <button type="button" className="link" onClick={onOpenBreak}>
              Show it
            </button>
          )}
        </p>
      </div>
    );
  }
  if (status.state === 'running' && next) {
    return (
      <div className="next-break" role="status">
        <p>
          <span className="next-label">Next:</span> <strong>{BREAK_KIND_LABELS[next.kind]}</strong> {formatAt(next.at)}{' '}
          <span className="next-in">{formatIn(next.at)}</span>
        </p>
      </div>
    );
  }
  return (
    <div className="next-break" role="status">
      <p>{quietReason(status, workingHours)}</p>
    </div>
  );
}

function quietReason(status: BreakStatus, workingHours: WorkingHours | undefined): string {
  switch (status.state) {
    case 'paused':
      return status.pausedUntil ? `Paused until ${formatUpcoming(status.pausedUntil)}.` : 'Paused until you resume.';
    case 'off':
      return 'All break reminders are off. You can turn them on in Settings.';
    case 'outside-hours': {
      const start = workingHours ? nextWorkingStart(workingHours) : null;
      return start
        ? `Outside your working hours, so no reminders. They start again ${formatAt(start.toISOString())}.`
        : 'Outside your working hours, so no reminders.';
    }
    case 'running':
      return 'Nothing planned right now.';
  }
}

function TodayCounts({ status }: { status: BreakStatus }) {
  const { today } = status;
  const total = today.taken + today.natural + today.skipped + today.snoozed;
  if (total === 0) {
    return (
      <p className="hint">
        No breaks yet today.
        {status.state === 'running' &&
          (status.idleDetection === 'ok'
            ? ' The first one is on its way, and time you spend away from the keyboard counts too.'
            : ' The first one is on its way.')}
      </p>
    );
  }
  const items: [string, number][] = [
    ['taken', today.taken],
    ['on your own', today.natural],
    ['skipped', today.skipped],
    ['snoozed', today.snoozed],
  ];
  return (
    <dl className="break-counts" aria-label="Breaks today">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
