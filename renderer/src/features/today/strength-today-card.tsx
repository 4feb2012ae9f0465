/**
 * Owns Today's strengthening card, shown while the weekly plan is on: on a
 * plan day the neck and shoulder exercises with what is done, the add-ons for
 * where it bothers you, and one click into each; on a rest day, when the next
 * plan day is. Done means a session of that routine today, so it matches
 * "Routines today" and the history.
 */
import { getRoutine } from '@common/domain/atlas';
import type { RoutineSession } from '@common/domain/routine-sessions';
import { WEEKDAY_LABELS, type StrengthSettings } from '@common/domain/settings';
import { STRENGTH_CORE, STRENGTH_EXTRAS, planMinutes, strengthDay, weekdayOfDate } from '@common/domain/strength';

interface Props {
  today: string;
  strength: StrengthSettings | undefined;
  sessions: RoutineSession[] | null;
}

export function StrengthTodayCard({ today, strength, sessions }: Props) {
  if (!strength?.enabled) return null;
  const doneToday = (sessions ?? []).filter((s) => s.localDate === today).map((s) => s.routineId);
  const day = strengthDay(strength.days, weekdayOfDate(today), doneToday);
  const title = (id: string) => getRoutine(id)?.title ?? id;
  const link = (id: string) => `#/routines/play/${encodeURIComponent(id)}`;

  return (
    <section className="card strength-today" aria-labelledby="strength-today-title">
      <div className="card-head">
        <h2 id="strength-today-title">Strengthening</h2>
        {day.planDay && (
          <span className="badge">
            {day.done.length} of {STRENGTH_CORE.length} done
          </span>
        )}
      </div>
      {!day.planDay ? (
        <p className="strength-rest">
          A rest day for your muscles.{' '}
          {day.next ? `Next plan day: ${WEEKDAY_LABELS[day.next]}.` : 'Pick your plan days in Settings.'}
        </p>
      ) : (
        <>
          <p>
            Today’s plan, about {planMinutes(STRENGTH_CORE)} minutes for the neck and shoulders.
            {day.toDo.length === 0 && ' All done: well done.'}
          </p>
          <ul className="strength-list" aria-label="Today’s strengthening plan">
            {STRENGTH_CORE.map((id) => {
              const done = day.done.includes(id);
              return (
                <li key={id} data-done={done || undefined}>
                  <span aria-hidden="true" className="strength-mark">
                    {done ? '✓' : '○'}
                  </span>
                  <a href={link(id)}>{title(id)}</a>
                  <span className="visually-hidden">{done ? ', done today' : ', not done yet'}</span>
                </li>
              );
            })}
          </ul>
          <details className="strength-extras">
            <summary>Add-ons for where it bothers you</summary>
            <ul>
              {STRENGTH_EXTRAS.map((extra) => (
                <li key={extra.forWhat}>
                  For {extra.forWhat}:{' '}
                  {extra.routines.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ', '}
                      <a href={link(id)}>{title(id)}</a>
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
