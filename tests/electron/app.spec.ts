/**
 * Launches the real Electron app where an Electron binary exists. The binary
 * downloads lazily on first use (`npm start` or `npm run electron:fetch`), which
 * this project's build machines cannot do, so the spec skips there with one line
 * saying why; with UNKNOT_REQUIRE_ELECTRON=1 (CI) a missing binary fails instead.
 * Never require('electron') here: that would start the download.
 *
 * better-sqlite3 13 is Node-API, so the app loads the same prebuild Node uses: no
 * native step before launching. On Linux the same sandbox decision as `npm start`
 * applies (scripts/lib/linux-sandbox.ts): the spec keeps Chromium's sandbox on and
 * skips with the one-time fix where it cannot start (CI applies that fix first);
 * only UNKNOT_DEV_NO_SANDBOX=1 runs it without.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../scripts/lib/electron-binary';
import { decideLinuxSandbox } from '../../scripts/lib/linux-sandbox';
import { readLinuxSandboxFacts } from '../../scripts/lib/linux-sandbox-facts';

const projectDir = path.resolve(import.meta.dirname, '../..');
const required = process.env.UNKNOT_REQUIRE_ELECTRON === '1';

/** Why this machine cannot run the app, or null; plus the Chromium switches it needs. */
function launchPlan(): { binary: string; args: string[] } | { skip: string } {
  const binary = findElectronBinary(projectDir);
  if (!binary) {
    return { skip: 'no Electron binary on this machine (run `npm run electron:fetch` where the network allows)' };
  }
  if (process.platform !== 'linux') return { binary, args: [] };
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { skip: 'no display to open windows on (run the tests under xvfb-run)' };
  }
  const decision = decideLinuxSandbox(readLinuxSandboxFacts(binary));
  if (decision.action === 'refuse') return { skip: `${decision.reason} Fix: ${decision.fix}` };
  return { binary, args: [...decision.extraArgs] };
}

const plan = launchPlan();
const skipReason = 'skip' in plan ? plan.skip : null;

test('an Electron binary can run here when CI requires it', () => {
  test.skip(!required, 'only checked when UNKNOT_REQUIRE_ELECTRON=1');
  expect(skipReason).toBeNull();
});

test('the app starts in the tray with a secure main window and saves a pain entry', async () => {
  test.skip(skipReason !== null, skipReason ?? '');
  if ('skip' in plan) return;
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-electron-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // Set by some editors' terminals; it would start Electron as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await electron.launch({
    executablePath: plan.binary,
    args: [...plan.args, '.'],
    cwd: projectDir,
    env: { ...env, UNKNOT_DATA_DIR: userData, ELECTRON_ENABLE_LOGGING: '1' },
  });
  try {
    const page = await app.firstWindow();
    // A fresh data folder is a fresh install: setup first, and skipping it lands on Today.
    await expect(page.getByRole('heading', { name: 'Welcome to Unknot', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Skip setup' }).click();
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/unknot\//);
    // What a sandboxed, isolated, Node-free renderer looks like from inside.
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      unknot: typeof window.unknot,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', unknot: 'object' });
    const saved = await page.evaluate(() =>
      window.unknot.pain.add({
        entry: {
          at: '2026-11-16T09:30:00+01:00',
          note: 'electron',
          regions: [{ region: 'calf-left', intensity: 2, qualities: [] }],
        },
      }),
    );
    expect(saved.note).toBe('electron');
  } finally {
    await app.close();
    fs.rmSync(userData, { recursive: true, force: true });
  }
});
