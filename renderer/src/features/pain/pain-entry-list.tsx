/**
 * Owns showing pain entries as cards: each place with its rating and quality
 * words, the note, a kind nudge to see a clinician when the entry calls for
 * it, and (where the screen offers them) Possible sources, Edit and Delete.
 */
import type { PainEntry } from '@common/domain/pain';
import { entryIntensity } from '@common/domain/pain';
import { regionDisplayName } from '@common/domain/body-regions';
import { adviceForEntry, type TriageTier } from '@common/domain/red-flags';
import { formatEntryTime, formatShortDate } from '@renderer/lib/dates';
import './pain-entry.css';

interface Props {
  entries: PainEntry[];
  showDate?: boolean;
  editingId?: string | null;
  onEdit?(entry: PainEntry): void;
  onDelete?(entry: PainEntry): void;
  /** Opens "Possible sources" for the entry's places. */
  onSources?(entry: PainEntry): void;
}

/** One line per entry in the list: what the tier asks (the full advice is shown after saving and on Possible sources). */
const LIST_ACTION: Record<TriageTier, string> = {
  emergency: 'call emergency services now.',
  soon: 'please see a doctor soon, today if you can.',
  'next-visit': 'mention it to a clinician if it lingers, keeps coming back or spreads.',
};

export function PainEntryList({ entries, showDate, editingId, onEdit, onDelete, onSources }: Props) {
  return (
    <ul className="entries" aria-label="Pain entries">
      {entries.map((entry) => {
        const top = entryIntensity(entry);
        const when = formatEntryTime(entry.at);
        const whenFull = showDate ? `${formatShortDate(entry.localDate)}, ${when}` : when;
        // The list has no check-in at hand, so only the note can tell it about weakness; the form checks both.
        const advice = adviceForEntry(entry);
        return (
          <li
            className="entry"
            key={entry.id}
            data-editing={entry.id === editingId}
            data-entry={entry.id}
            aria-label={`Pain ${top} of 10 at ${when}`}
          >
            <div className="entry-score" aria-hidden="true">
              {top}
              <small>of 10</small>
            </div>
            <div className="entry-body">
              <div className="entry-head">
                <span className="entry-meta">{whenFull}</span>
                {(onEdit || onDelete || onSources) && (
                  <span className="actions">
                    {onSources && (
                      <button
                        type="button"
                        onClick={() => onSources(entry)}
                        aria-label={`Possible sources for the entry from ${whenFull}`}
                      >
                        Possible sources
                      </button>
                    )}
                    {onEdit && (
                      <button type="button" onClick={() => onEdit(entry)} aria-label={`Edit entry from ${when}`}>
                        Edit
                      </button>
                    )}
                    {onDelete && (
                      <button
                        type="button"
                        className="danger"
                        onClick={() => onDelete(entry)}
                        aria-label={`Delete entry from ${when}`}
                      >
                        Delete
                      </button>
                    )}
                  </span>
                )}
              </div>
              <ul className="entry-regions">
                {entry.regions.map((r) => (
                  <li key={r.region}>
                    {regionDisplayName(r.region)}: {r.intensity}
                    {r.qualities.length > 0 && <span className="entry-qualities"> · {r.qualities.join(', ')}</span>}
                  </li>
                ))}
              </ul>
              {entry.note && <p className="entry-note">{entry.note}</p>}
              {advice && (
                <p className="entry-advice" data-tier={advice.tier}>
                  <strong>{advice.title}:</strong> {LIST_ACTION[advice.tier]}
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
