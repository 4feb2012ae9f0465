/**
 * Owns the 0–10 intensity control of one body region: a slider (one tab stop)
 * drawn as eleven segments that can be clicked, with digits, arrows, Page
 * Up/Down and Home/End from the keyboard (rules in lib/intensity-keys.ts).
 * A place starts unrated: no segment is lit until the person rates it.
 */
import { useRef, type KeyboardEvent } from 'react';
import { INTENSITY_MAX, intensityForKey, type DigitMemory } from '@renderer/ui/intensity-keys';

const STEPS = Array.from({ length: INTENSITY_MAX + 1 }, (_, i) => i);

interface Props {
  /** Null until the person rates the place. */
  value: number | null;
  onChange(value: number): void;
  /** Accessible name, e.g. "Temple (your right): intensity". */
  label: string;
  /** Marked when the entry cannot be saved without this rating. */
  invalid?: boolean;
  id?: string;
}

export function IntensityScale({ value, onChange, label, invalid, id }: Props) {
  const memory = useRef<DigitMemory | null>(null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = intensityForKey(event.key, value ?? Number.NaN, memory.current, event.timeStamp);
    if (!next) return;
    event.preventDefault();
    memory.current = next.memory;
    if (next.value !== value) onChange(next.value);
  }

  return (
    <div
      id={id}
      className="intensity-scale"
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={INTENSITY_MAX}
      // A slider must have a value for assistive technology; the text says the truth: not rated yet.
      aria-valuenow={value ?? 0}
      aria-valuetext={value === null ? 'Not rated yet' : `${value} out of 10`}
      aria-invalid={invalid || undefined}
      data-unrated={value === null || undefined}
      onKeyDown={onKeyDown}
    >
      {STEPS.map((step) => (
        <span
          key={step}
          className="intensity-step"
          data-level={step}
          data-filled={(value !== null && step <= value) || undefined}
          data-current={step === value || undefined}
          aria-hidden="true"
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            // Clicking a segment rates and focuses the scale, so the keyboard carries on from there.
            (event.currentTarget.parentElement as HTMLElement | null)?.focus();
            onChange(step);
          }}
        >
          {step}
        </span>
      ))}
    </div>
  );
}
