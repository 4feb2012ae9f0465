/**
 * Owns the week's pain entries as a table for the clinician: when, how much
 * (the entry's most painful area), every area with its number and words, and
 * the note. On screen it opens on request; on paper it always prints — unless
 * the week has more entries than two pages hold, when the printout says so
 * and relies on the daily table instead.
 */
import { useId, useState } from 'react';
import type { PainEntry } from '@common/domain/pain';
import { entryIntensity } from '@common/domain/pain';
import { regionDisplayName } from '@common/domain/body-regions';
import { formatEntryTime } from '@renderer/lib/dates';
import { dayLabel, shortDateLabel } from './report-week';
import { plural } from './report-format';

/** More rows than this do not fit the one-or-two-page printout. */
export const MAX_PRINTED_ENTRIES = 28;

export function EntriesTable({ entries }: { entries: readonly PainEntry[] }) {
  const ids = useId();
  const [open, setOpen] = useState(false);
  const sorted = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  const tooMany = sorted.length > MAX_PRINTED_ENTRIES;
  return (
    <section
      className="card report-entries"
      aria-labelledby={`${ids}-title`}
      data-open={open}
      data-too-many-to-print={tooMany || undefined}
    >
      <div className="report-card-head">
        <h2 id={`${ids}-title`}>This week’s entries</h2>
        {sorted.length > 0 && (
          <button type="button" aria-expanded={open} aria-controls={`${ids}-table`} onClick={() => setOpen((v) => !v)}>
            {open ? 'Hide entries' : `Show ${plural(sorted.length, 'entry', 'entries')}`}
          </button>
        )}
      </div>
      {sorted.length === 0 ? (
        <p className="empty-line">No entries this week.</p>
      ) : (
        <>
          {tooMany && (
            <p className="hint print-only">
              {sorted.length} entries this week — too many to list on two pages. The daily figures above summarise them;
              the full list is in Unknot’s Pain log and its export.
            </p>
          )}
          <div id={`${ids}-table`} className="report-entries-table">
            <table className="report-table entries-table">
              <caption className="visually-hidden">Pain entries this week, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Pain</th>
                  <th scope="col">Where (0–10) and how it felt</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row" className="entries-when">
                      {dayLabel(entry.localDate)} {shortDateLabel(entry.localDate)}, {formatEntryTime(entry.at)}
                    </th>
                    <td className="entries-pain">{entryIntensity(entry)}</td>
                    <td>
                      <ul className="entries-regions">
                        {entry.regions.map((r) => (
                          <li key={r.region}>
                            {regionDisplayName(r.region)} <strong>{r.intensity}</strong>
                            {r.qualities.length > 0 && <span className="hint"> {r.qualities.join(', ')}</span>}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="entries-note">{entry.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
