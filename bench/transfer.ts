/**
 * Owns the export and import benchmark: five dense years (bench/history.ts)
 * exported and imported as the app does it, on a worker thread, while the main
 * thread keeps a 1 ms timer running: the longest gap between its ticks is the
 * longest the window would have waited for main during the transfer. Also
 * prints the export's size (compact JSON) against the import limit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase } from '../main/db/open';
import { workerTransferRunner } from '../main/adapters/node/transfer-worker-runner';
import type { TransferRequest } from '../main/db/transfer-run';
import type { TransferMessage } from '../main/db/transfer-messages';
import { IMPORT_MAX_BYTES } from '../common/domain/policy';
import { shiftDate } from '../common/domain/iso-week';
import { generateHistory } from './history';
import type { BenchResult } from './report';

/** The window should never wait longer than a frame or two for main. */
export const MAIN_STALL_TARGET_MS = 50;
const YEARS = 5;

const runner = workerTransferRunner(path.resolve('main/db/transfer-worker.ts'), ['--import', 'tsx']);

/** Runs one transfer on a worker; resolves with its wall time and the main thread's longest stall meanwhile. */
function timed(dbPath: string, request: TransferRequest): Promise<{ ms: number; stallMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let last = started;
    let stallMs = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      stallMs = Math.max(stallMs, now - last);
      last = now;
    }, 1);
    runner.start(
      { dbPath, request, clock: { nowIso: new Date().toISOString().replace(/\.\d+Z$/, '+00:00'), offsetMs: 0 } },
      (message: TransferMessage) => {
        if (message.type === 'progress') return;
        clearInterval(ticker);
        if (message.type === 'failed') reject(new Error(message.message));
        else resolve({ ms: performance.now() - started, stallMs });
      },
    );
  });
}

export async function benchTransfer(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-bench-transfer-'));
  try {
    const source = path.join(dir, 'source.sqlite');
    const db = openDatabase(source);
    const days = Math.round(YEARS * 365.25);
    const lastDay = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    generateHistory(db, days, shiftDate(lastDay, -(days - 1)));
    closeDatabase(db);

    const file = path.join(dir, 'export.json');
    const exported = await timed(source, { kind: 'export', format: 'json', file });
    const target = path.join(dir, 'target.sqlite');
    closeDatabase(openDatabase(target));
    const imported = await timed(target, { kind: 'import', file });
    const sizeMb = fs.statSync(file).size / 1024 / 1024;
    const round = (n: number) => Math.round(n * 10) / 10;
    return [
      {
        name: `export of ${YEARS} dense years on a worker`,
        value: Math.round(exported.ms),
        unit: 'ms',
        target: 'info',
        ok: true,
      },
      {
        name: `import of the same file on a worker (check, then one transaction)`,
        value: Math.round(imported.ms),
        unit: 'ms',
        target: 'info',
        ok: true,
      },
      {
        name: `export size (compact JSON; import limit ${IMPORT_MAX_BYTES / 1024 / 1024} MB)`,
        value: round(sizeMb),
        unit: 'MB',
        target: `< ${IMPORT_MAX_BYTES / 1024 / 1024}`,
        ok: sizeMb * 1024 * 1024 < IMPORT_MAX_BYTES,
      },
      {
        name: 'longest main-thread stall during the export',
        value: round(exported.stallMs),
        unit: 'ms',
        target: `≤ ${MAIN_STALL_TARGET_MS}`,
        ok: exported.stallMs <= MAIN_STALL_TARGET_MS,
      },
      {
        name: 'longest main-thread stall during the import',
        value: round(imported.stallMs),
        unit: 'ms',
        target: `≤ ${MAIN_STALL_TARGET_MS}`,
        ok: imported.stallMs <= MAIN_STALL_TARGET_MS,
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
