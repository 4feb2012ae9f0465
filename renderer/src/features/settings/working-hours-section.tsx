/**
 * Owns the Working hours part of Settings: for each weekday, a list of time
 * ranges to add, change and remove. A day without ranges is a day off. Focus
 * follows the person's action (to the new range, or back to "Add hours").
 */
import { useEffect, useRef } from 'react';
import { WEEKDAYS, WEEKDAY_LABELS, type TimeRange, type Weekday, type WorkingHours } from '@common/domain/settings';
import { displayEnd, minutesAfter, storedEnd } from './schedule-form-model';

const MAX_RANGES = 6;

interface Props {
  hours: WorkingHours;
  onChange(hours: WorkingHours): void;
  errorFor(field: string): string | undefined;
}

export function WorkingHoursSection({ hours, onChange, errorFor }: Props) {
  return (
    <section className="card" aria-labelledby="hours-settings-title">
      <h2 id="hours-settings-title">Working hours</h2>
      <p className="hint section-intro">
        Breaks are only suggested inside these hours. A day with no hours is a day off. An end time of 00:00 means
        midnight.
      </p>
      <ul className="hours-list">
        {WEEKDAYS.map((day) => (
          <DayHours
            key={day}
            day={day}
            ranges={hours[day] ?? []}
            onChange={(ranges) => onChange({ ...hours, [day]: ranges })}
            errorFor={errorFor}
          />
        ))}
      </ul>
    </section>
  );
}

interface DayProps {
  day: Weekday;
  ranges: TimeRange[];
  onChange(ranges: TimeRange[]): void;
  errorFor(field: string): string | undefined;
}

function DayHours({ day, ranges, onChange, errorFor }: DayProps) {
  const row = useRef<HTMLLIElement>(null);
  const name = WEEKDAY_LABELS[day];
  const dayError = errorFor(`workingHours.${day}`);
  const dayErrorId = `hours-${day}-error`;

  // Set by Add and Remove; applied once the row has re-rendered.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    row.current?.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const focusSoon = (selector: string) => {
    focusNext.current = selector;
  };

  function add() {
    const last = ranges.at(-1);
    const start = last && last.end < '23:00' ? last.end : '09:00';
    const next = last ? { start, end: minutesAfter(start, 60) } : { start: '09:00', end: '17:00' };
    onChange([...ranges, next]);
    focusSoon(`[data-field="workingHours.${day}.${ranges.length}.start"]`);
  }

  function remove(index: number) {
    onChange(ranges.filter((_, i) => i !== index));
    focusSoon('.add-hours');
  }

  function set(index: number, part: keyof TimeRange, value: string) {
    onChange(ranges.map((r, i) => (i === index ? { ...r, [part]: value } : r)));
  }

  return (
    <li className="day-hours" ref={row} data-off={ranges.length === 0 || undefined}>
      <span className="day-name" id={`hours-${day}`}>
        {name}
      </span>
      <div className="day-ranges">
        {ranges.length === 0 && <span className="hint">Day off</span>}
        {ranges.map((range, i) => {
          const startField = `workingHours.${day}.${i}.start`;
          const endField = `workingHours.${day}.${i}.end`;
          const error = errorFor(endField) ?? errorFor(startField);
          const errorId = `hours-${day}-${i}-error`;
          return (
            <div className="range" key={i}>
              <input
                type="time"
                data-field={startField}
                value={range.start}
                onChange={(e) => set(i, 'start', e.target.value)}
                aria-label={`${name}: start of hours ${i + 1}`}
                aria-invalid={errorFor(startField) ? true : undefined}
                aria-describedby={error ? errorId : undefined}
              />
              <span aria-hidden="true">–</span>
              <input
                type="time"
                data-field={endField}
                value={displayEnd(range.end)}
                onChange={(e) => set(i, 'end', storedEnd(e.target.value))}
                aria-label={`${name}: end of hours ${i + 1}`}
                aria-invalid={errorFor(endField) ? true : undefined}
                aria-describedby={error ? errorId : undefined}
              />
              <button
                type="button"
                className="link"
                onClick={() => remove(i)}
                aria-label={`Remove ${name} ${range.start}–${displayEnd(range.end)}`}
              >
                Remove
              </button>
              {error && (
                <p className="field-error range-error" id={errorId}>
                  {error}
                </p>
              )}
            </div>
          );
        })}
        {dayError && (
          <p className="field-error" id={dayErrorId} data-field={`workingHours.${day}`} tabIndex={-1}>
            {dayError}
          </p>
        )}
      </div>
      <button
        type="button"
        className="add-hours"
        onClick={add}
        disabled={ranges.length >= MAX_RANGES}
        aria-label={`Add hours on ${name}`}
      >
        Add hours
      </button>
    </li>
  );
}
