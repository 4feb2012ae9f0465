/**
 * The quick log end to end through the web preview, by keyboard alone: type a
 * place, pick it from the completions, type how strong, Enter saves; the entry
 * is on the pain log and the page goes back to Today (in Electron the window
 * closes instead). Screenshots in light and dark at the window's real size.
 */
import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, routeUrl, screenshot, startPreview, type RunningPreview } from './preview';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

/** The quick-log window's size in Electron (main/adapters/electron/quick-log-window.ts). */
const WINDOW = { width: 460, height: 420 };

async function openQuickLog(page: Page) {
  await page.goto(preview!.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.setViewportSize(WINDOW);
  await page.goto(routeUrl(preview!, 'quick-log'));
  const box = page.getByRole('combobox', { name: 'Where does it hurt?' });
  await expect(box).toBeFocused();
  return box;
}

test('keyboard only: type "temple", pick the right temple, 6, Enter; the entry is on the pain log', async ({
  page,
}) => {
  preview = await startPreview(makeDataDir());
  const box = await openQuickLog(page);

  await page.keyboard.type('temple');
  const matches = page.getByRole('listbox', { name: 'Matches' });
  await expect(matches.getByRole('option')).toHaveText(['Temple (your left)', 'Temple (your right)']);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(matches.getByRole('option', { name: 'Temple (your left)' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  const right = matches.getByRole('option', { name: 'Temple (your right)' });
  await expect(right).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await right.getAttribute('id'))!);
  await page.keyboard.press('Enter');

  const chosen = page.getByRole('list', { name: 'Chosen places' });
  await expect(chosen.getByRole('listitem')).toHaveCount(1);
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.type('6');
  await expect(page.getByLabel('Temple (your right): how strong, 0 to 10')).toHaveValue('6');
  await screenshot(page, 'quick-log-light', { fullPage: false });
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toContainText('Temple (your right) 6');
  // It closes itself: in the web preview that means back to Today, where the entry shows.
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Pain entries' })).toContainText('Temple (your right): 6');

  const entries = await page.evaluate(() => window.unknot.pain.list({}));
  expect(entries).toHaveLength(1);
  expect(entries[0]!.regions).toEqual([{ region: 'temple-right', intensity: 6, qualities: [] }]);
  await page.goto(routeUrl(preview, 'pain'));
  await expect(page.getByRole('list', { name: 'Pain entries' })).toContainText('Temple (your right): 6');
});

test('words in any order, two places, 10 and a quality word; missing numbers and Esc', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.emulateMedia({ colorScheme: 'dark' });
  const box = await openQuickLog(page);

  // A digit picks the highlighted place and rates it in one go; "1" then "0" is 10.
  await page.keyboard.type('shoulder top r');
  await expect(page.getByRole('option').first()).toHaveText('Top of shoulder (your right)');
  await page.keyboard.type('10');
  await expect(page.getByLabel('Top of shoulder (your right): how strong, 0 to 10')).toHaveValue('10');
  // A quality word describes the last place chosen.
  await page.keyboard.type('ach');
  await expect(page.getByRole('option', { name: /aching/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Chosen places' })).toContainText('aching');

  // A second place without a number: Enter says which place needs one, and saves nothing.
  await page.keyboard.type('right temple');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'How strong is it in Temple (your right)? Type a number from 0 to 10.',
  );
  await screenshot(page, 'quick-log-dark', { fullPage: false });
  expect(await page.evaluate(() => window.unknot.pain.list({}))).toHaveLength(0);

  // Backspace on an empty box takes the last place off again.
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('list', { name: 'Chosen places' }).getByRole('listitem')).toHaveCount(1);

  // Esc first clears what is typed, then cancels without saving.
  await page.keyboard.type('calf');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(page.getByRole('heading', { name: 'Log pain', level: 1 })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => window.unknot.pain.list({}))).toHaveLength(0);
});

test('"thro" after a place is throbbing, not the throat; an unrated place is never saved silently', async ({
  page,
}) => {
  preview = await startPreview(makeDataDir());
  const box = await openQuickLog(page);

  await page.keyboard.type('temple');
  await page.keyboard.press('Enter');
  const chosen = page.getByRole('list', { name: 'Chosen places' });
  await expect(chosen.getByRole('listitem')).toHaveText([/Temple \(your left\).*not rated yet/]);

  // A quality word comes first once a place is chosen: Enter describes the place, it adds no throat.
  await page.keyboard.type('thro');
  const matches = page.getByRole('listbox', { name: 'Matches' });
  await expect(matches.getByRole('option').first()).toHaveText('Feels throbbing');
  await expect(matches.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(chosen.getByRole('listitem')).toHaveCount(1);
  await expect(chosen).toContainText('throbbing');
  await expect(chosen).not.toContainText('Throat');

  // Enter with the place still unrated asks for its number; the Save button does the same. Nothing is saved.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'How strong is it in Temple (your left)? Type a number from 0 to 10.',
  );
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'How strong is it in Temple (your left)? Type a number from 0 to 10.',
  );
  expect(await page.evaluate(() => window.unknot.pain.list({}))).toHaveLength(0);
  await screenshot(page, 'quick-log-unrated-light', { fullPage: false });

  // With nothing highlighted, a digit rates the place waiting for its number ("1" "0" is 10 there).
  await box.focus();
  await page.keyboard.type('10');
  await expect(page.getByLabel('Temple (your left): how strong, 0 to 10')).toHaveValue('10');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.keyboard.type('neck meets right');
  await page.keyboard.type('3');
  await expect(page.getByLabel('Where neck meets shoulder (your right): how strong, 0 to 10')).toHaveValue('3');
  await expect(page.getByLabel('Temple (your left): how strong, 0 to 10')).toHaveValue('10');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  const entries = await page.evaluate(() => window.unknot.pain.list({}));
  expect(entries).toHaveLength(1);
  expect(entries[0]!.regions).toEqual([
    { region: 'temple-left', intensity: 10, qualities: ['throbbing'] },
    { region: 'neck-angle-right', intensity: 3, qualities: [] },
  ]);
});

test('screenshots: an unrated place in the quick log, dark and 400 px', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.emulateMedia({ colorScheme: 'dark' });
  await openQuickLog(page);
  await page.keyboard.type('temple');
  await page.keyboard.press('Enter');
  await page.keyboard.type('thro');
  await screenshot(page, 'quick-log-thro-dark', { fullPage: false });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  await screenshot(page, 'quick-log-unrated-dark', { fullPage: false });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 420 });
  await screenshot(page, 'quick-log-unrated-narrow', { fullPage: false });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
});
