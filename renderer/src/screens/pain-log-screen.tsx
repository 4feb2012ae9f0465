/** Owns the Pain log screen: log a new entry, and edit or delete past ones (with undo). */
import { useState } from 'react';
import type { PainEntry } from '../../../common/domain/pain';
import { PainEntryForm } from '../components/pain-entry-form';
import { PainEntryList } from '../components/pain-entry-list';
import { usePainLog } from '../lib/pain-log';
import { useToast } from '../components/toast';
import { errorMessage } from '../lib/api';

export function PainLogScreen() {
  const { entries, loading, loadError, add, update, remove } = usePainLog();
  const [editing, setEditing] = useState<PainEntry | null>(null);
  const toast = useToast();

  async function onDelete(entry: PainEntry) {
    if (editing?.id === entry.id) setEditing(null);
    try {
      await remove(entry);
    } catch (error) {
      toast.show({ message: `Could not delete: ${errorMessage(error)}` });
    }
  }

  return (
    <>
      <div className="page-header">
        <div>
          <h1 tabIndex={-1}>Pain log</h1>
          <p>Log as often as you like. Each body region gets its own 0–10 rating.</p>
        </div>
      </div>
      <div className="grid-2">
        <section className="card" aria-labelledby="pain-form-title">
          <h2 id="pain-form-title">{editing ? 'Edit entry' : 'New entry'}</h2>
          <PainEntryForm
            key={editing?.id ?? 'new'}
            editing={editing ?? undefined}
            onSubmit={async (input) => {
              if (editing) {
                await update(editing.id, input);
                setEditing(null);
                toast.show({ message: 'Changes saved.' });
              } else {
                await add(input);
                toast.show({ message: 'Pain entry saved.' });
              }
            }}
            onCancel={editing ? () => setEditing(null) : undefined}
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
              onEdit={setEditing}
              onDelete={(entry) => void onDelete(entry)}
            />
          )}
        </section>
      </div>
    </>
  );
}
