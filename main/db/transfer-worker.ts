/**
 * The transfer worker thread's entry: runs one export or import off the main
 * thread (main/db/transfer-run.ts), posts progress, and stops when main sets
 * the shared cancel flag. The flag is shared memory because the thread is busy
 * in synchronous SQLite work and would not see a message until it finished.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTransfer, type TransferClock, type TransferRequest } from './transfer-run';
import { ImportError, TransferCancelled } from './data-transfer';
import type { TransferMessage } from './transfer-messages';

interface WorkerInput {
  dbPath: string;
  request: TransferRequest;
  clock: TransferClock;
  /** Int32 slot 0: 1 once the person cancels. */
  cancel: SharedArrayBuffer;
}

const input = workerData as WorkerInput;
const cancelFlag = new Int32Array(input.cancel);
const post = (message: TransferMessage) => parentPort!.postMessage(message);

try {
  const outcome = runTransfer(input.dbPath, input.request, input.clock, {
    onProgress: (progress) => post({ type: 'progress', progress }),
    shouldStop: () => Atomics.load(cancelFlag, 0) === 1,
  });
  post({ type: 'done', outcome });
} catch (error) {
  post({
    type: 'failed',
    cancelled: error instanceof TransferCancelled,
    // An ImportError is written for the person; anything else is a fault, reported plainly.
    message: error instanceof Error ? error.message : String(error),
    expected: error instanceof ImportError || error instanceof TransferCancelled,
  });
}
