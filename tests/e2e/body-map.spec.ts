/**
 * The body map and a muscle's atlas page end to end through the web preview:
 * accessible regions named with the person's own side, where a muscle's pain
 * can show up and where its trigger points sit, the side switch, keyboard
 * movement through the map (one tab stop per view, arrows, Home/End), the way
 * into the release routine, and a friendly page for an unknown muscle.
 * Screenshots of the map to look at: front and back, light and dark, narrow.
 */
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SCREENSHOT_DIR, makeDataDir, screenshot, startPreview, type RunningPreview } from './preview';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

/** Opens the preview (its first link carries the token), then goes to a route. */
async function open(page: Page, route: string) {
  await page.goto(preview!.url);
  await page.goto(new URL(`/#/${route}`, preview!.origin).toString());
}

const frontMap = (page: Page) => page.getByRole('group', { name: /front view$/ });
const backMap = (page: Page) => page.getByRole('group', { name: /back view$/ });
const focusedRegion = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-region'));

async function shoot(locator: Locator, name: string) {
  await locator.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

test('a muscle page shows where its pain can show up and where its trigger points sit', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1180, height: 900 });
  await open(page, 'routines/muscle/upper-trapezius');
  await expect(page.getByRole('heading', { name: 'Upper trapezius', level: 1 })).toBeVisible();
  await expect(page.getByText('Top of the shoulder', { exact: true })).toBeVisible();

  // Both views, every region accessible by name, the person's own side in every name.
  const front = frontMap(page);
  const back = backMap(page);
  await expect(front).toHaveAccessibleName('Upper trapezius on your right side, front view');
  await expect(front.getByRole('img')).toHaveCount(71);
  await expect(back.getByRole('img')).toHaveCount(53); // 51, and the mid-back beside the spine (region list version 2)
  await expect(front.getByRole('img', { name: 'Palm (your left)', exact: true })).toBeVisible();

  // Default: the right side. Pain can show up at the right temple; the trigger points sit on top of the shoulder.
  await expect(front.getByRole('img', { name: 'Temple (your right), pain can show up here' })).toBeVisible();
  await expect(front.getByRole('img', { name: 'Temple (your left)', exact: true })).toBeVisible();
  await expect(
    back.getByRole('img', { name: 'Top of shoulder (your right), possible trigger point', exact: true }),
  ).toBeVisible();
  await expect(
    back.getByRole('img', {
      name: 'Where neck meets shoulder (your right), possible trigger point, pain can show up here',
    }),
  ).toBeVisible();
  await expect(page.locator('.bm-region[data-referral]')).toHaveCount(7);
  await expect(page.locator('.bm-trigger-marker')).toHaveCount(2);
  // In the front view the person faces us: their right temple is on the left of the picture.
  const rightTemple = await front.getByRole('img', { name: /^Temple \(your right\)/ }).boundingBox();
  const leftTemple = await front.getByRole('img', { name: /^Temple \(your left\)/ }).boundingBox();
  expect(rightTemple!.x).toBeLessThan(leftTemple!.x);
  // In the back view their right side is on the right of the picture.
  const rightTop = await back.getByRole('img', { name: /^Top of shoulder \(your right\)/ }).boundingBox();
  const leftTop = await back.getByRole('img', { name: /^Top of shoulder \(your left\)/ }).boundingBox();
  expect(rightTop!.x).toBeGreaterThan(leftTop!.x);
  // Labels and the caption say so.
  await expect(page.locator('.body-map[data-view="front"] .body-map-sides')).toHaveText(
    /Your right\s*Front\s*Your left/,
  );
  await expect(page.locator('.body-map[data-view="back"] .body-map-sides')).toHaveText(/Your left\s*Back\s*Your right/);
  await expect(page.getByText(/Left and right are your own/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Key to the body map' })).toContainText('Possible trigger point');
  await expect(page.getByRole('list', { name: 'Key to the body map' })).toContainText('Pain can show up here');

  // The map's text alternative, and the rest of the page.
  const refers = page.getByRole('list', { name: 'Where it can send pain' });
  await expect(refers.getByRole('listitem')).toHaveText([
    'Upper back of neck (your right)',
    'Behind the ear (your right)',
    'Temple (your right)',
    'Where neck meets shoulder (your right)',
    'Eye and eye socket (your right)',
    'Lower jaw and teeth (your right)',
    'Back of head (your right)',
  ]);
  await expect(page.getByRole('list', { name: 'Where its trigger points sit' })).toContainText(
    'Top of shoulder (your right)',
  );
  await expect(page.getByText(/possible source/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What keeps it going' })).toBeVisible();
  await expect(page.getByText('Clamping a phone between ear and shoulder', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How to press' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Stretch' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Stop and let go if' })).toBeVisible();
  await expect(page.getByText('Your arm or hand starts to tingle, buzz or go numb.')).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(/\bcauses\b/i);

  await screenshot(page, 'body-map-muscle-light');
  await shoot(page.locator('.body-map-pair'), 'body-map-pair-light');
  await shoot(page.locator('.body-map[data-view="front"]'), 'body-map-front');
  await shoot(page.locator('.body-map[data-view="back"]'), 'body-map-back');

  // The side switch: now the left side is marked, and only the left.
  await page.getByRole('radio', { name: 'Your left' }).check();
  await expect(front).toHaveAccessibleName('Upper trapezius on your left side, front view');
  await expect(front.getByRole('img', { name: 'Temple (your left), pain can show up here' })).toBeVisible();
  await expect(front.getByRole('img', { name: 'Temple (your right)', exact: true })).toBeVisible();
  await expect(refers).toContainText('Temple (your left)');
  await expect(refers).not.toContainText('(your right)');
  await page.getByRole('radio', { name: 'Your right' }).check();

  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'body-map-muscle-dark');
  await shoot(page.locator('.body-map-pair'), 'body-map-pair-dark');

  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 400, height: 860 });
  await expect(front.getByRole('img', { name: /^Temple \(your right\)/ })).toBeVisible();
  // Stacked: the back view sits below the front view.
  const frontBox = await front.boundingBox();
  const backBox = await back.boundingBox();
  expect(backBox!.y).toBeGreaterThan(frontBox!.y + frontBox!.height - 1);
  // The smallest regions stay big enough to hit.
  for (const name of ['Middle finger (your right)', 'Throat (your left)', 'Upper teeth (your right)']) {
    const box = await front.getByRole('img', { name, exact: true }).boundingBox();
    expect(Math.min(box!.width, box!.height), name).toBeGreaterThanOrEqual(9);
  }
  await screenshot(page, 'body-map-muscle-narrow');
  await shoot(page.locator('.body-map-pair'), 'body-map-pair-narrow');
  await page.setViewportSize({ width: 1180, height: 900 });

  // The way into the release routine.
  await page.getByRole('button', { name: 'Start the release routine' }).click();
  await expect(page).toHaveURL(/#\/routines\/play\/release-upper-trapezius$/);
});

test('the body map works from the keyboard: one tab stop per view, arrows, Home and End', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.setViewportSize({ width: 1180, height: 900 });
  await open(page, 'routines/muscle/upper-trapezius');
  await expect(page.getByRole('heading', { name: 'Upper trapezius', level: 1 })).toBeVisible();
  const front = frontMap(page);
  const back = backMap(page);

  // Tab enters the front view at its first region…
  await page.getByRole('radio', { name: 'Your right' }).focus();
  await page.keyboard.press('Tab');
  await expect(front.getByRole('img', { name: 'Forehead (your left)', exact: true })).toBeFocused();
  await expect(front.locator('[tabindex="0"]')).toHaveCount(1);

  // …arrows move to the nearest region in that direction (the picture's directions)…
  await page.keyboard.press('ArrowLeft');
  expect(await focusedRegion(page)).toBe('forehead-right');
  await page.keyboard.press('ArrowDown');
  expect(await focusedRegion(page)).toBe('eye-right');
  await page.keyboard.press('ArrowRight');
  expect(await focusedRegion(page)).toBe('eye-left');
  await page.keyboard.press('ArrowUp');
  expect(await focusedRegion(page)).toBe('forehead-left');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  expect(await focusedRegion(page)).toBe('temple-right');
  await expect(front.getByRole('img', { name: 'Temple (your right), pain can show up here' })).toBeFocused();
  await expect(page.locator('.bm-focus-ring')).toHaveCount(1);
  await shoot(page.locator('.body-map[data-view="front"]'), 'body-map-keyboard-focus');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  expect(await focusedRegion(page)).not.toBe('temple-right');

  // …Home and End go to the first and last region, and the tab stop follows focus.
  await page.keyboard.press('End');
  expect(await focusedRegion(page)).toBe('top-of-foot-right');
  await page.keyboard.press('Home');
  expect(await focusedRegion(page)).toBe('forehead-left');
  await page.keyboard.press('ArrowRight');
  expect(await focusedRegion(page)).toBe('temple-left');
  await expect(front.locator('[tabindex="0"]')).toHaveAttribute('data-region', 'temple-left');

  // Tab leaves the front view for the back view's one tab stop, and Tab again leaves the maps.
  await page.keyboard.press('Tab');
  await expect(back.getByRole('img', { name: 'Top of head', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  expect(await focusedRegion(page)).toMatch(/^back-of-head-/);
  await page.keyboard.press('Tab');
  expect(await focusedRegion(page)).toBeNull();
  // Shift+Tab comes back to where you were.
  await page.keyboard.press('Shift+Tab');
  expect(await focusedRegion(page)).toMatch(/^back-of-head-/);
  await page.keyboard.press('Shift+Tab');
  expect(await focusedRegion(page)).toBe('temple-left');

  // A read-only map does not toggle: Enter and Space change nothing.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(page.locator('.bm-region[data-selected]')).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
});

test('an unknown muscle gets a friendly page with the way back', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await open(page, 'routines/muscle/elbow-of-doom');
  await expect(page.getByRole('heading', { name: 'We could not find that muscle', level: 1 })).toBeVisible();
  await expect(page.getByText('There is no muscle called “elbow-of-doom”')).toBeVisible();
  await page.getByRole('link', { name: 'Back to Routines' }).click();
  await expect(page).toHaveURL(/#\/routines$/);
  await expect(page.getByRole('heading', { name: 'Routines', level: 1 })).toBeVisible();
});
