/**
 * Owns a settings time field ("17:30") that is saved when it is left or Enter is
 * pressed, never on every keystroke: typing a time passes through other whole
 * times (1 → 01:00 → 17:00 …), and each would otherwise be saved. Checked with
 * the shared schema first so a half-typed time is never sent; main re-checks.
 */
import { useId, useState } from 'react';
import { clockTimeSchema } from '@common/domain/settings';

interface Props {
  /** Visible label, e.g. "At". */
  label: string;
  /** Read before the label by screen readers, e.g. "Weekly report reminder: ". */
  context: string;
  /** The saved time; a time saved elsewhere (or refused by main) replaces the one being edited. */
  value: string;
  /** Names the field in the error message, e.g. "Reminder time". */
  errorName: string;
  onCommit(time: string): void;
}

export function TimeField({ label, context, value, errorName, onCommit }: Props) {
  const ids = { input: useId(), error: useId() };
  const [time, setTime] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [shownSaved, setShownSaved] = useState(value);
  if (shownSaved !== value) {
    setShownSaved(value);
    setTime(value);
  }

  function edit(next: string) {
    setTime(next);
    if (error && clockTimeSchema.safeParse(next).success) setError(null);
  }

  function commit() {
    if (!clockTimeSchema.safeParse(time).success) {
      setError(`${errorName}: enter a time like 09:00.`);
      return;
    }
    setError(null);
    if (time !== value) onCommit(time);
  }

  return (
    <div className="num-field">
      <label htmlFor={ids.input}>
        <span className="visually-hidden">{context}</span>
        {label}
      </label>
      <input
        id={ids.input}
        type="time"
        value={time}
        onChange={(e) => edit(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? ids.error : undefined}
      />
      {error && (
        <p className="field-error" id={ids.error}>
          {error}
        </p>
      )}
    </div>
  );
}
