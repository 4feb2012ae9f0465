/**
 * End-to-end tests. The "web" project drives the real renderer through the web
 * preview (real SQLite, real settings file) in Debian's Chromium; the "electron"
 * project launches the real app where an Electron binary exists.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './tests/chromium';

export default defineConfig({
  outputDir: 'test-results/artifacts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: CHROMIUM_LAUNCH_OPTIONS,
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
