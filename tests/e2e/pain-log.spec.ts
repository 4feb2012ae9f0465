import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, screenshot, startPreview, type RunningPreview } from './preview';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

async function pickRegion(page: Page, search: string, label: string, intensity: string) {
  await page.getByRole('searchbox').fill(search);
  await page.getByRole('checkbox', { name: label }).check();
  await page.getByRole('spinbutton', { name: `${label}: intensity 0 to 10` }).fill(intensity);
}

test('log pain, survive a restart, edit, delete and undo', async ({ page }) => {
  const dataDir = makeDataDir();
  preview = await startPreview(dataDir);
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByText('Nothing logged yet today.')).toBeVisible();

  await page.getByRole('link', { name: /Pain log/ }).click();
  await pickRegion(page, 'temple', 'Temple (your right)', '6');
  await pickRegion(page, 'neck meets', 'Where neck meets shoulder (your right)', '4');
  await page.getByLabel(/^Note/).fill('After a long video call');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('status')).toContainText('Pain entry saved.');

  const entries = page.getByRole('list', { name: 'Pain entries' });
  await expect(entries.getByRole('listitem').filter({ hasText: 'After a long video call' })).toHaveCount(1);
  await expect(entries).toContainText('Temple (your right): 6');

  // Shown on Today too.
  await page.getByRole('link', { name: /Today/ }).click();
  await expect(page.getByRole('list', { name: 'Pain entries' })).toContainText('After a long video call');

  // Restart the preview process: the entry comes back from SQLite.
  await preview.stop();
  preview = await startPreview(dataDir);
  await page.goto(preview.url + '#/pain');
  await page.goto(new URL('/#/pain', preview.origin).toString());
  await expect(entries).toContainText('After a long video call');

  // Edit.
  await page.getByRole('button', { name: /^Edit entry from/ }).click();
  await expect(page.getByRole('heading', { name: 'Edit entry' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Temple (your right): intensity 0 to 10' }).fill('3');
  await page.getByLabel(/^Note/).fill('Eased after a walk');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(entries).toContainText('Eased after a walk');
  await expect(entries).toContainText('Temple (your right): 3');
  await expect(entries).not.toContainText('After a long video call');

  // Delete, then undo.
  await page.getByRole('button', { name: /^Delete entry from/ }).click();
  await expect(page.getByText('No entries yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(entries).toContainText('Eased after a walk');
  await expect(entries).toContainText('Temple (your right): 3');

  // The undo is real: it survives another restart.
  await preview.stop();
  preview = await startPreview(dataDir);
  await page.goto(preview.url);
  await page.goto(new URL('/#/pain', preview.origin).toString());
  await expect(entries).toContainText('Eased after a walk');
});

test('bad input shows a clear error and saves nothing', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await page.getByRole('link', { name: /Pain log/ }).click();

  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('alert')).toContainText('pick at least one body region');

  await pickRegion(page, 'calf', 'Calf (your left)', '11');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('alert')).toContainText('Intensity for Calf (your left) must be 10 or less');
  await screenshot(page, 'pain-log-error-light');
  await expect(page.getByText('No entries yet.')).toBeVisible();

  // Main re-checks what reaches it, whatever the page does.
  const message = await page.evaluate(async () => {
    try {
      await window.unknot.pain.add({
        entry: {
          at: '2026-11-16T09:30:00+01:00',
          note: '',
          regions: [{ region: 'elbow-of-doom', intensity: 3, qualities: [] }],
        },
      });
      return 'saved';
    } catch (error) {
      return (error as Error).message;
    }
  });
  expect(message).toContain('unknown body region "elbow-of-doom"');
  await page.reload();
  await expect(page.getByText('No entries yet.')).toBeVisible();
});

test('the whole slice works from the keyboard alone', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();

  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { name: 'Pain log', level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('wrist palm');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Wrist, palm side (your left)' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // the right wrist
  await page.keyboard.press('Tab'); // the new region's intensity box (the slider is for the mouse)
  await expect(page.getByRole('spinbutton', { name: 'Wrist, palm side (your left): intensity 0 to 10' })).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('7');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('list', { name: 'Pain entries' })).toContainText('Wrist, palm side (your left): 7');

  // Delete with the keyboard and undo with Ctrl+Z.
  await page.getByRole('button', { name: /^Delete entry from/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('No entries yet.')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('list', { name: 'Pain entries' })).toContainText('Wrist, palm side (your left): 7');
});

test('a corrupt settings file is reported and the app still works', async ({ page }) => {
  const dataDir = makeDataDir();
  fs.writeFileSync(path.join(dataDir, 'settings.json'), '{ this is not json');
  preview = await startPreview(dataDir);
  await page.goto(preview.url);
  await expect(page.getByRole('alert')).toContainText('Your settings were reset');
  await page.getByRole('button', { name: 'OK, got it' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(fs.readdirSync(dataDir).some((f) => f.startsWith('settings.corrupt-'))).toBe(true);
});

test('the theme setting is saved and applied', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(preview.url);
  await page.keyboard.press('Control+6');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});
