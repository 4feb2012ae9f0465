/**
 * Owns Settings → "Your data": where the data folder is, exporting everything
 * as one JSON file (or pain entries, breaks and routine sessions as CSV), and
 * importing an Unknot JSON export. Both run in main off the main thread; this
 * shows their progress with record counts and a Cancel button. Main checks the
 * whole file before writing anything and imports all or nothing; its error is
 * shown word for word (it names the record and field), and records already
 * here are not added twice. In Electron main asks for the file with a native
 * dialog; the web preview picks, uploads and downloads through the browser.
 */
import { useEffect, useRef } from 'react';
import { IMPORT_MAX_BYTES } from '@common/domain/policy';
import { api } from '@renderer/lib/api';
import { formatLocale } from '@renderer/lib/i18n';
import { downloadExport, uploadForImport } from '@renderer/lib/web-files';
import { usePainLog } from '@renderer/lib/pain-log';
import { useTransferJob, type TransferJob } from './use-transfer-job';
import './data-section.css';

type CsvTable = 'pain' | 'breaks' | 'sessions';
type Summary = NonNullable<TransferJob['summary']>;

const CSV_TABLES: { table: CsvTable; label: string }[] = [
  { table: 'pain', label: 'Pain entries' },
  { table: 'breaks', label: 'Breaks' },
  { table: 'sessions', label: 'Routine sessions' },
];

const RECORD_LABELS: Record<string, [one: string, many: string]> = {
  painEntries: ['pain entry', 'pain entries'],
  checkins: ['check-in', 'check-ins'],
  breaks: ['break', 'breaks'],
  routineSessions: ['routine session', 'routine sessions'],
  customRoutines: ['routine of your own', 'routines of your own'],
  workstationChecks: ['workstation check', 'workstation checks'],
};

const count = (n: number) => new Intl.NumberFormat(formatLocale()).format(n);

/** "12 pain entries and 3 check-ins"; null when every count is 0. */
export function describeCounts(counts: Record<string, number>): string | null {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => {
      const [one, many] = RECORD_LABELS[key] ?? [key, key];
      return `${count(n)} ${n === 1 ? one : many}`;
    });
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "Importing 1,200 of 48,000 records" and the like, for the progress line. */
function progressText(job: TransferJob): string {
  const { phase, done, total } = job.progress;
  if (phase === 'checking') return `Checking ${job.fileName}: ${count(done)} records so far…`;
  const verb = phase === 'writing' ? 'Importing' : 'Exporting';
  return total === null ? `${verb} ${count(done)} records…` : `${verb} ${count(done)} of ${count(total)} records…`;
}

function Progress({ job, onCancel }: { job: TransferJob; onCancel(): void }) {
  const { done, total } = job.progress;
  const label = progressText(job);
  return (
    <div className="transfer-progress">
      {total === null || total === 0 ? (
        <progress aria-label={label} />
      ) : (
        <progress aria-label={label} value={done} max={total} />
      )}
      <span>{label}</span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

export function DataSection({ dataDir, shell }: { dataDir: string | null; shell: 'electron' | 'web' | null }) {
  const painLog = usePainLog();
  const exporter = useTransferJob((job) => {
    if (job.state === 'done' && job.downloadable) downloadExport(job.id, job.fileName);
  });
  const importer = useTransferJob((job) => {
    if (job.state === 'done') void painLog.reload();
  });
  const fileInput = useRef<HTMLInputElement>(null);
  const importArea = useRef<HTMLDivElement>(null);
  const importState = importer.job?.state;

  // The outcome appears below the button; make sure it is on screen.
  useEffect(() => {
    if (importState && importState !== 'running') importArea.current?.scrollIntoView({ block: 'nearest' });
  }, [importState]);

  function exportAs(args: { format: 'json' } | { format: 'csv'; table: CsvTable }) {
    void exporter.start(() => api.data.export(args));
  }

  function importUploaded(file: File) {
    void importer.start(async () => {
      if (file.size > IMPORT_MAX_BYTES) {
        throw new Error(
          `${file.name} is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB, far more than any Unknot history, so it is not an Unknot export.`,
        );
      }
      return api.data.import({ upload: await uploadForImport(file) });
    });
  }

  function chooseImport() {
    // The web preview picks with the browser; Electron's main shows a native open dialog.
    if (shell === 'web') fileInput.current?.click();
    else void importer.start(() => api.data.import({}));
  }

  const exportJob = exporter.job;
  const importJob = importer.job;
  const importFailure = importer.startError ?? (importJob?.state === 'failed' ? importJob.error : null);

  return (
    <section className="card data-section" aria-labelledby="data-settings-title">
      <h2 id="data-settings-title">Your data</h2>
      <p>Everything Unknot records stays on this computer. Nothing is sent anywhere.</p>
      <p>
        Data folder: <code>{dataDir ?? '…'}</code>
      </p>

      <h3>Export</h3>
      <p className="hint">
        One JSON file holds everything and can be imported again, here or on another computer. CSV files open in a
        spreadsheet.
      </p>
      <div className="actions">
        <button type="button" disabled={exporter.running} onClick={() => exportAs({ format: 'json' })}>
          Export everything (JSON)
        </button>
        {CSV_TABLES.map(({ table, label }) => (
          <button
            key={table}
            type="button"
            disabled={exporter.running}
            onClick={() => exportAs({ format: 'csv', table })}
          >
            {`${label} (CSV)`}
          </button>
        ))}
      </div>
      <div className="transfer-result" aria-live="polite" aria-busy={exporter.running}>
        {exportJob?.state === 'running' && <Progress job={exportJob} onCancel={exporter.cancel} />}
        {exportJob?.state === 'done' && (
          <p className="hint">
            {exportJob.savedTo
              ? `Saved ${count(exportJob.records ?? 0)} records to ${exportJob.savedTo}.`
              : `Exported ${exportJob.fileName} (${count(exportJob.records ?? 0)} records).`}
          </p>
        )}
        {exportJob?.state === 'cancelled' && <p className="hint">Export cancelled. No file was written.</p>}
      </div>
      {(exporter.startError ?? (exportJob?.state === 'failed' ? exportJob.error : null)) && (
        <p className="field-error" role="alert">
          Could not export: {exporter.startError ?? exportJob?.error}
        </p>
      )}

      <h3>Import</h3>
      <p className="hint">
        Adds what is in an Unknot JSON export to what is already here. The whole file is checked first: if anything in
        it is wrong, nothing is imported. Entries you already have are never added twice.
      </p>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Unknot export file to import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Let the same file be picked again (importing twice is allowed and adds nothing).
          e.target.value = '';
          if (file) importUploaded(file);
        }}
      />
      <div className="actions">
        <button type="button" disabled={importer.running} onClick={chooseImport}>
          Import from a file…
        </button>
      </div>
      <div ref={importArea}>
        <div className="transfer-result" aria-live="polite" aria-busy={importer.running}>
          {importJob?.state === 'running' && <Progress job={importJob} onCancel={importer.cancel} />}
          {importJob?.state === 'done' && importJob.summary && (
            <ImportSummary fileName={importJob.fileName} counts={importJob.summary} />
          )}
          {importJob?.state === 'cancelled' && (
            <p className="hint">Import of {importJob.fileName} cancelled. Your data is exactly as it was.</p>
          )}
        </div>
        {importFailure && (
          <div className="alert error" role="alert">
            <h3>Nothing was imported{importJob ? ` from ${importJob.fileName}` : ''}</h3>
            <p>Your data is exactly as it was. What was wrong:</p>
            <p className="import-error-text">{importFailure}</p>
          </div>
        )}
      </div>
    </section>
  );
}

function ImportSummary({ fileName, counts }: { fileName: string; counts: Summary }) {
  const added = describeCounts(counts.added);
  const already = describeCounts(counts.alreadyThere);
  return (
    <div className="alert import-done" role="status">
      <h3>Imported {fileName}</h3>
      <p>{added ? `Added ${added}.` : 'Nothing new was added: everything in this file was already here.'}</p>
      {already && <p className="hint">Already here, so not added again: {already}.</p>}
    </div>
  );
}
