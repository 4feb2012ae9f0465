/**
 * Owns the strengthening plan's part of Settings: on or off, and on which
 * days. Each change is saved at once. On a plan day Today lists the day's
 * exercises (common/domain/strength.ts); sessions count in history and in
 * the weekly report like any routine.
 */
import { useId, useRef, useState } from 'react';
import { getRoutine } from '@common/domain/atlas';
import { WEEKDAYS, WEEKDAY_LABELS, type Settings, type StrengthSettings } from '@common/domain/settings';
import { STRENGTH_CORE, planMinutes } from '@common/domain/strength';
import { useSectionSave } from './use-section-save';
import './strength-section.css';

interface Props {
  strength: StrengthSettings;
  onSettingsChange(settings: Settings): void;
}

export function StrengthSection({ strength: saved_, onSettingsChange }: Props) {
  const ids = { title: useId(), days: useId() };
  const { save, error, saved } = useSectionSave(onSettingsChange);
  // A change is shown at once and the next click builds on it, so ticking several days quickly loses none while
  // saves are under way; once the last one is answered, main's settings are shown again.
  const [pending, setPending] = useState<StrengthSettings | null>(null);
  const latest = useRef(0);
  const strength = pending ?? saved_;
  const update = (next: StrengthSettings) => {
    const mine = ++latest.current;
    setPending(next);
    void save(
      { strength: next },
      next.enabled ? `strengthening plan on ${next.days.length} days a week` : 'no strengthening plan',
    ).finally(() => {
      if (latest.current === mine) setPending(null);
    });
  };
  const names = STRENGTH_CORE.map((id) => getRoutine(id)?.title ?? id);

  return (
    <section className="card" aria-labelledby={ids.title}>
      {error && (
        <div className="alert error" role="alert">
          Not saved: {error}
        </div>
      )}
      <h2 id={ids.title}>Strengthening plan</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={strength.enabled}
          onChange={(e) => update({ ...strength, enabled: e.target.checked })}
        />
        Follow a weekly strengthening plan
      </label>
      <p className="hint">
        On each plan day, Today lists about {planMinutes(STRENGTH_CORE)} minutes of exercises for the neck and
        shoulders: {names.join(', ')}. Strength work eases desk neck pain more than stretching alone; most people notice
        a change after eight to ten weeks. If you have heart disease, high blood pressure, a recent injury or a serious
        long-term illness, check with your doctor first.
      </p>
      <fieldset className="plain-fieldset" data-off={!strength.enabled || undefined} aria-describedby={ids.days}>
        <legend>Plan days</legend>
        <p className="hint" id={ids.days}>
          Three days a week with a rest day between suits most people.
        </p>
        <div className="weekday-checks">
          {WEEKDAYS.map((day) => (
            <label key={day} className="check">
              <input
                type="checkbox"
                checked={strength.days.includes(day)}
                onChange={(e) =>
                  update({
                    ...strength,
                    days: WEEKDAYS.filter((d) => (d === day ? e.target.checked : strength.days.includes(d))),
                  })
                }
              />
              {WEEKDAY_LABELS[day]}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="hint" role="status">
        {saved ? 'Saved.' : ''}
      </p>
    </section>
  );
}
