/**
 * Settings → Your data end to end through two web previews: export everything
 * as JSON (a real download) and a CSV, import the JSON into a fresh data
 * folder (the entries appear), import it again (nothing added twice), and a
 * damaged file (the error names the record and field, and nothing changes).
 * Then five dense years: the import's progress with record counts, and
 * Cancel, which leaves the data as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, routeUrl, screenshot, startPreview, type RunningPreview } from './preview';
import { execFileSync } from 'node:child_process';

/** A dense export of `years` written by the app's own exporter (bench/write-dense-export.ts); returns its record count. */
function writeDenseExport(file: string, years: number): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/write-dense-export.ts', file, String(years)], {
    encoding: 'utf8',
  });
  return Number(out.trim().split('\n').at(-1));
}

const previews: RunningPreview[] = [];
test.afterEach(async () => {
  await Promise.all(previews.splice(0).map((p) => p.stop()));
});

async function open(page: Page): Promise<RunningPreview> {
  const preview = await startPreview(makeDataDir());
  previews.push(preview);
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  return preview;
}

async function importVia(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from a file…' }).click();
  await (await chooser).setFiles(file);
}

test('export JSON and CSV, import into a fresh folder, import twice adds nothing, a bad file changes nothing', async ({
  page,
}, testInfo) => {
  // Some history in the first data folder.
  const source = await open(page);
  await page.evaluate(async () => {
    await window.unknot.pain.add({
      entry: {
        at: '2026-11-16T09:30:00+01:00',
        note: 'Stiff after the train',
        regions: [{ region: 'neck-angle-left', intensity: 5, qualities: ['stiff'] }],
      },
    });
    await window.unknot.pain.add({
      entry: {
        at: '2026-11-17T14:10:00+01:00',
        note: 'Headache after a long call',
        regions: [{ region: 'temple-right', intensity: 6, qualities: ['aching'] }],
      },
    });
    await window.unknot.checkin.save({
      checkin: {
        date: '2026-11-16',
        sleepHours: 6.5,
        sleepQuality: 5,
        stress: 6,
        activeMinutes: 20,
        water: 5,
        interferenceActivity: 3,
        interferenceEnjoyment: 2,
        warningSigns: [],
      },
    });
  });
  await page.goto(routeUrl(source, 'settings'));
  const section = page.getByRole('region', { name: 'Your data' });

  const jsonDownload = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export everything (JSON)' }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toMatch(/^unknot-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exportFile = testInfo.outputPath(json.suggestedFilename());
  await json.saveAs(exportFile);
  await expect(section.getByText(`Exported ${json.suggestedFilename()} (3 records).`)).toBeVisible();
  const exported = JSON.parse(fs.readFileSync(exportFile, 'utf8')) as {
    format: string;
    painEntries: { regions: { intensity: number }[] }[];
    checkins: unknown[];
  };
  expect(exported.format).toBe('unknot-export');
  expect(exported.painEntries).toHaveLength(2);
  expect(exported.checkins).toHaveLength(1);

  const csvDownload = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Pain entries (CSV)' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^unknot-pain-.*\.csv$/);
  const csvFile = testInfo.outputPath(csv.suggestedFilename());
  await csv.saveAs(csvFile);
  const csvText = fs.readFileSync(csvFile, 'utf8');
  expect(csvText).toContain('Headache after a long call');
  expect(csvText.trim().split('\n').length).toBeGreaterThanOrEqual(3); // a header and a row per region

  // A fresh data folder: import the JSON.
  const target = await open(page);
  await expect(page.getByText('Nothing logged yet today.')).toBeVisible();
  await page.goto(routeUrl(target, 'settings'));
  await importVia(page, exportFile);
  const done = section.getByRole('status').filter({ hasText: 'Imported' });
  await expect(done).toContainText('Added 2 pain entries and 1 check-in.');
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-data-imported-light', { fullPage: false });

  // The entries are there, on the pain log (the page's own copy was refreshed too).
  await page.keyboard.press('Control+3');
  const entries = page.getByRole('list', { name: 'Pain entries' });
  await expect(entries).toContainText('Headache after a long call');
  await expect(entries).toContainText('Stiff after the train');

  // Importing the same file again adds nothing twice.
  await page.goto(routeUrl(target, 'settings'));
  await importVia(page, exportFile);
  await expect(done).toContainText('Nothing new was added: everything in this file was already here.');
  await expect(done).toContainText('Already here, so not added again: 2 pain entries and 1 check-in.');
  expect(await page.evaluate(() => window.unknot.pain.list({}))).toHaveLength(2);

  // A damaged file: one intensity out of range. The error names the record and field; nothing changes.
  const broken = structuredClone(exported);
  broken.painEntries[1]!.regions[0]!.intensity = 11;
  const brokenFile = testInfo.outputPath('broken-export.json');
  fs.writeFileSync(brokenFile, JSON.stringify(broken));
  const before = await page.evaluate(() => window.unknot.pain.list({}));
  await importVia(page, brokenFile);
  const alert = section.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported from broken-export.json');
  await expect(alert).toContainText('Your data is exactly as it was.');
  await expect(alert).toContainText(/painEntries\[1\] \(id [^)]+\): regions\.0\.intensity: must be 10 or less/);
  expect(await page.evaluate(() => window.unknot.pain.list({}))).toEqual(before);
  await screenshot(page, 'settings-data-error-light', { fullPage: false });
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'settings-data-error-dark', { fullPage: false });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 900 });
  await alert.scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-data-error-narrow', { fullPage: false });

  // Not JSON at all.
  const notJson = testInfo.outputPath(path.join('notes.json'));
  fs.writeFileSync(notJson, 'my pain notes, not an export');
  await importVia(page, notJson);
  await expect(alert).toContainText('not valid JSON');
  expect(await page.evaluate(() => window.unknot.pain.list({}))).toEqual(before);
});

test('five dense years: the import shows its progress with record counts, and Cancel changes nothing', async ({
  page,
}, testInfo) => {
  const file = testInfo.outputPath('five-years.json');
  const records = writeDenseExport(file, 5);
  const target = await open(page);
  await page.evaluate(async () => {
    await window.unknot.pain.add({
      entry: {
        at: '2026-11-16T09:30:00+01:00',
        note: 'Mine',
        regions: [{ region: 'temple-right', intensity: 4, qualities: [] }],
      },
    });
  });
  await page.goto(routeUrl(target, 'settings'));
  const section = page.getByRole('region', { name: 'Your data' });
  await importVia(page, file);

  // First the whole file is checked (counting up), then written, "n of N".
  const bar = section.getByRole('progressbar');
  await expect(section.getByText(/^Checking five-years\.json: [\d,]+ records so far…$/)).toBeVisible();
  await section.getByRole('button', { name: 'Cancel' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-data-import-progress-light', { fullPage: false });
  const total = new Intl.NumberFormat('en').format(records);
  await expect(section.getByText(new RegExp(`^Importing [\\d,]+ of ${total} records…$`))).toBeVisible({
    timeout: 60_000,
  });
  await expect(bar).toHaveAttribute('max', String(records));
  // Cancelled while writing: the transaction rolls back.
  await section.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByText('Import of five-years.json cancelled. Your data is exactly as it was.')).toBeVisible();
  await expect(bar).toHaveCount(0);
  expect(await page.evaluate(() => window.unknot.pain.list({}))).toHaveLength(1);

  // Dark and narrow: the progress line wraps instead of overflowing. Cancelled while checking: nothing was written yet.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 400, height: 900 });
  await importVia(page, file);
  await section.getByRole('button', { name: 'Cancel' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-data-import-progress-dark-narrow', { fullPage: false });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  await section.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByText(/cancelled/)).toBeVisible();
});
