/**
 * Owns one small number box with its label, unit and any problem shown right
 * under it. Keeps what the person typed (even "1." half-way) while handing the
 * parent a number, NaN while the box is empty. With `scale`, the box shows a
 * bigger unit than the value is stored in (minutes for seconds: scale 60).
 */
import { useId, useState } from 'react';

interface Props {
  /** Draft path, so the screen can find the box to focus when it has a problem. */
  field: string;
  /** Names the group for screen readers, e.g. "Micro-pause". */
  context: string;
  label: string;
  unit: string;
  /** In the stored unit. */
  value: number;
  onChange(value: number): void;
  /** Stored units per shown unit; a scaled value is stored rounded to whole stored units. */
  scale?: number;
  error?: string | undefined;
  min?: number;
  max?: number;
  step?: number;
}

function show(value: number, scale: number): string {
  return Number.isNaN(value) ? '' : String(Number((value / scale).toFixed(2)));
}

function read(text: string, scale: number): number {
  const n = text.trim() === '' ? Number.NaN : Number(text);
  return scale === 1 ? n : Math.round(n * scale);
}

export function NumberField(props: Props) {
  const { field, context, label, unit, value, onChange, error, min, max, step = 1, scale = 1 } = props;
  const id = useId();
  const [text, setText] = useState(() => show(value, scale));
  const [seen, setSeen] = useState(value);
  // A new value from outside (Discard, Save) replaces the text; our own echo does not.
  if (!Object.is(value, seen)) {
    setSeen(value);
    if (!Object.is(read(text, scale), value)) setText(show(value, scale));
  }

  return (
    <div className="num-field">
      <label htmlFor={id}>
        <span className="visually-hidden">{context}: </span>
        {label}
        <span className="visually-hidden"> ({unit})</span>
      </label>
      <span className="num-input">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          data-field={field}
          min={min}
          max={max}
          step={step}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            onChange(read(e.target.value, scale));
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <span className="unit" aria-hidden="true">
          {unit}
        </span>
      </span>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
