/**
 * Owns the Today screen: how today is going at a glance — the daily check-in
 * when it is time, this week against last, breaks, the strengthening plan when it is on, routines done and pain
 * logged today — and the way to log more.
 */
import { useMemo } from 'react';
import { entryIntensity } from '@common/domain/pain';
import type { Settings, WorkingHours } from '@common/domain/settings';
import { PainEntryList } from '@renderer/features/pain';
import { BreaksCard } from '@renderer/features/breaks';
import { CheckinCard } from '@renderer/features/checkin';
import { WeekProgressCard } from './week-progress-card';
import { RoutinesTodayCard } from './routines-today-card';
import { StrengthTodayCard } from './strength-today-card';
import { useRoutineData } from '@renderer/features/routines';
import { usePainLog } from '@renderer/lib/pain-log';
import { useNow } from '@renderer/lib/use-now';
import { useWeekActivity } from './use-week-activity';
import { formatLocalDate, todayLocalDate } from '@renderer/lib/dates';
import './today.css';

interface Props {
  onLogPain(): void;
  /** Where no break window opens by itself (the web preview), show the break view after "take now". */
  onBreakStarted?: (() => void) | undefined;
  workingHours?: WorkingHours | undefined;
  /** When to ask for the daily check-in (settings.checkin). */
  checkin?: Settings['checkin'] | undefined;
  /** Notes already answered "OK, got it" (settings.dismissedNotes), and how to answer one. */
  dismissedNotes?: readonly string[] | undefined;
  onDismissNote?: ((id: string) => void) | undefined;
  /** The weekly strengthening plan (settings.strength). */
  strength?: Settings['strength'] | undefined;
}

/** Often enough for the check-in to appear within a minute of its time, and for midnight to turn the page. */
const NOW_EVERY_MS = 30_000;

export function TodayScreen({
  onLogPain,
  onBreakStarted,
  workingHours,
  checkin,
  dismissedNotes,
  onDismissNote,
  strength,
}: Props) {
  const { entries, loading, loadError } = usePainLog();
  const nowMs = useNow(NOW_EVERY_MS);
  const today = todayLocalDate(new Date(nowMs));
  const week = useWeekActivity(today);
  const { custom } = useRoutineData();
  const customTitles = useMemo(() => new Map((custom ?? []).map((r) => [r.id, r.title])), [custom]);
  const todays = entries.filter((e) => e.localDate === today);
  const highest = todays.length ? Math.max(...todays.map(entryIntensity)) : null;
  const average = todays.length ? todays.reduce((sum, e) => sum + entryIntensity(e), 0) / todays.length : null;

  return (
    <>
      <div className="page-header">
        <div>
          <h1 tabIndex={-1}>Today</h1>
          <p>{formatLocalDate(today)}</p>
        </div>
        <button type="button" className="primary" onClick={onLogPain}>
          Log pain
        </button>
      </div>
      {loadError && (
        <div className="alert error" role="alert">
          Could not load your pain log: {loadError}
        </div>
      )}
      <CheckinCard key={today} date={today} settings={checkin} nowMs={nowMs} onChange={() => void week.reload()} />
      <WeekProgressCard today={today} activity={week.activity} error={week.error} />
      <BreaksCard
        onBreakStarted={onBreakStarted}
        workingHours={workingHours}
        dismissedNotes={dismissedNotes}
        onDismissNote={onDismissNote}
      />
      <StrengthTodayCard today={today} strength={strength} sessions={week.activity?.sessions ?? null} />
      <RoutinesTodayCard today={today} sessions={week.activity?.sessions ?? null} customTitles={customTitles} />
      <div className="stat-row">
        <div className="stat">
          <div className="value">{todays.length}</div>
          <div className="label">{todays.length === 1 ? 'entry today' : 'entries today'}</div>
        </div>
        <div className="stat">
          <div className="value">{average === null ? '–' : average.toFixed(1)}</div>
          <div className="label">average pain today (0–10)</div>
        </div>
        <div className="stat">
          <div className="value">{highest ?? '–'}</div>
          <div className="label">highest today</div>
        </div>
      </div>
      <section className="card" aria-labelledby="today-entries">
        <h2 id="today-entries">Today’s pain log</h2>
        {loading ? (
          <p className="empty">Loading…</p>
        ) : todays.length === 0 ? (
          <div className="empty">
            <strong>Nothing logged yet today.</strong>A quick entry when something aches helps you see patterns later.
          </div>
        ) : (
          <PainEntryList entries={todays} />
        )}
      </section>
    </>
  );
}
