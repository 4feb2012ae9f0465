/**
 * Owns Today's "This week" card: breaks taken, routines done and days logged
 * so far this week, the same days of last week beside them, and one sentence
 * that sums it up (lib/week-progress.ts). Counts only; pain trends are the
 * weekly report's job.
 */
import { isDone } from '@common/domain/routine-sessions';
import type { WeekActivity } from './use-week-activity';
import { countWeek, progressSentence, weekRanges, type WeekCounts } from './week-progress';

interface Props {
  today: string;
  activity: WeekActivity | null;
  error: string | null;
}

const FIGURES: { key: keyof WeekCounts; one: string; many: string }[] = [
  { key: 'breaks', one: 'break taken', many: 'breaks taken' },
  { key: 'routines', one: 'routine done', many: 'routines done' },
  { key: 'daysLogged', one: 'day logged', many: 'days logged' },
];

export function WeekProgressCard({ today, activity, error }: Props) {
  const ranges = weekRanges(today);
  const input = activity && {
    breaks: activity.breaks,
    // A routine stopped early (a safety stop, or left part-way) is not a routine done.
    routineDates: activity.sessions.filter(isDone).map((s) => s.localDate),
    loggedDates: activity.loggedDates,
  };
  const now = input ? countWeek(input, ranges.thisWeek) : null;
  const before = input ? countWeek(input, ranges.lastWeek) : null;
  const sentence = now && before ? progressSentence(now, before) : null;

  return (
    <section className="card week-card" aria-labelledby="week-card-title">
      <h2 id="week-card-title">This week so far</h2>
      {error && (
        <div className="alert error" role="alert">
          Could not read this week’s history: {error}
        </div>
      )}
      {!now || !before ? (
        !error && <p className="empty">Loading…</p>
      ) : sentence === null ? (
        <p className="week-empty">
          Nothing yet this week. Breaks you take, routines you do and days you log will add up here, with last week
          beside them.
        </p>
      ) : (
        <>
          <p className="week-line">{sentence}</p>
          <ul className="week-figures" aria-label="This week and last">
            {FIGURES.map(({ key, one, many }) => (
              <li key={key}>
                <span className="week-now">{now[key]}</span> <span>{now[key] === 1 ? one : many}</span>
                <span className="week-before">{before[key]} by this day last week</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
