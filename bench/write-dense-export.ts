/**
 * Writes a dense multi-year Unknot export through the app's own exporter on a
 * temporary database (bench/history.ts fills it), for the browser tests:
 * `node --import tsx bench/write-dense-export.ts FILE YEARS` prints the records written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase } from '../main/db/open';
import { runTransferOn, transferDeps } from '../main/db/transfer-run';
import { recordCounts } from '../main/db/data-transfer';
import { generateHistory } from './history';
import { shiftDate } from '../common/domain/iso-week';

/** Returns the number of records written. The history ends a week before today, so nothing is in the future. */
export function writeDenseExport(file: string, years: number): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-dense-'));
  const db = openDatabase(path.join(dir, 'unknot.sqlite'));
  try {
    const days = Math.round(years * 365.25);
    const lastDay = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    generateHistory(db, days, shiftDate(lastDay, -(days - 1)));
    const now = new Date().toISOString().replace('Z', '+00:00').replace(/\.\d+/, '');
    runTransferOn(
      transferDeps(db, Date.now, () => now),
      { kind: 'export', format: 'json', file },
      {},
    );
    return Object.values(recordCounts(db)).reduce((a, b) => a + b, 0);
  } finally {
    closeDatabase(db);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const [file, years] = process.argv.slice(2);
if (!file || !(Number(years) > 0)) {
  console.error('Usage: node --import tsx bench/write-dense-export.ts FILE YEARS');
  process.exit(2);
}
process.stdout.write(`${writeDenseExport(file, Number(years))}\n`);
