/**
 * Language end to end: the app follows the browser's language, the Settings
 * choice overrides it and survives a reload, and the two pseudo-locales render
 * (accented and longer at 400 px; mirrored right to left).
 */
import { expect, test } from '@playwright/test';
import { makeDataDir, routeUrl, screenshot, startPreview, type RunningPreview } from './preview';

let preview: RunningPreview | undefined;
test.afterEach(async () => {
  await preview?.stop();
  preview = undefined;
});

test('a German choice in Settings applies at once and is kept after a reload', async ({ page }) => {
  preview = await startPreview(makeDataDir());
  await page.goto(preview.url);
  await page.goto(routeUrl(preview, 'settings'));
  const section = page.getByRole('region', { name: 'Language' });
  await section.getByRole('combobox').selectOption('de');
  const german = page.getByRole('region', { name: 'Sprache' });
  await expect(german.getByRole('status')).toHaveText('Sprache gespeichert.');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  expect((await page.evaluate(() => window.unknot.settings.get())).language).toBe('de');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Sprache' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('region', { name: 'Sprache' }).scrollIntoViewIfNeeded();
    await screenshot(page, `settings-language-de-${scheme}`, { fullPage: false });
  }

  await page.getByRole('region', { name: 'Sprache' }).getByRole('combobox').selectOption('system');
  await expect(page.getByRole('region', { name: 'Language' })).toBeVisible();
});

test.describe('German system language', () => {
  test.use({ locale: 'de-DE' });
  test('is followed when the setting says "follow my system"', async ({ page }) => {
    preview = await startPreview(makeDataDir());
    await page.goto(preview.url);
    await page.goto(routeUrl(preview, 'settings'));
    await expect(page.getByRole('region', { name: 'Sprache' })).toBeVisible();
    await expect(page.getByRole('option', { name: 'Wie mein System' })).toBeAttached();
  });
});

test.describe('pseudo-locale en-XA', () => {
  test.use({ locale: 'en-XA', viewport: { width: 400, height: 800 } });
  test('shows accented, longer text from the catalog at 400 px', async ({ page }) => {
    preview = await startPreview(makeDataDir());
    await page.goto(preview.url);
    await page.goto(routeUrl(preview, 'settings'));
    const heading = page.getByRole('heading', { name: /Ĺàńĝũàĝē/ });
    await expect(heading).toBeVisible();
    await heading.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-language-pseudo-400', { fullPage: false });
  });
});

test.describe('pseudo-locale ar-XB', () => {
  test.use({ locale: 'ar-XB' });
  test('mirrors the layout right to left', async ({ page }) => {
    preview = await startPreview(makeDataDir());
    await page.goto(preview.url);
    await page.goto(routeUrl(preview, 'settings'));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The sidebar sits on the right and text starts at the right edge.
    const sidebar = await page.locator('nav.sidebar').boundingBox();
    expect(sidebar!.x).toBeGreaterThan(page.viewportSize()!.width / 2);
    await screenshot(page, 'settings-rtl', { fullPage: false });
  });
});
