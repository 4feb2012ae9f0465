/** The messages a transfer worker posts to main (main/db/transfer-worker.ts). */
import type { TransferProgress } from './data-transfer';
import type { TransferOutcome } from './transfer-run';

export type TransferMessage =
  | { type: 'progress'; progress: TransferProgress }
  | { type: 'done'; outcome: TransferOutcome }
  | { type: 'failed'; cancelled: boolean; message: string; expected: boolean };
