/**
 * Owns `npm run web`: starts the shared main-process services in plain Node
 * (real SQLite, real settings file) and serves the built renderer on loopback.
 * Usage: npm run web -- [--data-dir DIR] [--port N] [--clock-speed N]
 */
import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createServices } from '../services';
import { openConfBacking, settingsFilePath } from '../adapters/node/conf-backing';
import { defaultDataDir } from '../data-dir';
import { startWebPreview } from './server';
import { createSystemClock } from '../adapters/node/system-clock';
import { createNodeScheduler } from '../adapters/node/node-scheduler';
import { quietNotifier } from '../adapters/fake/quiet-notifier';
import { scaleClock } from '../adapters/fake/scaled-clock';
import { createClockScheduler } from '../adapters/fake/clock-scheduler';
import { workerTransferRunner } from '../adapters/node/transfer-worker-runner';
import { createWebTransferFiles } from './transfer-files';
import { openOrRecover, restoreNewestOrStartFresh } from '../db/recovery';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'clock-speed': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'Usage: npm run web -- [--data-dir DIR] [--port N] [--clock-speed N]\n\n' +
        'Serves Unknot on http://127.0.0.1 for a browser. --clock-speed runs every timer N times faster (for testing).',
    );
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, got ${values.port}`);
  const clockSpeed = values['clock-speed'] === undefined ? 1 : Number(values['clock-speed']);
  if (!(clockSpeed >= 1 && clockSpeed <= 3600))
    throw new Error(`--clock-speed must be 1–3600, got ${values['clock-speed']}`);
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const clock = scaleClock(createSystemClock(), clockSpeed);
  const rendererDir = path.join(root, 'out/renderer');
  const bridgeFile = path.join(root, 'out/web/bridge.js');
  for (const needed of [path.join(rendererDir, 'index.html'), bridgeFile]) {
    if (!fs.existsSync(needed)) throw new Error(`${needed} is missing: run npm run build first.`);
  }

  const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  const logError = (channel: string, error: unknown) => console.error(`[web] ${channel} failed:`, error);
  fs.mkdirSync(dataDir, { recursive: true });
  // No dialog to ask in: a damaged data file is replaced by the newest good backup (or a fresh start),
  // the damaged one is kept aside, and the notice on the page says so. This choice never quits, hence the "!".
  const opened = (await openOrRecover({
    dataDir,
    nowMs: Date.now(),
    timeZone: timeZone(),
    choose: restoreNewestOrStartFresh,
    log: (message, error) => logError(`recovery: ${message}`, error),
  }))!;

  let origin = '';
  const transferFiles = createWebTransferFiles();
  const services = createServices({
    db: opened.db,
    dataDir,
    shell: 'web',
    // The preview's origin is only known once the port is bound; the dispatcher reads it per call.
    trustedOrigin: () => origin,
    settingsFile: settingsFilePath(dataDir),
    openSettingsBacking: () => openConfBacking(dataDir),
    logError,
    clock,
    clockSpeed,
    // A browser tab cannot read system-wide input, so breaks follow the clock here.
    idle: { idleSeconds: () => 0 },
    idleDetection: () => 'unavailable',
    // node-schedule follows real time; a sped-up preview runs its wall-clock jobs on the scaled clock.
    scheduler: clockSpeed === 1 ? createNodeScheduler() : createClockScheduler(clock),
    notifier: quietNotifier,
    timeZone,
    // The preview runs from source under tsx, which its worker threads inherit (process.execArgv).
    transferRunner: workerTransferRunner(path.join(root, 'main/db/transfer-worker.ts')),
    transferFiles,
  });
  if (opened.notice) services.notices.add(opened.notice);
  services.breaks.start();
  // Stepped and checked off the request path; a failure is logged and tried again next start.
  void services.backups.backupIfDue();
  const preview = await startWebPreview({
    dispatch: services.dispatch,
    rendererDir,
    bridgeFile,
    port,
    transfers: {
      receiveUpload: (body, name) => transferFiles.receiveUpload(body, name),
      download: (job) => services.transferJobs.exportFile(job),
    },
  });
  origin = preview.origin;
  console.log(`Unknot web preview (data: ${dataDir})`);
  if (clockSpeed !== 1) console.log(`Clock running ${clockSpeed}× faster than real time (testing).`);
  console.log(`Open ${preview.url}`);

  const stop = async () => {
    await preview.close();
    services.close();
    transferFiles.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
