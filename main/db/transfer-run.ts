/**
 * Owns running one export or import against a data file on its own
 * connection: what the transfer worker thread does, and what the CLI does in
 * its own process. Opening a second connection is safe: SQLite's WAL lets the
 * app keep reading and writing while an export reads, and an import's single
 * transaction either lands whole or not at all.
 */
import { randomUUID } from 'node:crypto';
import { closeDatabase, openDatabase, type Db } from './open';
import { createPainRepository } from './pain-repository';
import { createBreakRepository } from './break-repository';
import { createRoutineRepository } from './routine-repository';
import { createCheckinRepository } from './checkin-repository';
import { createWorkstationRepository } from './workstation-repository';
import {
  importFrom,
  writeExportCsv,
  writeExportJson,
  type CsvTable,
  type ImportSummary,
  type TransferControl,
  type TransferDeps,
} from './data-transfer';
import { fileChunks, writeFileAtomically } from './transfer-files';

export type TransferRequest =
  | { kind: 'export'; format: 'json'; file: string }
  | { kind: 'export'; format: 'csv'; table: CsvTable; file: string }
  | { kind: 'import'; file: string };

export type TransferOutcome = { kind: 'export'; records: number } | { kind: 'import'; summary: ImportSummary };

/** The clock a transfer reads: main's (which tests may run fast), carried across the thread as an offset. */
export interface TransferClock {
  /** "2026-11-21T10:00:00+01:00": now where the person is, when the transfer started. */
  nowIso: string;
  /** Main's clock minus this machine's, in ms. */
  offsetMs: number;
}

/** The repositories a transfer reads and writes, on one connection. */
export function transferDeps(db: Db, now: () => number, nowIso: () => string): TransferDeps {
  return {
    db,
    pain: createPainRepository(db, { now, newId: randomUUID }),
    breaks: createBreakRepository(db, randomUUID),
    routines: createRoutineRepository(db, { now, newId: randomUUID }),
    checkins: createCheckinRepository(db),
    workstation: createWorkstationRepository(db, { newId: randomUUID }),
    now,
    nowIso,
  };
}

export function runTransferOn(deps: TransferDeps, request: TransferRequest, control: TransferControl): TransferOutcome {
  if (request.kind === 'import')
    return { kind: 'import', summary: importFrom(deps, fileChunks(request.file), control) };
  const records = writeFileAtomically(request.file, (write) =>
    request.format === 'json'
      ? writeExportJson(deps, write, control)
      : writeExportCsv(deps, request.table, write, control),
  );
  return { kind: 'export', records };
}

/** Opens the data file, runs the transfer, and closes it again. */
export function runTransfer(
  dbPath: string,
  request: TransferRequest,
  clock: TransferClock,
  control: TransferControl = {},
): TransferOutcome {
  const db = openDatabase(dbPath);
  try {
    return runTransferOn(
      transferDeps(
        db,
        () => Date.now() + clock.offsetMs,
        () => clock.nowIso,
      ),
      request,
      control,
    );
  } finally {
    closeDatabase(db);
  }
}
