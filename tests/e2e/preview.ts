/**
 * Starts and stops the real web preview (npm run web's entry point) as a child
 * process on a temp data folder, so end-to-end tests use real SQLite and can
 * restart the process to prove data survives. A new data folder counts as set
 * up (the first run done) unless a spec asks for a fresh install with
 * { firstRun: true }, so every other spec starts on Today as before.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';

export interface RunningPreview {
  url: string;
  origin: string;
  dataDir: string;
  stop(): Promise<void>;
}

export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-e2e-'));
}

export interface PreviewOptions {
  /** Run every timer this many times faster than real time. */
  clockSpeed?: number;
  /** Start like a fresh install: the app opens on the first-run setup. */
  firstRun?: boolean;
}

/**
 * Writes the settings file a person has after finishing setup, so the app opens
 * on Today. Only into a folder without one: a spec's own settings file, or the
 * one left by an earlier start on the same folder, is kept as it is.
 */
function markSetupDone(dataDir: string): void {
  const file = path.join(dataDir, 'settings.json');
  if (fs.existsSync(file)) return;
  fs.writeFileSync(file, JSON.stringify({ firstRun: { completedAt: '2026-01-05T09:00:00+00:00' } }, null, 2));
}

export async function startPreview(dataDir: string, options: PreviewOptions = {}): Promise<RunningPreview> {
  if (!options.firstRun) markSetupDone(dataDir);
  const speed = options.clockSpeed ? ['--clock-speed', String(options.clockSpeed)] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'main/web/cli.ts', '--data-dir', dataDir, '--port', '0', ...speed],
    { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web preview did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web preview exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The address of a route in a running preview (after the first visit has set the token cookie). */
export function routeUrl(preview: Pick<RunningPreview, 'origin'>, route: string): string {
  return new URL(`/#/${route}`, preview.origin).toString();
}

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

/**
 * Saves a screenshot in light, dark, or at a narrow width, for a person to look at.
 * The whole page by default; `fullPage: false` shows just what the window shows
 * (small windows, sticky bars).
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: options.fullPage ?? true });
}

/**
 * Imports an Unknot export's text into the preview the page is on, as the Import
 * button does (upload, data:import, follow the job), and returns the finished job.
 */
export async function importIntoPage(page: Page, text: string) {
  return page.evaluate(async (body) => {
    const response = await fetch('/__unknot/upload', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': 'seed.json' },
      body,
    });
    const uploaded = (await response.json()) as { ok: boolean; value: { upload: string } };
    const { job } = await window.unknot.data.import({ upload: uploaded.value.upload });
    for (;;) {
      const status = await window.unknot.data.job({ job: job! });
      if (status.state !== 'running') return status;
      await new Promise((r) => setTimeout(r, 50));
    }
  }, text);
}
