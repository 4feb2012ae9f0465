/**
 * Break engine, renderer side, end to end through the web preview: the break
 * and working-hours settings (save, reload, bad input, discard), the break
 * window driven by the real engine (Start, I'm done, Snooze, Skip by keyboard),
 * the Breaks card on Today, and screenshots of each to look at.
 */
import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, routeUrl, screenshot, startPreview, type RunningPreview } from './preview';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

const at = (route: string) => routeUrl(preview!, route);

const readSettings = (page: Page) => page.evaluate(() => window.unknot.settings.get());
const readStatus = (page: Page) => page.evaluate(() => window.unknot.breaks.status());

test('break settings and working hours: save, survive a reload, refuse bad input, discard', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+6');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeFocused();

  const microEvery = page.getByLabel('Micro-pause: Every (minutes)');
  const stretchLasts = page.getByLabel('Stretch break: Lasts (minutes)');
  const tuesdayEnd = page.getByLabel('Tuesday: end of hours 1');
  await expect(microEvery).toHaveValue('20');
  await expect(stretchLasts).toHaveValue('5'); // stored as 300 seconds
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);

  await microEvery.fill('25');
  await stretchLasts.fill('4');
  await tuesdayEnd.fill('17:30');
  await page.getByRole('button', { name: 'Add hours on Saturday' }).click();
  await expect(page.getByLabel('Saturday: start of hours 1')).toBeFocused();
  await page.getByLabel('Saturday: start of hours 1').fill('10:00');
  await page.getByLabel('Saturday: end of hours 1').fill('12:00');
  await page.getByRole('button', { name: 'Remove Friday 08:00–18:00' }).click();
  await expect(page.getByRole('button', { name: 'Add hours on Friday' })).toBeFocused();
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // The message names what was saved.
  await expect(
    page.getByRole('status').filter({
      hasText: 'Saved: micro-pauses every 25 minutes, stretch breaks lasting 4 minutes and working hours.',
    }),
  ).toBeVisible();
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);

  const saved = await readSettings(page);
  expect(saved.breaks.micro.everyMinutes).toBe(25);
  expect(saved.breaks.stretch.durationSeconds).toBe(240);
  expect(saved.workingHours.tue).toEqual([{ start: '08:00', end: '17:30' }]);
  expect(saved.workingHours.sat).toEqual([{ start: '10:00', end: '12:00' }]);
  expect(saved.workingHours.fri).toEqual([]);

  await page.reload();
  await expect(microEvery).toHaveValue('25');
  await expect(stretchLasts).toHaveValue('4');
  await expect(tuesdayEnd).toHaveValue('17:30');
  await expect(page.getByLabel('Saturday: end of hours 1')).toHaveValue('12:00');
  await expect(page.locator('.day-hours').filter({ hasText: 'Friday' })).toContainText('Day off');

  // Bad input: nothing is sent, every problem is named next to its field and in the alert.
  await microEvery.fill('0');
  await page.getByLabel('Wednesday: start of hours 1').fill('17:00');
  await page.getByLabel('Wednesday: end of hours 1').fill('09:00');
  await page.getByLabel('Strict mode: no Snooze and no Skip').check();
  await page.keyboard.press('Control+s');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Nothing was saved.');
  await expect(alert).toContainText('Micro-pause: the time between breaks must be at least 1 minute.');
  // Times are written the way the time boxes show them (12-hour in this test's en-US Chromium).
  await expect(alert).toContainText(/Wednesday: the hours (17:00|5:00\sPM)–(09:00|9:00\sAM) end before they start\./);
  await expect(microEvery).toHaveAttribute('aria-invalid', 'true');
  await expect(microEvery).toHaveAccessibleDescription(/must be at least 1 minute/);
  await expect(page.getByLabel('Wednesday: end of hours 1')).toHaveAccessibleDescription(/end before they start/);
  await expect(microEvery).toBeFocused(); // the first problem
  await screenshot(page, 'settings-breaks-error-light', { fullPage: false });
  expect(await readSettings(page)).toEqual(saved);

  // Fixing one problem clears its message at once; the other stays.
  await microEvery.fill('15');
  await expect(alert).not.toContainText('Micro-pause');
  await expect(alert).toContainText('Wednesday');

  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(microEvery).toHaveValue('25');
  await expect(page.getByLabel('Wednesday: start of hours 1')).toHaveValue('08:00');
  await expect(page.getByLabel('Strict mode: no Snooze and no Skip')).not.toBeChecked();
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  expect(await readSettings(page)).toEqual(saved);

  // Main re-checks whatever reaches it, and says which field was wrong.
  const refused = await page.evaluate(async (current) => {
    try {
      await window.unknot.settings.update({
        patch: { breaks: { ...current.breaks, micro: { ...current.breaks.micro, everyMinutes: 0 } } },
      });
      return 'saved';
    } catch (error) {
      return (error as Error).message;
    }
  }, saved);
  expect(refused).toContain('must be at least 1 minute');
  expect(await readSettings(page)).toEqual(saved);

  // When main refuses a save, its own words are shown, next to the field its path names too.
  // (The page checks with the same schema, so a refusal is staged here at the transport.)
  await page.route('**/__unknot/call/settings%3Aupdate', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: {
          code: 'bad-request',
          message: 'Not saved. breaks › snoozeMinutes: must be at most 60 minutes',
          path: ['patch', 'breaks', 'snoozeMinutes'],
        },
      }),
    }),
  );
  await page.getByLabel('Breaks: Snooze for (minutes)').fill('7');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Not saved. breaks › snoozeMinutes: must be at most 60 minutes');
  await expect(page.getByLabel('Breaks: Snooze for (minutes)')).toHaveAccessibleDescription(/must be at most 60/);
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page.unroute('**/__unknot/call/settings%3Aupdate');
  expect(await readSettings(page)).toEqual(saved);
});

/**
 * "Take a break now" starts the break at once; a real prompt (Start / Snooze /
 * Skip) only comes from the engine's timer. These tests set a micro-pause every
 * minute (all day, every day, no grace, no heads-up) and run the preview's clock
 * ten times faster, so a real prompt arrives every 6 seconds: nothing is faked.
 */
const FAST = { clockSpeed: 10 };
async function promptEveryMinute(page: Page, extra: { strictMode?: boolean } = {}) {
  await page.evaluate(async (extra) => {
    const current = await window.unknot.settings.get();
    const allDay = [{ start: '00:00', end: '24:00' }];
    await window.unknot.settings.update({
      patch: {
        breaks: {
          ...current.breaks,
          micro: { enabled: true, everyMinutes: 1, durationSeconds: 40, notifyBeforeSeconds: 0 },
          stretch: { ...current.breaks.stretch, enabled: false },
          release: { ...current.breaks.release, enabled: false },
          graceMinutes: 0,
          snoozeMinutes: 1,
          maxSnoozes: 2,
          ...extra,
        },
        workingHours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
      },
    });
  }, extra);
}

const PROMPT_WAIT = { timeout: 20_000 };

test.describe('the break window', () => {
  test.describe.configure({ mode: 'parallel' });

  test('take a break now: countdown, then I’m done with Enter', async ({ page }) => {
    preview = await startPreview(makeDataDir());
    await page.setViewportSize({ width: 420, height: 300 });
    await page.goto(preview.url);
    await page.evaluate(() => window.unknot.breaks.takeNow({ kind: 'stretch' }));
    await page.goto(at('break'));

    await expect(page.getByRole('heading', { name: 'Stretch break', level: 1 })).toBeVisible();
    await expect(page.getByText('Stand up and move a little.')).toBeVisible();
    await expect(page.getByRole('timer')).toHaveText(/^[0-5]:\d\d$/);
    await expect(page.getByRole('button', { name: 'I’m done' })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0); // no sidebar in the small window
    // Shown without taking focus: whatever the person was typing elsewhere is not swallowed.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect((await readStatus(page)).prompt?.phase).toBe('break');
    const before = await page.getByRole('timer').textContent();
    await expect(page.getByRole('timer')).not.toHaveText(before!); // it counts down
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `break-countdown-${scheme}`, { fullPage: false });
    }
    await page.emulateMedia({ colorScheme: 'light' });

    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Well done. Your break is over.' })).toBeVisible();
    // What comes next, or why nothing does (outside working hours when the test runs at the weekend).
    await expect(page.getByRole('status')).toHaveText(
      /^(Next: .+|You are outside your working hours, so there are no reminders for now\.)$/,
    );
    await screenshot(page, 'break-done-light', { fullPage: false });
    expect((await readStatus(page)).prompt).toBeNull();
    const history = await page.evaluate(() => window.unknot.breaks.history({}));
    expect(history.map((r) => `${r.kind}:${r.outcome}`)).toEqual(['stretch:taken']);
    expect(history[0]!.secondsTaken).toBeGreaterThanOrEqual(1);
  });

  test('real prompts: Start and I’m done with Enter, Snooze with S, Skip with Esc', async ({ page }) => {
    preview = await startPreview(makeDataDir(), FAST);
    await page.setViewportSize({ width: 420, height: 300 });
    await page.goto(preview.url);
    await promptEveryMinute(page);
    await page.goto(at('break'));
    await expect(page.getByRole('heading', { name: 'No break right now', level: 1 })).toBeVisible();
    await expect(page.getByText('Next: Micro-pause at')).toBeVisible();

    // 1. Start with Enter, finish with Enter.
    await expect(page.getByRole('heading', { name: 'Micro-pause', level: 1 })).toBeVisible(PROMPT_WAIT);
    // The big figure is the break's length, not a big "now".
    await expect(page.locator('.countdown')).toHaveText(/^0:\d\d$/);
    await expect(page.locator('.break-clock')).toContainText('counts down once you press Start');
    await expect(page.getByText(/^now$/)).toHaveCount(0);
    await expect(page.getByText('Look away from the screen')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Snooze' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Skip' })).toBeVisible();
    await expect(page.getByText('2 snoozes left')).toBeVisible();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `break-prompt-${scheme}`, { fullPage: false });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'I’m done' })).toBeVisible();
    await expect(page.getByRole('timer')).toHaveText(/^0:[0-4]\d$/);
    expect((await readStatus(page)).prompt?.phase).toBe('break');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Well done. Your break is over.' })).toBeVisible();

    // 2. The next one, snoozed with S.
    await expect(page.getByRole('heading', { name: 'Micro-pause', level: 1 })).toBeVisible(PROMPT_WAIT);
    await page.keyboard.press('s');
    await expect(page.getByRole('heading', { name: /^Snoozed/ })).toBeVisible();

    // 3. It comes back after the snooze, with one snooze fewer, and is skipped with Esc.
    await expect(page.getByRole('heading', { name: 'Micro-pause', level: 1 })).toBeVisible(PROMPT_WAIT);
    await expect(page.getByText('1 snooze left')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: /^Skipped/ })).toBeVisible();

    const history = await page.evaluate(() => window.unknot.breaks.history({}));
    const outcomes = history.map((r) => `${r.kind}:${r.outcome}`);
    expect(outcomes.sort()).toEqual(['micro:skipped', 'micro:snoozed', 'micro:taken']);
    expect(history.every((r) => r.shownAt !== null)).toBe(true);
  });

  test('strict mode: no Snooze and no Skip, and S and Esc do nothing', async ({ page }) => {
    preview = await startPreview(makeDataDir(), FAST);
    await page.setViewportSize({ width: 420, height: 300 });
    await page.goto(preview.url);
    await promptEveryMinute(page, { strictMode: true });
    await page.goto(at('break'));
    await expect(page.getByRole('heading', { name: 'Micro-pause', level: 1 })).toBeVisible(PROMPT_WAIT);
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Snooze' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Skip' })).toHaveCount(0);
    await expect(page.getByText('Strict mode is on')).toBeVisible();
    await screenshot(page, 'break-prompt-strict-light', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.keyboard.press('s');
    await expect(page.getByRole('heading', { name: 'Micro-pause', level: 1 })).toBeVisible();
    expect((await readStatus(page)).prompt?.phase).toBe('prompt');
    // Clicking works as well as the keyboard.
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('button', { name: 'I’m done' })).toBeFocused();
    // Left alone, the 40-second break (4 s at this speed) ends by itself and counts as taken.
    await expect(page.getByRole('heading', { name: 'Well done. Your break is over.' })).toBeVisible({
      timeout: 15_000,
    });
    const history = await page.evaluate(() => window.unknot.breaks.history({}));
    expect(history.map((r) => [r.outcome, r.secondsTaken])).toEqual([['taken', 40]]);
  });
});

test('that away time cannot be seen is told once: after "OK" it stays away', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.setViewportSize({ width: 1180, height: 860 });
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  // The web preview, like Linux on Wayland, cannot see away time: Today says so, once.
  const note = page.locator('.idle-note');
  await expect(note).toContainText('Away time isn’t visible here.');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await note.scrollIntoViewIfNeeded();
    await screenshot(page, `today-idle-note-${scheme}`, { fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 800 });
  await note.scrollIntoViewIfNeeded();
  await screenshot(page, 'today-idle-note-narrow', { fullPage: false });
  await page.setViewportSize({ width: 1180, height: 860 });
  await note.getByRole('button', { name: 'OK, don’t show this again' }).click();
  await expect(note).toHaveCount(0);
  expect((await readSettings(page)).dismissedNotes).toEqual(['idle-detection-unavailable']);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.locator('.next-break')).toBeVisible();
  await expect(note).toHaveCount(0);
});

test('settings: leaving with unsaved changes asks; messages name what was saved', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.setViewportSize({ width: 1180, height: 860 });
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+6');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeFocused();
  const before = (await readSettings(page)).breaks.micro.everyMinutes;
  expect(before).not.toBe(25);

  // Only the theme: it is saved at once and says so; Ctrl+S then has nothing to save, and says that.
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: dark theme.' })).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(
    page.getByRole('status').filter({ hasText: 'No changes to save in breaks and working hours.' }),
  ).toBeVisible();
  await expect(page.getByText('Break settings saved.')).toHaveCount(0);
  await expect(page.getByText(/^Saved: micro-pauses/)).toHaveCount(0);
  await page.getByRole('radio', { name: 'Follow my system' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: the theme follows your system.' })).toBeVisible();

  // "Every" to 25, then Ctrl+1: the change is not dropped silently.
  const microEvery = page.getByLabel('Micro-pause: Every (minutes)');
  await microEvery.fill('25');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page.keyboard.press('Control+1');
  const ask = page.getByRole('dialog', { name: 'Save your changes first?' });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('Not saved yet: micro-pauses every 25 minutes.');
  await expect(ask.getByRole('button', { name: 'Save and leave' })).toBeFocused();
  await expect(page).toHaveURL(/#\/settings$/);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `settings-leave-ask-${scheme}`, { fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 800 });
  await screenshot(page, 'settings-leave-ask-narrow', { fullPage: false });
  await page.setViewportSize({ width: 1180, height: 860 });

  // Stay: the change is still there. Leaving without saving drops it, on purpose.
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(microEvery).toHaveValue('25');
  await page.getByRole('link', { name: /^Report/ }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
  expect((await readSettings(page)).breaks.micro.everyMinutes).toBe(before);

  // Save and leave: saved, named, and on to where the person was going.
  await page.keyboard.press('Control+6');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeFocused();
  await microEvery.fill('25');
  await page.keyboard.press('Control+1');
  await ask.getByRole('button', { name: 'Save and leave' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: micro-pauses every 25 minutes.' })).toBeVisible();
  expect((await readSettings(page)).breaks.micro.everyMinutes).toBe(25);

  // A change that cannot be saved stays, with the problem shown, instead of leaving.
  await page.keyboard.press('Control+6');
  await microEvery.fill('0');
  await page.keyboard.press('Control+1');
  await ask.getByRole('button', { name: 'Save and leave' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Nothing was saved.');
  expect((await readSettings(page)).breaks.micro.everyMinutes).toBe(25);
});

test('the Breaks card on Today: next break, pause and resume, take one now', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  const card = page.getByRole('region', { name: 'Breaks' });
  await expect(card).toBeVisible();
  await expect(card.locator('.badge')).toBeVisible();
  await expect(card).toContainText('No breaks yet today.');
  await screenshot(page, 'today-breaks-first-day-light', { fullPage: false });

  // Working all day every day, so the card shows a running timer whenever the test runs.
  await page.evaluate(async () => {
    const allDay = [{ start: '00:00', end: '24:00' }];
    await window.unknot.settings.update({
      patch: {
        workingHours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
      },
    });
  });
  await page.reload();
  await expect(card.locator('.badge')).toHaveText('On');
  await expect(card).toContainText(/Next: Micro-pause at .+ in \d+ min/);

  // Pause from the keyboard: the menu opens on its first choice.
  await card.getByRole('button', { name: 'Pause breaks' }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('menuitem', { name: 'For 30 minutes' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(card.getByRole('menuitem', { name: 'For 1 hour' })).toBeFocused();
  await screenshot(page, 'today-breaks-pause-menu-light', { fullPage: false });
  await page.keyboard.press('Escape');
  await expect(card.getByRole('menu')).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Pause breaks' })).toBeFocused();

  await card.getByRole('button', { name: 'Pause breaks' }).click();
  await card.getByRole('menuitem', { name: 'For 30 minutes' }).click();
  await expect(card.locator('.badge')).toHaveText('Paused');
  await expect(card).toContainText('Paused until');
  expect((await readStatus(page)).state).toBe('paused');
  await card.getByRole('button', { name: 'Resume breaks' }).click();
  await expect(card.locator('.badge')).not.toHaveText('Paused');
  expect((await readStatus(page)).state).not.toBe('paused');

  // Seed a few outcomes so the counts show.
  await page.evaluate(async () => {
    const { breaks } = window.unknot;
    await breaks.takeNow({ kind: 'micro' });
    await breaks.respond({ action: 'finish' }); // taken
    await breaks.takeNow({ kind: 'micro' });
    await breaks.takeNow({ kind: 'stretch' }); // the micro-pause under way is recorded as skipped
    await breaks.respond({ action: 'finish' }); // taken
  });
  await page.reload();
  await expect(card.getByRole('definition').first()).toHaveText('2');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1180, height: 800 });
    await screenshot(page, `today-breaks-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 800 });
  await screenshot(page, 'today-breaks-narrow');

  // In the web preview "take now" opens the break view in the same tab.
  await page.setViewportSize({ width: 1180, height: 800 });
  await card.getByRole('button', { name: 'Take a stretch break now' }).click();
  await expect(page).toHaveURL(/#\/break$/);
  await expect(page.getByRole('heading', { name: 'Stretch break', level: 1 })).toBeVisible();
});

test('settings screenshots in light and dark', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await page.setViewportSize({ width: 1180, height: 800 });
  await page.goto(at('settings'));
  await expect(page.getByLabel('Micro-pause: Every (minutes)')).toHaveValue('20');
  await page.getByLabel('Micro-pause: Every (minutes)').fill('25');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  // Scrolled to the end, the sticky save bar sits in its own place in the whole-page picture.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `settings-breaks-${scheme}`);
  }
  await page.setViewportSize({ width: 400, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await screenshot(page, 'settings-breaks-narrow');
});

test('Settings → Breaks: the waiting hint says what each system can tell (issue 13 #9)', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await page.setViewportSize({ width: 1180, height: 800 });
  await page.goto(at('settings'));
  const rules = page.getByRole('group', { name: 'Wait with a break prompt while' });
  await expect(rules.getByRole('checkbox')).toHaveCount(3);
  const hint = rules.locator('.hint');
  await expect(hint).toContainText('Windows tells all three');
  await expect(hint).toContainText('macOS tells Do Not Disturb, if Unknot may read your Focus settings');
  await expect(hint).toContainText('GNOME and KDE tell Do Not Disturb and presenting, but not full screen');
  await expect(hint).not.toContainText('nowhere yet');
  for (const [name, width] of [
    ['light', 1180],
    ['dark', 1180],
    ['narrow', 400],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: name === 'dark' ? 'dark' : 'light' });
    await rules.scrollIntoViewIfNeeded();
    await screenshot(page, `settings-breaks-waiting-${name}`, { fullPage: false });
  }
});
