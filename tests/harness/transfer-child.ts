/**
 * Owns one platform's run of export and import in the built app: boots the
 * real bundles under the fake electron (real timers: the transfer runs on a
 * real worker thread started from out/main/transfer-worker.js), answers the
 * save and open dialogs, follows the jobs through the real preload, and prints
 * what it observed as one JSON line for electron-transfer.spec.ts to judge.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { boot } from './boot';

const platform = process.argv[2] as NodeJS.Platform;
const facts: Record<string, unknown> = {};
const errors: string[] = [];
process.on('unhandledRejection', (e) => errors.push(`unhandledRejection: ${String(e)}`));

type Job = {
  state: string;
  records: number | null;
  savedTo: string | null;
  summary: { added: Record<string, number> } | null;
  error: string | null;
};

async function main(): Promise<void> {
  const h = await boot({ platform });
  const r = h.renderer({});
  const follow = async (job: string): Promise<Job> => {
    for (;;) {
      const status = (await r.api.data!.job!({ job })) as Job;
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  await r.api.pain!.add!({
    entry: {
      at: '2026-11-20T09:30:00+01:00',
      note: 'Stiff',
      regions: [{ region: 'neck-angle-left', intensity: 5, qualities: [] }],
    },
  });

  // Cancel in the save dialog: nothing starts.
  facts.cancelledDialog = await r.api.data!.export!({ format: 'json' });

  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-harness-export-'));
  const file = path.join(out, 'my-export.json');
  h.fake.dialogAnswers.push(file);
  const started = (await r.api.data!.export!({ format: 'json' })) as { job: string; fileName: string };
  facts.exportStarted = { fileName: started.fileName, hasJob: typeof started.job === 'string' };
  const exported = await follow(started.job);
  facts.exported = {
    state: exported.state,
    records: exported.records,
    savedTo: exported.savedTo,
    error: exported.error,
  };
  facts.exportFile = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;

  h.fake.dialogAnswers.push(file);
  const imported = await follow(((await r.api.data!.import!({})) as { job: string }).job);
  facts.imported = { state: imported.state, summary: imported.summary, error: imported.error };
  facts.errors = errors;
  console.log(`HARNESS-RESULT ${JSON.stringify(facts)}`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.log(`HARNESS-RESULT ${JSON.stringify({ ...facts, crashed: String((error as Error)?.stack ?? error) })}`);
  process.exit(1);
});
