/**
 * Owns Today's list of routines today, each with its time and how the area
 * felt before and after. A routine stopped early (a safety stop, or left
 * part-way) is listed as such, with how far it got, and is not counted as done.
 */
import { getRoutine } from '@common/domain/atlas';
import { isDone, stoppedEarlyText, type RoutineSession } from '@common/domain/routine-sessions';
import { formatEntryTime } from '@renderer/lib/dates';
import { navigate } from '@renderer/lib/routes';
import { reliefSentence } from '@renderer/features/routines';

interface Props {
  today: string;
  sessions: RoutineSession[] | null;
  /** Titles of the person's own routines, which the atlas does not know. */
  customTitles: ReadonlyMap<string, string>;
}

export function RoutinesTodayCard({ today, sessions, customTitles }: Props) {
  const todays = (sessions ?? [])
    .filter((s) => s.localDate === today)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const done = todays.filter(isDone).length;
  const title = (id: string) =>
    getRoutine(id)?.title ?? customTitles.get(id) ?? 'A routine that has since been deleted';

  return (
    <section className="card routines-today" aria-labelledby="routines-today-title">
      <div className="card-head">
        <h2 id="routines-today-title">Routines today</h2>
        {done > 0 && (
          <span className="badge" aria-label={`${done} done`}>
            {done}
          </span>
        )}
      </div>
      {sessions === null ? (
        <p className="empty">Loading…</p>
      ) : todays.length === 0 ? (
        <div className="routines-today-empty">
          <p>No routines yet today. A few minutes of slow pressure or an easy stretch can loosen a tight spot.</p>
          <button type="button" onClick={() => navigate('routines')}>
            Browse routines
          </button>
        </div>
      ) : (
        <ul className="routines-today-list" aria-label="Routines today">
          {todays.map((s) => (
            <li key={s.id}>
              <span className="routines-today-time">{formatEntryTime(s.startedAt)}</span>
              <span>
                <strong>{title(s.routineId)}</strong>
                {!isDone(s) && <span className="hint routines-today-stopped"> · {stoppedEarlyText(s)}</span>}
                {reliefSentence(s.before, s.after) && (
                  <span className="routines-today-relief">{reliefSentence(s.before, s.after)}</span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
