/**
 * Owns the weekly report reminder's part of Settings: on or off, which day and
 * what time. Each change is saved at once (like Appearance); the time when its
 * field is left or Enter is pressed (TimeField).
 */
import { useId } from 'react';
import { WEEKDAYS, WEEKDAY_LABELS, type ReportSettings, type Settings, type Weekday } from '@common/domain/settings';
import { TimeField } from './time-field';
import { useSectionSave } from './use-section-save';
import { clockLabel } from './schedule-form-model';

interface Props {
  report: ReportSettings;
  onSettingsChange(settings: Settings): void;
}

export function ReportReminderSection({ report, onSettingsChange }: Props) {
  const ids = { title: useId(), day: useId() };
  const { save, error, saved } = useSectionSave(onSettingsChange);
  const update = (next: ReportSettings) =>
    void save(
      { report: next },
      next.reminder
        ? `report reminder on ${WEEKDAY_LABELS[next.day]} at ${clockLabel(next.time)}`
        : 'no weekly report reminder',
    );

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
          onChange={(e) => update({ ...report, reminder: e.target.checked })}
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
            onChange={(e) => update({ ...report, day: e.target.value as Weekday })}
          >
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {WEEKDAY_LABELS[day]}
              </option>
            ))}
          </select>
        </div>
        <TimeField
          label="At"
          context="Weekly report reminder: "
          value={report.time}
          errorName="Reminder time"
          onCommit={(time) => update({ ...report, time })}
        />
      </div>
      <p className="hint" role="status">
        {saved ?? ''}
      </p>
    </section>
  );
}
