/**
 * Export and import as the app runs them: data:export / data:import start a
 * job on a real worker thread (main/db/transfer-worker.ts under tsx, as in the
 * web preview), data:job reports progress and the outcome, data:cancel stops
 * it. Files come from a folder standing in for the save and open dialogs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerTransferRunner } from '../../../main/adapters/node/transfer-worker-runner';
import type { TransferFiles } from '../../../main/core/ports';
import type { Services } from '../../../main/services';
import type { ResultOf } from '../../../common/ipc/contract';
import { recordCounts } from '../../../main/db/data-transfer';
import { generateHistory } from '../../../bench/history';
import { appSender, exportObject, openServices, sampleEntry, tempDir } from '../helpers';

const WORKER = path.resolve('main/db/transfer-worker.ts');
const runner = workerTransferRunner(WORKER, ['--import', 'tsx']);

/** A save dialog that answers with a path in `dir`, and an open dialog that answers with `importFile`. */
function dialogFiles(dir: string, importFile: () => string | null): TransferFiles {
  return {
    exportTarget: (name) => Promise.resolve({ path: path.join(dir, name), downloadable: false }),
    importSource: () => {
      const file = importFile();
      return Promise.resolve(file ? { path: file, name: path.basename(file) } : null);
    },
  };
}

async function call<T>(s: Services, channel: string, args: unknown): Promise<T> {
  const result = await s.dispatch(appSender, channel as never, args);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

type Job = ResultOf<'data:job'>;

/** Polls data:job until the job ends; returns every status seen. */
async function follow(s: Services, job: string): Promise<Job[]> {
  const seen: Job[] = [];
  for (;;) {
    const status = await call<Job>(s, 'data:job', { job });
    seen.push(status);
    if (status.state !== 'running') return seen;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('export and import jobs on a worker thread', () => {
  it('exports to the chosen file and imports it into another folder, with progress and counts', async () => {
    const out = tempDir();
    let chosen: string | null = null;
    const a = openServices(tempDir(), undefined, {
      transferRunner: runner,
      transferFiles: dialogFiles(out, () => chosen),
    });
    generateHistory(a.db, 60, '2026-09-01');
    await call(a, 'pain:add', { entry: sampleEntry() });
    const counts = recordCounts(a.db);
    const total = Object.values(counts).reduce((x, y) => x + y, 0);

    const started = await call<{ job: string; fileName: string }>(a, 'data:export', { format: 'json' });
    expect(started.fileName).toMatch(/^unknot-export-2026-11-23\.json$/);
    const exported = await follow(a, started.job);
    const last = exported.at(-1)!;
    expect(last).toMatchObject({ state: 'done', kind: 'export', records: total, error: null });
    expect(last.savedTo).toBe(path.join(out, started.fileName));
    expect(last.progress).toEqual({ phase: 'exporting', done: total, total });
    expect(JSON.parse(fs.readFileSync(last.savedTo!, 'utf8'))).toMatchObject({ format: 'unknot-export' });
    // No side file is left beside the export.
    expect(fs.readdirSync(out)).toEqual([started.fileName]);

    chosen = last.savedTo;
    const b = openServices(tempDir(), undefined, {
      transferRunner: runner,
      transferFiles: dialogFiles(out, () => chosen),
    });
    const importJob = await call<{ job: string }>(b, 'data:import', {});
    const imported = await follow(b, importJob.job);
    expect(imported.at(-1)).toMatchObject({ state: 'done', kind: 'import', summary: { added: counts } });
    // The main connection sees the worker's commit at once.
    expect(recordCounts(b.db)).toEqual(counts);
    expect(exportObject(b.transfer).painEntries).toHaveLength(counts.painEntries);
  }, 60_000);

  it('a closed dialog starts nothing', async () => {
    const s = openServices(tempDir(), undefined, {
      transferRunner: runner,
      transferFiles: { exportTarget: () => Promise.resolve(null), importSource: () => Promise.resolve(null) },
    });
    expect(await call(s, 'data:export', { format: 'csv', table: 'pain' })).toEqual({
      job: null,
      fileName: 'unknot-pain-2026-11-23.csv',
    });
    expect(await call(s, 'data:import', {})).toEqual({ job: null, fileName: '' });
  });

  it('a bad file fails with the importer’s words and changes nothing', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(
      bad,
      '{"format":"unknot-export","version":1,"exportedAt":"2026-11-20T10:00:00+01:00","painEntries":[{"id":"entry-0001"}]}',
    );
    const s = openServices(tempDir(), undefined, {
      transferRunner: runner,
      transferFiles: dialogFiles(dir, () => bad),
    });
    await call(s, 'pain:add', { entry: sampleEntry() });
    const job = await call<{ job: string }>(s, 'data:import', {});
    const end = (await follow(s, job.job)).at(-1)!;
    expect(end.state).toBe('failed');
    expect(end.error).toMatch(/^painEntries\[0\] \(id entry-0001\): at: .*Nothing was imported\.$/);
    expect(recordCounts(s.db).painEntries).toBe(1);
  }, 30_000);

  it('logged times a day ahead of main’s clock (not the machine’s) are refused in the worker', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'future.json');
    // The services' clock says 2026-11-23; this machine's says today. 2026-11-25 is two days ahead of main.
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: 'unknot-export',
        version: 1,
        exportedAt: '2026-11-20T10:00:00+01:00',
        painEntries: [
          {
            id: 'entry-0002',
            at: '2026-11-25T10:00:00+01:00',
            note: '',
            regions: [{ region: 'temple-right', intensity: 3, qualities: [] }],
          },
        ],
        checkins: [],
        breaks: [],
        routineSessions: [],
      }),
    );
    const s = openServices(tempDir(), undefined, {
      transferRunner: runner,
      transferFiles: dialogFiles(dir, () => file),
    });
    const end = (await follow(s, (await call<{ job: string }>(s, 'data:import', {})).job)).at(-1)!;
    expect(end).toMatchObject({
      state: 'failed',
      error: expect.stringMatching(/painEntries\[0\] \(id entry-0002\): at: .*future/),
    });
  }, 30_000);

  it('cancelling an import part-way leaves the database exactly as it was', async () => {
    const dir = tempDir();
    const source = openServices(tempDir(), undefined, {
      transferRunner: runner,
      transferFiles: dialogFiles(dir, () => null),
    });
    generateHistory(source.db, 3 * 365, '2023-11-01');
    const file = path.join(dir, 'three-years.json');
    const exportJob = await call<{ job: string }>(source, 'data:export', { format: 'json' });
    fs.renameSync((await follow(source, exportJob.job)).at(-1)!.savedTo!, file);

    const s = openServices(tempDir(), undefined, {
      transferRunner: runner,
      transferFiles: dialogFiles(dir, () => file),
    });
    await call(s, 'pain:add', { entry: sampleEntry() });
    const before = recordCounts(s.db);
    const job = await call<{ job: string }>(s, 'data:import', {});
    // Wait until it is writing (the second pass, inside its transaction), then cancel.
    for (;;) {
      const status = await call<Job>(s, 'data:job', { job: job.job });
      expect(status.state).toBe('running');
      if (status.progress.phase === 'writing' && status.progress.done > 0) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await call(s, 'data:cancel', { job: job.job })).toEqual({ cancelled: true });
    const end = (await follow(s, job.job)).at(-1)!;
    expect(end).toMatchObject({ state: 'cancelled', error: null, summary: null });
    expect(recordCounts(s.db)).toEqual(before);
    expect(await call(s, 'data:cancel', { job: job.job })).toEqual({ cancelled: false });
  }, 120_000);

  it('one import at a time', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'x.json');
    const source = openServices();
    generateHistory(source.db, 365, '2025-11-01');
    let text = '';
    const { writeExportJson } = await import('../../../main/db/data-transfer');
    writeExportJson(source.transfer, (c) => (text += c));
    fs.writeFileSync(file, text);
    const s = openServices(tempDir(), undefined, {
      transferRunner: runner,
      transferFiles: dialogFiles(dir, () => file),
    });
    const first = await call<{ job: string }>(s, 'data:import', {});
    const second = await s.dispatch(appSender, 'data:import', {});
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict', message: /already running/ } });
    expect((await follow(s, first.job)).at(-1)!.state).toBe('done');
  }, 60_000);
});
