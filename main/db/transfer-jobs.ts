/**
 * Owns the exports and imports in flight: each one runs off the main thread
 * (the runner starts a worker), and this keeps what the window polls: phase,
 * records done and in all, and the outcome. Cancelling asks the worker to
 * stop; an import it stops rolls back, an export leaves no file behind.
 * One import at a time: a second would only queue behind the first's
 * transaction. Finished jobs are kept until a few newer ones replace them.
 */
import type { ImportSummary, TransferProgress } from './data-transfer';
import type { TransferClock, TransferRequest } from './transfer-run';
import type { TransferMessage } from './transfer-messages';
import { ConflictError } from '../core/errors';

export interface TransferRunner {
  start(
    input: { dbPath: string; request: TransferRequest; clock: TransferClock },
    onMessage: (message: TransferMessage) => void,
  ): { cancel(): void };
}

export interface JobMeta {
  /** The file's name as the person sees it. */
  fileName: string;
  /** Web preview: the finished export is fetched by the page (Electron saved it where the person chose). */
  downloadable: boolean;
  /** Called once the job has ended (the web preview removes an uploaded file). */
  cleanup?: () => void;
}

export interface TransferJobStatus {
  id: string;
  kind: 'export' | 'import';
  fileName: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  progress: TransferProgress;
  /** An export's records written. */
  records: number | null;
  summary: ImportSummary | null;
  /** In plain words, for the person. */
  error: string | null;
  /** Electron: where the export was saved. */
  savedTo: string | null;
  /** Web preview: the finished export waits to be downloaded. */
  downloadable: boolean;
}

export interface TransferJobs {
  start(request: TransferRequest, meta: JobMeta): string;
  status(id: string): TransferJobStatus | undefined;
  /** True when the job was running and has been asked to stop. */
  cancel(id: string): boolean;
  /** A finished export's file, for the web preview's download. */
  exportFile(id: string): { path: string; fileName: string } | undefined;
}

const KEEP_FINISHED = 10;

export function createTransferJobs(deps: {
  runner: TransferRunner;
  dbPath: string;
  clock: () => TransferClock;
  newId: () => string;
  logError?: (error: Error) => void;
}): TransferJobs {
  const jobs = new Map<string, { status: TransferJobStatus; file: string; cancel(): void }>();

  function forgetOld(): void {
    const finished = [...jobs.values()].filter((j) => j.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(job.status.id);
  }

  return {
    start(request, meta) {
      if (
        request.kind === 'import' &&
        [...jobs.values()].some((j) => j.status.kind === 'import' && j.status.state === 'running')
      ) {
        meta.cleanup?.();
        throw new ConflictError('An import is already running. Wait for it to finish, or cancel it first.');
      }
      const id = deps.newId();
      const status: TransferJobStatus = {
        id,
        kind: request.kind,
        fileName: meta.fileName,
        state: 'running',
        progress: { phase: request.kind === 'import' ? 'checking' : 'exporting', done: 0, total: null },
        records: null,
        summary: null,
        error: null,
        savedTo: null,
        downloadable: false,
      };
      const handle = deps.runner.start({ dbPath: deps.dbPath, request, clock: deps.clock() }, (message) => {
        if (status.state !== 'running') return;
        switch (message.type) {
          case 'progress':
            status.progress = message.progress;
            return;
          case 'done':
            status.state = 'done';
            if (message.outcome.kind === 'export') {
              status.records = message.outcome.records;
              status.downloadable = meta.downloadable;
              if (!meta.downloadable) status.savedTo = request.file;
            } else {
              status.summary = message.outcome.summary;
            }
            break;
          case 'failed':
            status.state = message.cancelled ? 'cancelled' : 'failed';
            status.error = message.cancelled ? null : message.message;
            if (!message.expected) deps.logError?.(new Error(message.message));
            break;
        }
        meta.cleanup?.();
        forgetOld();
      });
      jobs.set(id, { status, file: request.file, cancel: handle.cancel });
      return id;
    },
    status(id) {
      const job = jobs.get(id);
      return job ? structuredClone(job.status) : undefined;
    },
    cancel(id) {
      const job = jobs.get(id);
      if (!job || job.status.state !== 'running') return false;
      job.cancel();
      return true;
    },
    exportFile(id) {
      const job = jobs.get(id);
      if (!job || job.status.kind !== 'export' || job.status.state !== 'done' || !job.status.downloadable)
        return undefined;
      return { path: job.file, fileName: job.status.fileName };
    },
  };
}
