/** Owns the Today screen: how today is going at a glance (pain and breaks), and the way to log more. */
import { entryIntensity } from '../../../common/domain/pain';
import type { WorkingHours } from '../../../common/domain/settings';
import { PainEntryList } from '../components/pain-entry-list';
import { BreaksCard } from '../components/breaks-card';
import { usePainLog } from '../lib/pain-log';
import { formatLocalDate, todayLocalDate } from '../lib/dates';

interface Props {
  onLogPain(): void;
  /** Where no break window opens by itself (the web preview), show the break view after "take now". */
  onBreakStarted?: (() => void) | undefined;
  workingHours?: WorkingHours | undefined;
}

export function TodayScreen({ onLogPain, onBreakStarted, workingHours }: Props) {
  const { entries, loading, loadError } = usePainLog();
  const today = todayLocalDate();
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
      <BreaksCard onBreakStarted={onBreakStarted} workingHours={workingHours} />
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
