/**
 * Owns the first run's daily release-session step: on or off, and the time of
 * day (settings.breaks.release); which days it runs is shown and changed in Settings.
 */
import { useId } from 'react';
import { WEEKDAYS, WEEKDAY_LABELS, type Weekday } from '@common/domain/settings';

export interface ReleaseDraft {
  enabled: boolean;
  time: string;
}

interface Props {
  draft: ReleaseDraft;
  onChange(draft: ReleaseDraft): void;
  days: readonly Weekday[];
  minutes: number;
  error: string | null;
}

export function ReleaseStep({ draft, onChange, days, minutes, error }: Props) {
  const timeId = useId();
  const errorId = useId();
  return (
    <>
      <p className="welcome-lead">
        Once a day Unknot suggests a {minutes}-minute release routine for the muscles most likely to be feeding your
        pain that week: steady pressure on a tender spot, slow breathing, then a stretch. A quiet time after lunch suits
        many people.
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.enabled}
          onChange={(e) => onChange({ ...draft, enabled: e.target.checked })}
        />
        Suggest a release session every day I work
      </label>
      <div className="field welcome-time">
        <label htmlFor={timeId}>Time of day</label>
        <input
          id={timeId}
          type="time"
          data-field="breaks.release.time"
          value={draft.time}
          disabled={!draft.enabled}
          onChange={(e) => onChange({ ...draft, time: e.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        {error && (
          <p className="field-error" id={errorId}>
            {error}
          </p>
        )}
      </div>
      <p className="hint">On {daysLabel(days)}. You can change the days and the length in Settings.</p>
    </>
  );
}

/** "weekdays", "every day", or "Monday, Wednesday and Friday". */
function daysLabel(days: readonly Weekday[]): string {
  const set = new Set(days);
  if (set.size === 7) return 'every day';
  if (set.size === 5 && !set.has('sat') && !set.has('sun')) return 'weekdays';
  const names = WEEKDAYS.filter((d) => set.has(d)).map((d) => WEEKDAY_LABELS[d]);
  if (!names.length) return 'no days yet';
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
