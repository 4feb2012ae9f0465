/**
 * Owns the daily check-in's part of Settings: whether Unknot asks at all, and
 * from what time. Today shows the questions from then on, and the reminder
 * notification comes at that time (never on a day answered or skipped).
 */
import { useId } from 'react';
import type { Settings } from '@common/domain/settings';
import { TimeField } from './time-field';
import { useSectionSave } from './use-section-save';
import { clockLabel } from './schedule-form-model';

type CheckinSettings = Settings['checkin'];

interface Props {
  checkin: CheckinSettings;
  onSettingsChange(settings: Settings): void;
}

export function CheckinSection({ checkin, onSettingsChange }: Props) {
  const titleId = useId();
  const { save, error, saved } = useSectionSave(onSettingsChange);
  const update = (next: CheckinSettings) =>
    void save({ checkin: next }, next.enabled ? `daily check-in from ${clockLabel(next.time)}` : 'no daily check-in');

  return (
    <section className="card" aria-labelledby={titleId}>
      {error && (
        <div className="alert error" role="alert">
          Not saved: {error}
        </div>
      )}
      <h2 id={titleId}>Daily check-in</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={checkin.enabled}
          onChange={(e) => update({ ...checkin, enabled: e.target.checked })}
        />
        Ask me a few questions once a day
      </label>
      <p className="hint">
        Sleep, stress, movement, water and anything new. It takes under a minute, every answer is optional, and a day
        you answer or skip is never asked again.
      </p>
      <div className="num-row" data-off={!checkin.enabled || undefined}>
        <TimeField
          label="From"
          context="Daily check-in: "
          value={checkin.time}
          errorName="Check-in time"
          onCommit={(time) => update({ ...checkin, time })}
        />
      </div>
      <p className="hint" role="status">
        {saved ?? ''}
      </p>
    </section>
  );
}
