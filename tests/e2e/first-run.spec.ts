/**
 * The first run end to end through the web preview, from an empty data folder:
 * every step answered (working hours, the focused preset, a 14:30 release time,
 * a rating that becomes the first pain entry) and read back through settings
 * and the Settings screen; every step skipped (defaults kept, Today with the
 * next break); Back and Esc keeping answers; "Run setup again" from Settings.
 * Screenshots of each step in light and dark, and at 400 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_SETTINGS, WEEKDAYS, WEEKDAY_LABELS } from '../../common/domain/settings';
import { makeDataDir, routeUrl, screenshot, startPreview, type RunningPreview } from './preview';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

const readSettings = (page: Page) => page.evaluate(() => window.unknot.settings.get());
const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

async function expectStep(page: Page, n: number, title: string) {
  await expect(page.getByText(`Step ${n} of 7`)).toBeVisible();
  await expect(stepHeading(page, title)).toBeFocused();
}

const STEP_TITLES = [
  'Welcome to Unknot',
  'Where does it hurt most?',
  'Your breaks and working hours',
  'A daily release session',
  'Start with your computer',
  'Can Unknot tap you on the shoulder?',
  'Try a break now',
];

test('a fresh install opens on setup; its answers are saved and read back through settings', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  preview = await startPreview(makeDataDir(), { firstRun: true, clockSpeed: 10 });
  await context.grantPermissions(['notifications'], { origin: preview.origin });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(preview.url);

  // 1. What Unknot is; no sidebar.
  await expect(page).toHaveURL(/#\/welcome$/);
  await expect(stepHeading(page, STEP_TITLES[0]!)).toBeVisible();
  await expect(page.getByText('Step 1 of 7')).toBeVisible();
  await expect(page.getByText(/Everything stays on this computer/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
  await screenshot(page, 'first-run-1-welcome-light', { fullPage: false });
  await page.getByRole('button', { name: 'Start' }).click();

  // 2. Where it hurts most, rated: Esc keeps the answers.
  await expectStep(page, 2, STEP_TITLES[1]!);
  const front = page.getByRole('group', { name: 'Where it hurts most, front view' });
  await front.getByRole('checkbox', { name: 'Temple (your right)' }).click();
  await expect(page.getByText('You picked')).toContainText('Temple');
  await expect(page.getByText(/Possible sources: trigger points in/)).toContainText('not a diagnosis');
  await page.getByRole('group', { name: 'How much does it hurt right now?' }).getByRole('radio', { name: '6' }).check();
  await expect(page.getByText('Continue saves this as the first entry in your pain log.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(front.getByRole('checkbox', { name: 'Temple (your right)' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '6', exact: true })).toBeChecked();
  await screenshot(page, 'first-run-2-pain-light');
  await page.getByRole('button', { name: 'Continue' }).click();

  // 3. Working hours and a preset; a mistake is named and nothing is saved.
  await expectStep(page, 3, STEP_TITLES[2]!);
  const focused = page.getByRole('radio', { name: /^Focused/ });
  await expect(page.getByRole('radio', { name: /^Standard/ })).toBeChecked();
  await expect(page.locator('.preset-option').filter({ hasText: 'Focused' })).toContainText(
    'Micro-pause: 40 seconds every 15 minutes',
  );
  await focused.check();
  // Every day, all day, so a next break is due whenever this test runs.
  for (const day of ['sat', 'sun'] as const) {
    await page.getByRole('button', { name: `Add hours on ${WEEKDAY_LABELS[day]}` }).click();
  }
  for (const day of WEEKDAYS) {
    await page.getByLabel(`${WEEKDAY_LABELS[day]}: start of hours 1`).fill('00:00');
    await page.getByLabel(`${WEEKDAY_LABELS[day]}: end of hours 1`).fill('00:00');
  }
  await page.getByLabel('Monday: start of hours 1').fill('17:00');
  await page.getByLabel('Monday: end of hours 1').fill('09:00');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was saved.');
  await expect(page.getByRole('alert')).toContainText(/Monday: the hours .* end before they start/);
  await expect(page.getByText('Step 3 of 7')).toBeVisible();
  expect((await readSettings(page)).workingHours).toEqual(DEFAULT_SETTINGS.workingHours);
  await page.getByLabel('Monday: start of hours 1').fill('00:00');
  await page.getByLabel('Monday: end of hours 1').fill('00:00');
  await page.getByRole('button', { name: 'Continue' }).click();

  // Back keeps what was answered, and Continue again does not log the pain twice.
  await expectStep(page, 4, STEP_TITLES[3]!);
  await page.getByRole('button', { name: 'Back' }).click();
  await expectStep(page, 3, STEP_TITLES[2]!);
  await expect(focused).toBeChecked();
  await screenshot(page, 'first-run-3-schedule-light');
  await page.getByRole('button', { name: 'Back' }).click();
  await expectStep(page, 2, STEP_TITLES[1]!);
  await expect(page.getByRole('radio', { name: '6', exact: true })).toBeChecked();
  await expect(page.getByText('Continue updates the entry you saved from this step.')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();

  // 4. The release session at 14:30.
  await expectStep(page, 4, STEP_TITLES[3]!);
  await expect(page.getByText('On weekdays.', { exact: false })).toBeVisible();
  await page.getByLabel('Time of day').fill('14:30');
  await screenshot(page, 'first-run-4-release-light', { fullPage: false });
  await page.getByRole('button', { name: 'Continue' }).click();

  // 5. Start at login: the preview only records it, and says so.
  await expectStep(page, 5, STEP_TITLES[4]!);
  await expect(page.getByText(/only remembered: it takes effect in the desktop app/)).toBeVisible();
  await page.getByLabel('Start Unknot when I log in').check();
  await screenshot(page, 'first-run-5-login-light', { fullPage: false });
  await page.getByRole('button', { name: 'Continue' }).click();

  // 6. Notifications: allowed here, a test one, and what to do if it does not show.
  await expectStep(page, 6, STEP_TITLES[5]!);
  await expect(page.getByText('This browser allows notifications from Unknot.')).toBeVisible();
  await page.getByRole('button', { name: 'Send a test notification' }).click();
  await expect(page.getByText(/^Sent\. Did a notification titled/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'If you did not see it' })).toBeVisible();
  await expect(page.getByText(/Notifications/).first()).toBeVisible();
  await screenshot(page, 'first-run-6-notifications-light');
  await page.getByRole('button', { name: 'Continue' }).click();

  // 7. The taster: 90 seconds on a 10× clock, moves for the temple first.
  await expectStep(page, 7, STEP_TITLES[6]!);
  await expect(page.getByRole('list', { name: 'The moves' }).getByRole('listitem')).toHaveCount(3);
  await screenshot(page, 'first-run-7-taster-light', { fullPage: false });
  await page.getByRole('button', { name: /^Start the 1 minute 30 seconds break$/ }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByText('(move 1 of 3)')).toBeVisible();
  await screenshot(page, 'first-run-7-taster-running-light', { fullPage: false });
  await expect(page.getByText('That was a break.')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Finish', exact: true }).click();

  // Today, with the next break.
  await expect(page).toHaveURL(/#\/today$/);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(page.locator('.next-break')).toContainText('Next:');

  const saved = await readSettings(page);
  for (const day of WEEKDAYS) expect(saved.workingHours[day]).toEqual([{ start: '00:00', end: '24:00' }]);
  expect(saved.breaks.micro).toEqual({ enabled: true, everyMinutes: 15, durationSeconds: 40, notifyBeforeSeconds: 10 });
  expect(saved.breaks.stretch).toEqual({
    enabled: true,
    everyMinutes: 45,
    durationSeconds: 300,
    notifyBeforeSeconds: 30,
  });
  expect(saved.breaks.release).toEqual({ ...DEFAULT_SETTINGS.breaks.release, time: '14:30', durationMinutes: 15 });
  expect(saved.startAtLogin).toBe(true);
  expect(saved.firstRun.completedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  expect(await page.evaluate(() => window.unknot.app.loginItem())).toEqual({ openAtLogin: true, mode: 'recorded' });

  const entries = await page.evaluate(() => window.unknot.pain.list({}));
  expect(entries).toHaveLength(1);
  expect(entries[0]!.regions).toEqual([{ region: 'temple-right', intensity: 6, qualities: [] }]);

  // The Settings screen shows the same.
  await page.keyboard.press('Control+6');
  await expect(page.getByLabel('Micro-pause: Every (minutes)')).toHaveValue('15');
  await expect(page.locator('[data-field="breaks.release.time"]')).toHaveValue('14:30');
  await expect(page.getByLabel('Saturday: start of hours 1')).toHaveValue('00:00');
  await expect(page.getByLabel('Start Unknot when I log in')).toBeChecked();

  // Setup runs once: a restart opens on Today.
  await preview.stop();
  preview = await startPreview(preview.dataDir, { firstRun: true });
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page).not.toHaveURL(/#\/welcome/);
});

test('skipping every step keeps the defaults and ends on Today with the next break', async ({ page }) => {
  preview = await startPreview(makeDataDir(), { firstRun: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(preview.url);
  const names = ['welcome', 'pain', 'schedule', 'release', 'login', 'notifications', 'taster'];
  for (let i = 0; i < STEP_TITLES.length; i++) {
    await expectStep(page, i + 1, STEP_TITLES[i]!);
    await screenshot(page, `first-run-${i + 1}-${names[i]}-dark`, { fullPage: false });
    if (i === 0) {
      // The first step is only words: one way to skip (all of setup), not two.
      await expect(page.getByRole('button', { name: /^Skip/ })).toHaveText(['Skip setup']);
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      continue;
    }
    await page
      .getByRole('button', { name: i === STEP_TITLES.length - 1 ? 'Skip and finish' : 'Skip', exact: true })
      .click();
  }
  await expect(page).toHaveURL(/#\/today$/);
  await expect(page.locator('.next-break')).toContainText(/Next:|start again/);
  await screenshot(page, 'first-run-done-today-dark', { fullPage: false });

  const saved = await readSettings(page);
  expect(saved).toEqual({ ...DEFAULT_SETTINGS, firstRun: { completedAt: expect.any(String) } });
  expect(saved.firstRun.completedAt).not.toBeNull();
  expect(await page.evaluate(() => window.unknot.pain.list({}))).toEqual([]);
});

test('Run setup again from Settings, in a narrow window, keyboard only', async ({ page }) => {
  preview = await startPreview(makeDataDir()); // set up already (the default)
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 760 });
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const before = await readSettings(page);

  await page.goto(routeUrl(preview, 'settings'));
  const again = page.getByRole('button', { name: 'Run setup again' });
  await again.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/welcome$/);
  await expectStep(page, 1, STEP_TITLES[0]!);
  await page.keyboard.press('Tab'); // from the heading: Back (disabled) is skipped, then Start
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectStep(page, 2, STEP_TITLES[1]!);
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await expectStep(page, 3, STEP_TITLES[2]!);
  await page.getByRole('radio', { name: /^Gentle/ }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /^Gentle/ })).toBeChecked();
  await screenshot(page, 'first-run-3-schedule-narrow', { fullPage: false });
  await page.keyboard.press('Enter'); // Continue, from a radio button: the form submits
  await expectStep(page, 4, STEP_TITLES[3]!);
  await screenshot(page, 'first-run-4-release-narrow', { fullPage: false });
  await page.getByRole('button', { name: 'Skip setup' }).click();
  await expect(page).toHaveURL(/#\/today$/);

  const after = await readSettings(page);
  expect(after.breaks.micro.everyMinutes).toBe(30);
  expect(after.breaks.release.time).toBe(before.breaks.release.time);
  expect(after.firstRun.completedAt).not.toBe(before.firstRun.completedAt);
});
