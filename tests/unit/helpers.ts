/** Shared test fixtures: temp folders, a services instance on real files, sample input. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createServices, type ServiceOptions, type Services } from '../../main/services';
import { openConfBacking, settingsFilePath } from '../../main/adapters/node/conf-backing';
import type { PainEntryInput } from '../../common/domain/pain';
import type { Checkin } from '../../common/domain/checkin';
import { APP_ORIGIN, type CallSender } from '../../main/security/trusted-sender';
import { FakeClock } from '../../main/adapters/fake/fake-clock';
import { createClockScheduler } from '../../main/adapters/fake/clock-scheduler';
import {
  importFrom,
  writeExportCsv,
  writeExportJson,
  type CsvTable,
  type ImportSummary,
  type TransferDeps,
  type UnknotExport,
} from '../../main/db/data-transfer';
import { quietNotifier } from '../../main/adapters/fake/quiet-notifier';

/** Break-engine ports on a fake clock that only moves when a test moves it. */
export function fakeBreakPorts(startWall = Date.parse('2026-11-23T09:00:00+01:00')) {
  const clock = new FakeClock(startWall);
  return {
    clock,
    idle: { idleSeconds: () => 0 },
    scheduler: createClockScheduler(clock),
    notifier: quietNotifier,
    timeZone: () => 'Europe/Berlin',
  };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

export function tempDir(prefix = 'unknot-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function openServices(
  dataDir = tempDir(),
  now: () => number = () => 1_795_000_000_000,
  extra: Partial<ServiceOptions> = {},
): Services {
  const services = createServices({
    dataDir,
    shell: 'web',
    trustedOrigin: () => APP_ORIGIN,
    settingsFile: settingsFilePath(dataDir),
    openSettingsBacking: () => openConfBacking(dataDir),
    now,
    ...fakeBreakPorts(),
    ...extra,
  });
  cleanups.push(() => services.close());
  return services;
}

export const appSender: CallSender = { url: `${APP_ORIGIN}/index.html#/pain`, isMainFrame: true };

export function sampleEntry(overrides: Partial<PainEntryInput> = {}): PainEntryInput {
  return {
    at: '2026-11-16T09:30:00+01:00',
    note: 'after a long call',
    regions: [
      { region: 'temple-right', intensity: 6, qualities: ['aching'] },
      { region: 'neck-angle-right', intensity: 4, qualities: [] },
    ],
    ...overrides,
  };
}

/** A complete day's check-in (tests override what they need). */
export function sampleCheckin(overrides: Partial<Checkin> = {}): Checkin {
  return {
    date: '2026-11-16',
    sleepHours: 6.5,
    sleepQuality: 7,
    stress: 5,
    activeMinutes: 20,
    water: 6,
    interferenceActivity: 3,
    interferenceEnjoyment: 2,
    warningSigns: [],
    ...overrides,
  };
}

export function countRows(services: Services, table: string): number {
  return (services.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** An export as one string, written through the same streaming writer the app uses. */
export function exportText(deps: TransferDeps): string {
  let text = '';
  writeExportJson(deps, (chunk) => (text += chunk));
  return text;
}

export function exportObject(deps: TransferDeps): UnknotExport {
  return JSON.parse(exportText(deps)) as UnknotExport;
}

/** Imports a file's text, fed to the streaming importer in chunks of `chunkSize` characters. */
export function importText(deps: TransferDeps, text: string, chunkSize = 4096): ImportSummary {
  return importFrom(deps, function* () {
    for (let i = 0; i < text.length; i += chunkSize) yield text.slice(i, i + chunkSize);
  });
}

export function csvText(deps: TransferDeps, table: CsvTable): string {
  let text = '';
  writeExportCsv(deps, table, (chunk) => (text += chunk));
  return text;
}
