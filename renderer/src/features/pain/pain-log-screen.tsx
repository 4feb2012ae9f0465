/**
 * Owns the Pain log screen: log a new entry on the body map, see it confirmed
 * with the way to its possible sources (and, when the entry calls for it, kind
 * advice to see a clinician; the entry is saved either way), and edit or
 * delete past entries (with undo).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PainEntry, PainEntryInput } from '@common/domain/pain';
import type { Advice } from '@common/domain/red-flags';
import { PainEntryForm } from './pain-entry-form';
import { PainEntryList } from './pain-entry-list';
import { EntryAdvice } from './entry-advice';
import { usePainLog } from '@renderer/lib/pain-log';
import { useToast } from '@renderer/ui/toast';
import { errorMessage } from '@renderer/lib/api';
import { formatEntryTime } from '@renderer/lib/dates';
import { navigate } from '@renderer/lib/routes';
import { frequentRegions } from '@renderer/lib/region-search';
import { loadEntryAdvice } from './load-entry-advice';
import { regionList } from '@renderer/ui/body-map/names';
import './pain-entry.css';

interface Saved {
  entry: PainEntry;
  edited: boolean;
  advice: Advice | null;
}

const openSources = (entry: PainEntry) => navigate('sources', 'entry', entry.id);

export function PainLogScreen() {
  const { entries, loading, loadError, add, update, remove } = usePainLog();
  const [editing, setEditing] = useState<PainEntry | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const toast = useToast();
  const formTitle = useRef<HTMLHeadingElement>(null);
  const sourcesButton = useRef<HTMLButtonElement>(null);
  const usual = useMemo(() => frequentRegions(entries), [entries]);
  // A confirmation for an entry that has since been deleted would point at nothing.
  const shownSaved = saved && entries.some((e) => e.id === saved.entry.id) ? saved : null;

  useEffect(() => {
    if (!saved) return;
    sourcesButton.current?.focus();
  }, [saved]);

  function startEditing(entry: PainEntry) {
    setEditing(entry);
    setSaved(null);
    requestAnimationFrame(() => {
      formTitle.current?.focus();
      formTitle.current?.scrollIntoView({ block: 'start' });
    });
  }

  function stopEditing() {
    const id = editing?.id;
    setEditing(null);
    // Back to where the person was in the list.
    requestAnimationFrame(() =>
      document.querySelector<HTMLButtonElement>(`[data-entry="${id}"] button[aria-label^="Edit"]`)?.focus(),
    );
  }

  async function onSubmit(input: PainEntryInput) {
    const entry = editing ? await update(editing.id, input) : await add(input);
    const edited = editing !== null;
    if (edited) setEditing(null);
    // The "Saved" banner below the heading says it (with the way to possible sources): no toast repeating it.
    setSaved({ entry, edited, advice: await loadEntryAdvice(entry) });
  }

  async function onDelete(entry: PainEntry) {
    if (editing?.id === entry.id) setEditing(null);
    try {
      await remove(entry);
    } catch (error) {
      toast.show({ message: `Could not delete: ${errorMessage(error)}` });
    }
  }

  return (
    <div className="pain-log">
      <div className="page-header">
        <div>
          <h1 tabIndex={-1}>Pain log</h1>
          <p>Log as often as you like. Each place gets its own 0–10 rating.</p>
        </div>
      </div>

      {shownSaved && (
        <section className="pain-saved" aria-label="Saved entry">
          {shownSaved.advice && <EntryAdvice advice={shownSaved.advice} />}
          <div className="pain-saved-row">
            <p>
              <strong>{shownSaved.edited ? 'Changes saved' : 'Saved'}</strong>{' '}
              <span className="pain-saved-what">
                {regionList(shownSaved.entry.regions.map((r) => r.region))} at {formatEntryTime(shownSaved.entry.at)}.
              </span>
            </p>
            <div className="actions">
              <button
                type="button"
                className="primary"
                ref={sourcesButton}
                onClick={() => openSources(shownSaved.entry)}
              >
                See possible sources
              </button>
              <button type="button" className="link" onClick={() => setSaved(null)}>
                Dismiss
              </button>
            </div>
          </div>
        </section>
      )}

      <section className="card" aria-labelledby="pain-form-title">
        <h2 id="pain-form-title" ref={formTitle} tabIndex={-1}>
          {editing ? `Edit entry from ${formatEntryTime(editing.at)}` : 'New entry'}
        </h2>
        <PainEntryForm
          key={editing?.id ?? 'new'}
          editing={editing ?? undefined}
          usual={usual}
          onSubmit={onSubmit}
          onCancel={editing ? stopEditing : undefined}
        />
      </section>

      <section className="card" aria-labelledby="pain-history-title">
        <h2 id="pain-history-title">Recent entries</h2>
        {loadError && (
          <div className="alert error" role="alert">
            Could not load your pain log: {loadError}
          </div>
        )}
        {loading ? (
          <p className="empty">Loading…</p>
        ) : entries.length === 0 ? (
          <div className="empty">
            <strong>No entries yet.</strong>
            Your entries will appear here, newest first.
          </div>
        ) : (
          <PainEntryList
            entries={entries}
            showDate
            editingId={editing?.id ?? null}
            onEdit={startEditing}
            onDelete={(entry) => void onDelete(entry)}
            onSources={openSources}
          />
        )}
      </section>
    </div>
  );
}
