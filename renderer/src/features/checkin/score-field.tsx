/**
 * Owns one optional 0–10 answer as a row of eleven radio buttons: one Tab stop,
 * arrows move, a typed digit jumps straight to it (1 then 0 is 10), and
 * "Clear" takes the answer back. The two ends say what 0 and 10 mean.
 */
import { useId, useRef, type KeyboardEvent } from 'react';
import { nextIntensity } from '@renderer/ui/intensity-keys';

interface Props {
  /** Used to find the group to focus when it has a problem. */
  field: string;
  label: string;
  low: string;
  high: string;
  value: number | null;
  onChange(value: number | null): void;
}

const SCORES = Array.from({ length: 11 }, (_, i) => i);

export function ScoreField({ field, label, low, high, value, onChange }: Props) {
  const id = useId();
  const lastKeyWasDigit = useRef(false);
  const group = useRef<HTMLFieldSetElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    const digit = /^[0-9]$/.test(event.key) ? Number(event.key) : null;
    const wasDigit = lastKeyWasDigit.current;
    lastKeyWasDigit.current = digit !== null;
    if (digit === null || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    const next = nextIntensity(value, digit, wasDigit);
    onChange(next);
    group.current?.querySelector<HTMLInputElement>(`input[value="${next}"]`)?.focus();
  }

  return (
    <fieldset className="score-field" data-field={field} ref={group} onKeyDown={onKeyDown}>
      <legend>{label}</legend>
      <div className="score-row">
        {SCORES.map((n) => (
          <label key={n} className="score-option">
            <input
              type="radio"
              name={id}
              value={n}
              checked={value === n}
              aria-label={n === 0 ? `0, ${low}` : n === 10 ? `10, ${high}` : String(n)}
              onChange={() => onChange(n)}
            />
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
      </div>
      <div className="score-ends">
        <span aria-hidden="true">0 {low}</span>
        {value !== null && (
          <button type="button" className="link score-clear" onClick={() => onChange(null)}>
            Clear<span className="visually-hidden"> the answer to “{label}”</span>
          </button>
        )}
        <span aria-hidden="true">{high} 10</span>
      </div>
    </fieldset>
  );
}
