/**
 * Owns Settings → Backups: how automatic backups work and where they are, the
 * list (when, what each holds, its size), "Back up now", "Open backups folder",
 * and restoring one after a confirmation that says what happens. Main backs up
 * the current data first and adds a notice; the page then reloads so every
 * screen shows the restored data.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BackupInfo } from '@common/domain/backups';
import { api, errorMessage } from '@renderer/lib/api';
import { HOW_BACKUPS_WORK, backupContents, backupWhen, fileSize, restoreQuestion } from './backups-model';
import './backups-section.css';

/** The list as main sent it, and when it arrived: "Today" and "Yesterday" are counted from then. */
type Listing = { folder: string; backups: BackupInfo[]; nowMs: number };
type Status = { ok: boolean; text: string } | null;

export function BackupsSection() {
  const [listing, setListing] = useState<Listing | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  const load = useCallback(
    () =>
      api.backups.list().then(
        // Backups are named by the real wall clock (main's backup service), never the sped-up test clock.
        (list) => {
          setListing({ ...list, nowMs: Date.now() });
          setLoadError(null);
        },
        (err: unknown) => setLoadError(errorMessage(err)),
      ),
    [],
  );

  useEffect(() => {
    void load();
  }, [load]);

  async function backUpNow() {
    setCreating(true);
    setStatus(null);
    try {
      const made = await api.backups.create();
      await load();
      setStatus({ ok: true, text: `Backed up just now: ${backupContents(made).toLowerCase()}.` });
    } catch (err) {
      setStatus({ ok: false, text: `Could not back up: ${errorMessage(err)}` });
    } finally {
      setCreating(false);
    }
  }

  async function openFolder() {
    setStatus(null);
    try {
      const result = await api.backups.openFolder();
      if (!result.opened) {
        setStatus({ ok: true, text: `Unknot cannot open folders from here. Your backups are in ${result.folder}` });
      }
    } catch (err) {
      setStatus({ ok: false, text: `Could not open the folder: ${errorMessage(err)}` });
    }
  }

  const now = listing?.nowMs ?? 0;
  return (
    <section className="card backups-section" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups</h2>
      <p>{HOW_BACKUPS_WORK} To go back to an earlier state of your data, restore one of them.</p>
      <p>
        Backups folder: <code>{listing?.folder ?? '…'}</code>
      </p>
      <div className="actions">
        <button type="button" disabled={creating} onClick={() => void backUpNow()}>
          {creating ? 'Backing up…' : 'Back up now'}
        </button>
        <button type="button" onClick={() => void openFolder()}>
          Open backups folder
        </button>
      </div>
      <p className={status && !status.ok ? 'field-error' : 'hint'} role="status">
        {status?.text ?? ''}
      </p>

      <h3 id="backups-list-title">Your backups</h3>
      {loadError && (
        <div className="alert error" role="alert">
          Could not list the backups: {loadError}
        </div>
      )}
      {listing && listing.backups.length === 0 && (
        <p className="empty">
          No backups yet. The first one is made the next time Unknot starts, or right now with “Back up now”.
        </p>
      )}
      {listing && listing.backups.length > 0 && (
        <ul className="backup-list" aria-labelledby="backups-list-title">
          {listing.backups.map((backup) => {
            const when = backupWhen(backup.createdAtMs, now);
            return (
              <li key={backup.name}>
                <div className="backup-what">
                  <span className="backup-when">{when}</span>
                  <span className="hint">
                    {backupContents(backup)} · {fileSize(backup.sizeBytes)}
                  </span>
                </div>
                <button
                  type="button"
                  aria-label={`Restore the backup from ${when}…`}
                  onClick={() => {
                    setStatus(null);
                    setConfirming(backup);
                  }}
                >
                  Restore…
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {confirming && (
        <RestoreDialog
          backup={confirming}
          nowMs={now}
          onCancel={() => setConfirming(null)}
          onFailed={(message) => {
            setConfirming(null);
            setStatus({ ok: false, text: `Nothing was restored: ${message}` });
            void load();
          }}
        />
      )}
    </section>
  );
}

interface DialogProps {
  backup: BackupInfo;
  nowMs: number;
  onCancel(): void;
  onFailed(message: string): void;
}

/** Asks before a restore. Cancel has the focus, so Enter never restores by accident. */
function RestoreDialog({ backup, nowMs, onCancel, onFailed }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [restoring, setRestoring] = useState(false);
  const question = restoreQuestion(backup, nowMs);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    cancel.current?.focus();
  }, []);

  async function restore() {
    setRestoring(true);
    try {
      await api.backups.restore({ name: backup.name });
      // Every screen holds data of its own; a reload shows the restored data everywhere, with main's notice on top.
      window.location.reload();
    } catch (err) {
      onFailed(errorMessage(err));
    }
  }

  return (
    <dialog
      ref={ref}
      className="modal restore-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!restoring) onCancel();
      }}
    >
      <h2 id={titleId}>{question.title}</h2>
      {question.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <div className="actions">
        <button type="button" className="primary" disabled={restoring} onClick={() => void restore()}>
          {restoring ? 'Restoring…' : question.confirm}
        </button>
        <button type="button" ref={cancel} disabled={restoring} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
