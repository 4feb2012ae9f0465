/**
 * Launches the real Electron app where an Electron binary exists. The binary
 * downloads lazily on first use, which this project's build machines cannot
 * do, so the spec skips there with one line saying why. Never require('electron')
 * here: that would start the download.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

function electronBinary(): string | null {
  const dir = path.resolve('node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

const binary = electronBinary();

test.skip(
  binary === null,
  'no Electron binary on this machine (node_modules/electron/path.txt missing; it cannot be downloaded here)',
);

test('the app starts in the tray with a secure main window and saves a pain entry', async () => {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.'],
    env: { ...process.env, UNKNOT_DATA_DIR: userData, ELECTRON_ENABLE_LOGGING: '1' },
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
  }
});
