/**
 * Owns choosing the report's week: previous and next (never past the current
 * week), a way back to this week, and the week with its dates in words,
 * announced when it changes. Next stays focusable at the current week
 * (aria-disabled) so pressing it repeatedly never drops keyboard focus.
 */
import { addWeeks } from '@common/domain/iso-week';
import { weekDatesInWords, weekName } from './report-week';

interface Props {
  week: string;
  currentWeek: string;
  onChange(week: string): void;
}

export function WeekPicker({ week, currentWeek, onChange }: Props) {
  const previous = addWeeks(week, -1);
  const next = addWeeks(week, 1);
  const atCurrent = week >= currentWeek;
  return (
    <nav className="week-picker" aria-label="Choose the week">
      <button type="button" onClick={() => onChange(previous)} aria-label={`Previous week: ${weekName(previous)}`}>
        <span aria-hidden="true">←</span> Previous
      </button>
      <div className="week-picker-current" aria-live="polite">
        <strong>{week === currentWeek ? 'This week' : weekName(week)}</strong>
        <span>{weekDatesInWords(week)}</span>
      </div>
      <button
        type="button"
        aria-disabled={atCurrent || undefined}
        onClick={() => {
          if (!atCurrent) onChange(next);
        }}
        aria-label={atCurrent ? 'Next week: not here yet' : `Next week: ${weekName(next)}`}
      >
        Next <span aria-hidden="true">→</span>
      </button>
      {!atCurrent && (
        <button type="button" className="link week-picker-today" onClick={() => onChange(currentWeek)}>
          Back to this week
        </button>
      )}
    </nav>
  );
}
