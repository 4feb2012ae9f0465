/** Owns showing pain entries as cards, with Edit and Delete on each. */
import type { PainEntry } from '../../../common/domain/pain';
import { entryIntensity } from '../../../common/domain/pain';
import { regionDisplayName } from '../../../common/domain/body-regions';
import { formatEntryTime, formatShortDate } from '../lib/dates';

interface Props {
  entries: PainEntry[];
  showDate?: boolean;
  editingId?: string | null;
  onEdit?(entry: PainEntry): void;
  onDelete?(entry: PainEntry): void;
}

export function PainEntryList({ entries, showDate, editingId, onEdit, onDelete }: Props) {
  return (
    <ul className="entries" aria-label="Pain entries">
      {entries.map((entry) => {
        const top = entryIntensity(entry);
        const when = formatEntryTime(entry.at);
        return (
          <li
            className="entry"
            key={entry.id}
            data-editing={entry.id === editingId}
            aria-label={`Pain ${top} of 10 at ${when}`}
          >
            <div className="entry-score" aria-hidden="true">
              {top}
              <small>of 10</small>
            </div>
            <div className="entry-body">
              <div className="entry-head">
                <span className="entry-meta">{showDate ? `${formatShortDate(entry.localDate)}, ${when}` : when}</span>
                {(onEdit || onDelete) && (
                  <span className="actions">
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
                  </li>
                ))}
              </ul>
              {entry.note && <p className="entry-note">{entry.note}</p>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
