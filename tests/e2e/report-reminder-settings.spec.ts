/**
 * The weekly report reminder's Settings section end to end: keyboard changes
 * are saved at once and survive a reload, a half-typed time is refused next to
 * its field, and screenshots in light, dark and a narrow window.
 */
import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, routeUrl, screenshot, startPreview, type RunningPreview } from './preview';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

const readReport = (page: Page) => page.evaluate(async () => (await window.unknot.settings.get()).report);

test('weekly report reminder: on by default on Monday 09:00, changed by keyboard, kept after reload', async ({
  page,
}) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await page.goto(routeUrl(preview, 'settings'));
  const section = page.getByRole('region', { name: 'Weekly report' });
  const toggle = section.getByRole('checkbox', { name: 'Tell me when last week’s report is ready' });
  const day = section.getByLabel('Weekly report reminder: On');
  const time = section.getByLabel('Weekly report reminder: At');
  await expect(toggle).toBeChecked();
  await expect(day).toHaveValue('mon');
  await expect(time).toHaveValue('09:00');

  await day.focus();
  await day.selectOption('fri');
  await expect(section.getByRole('status')).toHaveText(/^Saved: report reminder on Friday at 9:00\sAM\.$/);
  await time.focus();
  await page.keyboard.type('1630');
  await page.keyboard.press('Enter'); // Enter (or leaving the field) saves it
  await expect.poll(() => readReport(page)).toEqual({ reminder: true, day: 'fri', time: '16:30' });

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, `settings-report-reminder-${scheme}`, { fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await toggle.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => readReport(page)).toEqual({ reminder: false, day: 'fri', time: '16:30' });

  // Clearing part of the time leaves no whole time: nothing is sent, and the field says why.
  await time.focus();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(section.getByText('Reminder time: enter a time like 09:00.')).toBeVisible();
  await expect(time).toHaveAttribute('aria-invalid', 'true');
  expect((await readReport(page)).time).toBe('16:30');

  await page.reload();
  await expect(toggle).not.toBeChecked();
  await expect(day).toHaveValue('fri');
  await expect(time).toHaveValue('16:30');

  await page.setViewportSize({ width: 400, height: 800 });
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-report-reminder-narrow', { fullPage: false });
});
