/**
 * Owns the Breaks part of Settings: micro-pauses, stretch breaks, the daily
 * release session and the rules shared by all of them. Shows lengths in the
 * unit a person thinks in (micro-pause seconds, stretch minutes) while the
 * draft keeps exactly the schema's units.
 */
import { useId } from 'react';
import {
  WEEKDAYS,
  WEEKDAY_LABELS,
  type BreakSettings,
  type IntervalBreakSettings,
  type ReleaseSessionSettings,
} from '@common/domain/settings';
import { NumberField } from '@renderer/ui/number-field';
import { BREAK_LIMITS, POSTPONE_LIMITS } from '@common/domain/policy';

type ErrorFor = (field: string) => string | undefined;

interface Props {
  breaks: BreakSettings;
  onChange(breaks: BreakSettings): void;
  errorFor: ErrorFor;
}

export function BreakSettingsSection({ breaks, onChange, errorFor }: Props) {
  return (
    <section className="card" aria-labelledby="breaks-settings-title">
      <h2 id="breaks-settings-title">Breaks</h2>
      <p className="hint section-intro">
        Unknot counts the time you are actually at the keyboard. Stepping away on your own counts as a break too.
      </p>
      <IntervalBreakFieldset
        kind="micro"
        title="Micro-pauses"
        why="Short and often works: in office studies, pausing for about 30 seconds every 20 minutes eased neck, shoulder, back and forearm discomfort."
        durationUnit="seconds"
        value={breaks.micro}
        onChange={(micro) => onChange({ ...breaks, micro })}
        errorFor={errorFor}
      />
      <IntervalBreakFieldset
        kind="stretch"
        title="Stretch breaks"
        why="Getting up once an hour matters too: in the same kind of studies, hourly breaks of about 5 minutes also helped."
        durationUnit="minutes"
        value={breaks.stretch}
        onChange={(stretch) => onChange({ ...breaks, stretch })}
        errorFor={errorFor}
      />
      <ReleaseFieldset
        value={breaks.release}
        onChange={(release) => onChange({ ...breaks, release })}
        errorFor={errorFor}
      />
      <BreakRulesFieldset breaks={breaks} onChange={onChange} errorFor={errorFor} />
    </section>
  );
}

interface IntervalProps {
  kind: 'micro' | 'stretch';
  title: string;
  why: string;
  durationUnit: 'seconds' | 'minutes';
  value: IntervalBreakSettings;
  onChange(value: IntervalBreakSettings): void;
  errorFor: ErrorFor;
}

function IntervalBreakFieldset({ kind, title, why, durationUnit, value, onChange, errorFor }: IntervalProps) {
  const field = (name: keyof IntervalBreakSettings) => `breaks.${kind}.${name}`;
  const context = kind === 'micro' ? 'Micro-pause' : 'Stretch break';
  const scale = durationUnit === 'minutes' ? 60 : 1;
  return (
    <fieldset className="break-kind">
      <legend>{title}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(e) => onChange({ ...value, enabled: e.target.checked })}
        />
        Remind me to take {title.toLowerCase()}
      </label>
      <p className="hint">{why}</p>
      <div className="num-row" data-off={!value.enabled || undefined}>
        <NumberField
          field={field('everyMinutes')}
          context={context}
          label="Every"
          unit="minutes"
          min={BREAK_LIMITS.everyMinutes.min}
          max={BREAK_LIMITS.everyMinutes.max}
          value={value.everyMinutes}
          onChange={(everyMinutes) => onChange({ ...value, everyMinutes })}
          error={errorFor(field('everyMinutes'))}
        />
        <NumberField
          field={field('durationSeconds')}
          context={context}
          label="Lasts"
          unit={durationUnit}
          min={scale === 1 ? BREAK_LIMITS.durationSeconds.min : 0.5}
          step={scale === 1 ? 5 : 0.5}
          scale={scale}
          value={value.durationSeconds}
          onChange={(durationSeconds) => onChange({ ...value, durationSeconds })}
          error={errorFor(field('durationSeconds'))}
        />
        <NumberField
          field={field('notifyBeforeSeconds')}
          context={context}
          label="Heads-up"
          unit="seconds before"
          min={BREAK_LIMITS.notifyBeforeSeconds.min}
          max={BREAK_LIMITS.notifyBeforeSeconds.max}
          step={5}
          value={value.notifyBeforeSeconds}
          onChange={(notifyBeforeSeconds) => onChange({ ...value, notifyBeforeSeconds })}
          error={errorFor(field('notifyBeforeSeconds'))}
        />
      </div>
    </fieldset>
  );
}

interface ReleaseProps {
  value: ReleaseSessionSettings;
  onChange(value: ReleaseSessionSettings): void;
  errorFor: ErrorFor;
}

function ReleaseFieldset({ value, onChange, errorFor }: ReleaseProps) {
  const ids = { time: useId(), days: useId() };
  const timeError = errorFor('breaks.release.time');
  const daysError = errorFor('breaks.release.days');
  const toggleDay = (day: (typeof WEEKDAYS)[number], on: boolean) => {
    const chosen = new Set(value.days);
    if (on) chosen.add(day);
    else chosen.delete(day);
    onChange({ ...value, days: WEEKDAYS.filter((d) => chosen.has(d)) });
  };
  return (
    <fieldset className="break-kind">
      <legend>Daily release session</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(e) => onChange({ ...value, enabled: e.target.checked })}
        />
        Remind me to do my release routine
      </label>
      <p className="hint">
        A set time for gentle work on your usual trigger points, when it suits your day rather than in the middle of a
        task.
      </p>
      <div className="num-row" data-off={!value.enabled || undefined}>
        <div className="num-field">
          <label htmlFor={ids.time}>
            <span className="visually-hidden">Release session: </span>At
          </label>
          <input
            id={ids.time}
            type="time"
            data-field="breaks.release.time"
            value={value.time}
            onChange={(e) => onChange({ ...value, time: e.target.value })}
            aria-invalid={timeError ? true : undefined}
            aria-describedby={timeError ? `${ids.time}-error` : undefined}
          />
          {timeError && (
            <p className="field-error" id={`${ids.time}-error`}>
              {timeError}
            </p>
          )}
        </div>
        <NumberField
          field="breaks.release.durationMinutes"
          context="Release session"
          label="Lasts"
          unit="minutes"
          min={BREAK_LIMITS.releaseMinutes.min}
          max={BREAK_LIMITS.releaseMinutes.max}
          value={value.durationMinutes}
          onChange={(durationMinutes) => onChange({ ...value, durationMinutes })}
          error={errorFor('breaks.release.durationMinutes')}
        />
      </div>
      <fieldset className="plain-fieldset day-picks" aria-describedby={daysError ? ids.days : undefined}>
        <legend className="small-legend">On</legend>
        {WEEKDAYS.map((day) => (
          <label key={day} className="day-pick">
            <input
              type="checkbox"
              data-field={day === 'mon' ? 'breaks.release.days' : undefined}
              checked={value.days.includes(day)}
              onChange={(e) => toggleDay(day, e.target.checked)}
              aria-label={`Release session on ${WEEKDAY_LABELS[day]}`}
            />
            <span aria-hidden="true">{WEEKDAY_LABELS[day].slice(0, 3)}</span>
          </label>
        ))}
      </fieldset>
      {daysError && (
        <p className="field-error" id={ids.days}>
          {daysError}
        </p>
      )}
    </fieldset>
  );
}

interface RulesProps {
  breaks: BreakSettings;
  onChange(breaks: BreakSettings): void;
  errorFor: ErrorFor;
}

function BreakRulesFieldset({ breaks, onChange, errorFor }: RulesProps) {
  const showOnName = useId();
  return (
    <fieldset className="break-kind">
      <legend>For every break</legend>
      <div className="num-row">
        <NumberField
          field="breaks.snoozeMinutes"
          context="Breaks"
          label="Snooze for"
          unit="minutes"
          min={BREAK_LIMITS.snoozeMinutes.min}
          max={BREAK_LIMITS.snoozeMinutes.max}
          value={breaks.snoozeMinutes}
          onChange={(snoozeMinutes) => onChange({ ...breaks, snoozeMinutes })}
          error={errorFor('breaks.snoozeMinutes')}
        />
        <NumberField
          field="breaks.maxSnoozes"
          context="Breaks"
          label="Snoozes allowed"
          unit="per break"
          min={BREAK_LIMITS.maxSnoozes.min}
          max={BREAK_LIMITS.maxSnoozes.max}
          value={breaks.maxSnoozes}
          onChange={(maxSnoozes) => onChange({ ...breaks, maxSnoozes })}
          error={errorFor('breaks.maxSnoozes')}
        />
        <NumberField
          field="breaks.resetAfterMinutes"
          context="Breaks"
          label="Restart timers after being away"
          unit="minutes"
          min={BREAK_LIMITS.resetAfterMinutes.min}
          max={BREAK_LIMITS.resetAfterMinutes.max}
          value={breaks.resetAfterMinutes}
          onChange={(resetAfterMinutes) => onChange({ ...breaks, resetAfterMinutes })}
          error={errorFor('breaks.resetAfterMinutes')}
        />
        <NumberField
          field="breaks.graceMinutes"
          context="Breaks"
          label="Quiet time after unlock or wake"
          unit="minutes"
          min={BREAK_LIMITS.graceMinutes.min}
          max={BREAK_LIMITS.graceMinutes.max}
          value={breaks.graceMinutes}
          onChange={(graceMinutes) => onChange({ ...breaks, graceMinutes })}
          error={errorFor('breaks.graceMinutes')}
        />
      </div>
      <label className="check">
        <input
          type="checkbox"
          data-field="breaks.strictMode"
          checked={breaks.strictMode}
          onChange={(e) => onChange({ ...breaks, strictMode: e.target.checked })}
        />
        Strict mode: no Snooze and no Skip
      </label>
      <p className="hint">For days when you know you will talk yourself out of every break.</p>
      <fieldset className="plain-fieldset">
        <legend className="small-legend">Show break prompts on</legend>
        <div className="radio-row">
          <label>
            <input
              type="radio"
              name={showOnName}
              checked={breaks.showOn === 'cursor-display'}
              onChange={() => onChange({ ...breaks, showOn: 'cursor-display' })}
            />
            The screen with the mouse pointer
          </label>
          <label>
            <input
              type="radio"
              name={showOnName}
              checked={breaks.showOn === 'all-displays'}
              onChange={() => onChange({ ...breaks, showOn: 'all-displays' })}
            />
            Every screen
          </label>
        </div>
      </fieldset>
      <fieldset className="plain-fieldset">
        <legend className="small-legend">Wait with a break prompt while</legend>
        {(
          [
            ['doNotDisturb', 'Do Not Disturb is on'],
            ['presenting', 'you are presenting or in a call'],
            ['fullscreen', 'a full-screen window is in front'],
          ] as const
        ).map(([key, label]) => (
          <label className="check" key={key}>
            <input
              type="checkbox"
              data-field={`breaks.waitWhile.${key}`}
              checked={breaks.waitWhile[key]}
              onChange={(e) => onChange({ ...breaks, waitWhile: { ...breaks.waitWhile, [key]: e.target.checked } })}
            />
            {label}
          </label>
        ))}
        <p className="hint">
          The break waits until that ends, but never more than {POSTPONE_LIMITS.maxMinutes} minutes. What your computer
          can tell Unknot depends on the system: Windows tells all three; macOS tells Do Not Disturb, if Unknot may read
          your Focus settings (some versions ask for Full Disk Access); GNOME and KDE tell Do Not Disturb and
          presenting, but not full screen.
        </p>
      </fieldset>
    </fieldset>
  );
}
