/**
 * Export and import in the built desktop app, per platform: the save and open
 * dialogs, the job on a worker thread started from the built worker bundle,
 * progress through the real preload, the file where the person chose it.
 * Observed by transfer-child.ts; needs `npm run build` first.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MAIN_BUNDLE, ROOT } from './boot';

const run = promisify(execFile);

describe.each(['linux', 'darwin', 'win32'])('export and import in the app on %s', (platform) => {
  it('save dialog, worker, file; open dialog, worker, counts', async () => {
    expect(fs.existsSync(MAIN_BUNDLE.replace('index.js', 'transfer-worker.js'))).toBe(true);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tests/harness/transfer-child.ts', platform], {
      cwd: ROOT,
      env: { ...process.env, TZ: 'Europe/Berlin' },
    });
    const line = stdout.split('\n').find((l) => l.startsWith('HARNESS-RESULT '));
    const f = JSON.parse(line!.slice('HARNESS-RESULT '.length)) as Record<string, unknown>;
    expect(f.crashed).toBeUndefined();
    expect(f.cancelledDialog).toMatchObject({ job: null });
    expect(f.exportStarted).toEqual({ fileName: 'my-export.json', hasJob: true });
    expect(f.exported).toMatchObject({ state: 'done', records: 1, error: null });
    expect(String((f.exported as { savedTo: string }).savedTo)).toMatch(/my-export\.json$/);
    expect(f.exportFile).toMatchObject({ format: 'unknot-export', painEntries: [{ note: 'Stiff' }] });
    // Importing into the same data adds nothing twice.
    expect(f.imported).toMatchObject({ state: 'done', summary: { added: { painEntries: 0 } }, error: null });
    expect(f.errors).toEqual([]);
  }, 60_000);
});
