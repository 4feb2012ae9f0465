import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, routeUrl, screenshot, startPreview, type RunningPreview } from './preview';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

/** Picks a place by typing part of its name (Enter adds the first match), then rates it with a digit key. */
async function pickByName(page: Page, search: string, label: string, intensity: string) {
  await page.getByRole('searchbox').fill(search);
  await page.getByRole('searchbox').press('Enter');
  await page.getByRole('slider', { name: `${label}: intensity` }).press(intensity);
}

/** Picks a place by clicking it on the body map, then clicks a segment of its 0–10 scale. */
async function pickOnMap(page: Page, label: string, intensity: string) {
  await page.getByRole('checkbox', { name: label, exact: true }).click();
  await page
    .getByRole('slider', { name: `${label}: intensity` })
    .getByText(intensity, { exact: true })
    .click();
}

const qualities = (page: Page, label: string) => page.getByRole('group', { name: `${label}: how it feels` });

test('log pain, survive a restart, edit, delete and undo', async ({ page }) => {
  const dataDir = makeDataDir();
  preview = await startPreview(dataDir);
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByText('Nothing logged yet today.')).toBeVisible();

  await page.getByRole('link', { name: /Pain log/ }).click();
  await pickOnMap(page, 'Temple (your right)', '6');
  await expect(page.getByRole('checkbox', { name: 'Temple (your right)', exact: true })).toBeChecked();
  await qualities(page, 'Temple (your right)').getByRole('checkbox', { name: 'throbbing' }).check();
  await pickByName(page, 'neck meets right', 'Where neck meets shoulder (your right)', '4');
  await qualities(page, 'Where neck meets shoulder (your right)').getByRole('checkbox', { name: 'stiff' }).check();
  await qualities(page, 'Where neck meets shoulder (your right)').getByRole('checkbox', { name: 'aching' }).check();
  // The same place picked by name shows on the map too.
  await expect(
    page.getByRole('checkbox', { name: 'Where neck meets shoulder (your right)', exact: true }),
  ).toBeChecked();
  await page.getByLabel(/^Note/).fill('After a long video call');
  await page.getByRole('button', { name: 'Save entry' }).click();
  // Said once, in the banner with the way to possible sources: no toast repeating it.
  await expect(page.getByRole('region', { name: 'Saved entry' })).toContainText('Saved');
  await expect(page.locator('.toast')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Saved entry' })).toContainText(
    'Temple (your right) and Where neck meets shoulder (your right)',
  );
  // The form is ready for the next entry.
  await expect(page.getByRole('heading', { name: 'Nothing picked yet' })).toBeVisible();

  const entries = page.getByRole('list', { name: 'Pain entries' });
  await expect(entries.getByRole('listitem').filter({ hasText: 'After a long video call' })).toHaveCount(1);
  await expect(entries).toContainText('Temple (your right): 6 · throbbing');
  // Quality words keep the vocabulary's order, whatever order they were ticked in.
  await expect(entries).toContainText('Where neck meets shoulder (your right): 4 · aching, stiff');

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
  await expect(page.getByRole('heading', { name: /^Edit entry from/ })).toBeFocused();
  // The entry's places, ratings and quality words are all there to change.
  await expect(page.getByRole('slider', { name: 'Temple (your right): intensity' })).toHaveAttribute(
    'aria-valuenow',
    '6',
  );
  await expect(qualities(page, 'Temple (your right)').getByRole('checkbox', { name: 'throbbing' })).toBeChecked();
  await page.getByRole('slider', { name: 'Temple (your right): intensity' }).press('ArrowDown');
  await page.getByRole('slider', { name: 'Temple (your right): intensity' }).press('ArrowDown');
  await page.getByRole('slider', { name: 'Temple (your right): intensity' }).press('ArrowDown');
  await qualities(page, 'Temple (your right)').getByRole('checkbox', { name: 'throbbing' }).uncheck();
  await qualities(page, 'Temple (your right)').getByRole('checkbox', { name: 'aching' }).check();
  await page.getByRole('button', { name: 'Remove Where neck meets shoulder (your right)' }).click();
  await page.getByLabel(/^Note/).fill('Eased after a walk');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('region', { name: 'Saved entry' })).toContainText('Changes saved');
  await expect(page.locator('.toast')).toHaveCount(0);
  await expect(entries).toContainText('Eased after a walk');
  await expect(entries).toContainText('Temple (your right): 3 · aching');
  await expect(entries).not.toContainText('Where neck meets shoulder');
  await expect(entries).not.toContainText('After a long video call');

  // Delete, then undo.
  await page.getByRole('button', { name: /^Delete entry from/ }).click();
  await expect(page.getByText('No entries yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(entries).toContainText('Eased after a walk');
  await expect(entries).toContainText('Temple (your right): 3 · aching');

  // The undo is real: it survives another restart.
  await preview.stop();
  preview = await startPreview(dataDir);
  await page.goto(preview.url);
  await page.goto(new URL('/#/pain', preview.origin).toString());
  await expect(entries).toContainText('Temple (your right): 3 · aching');
});

test('bad input shows a clear error and saves nothing', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await page.getByRole('link', { name: /Pain log/ }).click();

  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('alert')).toContainText('pick at least one body region');

  await pickByName(page, 'calf left', 'Calf (your left)', '3');
  await page.getByLabel('When').fill('');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('alert')).toContainText('When: please enter a valid date and time.');
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
  // One tab stop per view of the body map, then the search box.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Forehead (your left)', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('wrist palm left');
  await page.keyboard.press('Enter'); // adds the first match and clears the box; it does not submit the form
  await expect(page.getByRole('searchbox')).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: 'Wrist, palm side (your left)', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  const scale = page.getByRole('slider', { name: 'Wrist, palm side (your left): intensity' });
  await expect(scale).toBeFocused();
  await page.keyboard.type('10'); // "1" then "0" quickly is 10
  await expect(scale).toHaveAttribute('aria-valuenow', '10');
  await expect(scale).toHaveAttribute('aria-valuetext', '10 out of 10');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(scale).toHaveAttribute('aria-valuenow', '7');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'aching' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // burning
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('list', { name: 'Pain entries' })).toContainText(
    'Wrist, palm side (your left): 7 · burning',
  );
  // Saved: focus waits on the way to possible sources.
  await expect(page.getByRole('button', { name: 'See possible sources' })).toBeFocused();

  // Delete with the keyboard and undo with Ctrl+Z.
  await page.getByRole('button', { name: /^Delete entry from/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('No entries yet.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Saved entry' })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('list', { name: 'Pain entries' })).toContainText(
    'Wrist, palm side (your left): 7 · burning',
  );

  // Edit from the keyboard: focus lands on the form, Escape cancels and goes back to the entry.
  await page.getByRole('button', { name: /^Edit entry from/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Edit entry from/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'New entry' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Edit entry from/ })).toBeFocused();
});

test('keyboard only, start to finish: every place holds the rating the person typed, none is made up', async ({
  page,
}) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { name: 'Pain log', level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const search = page.getByRole('searchbox');
  await expect(search).toBeFocused();

  // "jaw right", Enter, then "4": the 4 rates the place just added, it is not typed into the box.
  await page.keyboard.type('jaw right');
  await page.keyboard.press('Enter');
  const jaw = page.getByRole('slider', { name: 'Lower jaw and teeth (your right): intensity' });
  // Added, and unrated until the person says how strong it is.
  await expect(jaw).toHaveAttribute('aria-valuetext', 'Not rated yet');
  const added = page.locator('.region-added');
  await expect(added).toHaveText(/Added Lower jaw and teeth \(your right\): not rated yet/);
  await page.keyboard.type('4');
  await expect(search).toHaveValue('');
  await expect(search).toBeFocused();
  await expect(page.getByText(/No body region matches/)).toHaveCount(0);
  await expect(jaw).toHaveAttribute('aria-valuetext', '4 out of 10');
  // Shown where the person is typing, not only in the list further down.
  await expect(added).toHaveText('Lower jaw and teeth (your right): 4 out of 10.');

  // A place picked on the map with Enter starts unrated too.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  const forehead = page.getByRole('checkbox', { name: 'Forehead (your left)', exact: true });
  await expect(forehead).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(forehead).toBeChecked();
  const foreheadScale = page.getByRole('slider', { name: 'Forehead (your left): intensity' });
  await expect(foreheadScale).toHaveAttribute('aria-valuetext', 'Not rated yet');

  // Saving with an unrated place asks for its rating, focus goes to it, and nothing is saved.
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'How strong is it in Forehead (your left)? Rate it from 0 to 10 before saving.',
  );
  await expect(foreheadScale).toBeFocused();
  await expect(foreheadScale).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('No entries yet.')).toBeVisible();
  expect(await page.evaluate(() => window.unknot.pain.list({}))).toHaveLength(0);
  await screenshot(page, 'pain-unrated-asks-light', { fullPage: false });

  await page.keyboard.type('2');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.keyboard.press('Control+Enter');
  const entries = page.getByRole('list', { name: 'Pain entries' });
  await expect(entries).toContainText('Lower jaw and teeth (your right): 4');
  await expect(entries).toContainText('Forehead (your left): 2');
  const saved = await page.evaluate(() => window.unknot.pain.list({}));
  expect(saved).toHaveLength(1);
  expect(saved[0]!.regions).toEqual([
    { region: 'lower-jaw-right', intensity: 4, qualities: [] },
    { region: 'forehead-left', intensity: 2, qualities: [] },
  ]);
});

test('a place typed by name takes its digit at once, and clicks on the map never make up a rating', async ({
  page,
}) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.goto(routeUrl(preview, 'pain'));
  await expect(page.getByRole('heading', { name: 'Pain log', level: 1 })).toBeVisible();
  // "neck right" then "7" without Enter: the best match is added and rated 7.
  await page.getByRole('searchbox').fill('neck meets right');
  await page.getByRole('searchbox').press('7');
  await expect(page.getByRole('slider', { name: 'Where neck meets shoulder (your right): intensity' })).toHaveAttribute(
    'aria-valuetext',
    '7 out of 10',
  );
  await page.getByRole('checkbox', { name: 'Top of shoulder (your right)', exact: true }).click();
  const shoulder = page.getByRole('slider', { name: 'Top of shoulder (your right): intensity' });
  await expect(shoulder).toHaveAttribute('aria-valuetext', 'Not rated yet');
  await expect(shoulder.locator('[data-filled]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('alert')).toContainText('How strong is it in Top of shoulder (your right)?');
  await expect(shoulder).toBeFocused();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1180, height: 900 });
    await screenshot(page, `pain-unrated-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 800 });
  // In a narrow window the list of places is a screen away: the place just added shows by the box.
  await page.getByRole('searchbox').fill('jaw right');
  await page.getByRole('searchbox').press('Enter');
  await page.getByRole('searchbox').scrollIntoViewIfNeeded();
  await expect(page.locator('.region-added')).toBeInViewport();
  await screenshot(page, 'pain-unrated-narrow', { fullPage: false });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  expect(await page.evaluate(() => window.unknot.pain.list({}))).toHaveLength(0);
});

test('a toast belongs to its page: the Undo after a delete does not follow to Today', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { name: 'Pain log', level: 1 })).toBeFocused();
  await page.getByRole('searchbox').fill('calf left');
  await page.getByRole('searchbox').press('3');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('region', { name: 'Saved entry' })).toBeVisible();
  await expect(page.locator('.toast')).toHaveCount(0);
  await page.getByRole('button', { name: /^Delete entry from/ }).click();
  await expect(page.locator('.toast')).toContainText('Pain entry deleted.');
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.locator('.toast')).toHaveCount(0);
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
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+6');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test('screenshots: the pain form with the body map, in light, dark and a narrow window', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  // An earlier entry, so "Your usual places" and the list have something to show.
  await page.evaluate(async () => {
    await window.unknot.pain.add({
      entry: {
        at: new Date(Date.now() - 3_600_000).toISOString().replace(/\.\d+Z$/, '+00:00'),
        note: 'Stiff after a long afternoon at the laptop',
        regions: [
          { region: 'neck-angle-right', intensity: 5, qualities: ['stiff', 'aching'] },
          { region: 'temple-right', intensity: 4, qualities: ['throbbing'] },
        ],
      },
    });
  });
  await page.goto(new URL('/#/pain', preview.origin).toString());
  await page.reload();
  const usual = page.getByRole('list', { name: 'Your usual places' });
  await expect(usual.getByRole('button')).toHaveText(['Where neck meets shoulder (your right)', 'Temple (your right)']);
  await usual.getByRole('button', { name: 'Temple (your right)' }).click();
  await expect(usual.getByRole('button', { name: 'Temple (your right)' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('slider', { name: 'Temple (your right): intensity' }).press('6');
  await qualities(page, 'Temple (your right)').getByRole('checkbox', { name: 'throbbing' }).check();
  await pickOnMap(page, 'Top of shoulder (your right)', '4');
  await qualities(page, 'Top of shoulder (your right)').getByRole('checkbox', { name: 'aching' }).check();
  await page.getByRole('searchbox').fill('jaw');
  await expect(page.getByRole('list', { name: 'Matching places' }).getByRole('button')).not.toHaveCount(0);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1180, height: 900 });
    await screenshot(page, `pain-map-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 800 });
  await screenshot(page, 'pain-map-narrow');
  // Nothing sticks out sideways in a narrow window.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
});
