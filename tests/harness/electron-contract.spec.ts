/**
 * Owns layer 4 of the test pyramid: the Electron contract, judged per
 * platform branch (linux, darwin, win32) from what contract-child.ts observed
 * running the real built bundles against the fake electron. Needs `npm run build` first.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../common/ipc/channels';
import { methodPath } from '../../common/ipc/client';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import { HARNESS_START, MAIN_BUNDLE, PRELOAD_BUNDLE, ROOT } from './boot';
import { closeDatabase, openDatabase } from '../../main/db/open';
import { createPainRepository } from '../../main/db/pain-repository';
import { createBackup } from '../../main/db/backups';

const run = promisify(execFile);
const PLATFORMS = ['linux', 'darwin', 'win32'] as const;
const SECURE = { contextIsolation: true, sandbox: true, nodeIntegration: false };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Facts = Record<string, any>;

/**
 * A data folder whose unknot.sqlite is a text file, with one good backup
 * (two pain entries) made two days before the harness's clock starts.
 */
async function damagedDataDir(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-harness-damaged-'));
  const file = path.join(dir, 'unknot.sqlite');
  const db = openDatabase(file);
  const pain = createPainRepository(db, { now: () => Date.parse(HARNESS_START), newId: randomUUID });
  for (const at of ['2026-11-20T09:00:00+01:00', '2026-11-21T08:30:00+01:00']) {
    pain.add({ at, note: 'before the damage', regions: [{ region: 'temple-right', intensity: 4, qualities: [] }] });
  }
  await createBackup(db, path.join(dir, 'backups'), Date.parse(HARNESS_START) - 2 * 24 * 3_600_000);
  closeDatabase(db);
  fs.writeFileSync(file, 'These are my notes, not a database.\n'.repeat(20));
  return dir;
}

async function observe(platform: string, mode: string, dataDir?: string): Promise<Facts> {
  if (!fs.existsSync(MAIN_BUNDLE) || !fs.existsSync(PRELOAD_BUNDLE)) {
    throw new Error('The harness runs the built bundles: run `npm run build` first.');
  }
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'tests/harness/contract-child.ts', platform, mode, ...(dataDir ? [dataDir] : [])],
    {
      cwd: ROOT,
      env: { ...process.env, TZ: 'Europe/Berlin' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const line = stdout.split('\n').find((l) => l.startsWith('HARNESS-RESULT '));
  if (!line) throw new Error(`no result from the ${platform} run:\n${stdout}`);
  return JSON.parse(line.slice('HARNESS-RESULT '.length)) as Facts;
}

const runs = new Map<string, Promise<Facts>>();
for (const p of PLATFORMS) for (const m of ['contract', 'broken-native']) runs.set(`${p}/${m}`, observe(p, m));
// Recovery has no platform branch: the damaged-file runs use one platform.
const damagedDirs = { restore: await damagedDataDir(), quit: await damagedDataDir() };
const quitBytes = fs.readFileSync(path.join(damagedDirs.quit, 'unknot.sqlite'));
runs.set('damaged-restore', observe('linux', 'damaged-restore', damagedDirs.restore));
runs.set('damaged-quit', observe('linux', 'damaged-quit', damagedDirs.quit));
// Keep an early failure from surfacing as an unhandled rejection before its test awaits it.
for (const r of runs.values()) r.catch(() => undefined);

describe.each(PLATFORMS)('Electron contract on %s', (platform) => {
  let f: Facts;
  let broken: Facts;
  beforeAll(async () => {
    f = await runs.get(`${platform}/contract`)!;
    broken = await runs.get(`${platform}/broken-native`)!;
  });

  it('runs as that platform, reaches ready, with no rule broken and no stray error', () => {
    expect(f.platform).toBe(platform);
    expect(f.ready).toBe(true);
    expect(f.errors).toEqual([]);
    expect(f.violations).toEqual([]);
    expect(f.nativeRequests).toEqual([`${platform}-${process.arch}.node`]);
  });

  it('registers app:// as privileged before ready, and the fake refuses it after', () => {
    expect(f.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(f.lateScheme).toMatch(/before app is ready/);
  });

  it('serves the built renderer over app:// with the CSP, and nothing outside it', () => {
    expect(f.index).toEqual({
      status: 200,
      csp: CONTENT_SECURITY_POLICY,
      contentType: 'text/html; charset=utf-8',
      sameAsBuilt: true,
    });
    expect(f.traversal).toBe(404);
    expect(f.otherHost).toBe(404);
  });

  it('handles every contract channel once; a second handler throws like Electron', () => {
    expect(f.ipcChannels).toEqual([...CHANNELS]);
    expect(f.secondHandle).toBe("Attempted to register a second handler for 'pain:add'");
  });

  it('the sandboxed preload requires only electron and exposes exactly the contract', () => {
    expect(f.preload.exposedKeys).toEqual(['unknot']);
    expect(f.preload.required).toEqual(['electron']);
    expect(f.preload.refused).toEqual([]);
    const expected = CHANNELS.map((c) => methodPath(c).join('.'));
    expect([...f.preload.methods].sort()).toEqual([...expected].sort());
  });

  it('refuses calls from another origin, a file page and a subframe, writing nothing', () => {
    for (const outcome of Object.values(f.refusals)) expect(outcome).toMatch(/^forbidden: /);
    expect(Object.keys(f.refusals)).toHaveLength(3);
    expect(f.painCount).toEqual({ before: 1, after: 1 });
  });

  it('creates the tray with its menu', () => {
    expect(f.trayMenu).toEqual(
      expect.arrayContaining(['Take a break now', 'Log pain…', 'Pause', 'Open Unknot', 'Quit']),
    );
  });

  it('creates the main, quick-log and break windows sandboxed, isolated, without Node', () => {
    const byRoute = Object.fromEntries((f.windows as Facts[]).map((w) => [String(w.url).split('#/')[1], w])) as Record<
      string,
      Facts
    >;
    expect(Object.keys(byRoute).sort()).toEqual(['break', 'quick-log', 'today']);
    for (const w of Object.values(byRoute)) {
      expect(w.webPreferences).toMatchObject(SECURE);
      expect(w.visible).toBe(true);
    }
    expect(f.promptAfterTakeNow).toBe('micro');
  });

  it('shows the quick-log and break windows again after a same-document (hash-only) load as after a full one', () => {
    expect(f.reopen).toEqual({
      quickLogSameUrl: true,
      quickLogInPage: true,
      breakInPage: true,
    });
  });

  it('a click on the tray icon opens the app except on macOS; "Open Unknot" keeps the current screen', () => {
    expect(f.mainWindowFromTray).toEqual({
      iconClickOpens: platform !== 'darwin',
      menuOpens: true,
      route: 'pain',
      loads: 0,
    });
  });

  it('lock and sleep reach the planner: after 30 min away the next break counts from coming back', () => {
    for (const step of ['lock-screen', 'suspend']) {
      const { nextBefore, upAt, nextAfter } = f.power[step];
      expect(nextAfter).not.toBe(nextBefore);
      // A fresh 20 minutes of active time from the return (Linux: plus up to one 15 s lock poll).
      const gap = Date.parse(nextAfter) - Date.parse(upAt);
      expect(gap).toBeGreaterThanOrEqual(20 * 60_000);
      expect(gap).toBeLessThanOrEqual(20 * 60_000 + 15_000);
    }
  });

  it('quitting closes the database (its WAL is checkpointed away), the tray and the windows', () => {
    expect(f.quit).toEqual({ walBefore: true, walAfter: false, trayDestroyed: true, windowsLeft: 0, exitCode: null });
  });

  it('a better-sqlite3 binary that fails to load shows the error box and exits 1 cleanly', () => {
    expect(broken.ready).toBe(true);
    expect(broken.errorBoxes).toHaveLength(1);
    expect(broken.errorBoxes[0].title).toBe('Unknot could not start');
    expect(broken.errorBoxes[0].content).toMatch(/invalid ELF header/);
    expect(broken.exitCode).toBe(1);
    expect(broken.trays).toBe(0);
    expect(broken.violations).toEqual([]);
    expect(broken.errors).toEqual([]);
  });
});

describe('a damaged data file at start-up (linux)', () => {
  it('asks with the newest backup, restores it, keeps the damaged file and says so', async () => {
    const f = await runs.get('damaged-restore')!;
    expect(f.errors).toEqual([]);
    expect(f.violations).toEqual([]);
    expect(f.messageBoxes).toHaveLength(1);
    expect(f.messageBoxes[0]).toMatchObject({
      type: 'warning',
      message: 'Unknot could not open your data',
      // The date is written in the system's own locale.
      buttons: [expect.stringMatching(/^Restore backup from .*21.*2026.* \(2 entries\)$/), 'Start fresh', 'Quit'],
      cancelId: 2,
    });
    expect(f.messageBoxes[0].detail).toContain('Your data file is damaged (file is not a database).');
    expect(f.exitCode).toBeNull();
    expect(f.trays).toBe(1);
    expect(f.painCount).toBe(2);
    expect(f.notices).toEqual([expect.objectContaining({ title: 'Your data was restored from a backup' })]);
    const damagedFile = (f.files as string[]).find((name) => name.startsWith('unknot.damaged-'));
    expect(damagedFile).toBeDefined();
    expect(fs.readFileSync(path.join(damagedDirs.restore, damagedFile!), 'utf8')).toMatch(/^These are my notes/);
    // The restored data got its start-up backup beside the one it came from.
    expect(f.backups).toHaveLength(2);
    expect(f.openFolder).toEqual({ opened: true, folder: path.join(damagedDirs.restore, 'backups') });
  });

  it('Quit leaves the damaged file where it was, untouched, and starts nothing', async () => {
    const f = await runs.get('damaged-quit')!;
    expect(f.errors).toEqual([]);
    expect(f.violations).toEqual([]);
    expect(f.messageBoxes).toHaveLength(1);
    expect(f.exitCode).toBe(0);
    expect(f.windows).toBe(0);
    expect(f.trays).toBe(0);
    expect(f.files).toEqual(['backups', 'unknot.sqlite']);
    expect(fs.readFileSync(path.join(damagedDirs.quit, 'unknot.sqlite'))).toEqual(quitBytes);
  });
});
