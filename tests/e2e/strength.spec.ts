/**
 * Strengthening end to end through the web preview: turn the weekly plan on in
 * Settings, see today's exercises on Today, run one with its dose and sets,
 * and find it done on Today, in the history and in the library. Screenshots
 * of the plan on Today and of the player's dose, in light, dark and 400 px.
 */
import { expect, test } from '@playwright/test';
import { makeDataDir, routeUrl, screenshot, startPreview, type RunningPreview } from './preview';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

test('the weekly strengthening plan: turned on in Settings, listed on Today, a set-by-set routine counted as done', async ({
  page,
}) => {
  preview = await startPreview(makeDataDir(), { clockSpeed: 20 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1180, height: 900 });
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  // Off by default: no card.
  await expect(page.getByRole('region', { name: 'Strengthening' })).toHaveCount(0);

  // Settings: turn the plan on for every day, so today is a plan day whatever the date.
  await page.goto(routeUrl(preview, 'settings'));
  const section = page.getByRole('region', { name: 'Strengthening plan' });
  await section.getByRole('checkbox', { name: 'Follow a weekly strengthening plan' }).check();
  await expect(section.getByRole('status')).toHaveText('Saved.');
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
    const box = section.getByRole('checkbox', { name: day, exact: true });
    if (!(await box.isChecked())) await box.check();
  }
  await expect
    .poll(() => page.evaluate(() => window.unknot.settings.get().then((s) => s.strength)))
    .toEqual({ enabled: true, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] });
  await screenshot(page, 'settings-strength-plan', { fullPage: false });

  // Today: the plan's exercises, none done yet.
  await page.goto(routeUrl(preview, 'today'));
  const card = page.getByRole('region', { name: 'Strengthening' });
  await expect(card).toContainText('0 of 4 done');
  const plan = card.getByRole('list', { name: 'Today’s strengthening plan' });
  await expect(plan.getByRole('listitem')).toHaveCount(4);
  await expect(plan).toContainText('Deep neck nods');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `today-strength-${scheme}`, { fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 900 });
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'today-strength-narrow', { fullPage: false });
  await page.setViewportSize({ width: 1180, height: 900 });

  // Band rows: the dose, the progression, sets rather than rounds, and when to stop.
  await plan.getByRole('link', { name: 'Band rows' }).click();
  await expect(page.getByRole('heading', { name: 'Band rows', level: 1 })).toBeVisible();
  await expect(page.getByText('3 sets of 8–12, 45 s rest between · 3 days a week')).toBeVisible();
  await expect(page.getByText(/When 12 slow repetitions feel easy/)).toBeVisible();
  await expect(page.getByRole('group', { name: /^Sets/ })).toBeVisible();
  await expect(page.getByText(/^Stop if your arm or hand tingles/)).toBeVisible();
  await screenshot(page, 'strength-player-setup-light', { fullPage: false });
  await page.getByRole('group', { name: /^Sets/ }).getByRole('radio', { name: '1', exact: true }).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  // One 40-s set at 20× is about 2 s.
  await expect(page.getByRole('heading', { name: 'Well done. That’s the routine.' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Saved.' })).toBeFocused();

  // Counted: done on Today's plan and in the routines done today.
  await page.goto(routeUrl(preview, 'today'));
  await expect(card).toContainText('1 of 4 done');
  await expect(plan.getByRole('listitem').filter({ hasText: 'Band rows' })).toContainText('done today');
  await expect(page.getByRole('list', { name: 'Routines today' })).toContainText('Band rows');
  const sessions = await page.evaluate(() => window.unknot.routines.sessions({ limit: 10 }));
  expect(sessions.map((s) => s.routineId)).toEqual(['strength-band-row']);

  // The library has its own section, with the dose on each card.
  await page.goto(routeUrl(preview, 'routines'));
  const library = page.getByRole('region', { name: 'Strengthening' });
  await expect(library.locator('article[data-routine="strength-bridge"]')).toContainText(
    'Dose: 2 sets of 5–10, 30 s rest between · 5 days a week',
  );
});
