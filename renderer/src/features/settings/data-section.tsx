/**
 * Owns Settings → "Your data": where the data folder is, exporting everything
 * as one JSON file (or pain entries, breaks and routine sessions as CSV), and
 * importing an Unknot JSON export. Main checks the whole file before writing
 * anything and imports all or nothing; its error is shown word for word
 * (it names the record and field), and records already here are not added twice.
 */
import { useEffect, useRef, useState } from 'react';
import type { ResultOf } from '@common/ipc/contract';
import { api, errorMessage } from '@renderer/lib/api';
import { usePainLog } from '@renderer/lib/pain-log';
import './data-section.css';

type ExportFile = ResultOf<'data:export'>;
type ImportCounts = ResultOf<'data:import'>;
type CsvTable = 'pain' | 'breaks' | 'sessions';

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
};

/** The contract's own limit on an import's size. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** "12 pain entries and 3 check-ins"; null when every count is 0. */
export function describeCounts(counts: Record<string, number>): string | null {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => {
      const [one, many] = RECORD_LABELS[key] ?? [key, key];
      return `${n} ${n === 1 ? one : many}`;
    });
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once click() returns; free the memory on the next turn.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

type ImportState =
  | { phase: 'idle' }
  | { phase: 'working'; fileName: string }
  | { phase: 'done'; fileName: string; counts: ImportCounts }
  | { phase: 'failed'; fileName: string; message: string };

export function DataSection({ dataDir }: { dataDir: string | null }) {
  const painLog = usePainLog();
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportStatus, setExportStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [importState, setImportState] = useState<ImportState>({ phase: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);
  const importArea = useRef<HTMLDivElement>(null);

  // The outcome appears below the button; make sure it is on screen.
  useEffect(() => {
    if (importState.phase === 'done' || importState.phase === 'failed')
      importArea.current?.scrollIntoView({ block: 'nearest' });
  }, [importState.phase]);

  async function exportAs(key: string, args: { format: 'json' } | { format: 'csv'; table: CsvTable }) {
    setExporting(key);
    setExportStatus(null);
    try {
      const file = await api.data.export(args);
      download(file);
      setExportStatus({ ok: true, text: `Exported ${file.fileName}.` });
    } catch (err) {
      setExportStatus({ ok: false, text: `Could not export: ${errorMessage(err)}` });
    } finally {
      setExporting(null);
    }
  }

  async function importFile(file: File) {
    if (file.size > MAX_IMPORT_BYTES) {
      setImportState({
        phase: 'failed',
        fileName: file.name,
        message: `${file.name} is larger than 20 MB, which is more than an Unknot export ever is.`,
      });
      return;
    }
    setImportState({ phase: 'working', fileName: file.name });
    try {
      const counts = await api.data.import({ text: await file.text() });
      setImportState({ phase: 'done', fileName: file.name, counts });
      await painLog.reload();
    } catch (err) {
      setImportState({ phase: 'failed', fileName: file.name, message: errorMessage(err) });
    }
  }

  const working = importState.phase === 'working';

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
        <button type="button" disabled={exporting !== null} onClick={() => void exportAs('json', { format: 'json' })}>
          {exporting === 'json' ? 'Exporting…' : 'Export everything (JSON)'}
        </button>
        {CSV_TABLES.map(({ table, label }) => (
          <button
            key={table}
            type="button"
            disabled={exporting !== null}
            onClick={() => void exportAs(table, { format: 'csv', table })}
          >
            {exporting === table ? 'Exporting…' : `${label} (CSV)`}
          </button>
        ))}
      </div>
      <p className={exportStatus && !exportStatus.ok ? 'field-error' : 'hint'} role="status">
        {exportStatus?.text ?? ''}
      </p>

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
          if (file) void importFile(file);
        }}
      />
      <div className="actions">
        <button type="button" disabled={working} onClick={() => fileInput.current?.click()}>
          Import from a file…
        </button>
      </div>
      <div ref={importArea}>
        <div className="import-result" aria-live="polite" aria-busy={working}>
          {importState.phase === 'working' && (
            <div className="import-progress">
              <progress aria-label={`Importing ${importState.fileName}`} />
              <span>Checking {importState.fileName} and importing…</span>
            </div>
          )}
          {importState.phase === 'done' && (
            <ImportSummary fileName={importState.fileName} counts={importState.counts} />
          )}
        </div>
        {importState.phase === 'failed' && (
          <div className="alert error" role="alert">
            <h3>Nothing was imported from {importState.fileName}</h3>
            <p>Your data is exactly as it was. What was wrong:</p>
            <p className="import-error-text">{importState.message}</p>
          </div>
        )}
      </div>
    </section>
  );
}

function ImportSummary({ fileName, counts }: { fileName: string; counts: ImportCounts }) {
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
