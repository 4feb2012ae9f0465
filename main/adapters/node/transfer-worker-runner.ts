/**
 * Owns starting a transfer on a worker thread (main/db/transfer-worker.ts):
 * its own V8 isolate and its own SQLite connection, so a five-year import
 * never stalls the window. A worker that dies without a last word (out of
 * memory, a crash in native code) is reported as a failure, never left running.
 */
import { Worker } from 'node:worker_threads';
import type { TransferRunner } from '../../db/transfer-jobs';
import type { TransferMessage } from '../../db/transfer-messages';

/**
 * `script`: the built worker (out/main/transfer-worker.js) or, when main runs
 * from source under tsx, transfer-worker.ts with tsx in `execArgv`.
 */
export function workerTransferRunner(script: string, execArgv?: string[]): TransferRunner {
  return {
    start(input, onMessage) {
      const cancel = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
      const worker = new Worker(script, { workerData: { ...input, cancel }, execArgv });
      let ended = false;
      const finish = (message: TransferMessage) => {
        if (ended) return;
        if (message.type !== 'progress') ended = true;
        onMessage(message);
      };
      worker.on('message', finish);
      worker.on('error', (error) =>
        finish({
          type: 'failed',
          cancelled: false,
          expected: false,
          message: `The transfer stopped: ${error.message}`,
        }),
      );
      worker.on('exit', (code) =>
        finish({
          type: 'failed',
          cancelled: false,
          expected: false,
          message: `The transfer stopped (exit code ${code}).`,
        }),
      );
      return { cancel: () => Atomics.store(new Int32Array(cancel), 0, 1) };
    },
  };
}
