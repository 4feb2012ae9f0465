/**
 * Owns the weekly report reminder's part of Settings: on or off, which day and
 * what time. Each change is saved at once (like Appearance); the time when its
 * field is left or Enter is pressed, checked with the shared schema first so a
 * half-typed time is never sent; main re-checks.
 */
import { useEffect, useId, useState } from 'react';
import {
  WEEKDAYS,
  WEEKDAY_LABELS,
  reportSettingsSchema,
  type ReportSettings,
  type Settings,
  type Weekday,
} from '../../../../common/domain/settings';
import { api, errorMessage } from '../../lib/api';

interface Props {
  report: ReportSettings;
  onSettingsChange(settings: Settings): void;
}

export function ReportReminderSection({ report, onSettingsChange }: Props) {
  const ids = { title: useId(), day: useId(), time: useId(), timeError: useId() };
  // The time is edited as text until it is a whole time; the rest is saved as it changes.
  const [time, setTime] = useState(report.time);
  const [timeError, setTimeError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // A time saved elsewhere (or refused by main) replaces the one being edited.
  const [shownSaved, setShownSaved] = useState(report.time);
  if (shownSaved !== report.time) {
    setShownSaved(report.time);
    setTime(report.time);
  }
  useEffect(() => {
    if (!saved) return;
    const t = window.setTimeout(() => setSaved(false), 2500);
    return () => window.clearTimeout(t);
  }, [saved]);

  async function save(next: ReportSettings) {
    try {
      onSettingsChange(await api.settings.update({ patch: { report: next } }));
      setError(null);
      setSaved(true);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  // Typing a time passes through other whole times (1 → 01:00 → 16:00 …), so it is saved when the
  // field is left or Enter is pressed, not on every keystroke.
  function editTime(value: string) {
    setTime(value);
    if (timeError && reportSettingsSchema.shape.time.safeParse(value).success) setTimeError(null);
  }

  function commitTime() {
    if (!reportSettingsSchema.shape.time.safeParse(time).success) {
      setTimeError('Reminder time: enter a time like 09:00.');
      return;
    }
    setTimeError(null);
    if (time !== report.time) void save({ ...report, time });
  }

  return (
    <section className="card" aria-labelledby={ids.title}>
      {error && (
        <div className="alert error" role="alert">
          Not saved: {error}
        </div>
      )}
      <h2 id={ids.title}>Weekly report</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={report.reminder}
          onChange={(e) => void save({ ...report, reminder: e.target.checked })}
        />
        Tell me when last week’s report is ready
      </label>
      <p className="hint">
        Once a week, a notification opens your report: how your pain went, what seemed to help, and your breaks. It
        stays quiet after a week with nothing logged.
      </p>
      <div className="num-row" data-off={!report.reminder || undefined}>
        <div className="num-field">
          <label htmlFor={ids.day}>
            <span className="visually-hidden">Weekly report reminder: </span>On
          </label>
          <select
            id={ids.day}
            value={report.day}
            onChange={(e) => void save({ ...report, day: e.target.value as Weekday })}
          >
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {WEEKDAY_LABELS[day]}
              </option>
            ))}
          </select>
        </div>
        <div className="num-field">
          <label htmlFor={ids.time}>
            <span className="visually-hidden">Weekly report reminder: </span>At
          </label>
          <input
            id={ids.time}
            type="time"
            value={time}
            onChange={(e) => editTime(e.target.value)}
            onBlur={commitTime}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commitTime();
            }}
            aria-invalid={timeError ? true : undefined}
            aria-describedby={timeError ? ids.timeError : undefined}
          />
          {timeError && (
            <p className="field-error" id={ids.timeError}>
              {timeError}
            </p>
          )}
        </div>
      </div>
      <p className="hint" role="status">
        {saved ? 'Saved.' : ''}
      </p>
    </section>
  );
}
